use actix_web::{post, web, HttpResponse};
use chrono::Utc;
use shared::auth::{RefreshRequest, TokenResponse};
use shared::{ErrorBody, ErrorCode};

use super::session;
use crate::error::{ApiError, ApiResult};
use crate::repo;
use crate::state::AppState;

/// Trades a refresh token for a new pair. Each refresh token works once;
/// presenting a spent one again revokes its whole family (the session), since
/// it means the token was copied.
#[utoipa::path(
    tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 200, description = "New token pair", body = TokenResponse),
        (status = 401, description = "`invalid_token`: unknown, spent, revoked or expired", body = ErrorBody),
    )
)]
#[post("/auth/refresh")]
pub async fn refresh(
    state: web::Data<AppState>,
    body: web::Json<RefreshRequest>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let invalid = || ApiError::code(ErrorCode::InvalidToken);
    let txn = crate::db::begin_write(&state.writer).await?;
    let Some(token) = repo::tokens::find_refresh(&txn, body.refresh_token.trim()).await? else {
        return Err(invalid());
    };
    let reused = token.used_at.is_some() || token.revoked_at.is_some();
    if reused || !repo::tokens::spend_refresh(&txn, token.id, now).await? {
        tracing::warn!(user_id = %token.user_id, family = %token.family_id, "refresh token reused: revoking the session");
        repo::tokens::revoke_family(&txn, token.family_id, now).await?;
        txn.commit().await?;
        return Err(invalid());
    }
    if token.expires_at.with_timezone(&Utc) <= now {
        return Err(invalid());
    }
    let user = match repo::users::find(&txn, token.user_id).await? {
        Some(u) if u.is_active => u,
        _ => return Err(invalid()),
    };
    let tokens = session::issue(&txn, &state, &user, token.family_id, now).await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(tokens))
}
