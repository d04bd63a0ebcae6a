use actix_web::{put, web, HttpResponse};
use shared::catalogue::{BankAccount, BankAccountInput};
use shared::{ErrorBody, Role};
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::error::{ApiError, ApiResult};
use crate::repo::bank_accounts;
use crate::state::AppState;

/// Replaces a transfer account.
#[utoipa::path(
    tag = "catalogue",
    params(("id" = Uuid, Path)),
    request_body = BankAccountInput,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = BankAccount),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 422, description = "Invalid fields", body = ErrorBody),
    )
)]
#[put("/bank-accounts/{id}")]
pub async fn update_bank_account(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<BankAccountInput>,
) -> ApiResult<HttpResponse> {
    auth.require(Role::Admin)?;
    let input = body.validate().map_err(ApiError::Validation)?;
    let existing = bank_accounts::find(&state.db, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let acc = bank_accounts::update(&state.db, existing, &input).await?;
    tracing::info!(actor = %auth.id, bank_account = %acc.id, "bank account updated");
    Ok(HttpResponse::Ok().json(bank_accounts::to_dto(&acc)))
}
