use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use shared::catalogue::BankAccount;
use shared::{ErrorBody, Role};
use utoipa::IntoParams;

use crate::auth::MaybeAuthUser;
use crate::error::{ApiError, ApiResult};
use crate::repo::bank_accounts;
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListBankAccountsQuery {
    /// Also list inactive accounts (admins only).
    #[serde(default)]
    pub include_inactive: bool,
}

/// The accounts clients transfer to.
#[utoipa::path(
    tag = "catalogue",
    params(ListBankAccountsQuery),
    security((), ("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = Vec<BankAccount>),
        (status = 403, description = "`include_inactive` without being an admin", body = ErrorBody),
    )
)]
#[get("/bank-accounts")]
pub async fn list_bank_accounts(
    state: web::Data<AppState>,
    auth: MaybeAuthUser,
    query: web::Query<ListBankAccountsQuery>,
) -> ApiResult<HttpResponse> {
    if query.include_inactive {
        auth.0
            .ok_or_else(ApiError::unauthorized)?
            .require(Role::Admin)?;
    }
    let rows = bank_accounts::list(&state.db, query.include_inactive).await?;
    Ok(HttpResponse::Ok().json(rows.iter().map(bank_accounts::to_dto).collect::<Vec<_>>()))
}
