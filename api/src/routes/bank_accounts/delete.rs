use actix_web::{delete, web, HttpResponse};
use shared::{ErrorBody, ErrorCode};
use uuid::Uuid;

use crate::auth::Admin;
use crate::error::{ApiError, ApiResult};
use crate::repo::bank_accounts;
use crate::state::AppState;

/// Removes a transfer account that no payment names; one that payments
/// were made to is kept for their history (409): switch it off instead.
#[utoipa::path(
    tag = "catalogue",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody),
    )
)]
#[delete("/bank-accounts/{id}")]
pub async fn delete_bank_account(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let existing = bank_accounts::find(&txn, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let before = bank_accounts::to_dto(&existing);
    if bank_accounts::has_payments(&txn, *id).await? {
        return Err(ApiError::msg(
            ErrorCode::Conflict,
            "Rekening ini sudah menerima pembayaran dan disimpan untuk riwayatnya. Nonaktifkan saja agar tidak tampil ke klien.",
        ));
    }
    bank_accounts::delete(&txn, *id).await?;
    crate::audit::record(
        &txn,
        &auth,
        crate::audit::Change::new("bank_account.delete", "bank_account", *id)
            .summary(format!(
                "Rekening {} {} dihapus",
                before.bank, before.account_number
            ))
            .before(&before),
        now,
    )
    .await?;
    txn.commit().await?;
    tracing::info!(actor = %auth.id, bank_account = %id, "bank account deleted");
    Ok(HttpResponse::NoContent().finish())
}
