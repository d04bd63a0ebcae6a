use actix_web::{delete, web, HttpResponse};
use shared::ErrorBody;
use uuid::Uuid;

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

use crate::auth::Admin;
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
    auth: Admin,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let pkg = packages::find(&txn, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let before = packages::to_dto(&pkg);
    let used = bookings::Entity::find()
        .filter(bookings::Column::PackageId.eq(pkg.id))
        .count(&txn)
        .await
        .map_err(ApiError::from)?;
    if used > 0 {
        let mut am: packages_entity::ActiveModel = pkg.into();
        am.active = Set(false);
        am.updated_at = Set(now.fixed_offset());
        let pkg = am.update(&txn).await.map_err(ApiError::from)?;
        let after = packages::to_dto(&pkg);
        crate::audit::record(
            &txn,
            &auth,
            crate::audit::Change::new("package.update", "package", pkg.id)
                .summary(format!(
                    "Paket {} dipakai pesanan: dinonaktifkan, tidak dihapus",
                    after.name
                ))
                .diff(&before, &after),
            now,
        )
        .await?;
        txn.commit().await?;
        tracing::info!(actor = %auth.id, package = %id, "package in use: deactivated");
        return Ok(HttpResponse::Ok().json(after));
    }
    packages::delete(&txn, *id).await?;
    crate::audit::record(
        &txn,
        &auth,
        crate::audit::Change::new("package.delete", "package", *id)
            .summary(format!("Paket {} dihapus", before.name))
            .before(&before),
        now,
    )
    .await?;
    txn.commit().await?;
    tracing::info!(actor = %auth.id, package = %id, "package deleted");
    Ok(HttpResponse::NoContent().finish())
}
