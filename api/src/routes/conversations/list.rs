use actix_web::{get, web, HttpResponse};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde::Deserialize;
use shared::chat::{ChatUnread, ConversationPage};
use shared::ErrorBody;
use utoipa::IntoParams;

use crate::auth::{AuthUser, Staff};
use crate::chat::conversation::{summary, unread_for};
use crate::entities::{conversations, users};
use crate::error::ApiResult;
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InboxQuery {
    /// 1-based page number (default 1).
    #[param(minimum = 1, maximum = 1_000_000)]
    pub page: Option<u64>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u64>,
    /// Only conversations whose last message came from the client.
    pub unanswered: Option<bool>,
    /// Part of the client's name, email or phone.
    pub q: Option<String>,
}

/// The studio's inbox: every conversation with a message, newest first, with
/// the client, the last message and the unread count.
#[utoipa::path(
    tag = "chat",
    params(InboxQuery),
    security(("bearer" = ["staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = ConversationPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[get("/conversations")]
pub async fn list_conversations(
    state: web::Data<AppState>,
    _: Staff,
    query: web::Query<InboxQuery>,
) -> ApiResult<HttpResponse> {
    let (page, per_page) = crate::routes::paging::check(query.page, query.per_page)?;
    let mut find = conversations::Entity::find()
        .find_also_related(users::Entity)
        .filter(conversations::Column::LastMessageAt.is_not_null());
    if query.unanswered == Some(true) {
        find = find.filter(conversations::Column::LastFromStudio.eq(false));
    }
    if let Some(cond) = query.q.as_deref().and_then(crate::repo::users::search) {
        find = find.filter(cond);
    }
    let paginator = find
        .order_by_desc(conversations::Column::LastMessageAt)
        .order_by_asc(conversations::Column::ClientId)
        .paginate(&state.db, per_page);
    let total = paginator.num_items().await?;
    let rows = paginator.fetch_page(page - 1).await?;
    let items = rows
        .iter()
        .filter_map(|(conv, client)| client.as_ref().map(|c| summary(Some(conv), c)))
        .collect();
    Ok(HttpResponse::Ok().json(ConversationPage {
        items,
        page,
        per_page,
        total,
    }))
}

/// The caller's chat badge: for a client, studio messages they have not
/// read; for the crew, client messages the studio has not read.
#[utoipa::path(
    tag = "chat",
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = ChatUnread),
        (status = 401, body = ErrorBody),
    )
)]
#[get("/conversations/unread")]
pub async fn chat_unread(state: web::Data<AppState>, auth: AuthUser) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(unread_for(&state.db, &auth).await?))
}
