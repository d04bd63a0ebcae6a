//! Issuing an access token plus a refresh token, the pair every sign-in returns.

use chrono::{DateTime, Duration, Utc};
use sea_orm::ConnectionTrait;
use shared::auth::TokenResponse;
use uuid::Uuid;

use crate::entities::users;
use crate::error::ApiError;
use crate::repo;
use crate::state::AppState;

/// A new session: a fresh refresh-token family.
pub async fn start(
    db: &impl ConnectionTrait,
    state: &AppState,
    user: &users::Model,
    now: DateTime<Utc>,
) -> Result<TokenResponse, ApiError> {
    issue(db, state, user, Uuid::new_v4(), now).await
}

/// The next token pair within an existing family (refresh rotation).
pub async fn issue(
    db: &impl ConnectionTrait,
    state: &AppState,
    user: &users::Model,
    family_id: Uuid,
    now: DateTime<Utc>,
) -> Result<TokenResponse, ApiError> {
    let ttl = Duration::days(state.settings.refresh_token_days.max(1));
    let refresh_token = repo::tokens::issue_refresh(db, user.id, family_id, now, ttl).await?;
    let role = repo::users::role(user);
    let access_token = state.jwt.issue(user.id, role, user.token_version, now)?;
    Ok(TokenResponse {
        access_token,
        token_type: "Bearer".to_owned(),
        expires_in: state.jwt.ttl.num_seconds(),
        refresh_token,
        user: repo::users::to_dto(user),
    })
}
