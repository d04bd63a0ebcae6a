use actix_web::{post, web, HttpRequest, HttpResponse};
use shared::auth::{RegisterRequest, TokenResponse};
use shared::{ErrorBody, Role};

use super::session;
use crate::auth::password;
use crate::error::{ApiError, ApiResult};
use crate::ratelimit::Bucket;
use crate::repo::users::{self, NewUser};
use crate::state::AppState;

/// Creates a client account and signs it in.
#[utoipa::path(
    tag = "auth",
    request_body = RegisterRequest,
    responses(
        (status = 201, description = "Account created and signed in", body = TokenResponse),
        (status = 400, description = "Malformed body", body = ErrorBody),
        (status = 409, description = "`email_taken` or `phone_taken`", body = ErrorBody),
        (status = 422, description = "Invalid fields; see `fields`", body = ErrorBody),
        (status = 429, description = "Too many attempts from this address", body = ErrorBody),
    )
)]
#[post("/auth/register")]
pub async fn register(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<RegisterRequest>,
) -> ApiResult<HttpResponse> {
    state.limiter.check(Bucket::Register, &req)?;
    let valid = body.validate().map_err(ApiError::Validation)?;
    let password_hash = password::hash(valid.password.clone()).await?;
    let now = state.clock.now();

    let txn = crate::db::begin_write(&state.writer).await?;
    users::ensure_unique(&txn, Some(&valid.email), Some(&valid.phone), None).await?;
    let user = users::insert(
        &txn,
        NewUser {
            full_name: &valid.full_name,
            email: &valid.email,
            phone: &valid.phone,
            password_hash,
            role: Role::Client,
        },
        now,
    )
    .await?;
    let tokens = session::start(&txn, &state, &user, now).await?;
    txn.commit().await?;

    tracing::info!(user_id = %user.id, "client registered");
    Ok(HttpResponse::Created().json(tokens))
}
