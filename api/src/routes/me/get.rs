use actix_web::{get, web, HttpResponse};
use shared::auth::User;
use shared::ErrorBody;

use crate::auth::AuthUser;
use crate::error::{ApiError, ApiResult};
use crate::repo::users;
use crate::state::AppState;

/// The signed-in user's profile.
#[utoipa::path(
    tag = "me",
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = User),
        (status = 401, description = "No valid access token", body = ErrorBody),
    )
)]
#[get("/me")]
pub async fn get_me(state: web::Data<AppState>, auth: AuthUser) -> ApiResult<HttpResponse> {
    let user = users::find(&state.db, auth.id)
        .await?
        .ok_or_else(ApiError::unauthorized)?;
    Ok(HttpResponse::Ok().json(users::to_dto(&user)))
}
