use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use shared::chat::ChatPage;
use shared::{ErrorBody, ErrorCode};
use utoipa::IntoParams;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::chat::messages::{page, to_dtos, Window};
use crate::chat::{access, conversation};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MessagesQuery {
    /// Only messages newer than this `seq` (catching up; polling clients).
    pub after: Option<i64>,
    /// Only messages older than this `seq` (loading history).
    pub before: Option<i64>,
    /// How many, 1–100 (default 30).
    pub limit: Option<u64>,
}

/// A page of one conversation, oldest first. Without `after` or `before`:
/// the newest messages. Polling apps pass the last `cursor` as `after`.
#[utoipa::path(
    tag = "chat",
    params(("client_id" = Uuid, Path, description = "The conversation's client"), MessagesQuery),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = ChatPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 404, description = "No such client, or not the caller's conversation", body = ErrorBody),
    )
)]
#[get("/conversations/{client_id}/messages")]
pub async fn list_messages(
    state: web::Data<AppState>,
    auth: AuthUser,
    client_id: web::Path<Uuid>,
    query: web::Query<MessagesQuery>,
) -> ApiResult<HttpResponse> {
    let window = match (query.after, query.before) {
        (None, None) => Window::Latest,
        (Some(after), None) if after >= 0 => Window::After(after),
        (None, Some(before)) if before > 0 => Window::Before(before),
        (Some(_), Some(_)) => {
            return Err(ApiError::msg(
                ErrorCode::BadRequest,
                "Pakai `after` atau `before`, tidak keduanya.",
            ))
        }
        _ => {
            return Err(ApiError::msg(
                ErrorCode::BadRequest,
                "`after` dan `before` harus bilangan positif.",
            ))
        }
    };
    let limit = match query.limit {
        None => 30,
        Some(n @ 1..=100) => n,
        Some(_) => {
            return Err(ApiError::msg(
                ErrorCode::BadRequest,
                "`limit` harus antara 1 dan 100.",
            ))
        }
    };
    let client = access::client_for(&state.db, &auth, *client_id).await?;
    let (rows, more) = page(&state.db, client.id, window, limit).await?;
    let conv = conversation::find(&state.db, client.id).await?;
    let floor = match window {
        Window::After(after) => after,
        _ => 0,
    };
    let cursor = rows.iter().map(|r| r.seq).max().unwrap_or(floor).max(floor);
    Ok(HttpResponse::Ok().json(ChatPage {
        messages: to_dtos(&state.db, &rows).await?,
        cursor,
        more,
        client_read_through: conv.as_ref().map_or(0, |c| c.client_read_seq),
        studio_read_through: conv.as_ref().map_or(0, |c| c.studio_read_seq),
    }))
}
