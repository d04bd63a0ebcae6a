use actix_web::{post, web, HttpResponse};
use shared::catalogue::{BankAccount, BankAccountInput};
use shared::{ErrorBody, Role};

use crate::auth::AuthUser;
use crate::error::{ApiError, ApiResult};
use crate::repo::bank_accounts;
use crate::state::AppState;

/// Adds a transfer account.
#[utoipa::path(
    tag = "catalogue",
    request_body = BankAccountInput,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 201, body = BankAccount),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 422, description = "Invalid fields", body = ErrorBody),
    )
)]
#[post("/bank-accounts")]
pub async fn create_bank_account(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<BankAccountInput>,
) -> ApiResult<HttpResponse> {
    auth.require(Role::Admin)?;
    let input = body.validate().map_err(ApiError::Validation)?;
    let acc = bank_accounts::insert(&state.db, &input, state.clock.now()).await?;
    tracing::info!(actor = %auth.id, bank_account = %acc.id, "bank account created");
    Ok(HttpResponse::Created().json(bank_accounts::to_dto(&acc)))
}
