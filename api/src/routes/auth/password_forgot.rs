use actix_web::{post, web, HttpRequest, HttpResponse};
use chrono::Duration;
use shared::auth::{ForgotPasswordRequest, MessageResponse};
use shared::{Email, ErrorBody, FieldErrors};

use crate::error::{ApiError, ApiResult};
use crate::mail::templates;
use crate::ratelimit::Bucket;
use crate::repo;
use crate::state::AppState;

pub const RESET_TTL_MINUTES: i64 = 30;

/// Emails a single-use reset link valid for 30 minutes. Answers the same
/// whether or not the email belongs to an account.
#[utoipa::path(
    tag = "auth",
    request_body = ForgotPasswordRequest,
    responses(
        (status = 202, description = "If the account exists, the link is on its way", body = MessageResponse),
        (status = 422, description = "Not an email address", body = ErrorBody),
        (status = 429, description = "Too many attempts from this address", body = ErrorBody),
    )
)]
#[post("/auth/password/forgot")]
pub async fn forgot_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<ForgotPasswordRequest>,
) -> ApiResult<HttpResponse> {
    state.limiter.check(Bucket::PasswordReset, &req)?;
    let email = Email::parse(&body.email).map_err(|m| {
        let mut f = FieldErrors::new();
        f.insert("email".into(), m.into());
        ApiError::Validation(f)
    })?;
    if let Some(user) = repo::users::find_by_email(&state.db, &email).await? {
        if user.is_active {
            let now = state.clock.now();
            let txn = crate::db::begin_write(&state.writer).await?;
            let token =
                repo::tokens::issue_reset(&txn, user.id, now, Duration::minutes(RESET_TTL_MINUTES))
                    .await?;
            let link = format!("{}/reset-password?token={token}", state.settings.public_url);
            let mail = templates::password_reset(&user.email, &user.full_name, &link);
            repo::outbox::enqueue(&txn, mail, now).await?;
            txn.commit().await?;
            state.mail_wakeup.notify_one();
        }
    }
    Ok(HttpResponse::Accepted().json(MessageResponse {
        message: "Jika email tersebut terdaftar, tautan untuk mengatur ulang kata sandi sudah kami kirim. \
                  Periksa kotak masuk atau folder spam Anda; tautan berlaku 30 menit."
            .into(),
    }))
}
