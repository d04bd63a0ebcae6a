use actix_web::{put, web, HttpResponse};
use shared::catalogue::{Package, PackageInput};
use shared::{ErrorBody, Role};
use uuid::Uuid;

use crate::auth::AuthUser;
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
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<PackageInput>,
) -> ApiResult<HttpResponse> {
    auth.require(Role::Admin)?;
    let input = body.validate().map_err(ApiError::Validation)?;
    let existing = packages::find(&state.db, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let pkg = packages::update(&state.db, existing, &input, state.clock.now()).await?;
    tracing::info!(actor = %auth.id, package = %pkg.id, "package updated");
    Ok(HttpResponse::Ok().json(packages::to_dto(&pkg)))
}
