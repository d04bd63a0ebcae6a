//! `/api/v1/me`: the signed-in user's own account.

use shared::auth::{ChangePasswordRequest, TokenResponse, UpdateMeRequest, User};

use super::client::{self, Call};
use super::ApiError;
use crate::state::AuthState;

pub async fn get(auth: AuthState) -> Result<User, ApiError> {
    let user: User = client::authed(auth, Call::get("/me")).await?;
    auth.set_user(user.clone());
    Ok(user)
}

pub async fn update(auth: AuthState, req: &UpdateMeRequest) -> Result<User, ApiError> {
    let user: User = client::authed(auth, Call::patch("/me", req)?).await?;
    auth.set_user(user.clone());
    Ok(user)
}

/// Changes the password; the server revokes every other session and answers
/// with fresh tokens for this one.
pub async fn change_password(auth: AuthState, req: &ChangePasswordRequest) -> Result<(), ApiError> {
    let tokens: TokenResponse = client::authed(auth, Call::put("/me/password", req)?).await?;
    auth.sign_in(tokens);
    Ok(())
}
