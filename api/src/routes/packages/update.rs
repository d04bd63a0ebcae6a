use actix_web::{put, web, HttpResponse};
use shared::catalogue::{Package, PackageInput};
use shared::ErrorBody;
use uuid::Uuid;

use crate::auth::Admin;
use crate::error::{ApiError, ApiResult};
use crate::repo::packages;
use crate::state::AppState;

/// Replaces a package. Bookings already made keep the price they were made at.
#[utoipa::path(
    tag = "catalogue",
    params(("id" = Uuid, Path)),
    request_body = PackageInput,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = Package),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 422, description = "Invalid fields", body = ErrorBody),
    )
)]
#[put("/packages/{id}")]
pub async fn update_package(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
    body: web::Json<PackageInput>,
) -> ApiResult<HttpResponse> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let existing = packages::find(&txn, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let before = packages::to_dto(&existing);
    let pkg = packages::update(&txn, existing, &input, now).await?;
    let after = packages::to_dto(&pkg);
    crate::audit::record(
        &txn,
        &auth,
        crate::audit::Change::new("package.update", "package", pkg.id)
            .summary(format!("Paket {} diubah", after.name))
            .diff(&before, &after),
        now,
    )
    .await?;
    txn.commit().await?;
    tracing::info!(actor = %auth.id, package = %pkg.id, "package updated");
    Ok(HttpResponse::Ok().json(packages::to_dto(&pkg)))
}
