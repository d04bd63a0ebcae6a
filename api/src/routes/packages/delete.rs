use actix_web::{delete, web, HttpResponse};
use shared::{ErrorBody, Role};
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::error::{ApiError, ApiResult};
use crate::repo::packages;
use crate::state::AppState;

/// Removes a package from the pricelist.
#[utoipa::path(
    tag = "catalogue",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
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
    packages::find(&state.db, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    packages::delete(&state.db, *id).await?;
    tracing::info!(actor = %auth.id, package = %id, "package deleted");
    Ok(HttpResponse::NoContent().finish())
}
