use actix_web::{post, web, HttpResponse};
use shared::catalogue::{Package, PackageInput};
use shared::{ErrorBody, Role};

use crate::auth::AuthUser;
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
    auth: AuthUser,
    body: web::Json<PackageInput>,
) -> ApiResult<HttpResponse> {
    auth.require(Role::Admin)?;
    let input = body.validate().map_err(ApiError::Validation)?;
    let pkg = packages::insert(&state.db, &input, state.clock.now()).await?;
    tracing::info!(actor = %auth.id, package = %pkg.id, "package created");
    Ok(HttpResponse::Created().json(packages::to_dto(&pkg)))
}
