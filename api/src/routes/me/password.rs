use actix_web::{put, web, HttpResponse};
use shared::auth::{ChangePasswordRequest, TokenResponse};
use shared::{ErrorBody, FieldErrors};

use crate::auth::{password, AuthUser};
use crate::error::{ApiError, ApiResult};
use crate::mail::templates;
use crate::repo;
use crate::routes::auth::session;
use crate::state::AppState;

/// Changes the password. Every other session is signed out; the answer is a
/// fresh token pair for this one. A wrong current password is a field error
/// (422), not a 401, so the client does not think its session ended.
#[utoipa::path(
    tag = "me",
    request_body = ChangePasswordRequest,
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, description = "Changed; new tokens for this session", body = TokenResponse),
        (status = 401, description = "No valid access token", body = ErrorBody),
        (status = 422, description = "Wrong current password or weak new one", body = ErrorBody),
    )
)]
#[put("/me/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<ChangePasswordRequest>,
) -> ApiResult<HttpResponse> {
    body.validate().map_err(ApiError::Validation)?;
    let user = repo::users::find(&state.db, auth.id)
        .await?
        .ok_or_else(ApiError::unauthorized)?;
    if !password::verify(
        body.current_password.clone(),
        Some(user.password_hash.clone()),
    )
    .await?
    {
        let mut f = FieldErrors::new();
        f.insert(
            "current_password".into(),
            "Kata sandi saat ini salah.".into(),
        );
        return Err(ApiError::Validation(f));
    }
    let hash = password::hash(body.new_password.clone()).await?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let user = repo::users::set_password(&txn, user, hash, now).await?;
    repo::tokens::revoke_all_for_user(&txn, user.id, now).await?;
    let tokens = session::start(&txn, &state, &user, now).await?;
    let link = format!("{}/forgot-password", state.settings.public_url);
    repo::outbox::enqueue(
        &txn,
        templates::password_changed(&user.email, &user.full_name, &link),
        now,
    )
    .await?;
    txn.commit().await?;
    state.accounts.forget(user.id);
    state.mail_wakeup.notify_one();
    Ok(HttpResponse::Ok().json(tokens))
}
