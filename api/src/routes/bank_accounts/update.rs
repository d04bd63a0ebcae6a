use actix_web::{put, web, HttpResponse};
use shared::catalogue::{BankAccount, BankAccountInput};
use shared::ErrorBody;
use uuid::Uuid;

use crate::auth::Admin;
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
    auth: Admin,
    id: web::Path<Uuid>,
    body: web::Json<BankAccountInput>,
) -> ApiResult<HttpResponse> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let existing = bank_accounts::find(&txn, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let before = bank_accounts::to_dto(&existing);
    let acc = bank_accounts::update(&txn, existing, &input).await?;
    let after = bank_accounts::to_dto(&acc);
    crate::audit::record(
        &txn,
        &auth,
        crate::audit::Change::new("bank_account.update", "bank_account", acc.id)
            .summary(format!(
                "Rekening {} {} diubah",
                after.bank, after.account_number
            ))
            .diff(&before, &after),
        now,
    )
    .await?;
    txn.commit().await?;
    tracing::info!(actor = %auth.id, bank_account = %acc.id, "bank account updated");
    Ok(HttpResponse::Ok().json(bank_accounts::to_dto(&acc)))
}
