use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use shared::catalogue::Package;
use shared::{ErrorBody, Role, ServiceKind};
use utoipa::IntoParams;

use crate::auth::MaybeAuthUser;
use crate::error::{ApiError, ApiResult};
use crate::repo::packages;
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListPackagesQuery {
    pub kind: Option<ServiceKind>,
    /// Also list inactive packages (admins only).
    #[serde(default)]
    pub include_inactive: bool,
}

/// The pricelist: active packages by kind, then sort order, then price.
#[utoipa::path(
    tag = "catalogue",
    params(ListPackagesQuery),
    security((), ("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = Vec<Package>),
        (status = 400, description = "Unknown kind", body = ErrorBody),
        (status = 403, description = "`include_inactive` without being an admin", body = ErrorBody),
    )
)]
#[get("/packages")]
pub async fn list_packages(
    state: web::Data<AppState>,
    auth: MaybeAuthUser,
    query: web::Query<ListPackagesQuery>,
) -> ApiResult<HttpResponse> {
    if query.include_inactive {
        auth.0
            .ok_or_else(ApiError::unauthorized)?
            .require(Role::Admin)?;
    }
    let rows = packages::list(&state.db, query.kind, query.include_inactive).await?;
    Ok(HttpResponse::Ok().json(rows.iter().map(packages::to_dto).collect::<Vec<_>>()))
}
