use std::time::Duration;

use actix_web::{get, http::header, web, HttpRequest, HttpResponse};
use actix_ws::{CloseCode, CloseReason, Message};
use serde::Deserialize;
use shared::{ErrorBody, Role};
use utoipa::IntoParams;
use uuid::Uuid;

use crate::error::{ApiError, ApiResult};
use crate::live::{feed, hub::Subscription};
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WsQuery {
    /// The access token, for browsers (they cannot set headers on a
    /// WebSocket). Other clients may send `Authorization: Bearer` instead.
    pub access_token: Option<String>,
    /// Replay the caller's events after this `seq` first (after a reconnect).
    pub after: Option<i64>,
}

/// Closed when the access token runs out: refresh it and reconnect.
const TOKEN_EXPIRED: u16 = 4001;
const PING_EVERY: Duration = Duration::from_secs(25);
/// Replayed at most; a client further behind reads `/events` instead.
const REPLAY: u64 = 500;

/// Opens the caller's live channel. Each text frame is one `LiveEvent` JSON:
/// booking changes (the caller's own bookings; every booking for staff and
/// above), new notifications with the unread count, unread count changes.
/// A bad or expired token is refused with 401 before the upgrade; an open
/// socket is closed with code 4001 when its token expires.
#[utoipa::path(
    tag = "live",
    params(WsQuery),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 101, description = "Switching to the WebSocket protocol"),
        (status = 400, description = "Not a WebSocket handshake", body = ErrorBody),
        (status = 401, body = ErrorBody),
    )
)]
#[get("/ws")]
pub async fn live_socket(
    req: HttpRequest,
    body: web::Payload,
    state: web::Data<AppState>,
    query: web::Query<WsQuery>,
) -> ApiResult<HttpResponse> {
    let token = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::to_owned)
        .or_else(|| query.access_token.clone())
        .ok_or_else(ApiError::unauthorized)?;
    let claims = state
        .jwt
        .verify(token.trim())
        .ok_or_else(ApiError::unauthorized)?;
    let (response, session, stream) = actix_ws::handle(&req, body).map_err(|_| {
        ApiError::msg(
            shared::ErrorCode::BadRequest,
            "Bukan permintaan WebSocket yang sah.",
        )
    })?;
    let sub = state.live.subscribe(claims.sub, claims.role);
    let expires_in = Duration::from_secs(
        u64::try_from(claims.exp - chrono::Utc::now().timestamp()).unwrap_or(0),
    );
    let db = state.db.clone();
    let after = query.after.filter(|a| *a >= 0);
    actix_web::rt::spawn(async move {
        let (user, role) = (claims.sub, claims.role);
        if let Err(e) = serve(db, session, stream, sub, user, role, after, expires_in).await {
            tracing::debug!(error = %e, %user, "live socket ended");
        }
    });
    Ok(response)
}

#[allow(clippy::too_many_arguments)]
async fn serve(
    db: sea_orm::DatabaseConnection,
    mut session: actix_ws::Session,
    stream: actix_ws::MessageStream,
    mut sub: Subscription,
    user: Uuid,
    role: Role,
    after: Option<i64>,
    expires_in: Duration,
) -> anyhow::Result<()> {
    let mut stream = stream.max_frame_size(4096);
    // Subscribed first, then the backlog: nothing falls in between; what is
    // in both is sent once (by seq).
    let mut sent = after.unwrap_or(0);
    if let Some(after) = after {
        for row in feed::list_for(&db, user, role, after, REPLAY)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?
        {
            if let Some(event) = feed::to_event(&row) {
                session.text(serde_json::to_string(&event)?).await?;
            }
            sent = row.seq;
        }
    }
    let expiry = tokio::time::sleep(expires_in);
    tokio::pin!(expiry);
    let mut ping = tokio::time::interval(PING_EVERY);
    ping.tick().await;
    loop {
        tokio::select! {
            frame = sub.rx.recv() => match frame {
                Some((seq, json)) => {
                    if seq > sent {
                        session.text(json.to_string()).await?;
                        sent = seq;
                    }
                }
                None => {
                    // Dropped by the hub for falling behind.
                    let reason = CloseReason { code: CloseCode::Again, description: Some("catch up with after=".into()) };
                    let _ = session.close(Some(reason)).await;
                    return Ok(());
                }
            },
            msg = stream.recv() => match msg {
                Some(Ok(Message::Ping(bytes))) => session.pong(&bytes).await?,
                Some(Ok(Message::Close(_))) | None => {
                    let _ = session.close(None).await;
                    return Ok(());
                }
                Some(Ok(_)) => {}
                Some(Err(e)) => anyhow::bail!("protocol error: {e}"),
            },
            _ = ping.tick() => session.ping(b"").await?,
            _ = &mut expiry => {
                let reason = CloseReason { code: CloseCode::Other(TOKEN_EXPIRED), description: Some("token expired".into()) };
                let _ = session.close(Some(reason)).await;
                return Ok(());
            }
        }
    }
}
