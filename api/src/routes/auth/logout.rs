use actix_web::{post, web, HttpResponse};
use shared::auth::RefreshRequest;

use crate::error::ApiResult;
use crate::repo;
use crate::state::AppState;

/// Ends the session the refresh token belongs to. Answers 204 whether or not
/// the token was still valid, so logging out twice is harmless.
#[utoipa::path(
    tag = "auth",
    request_body = RefreshRequest,
    responses((status = 204, description = "Signed out"))
)]
#[post("/auth/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    body: web::Json<RefreshRequest>,
) -> ApiResult<HttpResponse> {
    if let Some(token) = repo::tokens::find_refresh(&state.db, body.refresh_token.trim()).await? {
        repo::tokens::revoke_family(&state.db, token.family_id, state.clock.now()).await?;
    }
    Ok(HttpResponse::NoContent().finish())
}
