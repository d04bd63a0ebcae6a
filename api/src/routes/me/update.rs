use actix_web::{patch, web, HttpResponse};
use sea_orm::{ActiveModelTrait, Set};
use shared::auth::{UpdateMeRequest, User};
use shared::ErrorBody;

use crate::auth::AuthUser;
use crate::entities::users as user_entity;
use crate::error::{ApiError, ApiResult};
use crate::repo::users;
use crate::state::AppState;

/// Updates the signed-in user's name, email or WhatsApp number.
#[utoipa::path(
    tag = "me",
    request_body = UpdateMeRequest,
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = User),
        (status = 401, description = "No valid access token", body = ErrorBody),
        (status = 409, description = "`email_taken` or `phone_taken`", body = ErrorBody),
        (status = 422, description = "Invalid fields; see `fields`", body = ErrorBody),
    )
)]
#[patch("/me")]
pub async fn update_me(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<UpdateMeRequest>,
) -> ApiResult<HttpResponse> {
    let change = body.validate().map_err(ApiError::Validation)?;
    let txn = crate::db::begin_write(&state.writer).await?;
    let user = users::find(&txn, auth.id)
        .await?
        .ok_or_else(ApiError::unauthorized)?;
    users::ensure_unique(
        &txn,
        change.email.as_ref(),
        change.phone.as_ref(),
        Some(user.id),
    )
    .await?;
    let mut am: user_entity::ActiveModel = user.into();
    if let Some(name) = change.full_name {
        am.full_name = Set(name);
    }
    if let Some(email) = change.email {
        am.email = Set(email.into());
    }
    if let Some(phone) = change.phone {
        am.phone = Set(phone.into());
    }
    am.updated_at = Set(state.clock.now().fixed_offset());
    let user = am.update(&txn).await.map_err(users::map_unique)?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(users::to_dto(&user)))
}
