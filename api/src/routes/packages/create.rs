use actix_web::{post, web, HttpResponse};
use shared::catalogue::{Package, PackageInput};
use shared::ErrorBody;

use crate::auth::Admin;
use crate::error::{ApiError, ApiResult};
use crate::repo::packages;
use crate::state::AppState;

/// Adds a package to the pricelist.
#[utoipa::path(
    tag = "catalogue",
    request_body = PackageInput,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 201, body = Package),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 422, description = "Invalid fields", body = ErrorBody),
    )
)]
#[post("/packages")]
pub async fn create_package(
    state: web::Data<AppState>,
    auth: Admin,
    body: web::Json<PackageInput>,
) -> ApiResult<HttpResponse> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let pkg = packages::insert(&txn, &input, now).await?;
    let dto = packages::to_dto(&pkg);
    crate::audit::record(
        &txn,
        &auth,
        crate::audit::Change::new("package.create", "package", pkg.id)
            .summary(format!("Paket {} dibuat", dto.name))
            .after(&dto),
        now,
    )
    .await?;
    txn.commit().await?;
    tracing::info!(actor = %auth.id, package = %pkg.id, "package created");
    Ok(HttpResponse::Created().json(packages::to_dto(&pkg)))
}
