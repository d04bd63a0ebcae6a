use actix_web::{post, web, HttpRequest, HttpResponse};
use shared::auth::{MessageResponse, ResetPasswordRequest};
use shared::password::check_password;
use shared::{ErrorBody, ErrorCode, FieldErrors};

use crate::auth::password;
use crate::error::{ApiError, ApiResult};
use crate::mail::templates;
use crate::ratelimit::Bucket;
use crate::repo;
use crate::state::AppState;

/// Sets a new password with the token from the emailed link. The token works
/// once; every session of the account is signed out.
#[utoipa::path(
    tag = "auth",
    request_body = ResetPasswordRequest,
    responses(
        (status = 200, description = "Password changed; sign in with it", body = MessageResponse),
        (status = 401, description = "`invalid_token`: unknown, used or expired link", body = ErrorBody),
        (status = 422, description = "The new password breaks the policy", body = ErrorBody),
        (status = 429, description = "Too many attempts from this address", body = ErrorBody),
    )
)]
#[post("/auth/password/reset")]
pub async fn reset_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<ResetPasswordRequest>,
) -> ApiResult<HttpResponse> {
    state.limiter.check(Bucket::PasswordReset, &req)?;
    check_password(&body.new_password).map_err(|m| {
        let mut f = FieldErrors::new();
        f.insert("new_password".into(), m.into());
        ApiError::Validation(f)
    })?;
    let invalid = || {
        ApiError::msg(
            ErrorCode::InvalidToken,
            "Tautan atur ulang kata sandi tidak berlaku atau sudah dipakai. Silakan minta tautan baru.",
        )
    };
    if body.token.trim().is_empty() {
        return Err(invalid());
    }
    let hash = password::hash(body.new_password.clone()).await?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let user_id = repo::tokens::spend_reset(&txn, body.token.trim(), now)
        .await?
        .ok_or_else(invalid)?;
    let user = repo::users::find(&txn, user_id)
        .await?
        .ok_or_else(invalid)?;
    let user = repo::users::set_password(&txn, user, hash, now).await?;
    repo::tokens::revoke_all_for_user(&txn, user.id, now).await?;
    let login = format!("{}/forgot-password", state.settings.public_url);
    repo::outbox::enqueue(
        &txn,
        templates::password_changed(&user.email, &user.full_name, &login),
        now,
    )
    .await?;
    txn.commit().await?;
    state.accounts.forget(user.id);
    state.mail_wakeup.notify_one();
    Ok(HttpResponse::Ok().json(MessageResponse {
        message: "Kata sandi berhasil diubah. Silakan masuk dengan kata sandi baru.".into(),
    }))
}
