use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use shared::notification::LiveFeed;
use shared::ErrorBody;
use utoipa::IntoParams;

use crate::auth::AuthUser;
use crate::error::{ApiError, ApiResult};
use crate::live::feed;
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventsQuery {
    /// The `cursor` of the previous answer (or the last `seq` seen); 0 for
    /// everything kept. Absent: no events, just the current cursor to start
    /// from (after loading the current state by REST).
    pub after: Option<i64>,
    /// At most this many events, 1–500 (default 100).
    pub limit: Option<u64>,
}

/// The caller's live events after a cursor, oldest first: booking changes
/// (their own, or all for staff and above), notifications, unread counts.
/// The same events the WebSocket pushes, for clients that poll.
#[utoipa::path(
    tag = "live",
    params(EventsQuery),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = LiveFeed),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
    )
)]
#[get("/events")]
pub async fn list_events(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<EventsQuery>,
) -> ApiResult<HttpResponse> {
    let limit = query.limit.unwrap_or(100);
    if query.after.is_some_and(|a| a < 0) || !(1..=500).contains(&limit) {
        return Err(ApiError::msg(
            shared::ErrorCode::BadRequest,
            "after harus ≥ 0 dan limit antara 1 dan 500.",
        ));
    }
    let Some(after) = query.after else {
        let cursor = feed::last_seq(&state.db).await?;
        return Ok(HttpResponse::Ok().json(LiveFeed {
            events: Vec::new(),
            cursor,
            more: false,
        }));
    };
    let rows = feed::list_for(&state.db, auth.id, auth.role, after, limit + 1).await?;
    let more = rows.len() as u64 > limit;
    let page = &rows[..rows.len().min(limit as usize)];
    let events: Vec<_> = page.iter().filter_map(feed::to_event).collect();
    let cursor = page.last().map_or(after, |r| r.seq);
    Ok(HttpResponse::Ok().json(LiveFeed {
        events,
        cursor,
        more,
    }))
}
