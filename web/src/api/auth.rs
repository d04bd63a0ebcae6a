//! `/api/v1/auth/*`: sign-up, sign-in, sign-out and password recovery.

use shared::auth::{
    ForgotPasswordRequest, LoginRequest, MessageResponse, RefreshRequest, RegisterRequest,
    ResetPasswordRequest, TokenResponse,
};

use super::client::{self, Call};
use super::ApiError;
use crate::state::{AuthState, SessionEnd};

/// Creates a client account and signs it in.
pub async fn register(auth: AuthState, req: &RegisterRequest) -> Result<(), ApiError> {
    let tokens: TokenResponse = client::public(Call::post("/auth/register", req)?).await?;
    auth.sign_in(tokens);
    Ok(())
}

pub async fn login(auth: AuthState, req: &LoginRequest) -> Result<(), ApiError> {
    let tokens: TokenResponse = client::public(Call::post("/auth/login", req)?).await?;
    auth.sign_in(tokens);
    Ok(())
}

/// Revokes the refresh token on the server, then forgets the session here
/// whatever the server said: the user asked to be signed out.
pub async fn logout(auth: AuthState) {
    if let Some(session) = auth.current() {
        let body = RefreshRequest {
            refresh_token: session.refresh_token,
        };
        if let Ok(call) = Call::post("/auth/logout", &body) {
            let _ = client::public_empty(call).await;
        }
    }
    auth.end(SessionEnd::LoggedOut);
}

pub async fn forgot_password(req: &ForgotPasswordRequest) -> Result<MessageResponse, ApiError> {
    client::public(Call::post("/auth/password/forgot", req)?).await
}

pub async fn reset_password(req: &ResetPasswordRequest) -> Result<MessageResponse, ApiError> {
    client::public(Call::post("/auth/password/reset", req)?).await
}
