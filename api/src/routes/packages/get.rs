use actix_web::{get, web, HttpResponse};
use shared::catalogue::Package;
use shared::{ErrorBody, Role};
use uuid::Uuid;

use crate::auth::MaybeAuthUser;
use crate::error::{ApiError, ApiResult};
use crate::repo::packages;
use crate::state::AppState;

/// One package. Inactive ones are visible to admins only.
#[utoipa::path(
    tag = "catalogue",
    params(("id" = Uuid, Path)),
    responses((status = 200, body = Package), (status = 404, body = ErrorBody))
)]
#[get("/packages/{id}")]
pub async fn get_package(
    state: web::Data<AppState>,
    auth: MaybeAuthUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let pkg = packages::find(&state.db, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let is_admin = auth.0.is_some_and(|a| a.role.at_least(Role::Admin));
    if !pkg.active && !is_admin {
        return Err(ApiError::not_found());
    }
    Ok(HttpResponse::Ok().json(packages::to_dto(&pkg)))
}
