use actix_web::{post, web, HttpResponse};
use shared::catalogue::{BankAccount, BankAccountInput};
use shared::ErrorBody;

use crate::auth::Admin;
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
    auth: Admin,
    body: web::Json<BankAccountInput>,
) -> ApiResult<HttpResponse> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let acc = bank_accounts::insert(&txn, &input, now).await?;
    let dto = bank_accounts::to_dto(&acc);
    crate::audit::record(
        &txn,
        &auth,
        crate::audit::Change::new("bank_account.create", "bank_account", acc.id)
            .summary(format!(
                "Rekening {} {} dibuat",
                dto.bank, dto.account_number
            ))
            .after(&dto),
        now,
    )
    .await?;
    txn.commit().await?;
    tracing::info!(actor = %auth.id, bank_account = %acc.id, "bank account created");
    Ok(HttpResponse::Created().json(bank_accounts::to_dto(&acc)))
}
