use actix_web::{post, web, HttpRequest, HttpResponse};
use shared::auth::{Identifier, LoginRequest, TokenResponse};
use shared::{ErrorBody, ErrorCode, FieldErrors};

use super::session;
use crate::auth::password;
use crate::error::{ApiError, ApiResult};
use crate::ratelimit::Bucket;
use crate::repo::users;
use crate::state::AppState;

/// Signs in with an email or a WhatsApp number (any common form) and a password.
/// An unknown account and a wrong password answer the same 401.
#[utoipa::path(
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = TokenResponse),
        (status = 401, description = "`invalid_credentials`", body = ErrorBody),
        (status = 403, description = "The account is disabled", body = ErrorBody),
        (status = 422, description = "The identifier is neither an email nor a phone number", body = ErrorBody),
        (status = 429, description = "Too many attempts from this address", body = ErrorBody),
    )
)]
#[post("/auth/login")]
pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<LoginRequest>,
) -> ApiResult<HttpResponse> {
    state.limiter.check(Bucket::Login, &req)?;
    let identifier = Identifier::parse(&body.identifier).map_err(|msg| {
        let mut f = FieldErrors::new();
        f.insert("identifier".into(), msg.into());
        ApiError::Validation(f)
    })?;
    let user = match &identifier {
        Identifier::Email(e) => users::find_by_email(&state.db, e).await?,
        Identifier::Phone(p) => users::find_by_phone(&state.db, p).await?,
    };
    let ok = password::verify(
        body.password.clone(),
        user.as_ref().map(|u| u.password_hash.clone()),
    )
    .await?;
    let user = match user {
        Some(u) if ok => u,
        _ => return Err(ApiError::code(ErrorCode::InvalidCredentials)),
    };
    if !user.is_active {
        return Err(ApiError::msg(
            ErrorCode::Forbidden,
            "Akun Anda dinonaktifkan. Hubungi studio melalui WhatsApp untuk bantuan.",
        ));
    }
    // A hash made with older parameters is replaced while the password is
    // at hand (before the transaction: hashing takes tens of ms).
    let upgraded = if password::outdated(&user.password_hash) {
        Some(password::hash(body.password.clone()).await?)
    } else {
        None
    };
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    if let Some(hash) = upgraded {
        users::rehash_password(&txn, user.id, &user.password_hash, hash).await?;
    }
    let tokens = session::start(&txn, &state, &user, now).await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(tokens))
}
