use actix_web::{post, web, HttpResponse};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use shared::notification::UnreadCount;
use shared::ErrorBody;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::entities::notifications;
use crate::error::{ApiError, ApiResult};
use crate::notify::unread_count;
use crate::state::AppState;

/// Marks one of the caller's notifications read; other open tabs hear the
/// new count. Reading one twice is fine.
#[utoipa::path(
    tag = "notifications",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = UnreadCount),
        (status = 401, body = ErrorBody),
        (status = 404, description = "No such notification of the caller", body = ErrorBody),
    )
)]
#[post("/notifications/{id}/read")]
pub async fn read_notification(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    notifications::Entity::find_by_id(*id)
        .filter(notifications::Column::UserId.eq(auth.id))
        .one(&txn)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let res = notifications::Entity::update_many()
        .col_expr(
            notifications::Column::ReadAt,
            Expr::value(now.fixed_offset()),
        )
        .filter(notifications::Column::Id.eq(*id))
        .filter(notifications::Column::ReadAt.is_null())
        .exec(&txn)
        .await?;
    let unread = finish(&state, txn, auth.id, res.rows_affected > 0).await?;
    Ok(HttpResponse::Ok().json(UnreadCount { unread }))
}

/// Marks all of the caller's notifications read.
#[utoipa::path(
    tag = "notifications",
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = UnreadCount),
        (status = 401, body = ErrorBody),
    )
)]
#[post("/notifications/read-all")]
pub async fn read_all_notifications(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let res = notifications::Entity::update_many()
        .col_expr(
            notifications::Column::ReadAt,
            Expr::value(now.fixed_offset()),
        )
        .filter(notifications::Column::UserId.eq(auth.id))
        .filter(notifications::Column::ReadAt.is_null())
        .exec(&txn)
        .await?;
    let unread = finish(&state, txn, auth.id, res.rows_affected > 0).await?;
    Ok(HttpResponse::Ok().json(UnreadCount { unread }))
}

/// Tells the user's other tabs when something changed, and commits.
async fn finish(
    state: &AppState,
    txn: sea_orm::DatabaseTransaction,
    user_id: Uuid,
    changed: bool,
) -> Result<u64, ApiError> {
    let unread = unread_count(&txn, user_id).await?;
    if changed {
        crate::live::feed::unread(&txn, user_id, unread, state.clock.now()).await?;
    }
    txn.commit().await?;
    if changed {
        state.kick();
    }
    Ok(unread)
}
