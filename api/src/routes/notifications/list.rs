use actix_web::{get, web, HttpResponse};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde::Deserialize;
use shared::notification::{NotificationPage, UnreadCount};
use shared::ErrorBody;
use utoipa::IntoParams;

use crate::auth::AuthUser;
use crate::entities::notifications;
use crate::error::ApiResult;
use crate::notify::{to_dto, unread_count};
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NotificationQuery {
    /// 1-based page number (default 1).
    #[param(minimum = 1, maximum = 1_000_000)]
    pub page: Option<u64>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u64>,
    /// Only unread ones.
    pub unread: Option<bool>,
}

/// The caller's notifications, newest first, with the unread count.
#[utoipa::path(
    tag = "notifications",
    params(NotificationQuery),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = NotificationPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
    )
)]
#[get("/notifications")]
pub async fn list_notifications(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<NotificationQuery>,
) -> ApiResult<HttpResponse> {
    let (page, per_page) = crate::routes::paging::check(query.page, query.per_page)?;
    let mut find = notifications::Entity::find().filter(notifications::Column::UserId.eq(auth.id));
    if query.unread == Some(true) {
        find = find.filter(notifications::Column::ReadAt.is_null());
    }
    let paginator = find
        .order_by_desc(notifications::Column::CreatedAt)
        .order_by_desc(notifications::Column::Id)
        .paginate(&state.db, per_page);
    let total = paginator.num_items().await?;
    let items = paginator.fetch_page(page - 1).await?;
    let unread = unread_count(&state.db, auth.id).await?;
    Ok(HttpResponse::Ok().json(NotificationPage {
        items: items.iter().map(to_dto).collect(),
        page,
        per_page,
        total,
        unread,
    }))
}

/// How many of the caller's notifications are unread (the bell's badge).
#[utoipa::path(
    tag = "notifications",
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = UnreadCount),
        (status = 401, body = ErrorBody),
    )
)]
#[get("/notifications/unread-count")]
pub async fn unread_notifications(
    state: web::Data<AppState>,
    auth: AuthUser,
) -> ApiResult<HttpResponse> {
    let unread = unread_count(&state.db, auth.id).await?;
    Ok(HttpResponse::Ok().json(UnreadCount { unread }))
}
