use actix_web::{delete, web, HttpResponse};
use shared::{ErrorBody, Role};
use uuid::Uuid;

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

use crate::auth::AuthUser;
use crate::entities::{bookings, packages as packages_entity};
use crate::error::{ApiError, ApiResult};
use crate::repo::packages;
use crate::state::AppState;

/// Removes a package from the pricelist. One that bookings refer to is
/// deactivated instead (200 with the package), so its history stays intact.
#[utoipa::path(
    tag = "catalogue",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, description = "Bookings refer to it: deactivated instead", body = shared::catalogue::Package),
        (status = 204, description = "Deleted"),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[delete("/packages/{id}")]
pub async fn delete_package(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    auth.require(Role::Admin)?;
    let pkg = packages::find(&state.db, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let used = bookings::Entity::find()
        .filter(bookings::Column::PackageId.eq(pkg.id))
        .count(&state.db)
        .await
        .map_err(ApiError::from)?;
    if used > 0 {
        let mut am: packages_entity::ActiveModel = pkg.into();
        am.active = Set(false);
        am.updated_at = Set(state.clock.now().fixed_offset());
        let pkg = am.update(&state.db).await.map_err(ApiError::from)?;
        tracing::info!(actor = %auth.id, package = %id, "package in use: deactivated");
        return Ok(HttpResponse::Ok().json(packages::to_dto(&pkg)));
    }
    packages::delete(&state.db, *id).await?;
    tracing::info!(actor = %auth.id, package = %id, "package deleted");
    Ok(HttpResponse::NoContent().finish())
}
