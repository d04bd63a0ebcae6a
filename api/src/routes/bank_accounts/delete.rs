use actix_web::{delete, web, HttpResponse};
use shared::{ErrorBody, Role};
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::error::{ApiError, ApiResult};
use crate::repo::bank_accounts;
use crate::state::AppState;

/// Removes a transfer account.
#[utoipa::path(
    tag = "catalogue",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[delete("/bank-accounts/{id}")]
pub async fn delete_bank_account(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    auth.require(Role::Admin)?;
    bank_accounts::find(&state.db, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    bank_accounts::delete(&state.db, *id).await?;
    tracing::info!(actor = %auth.id, bank_account = %id, "bank account deleted");
    Ok(HttpResponse::NoContent().finish())
}
