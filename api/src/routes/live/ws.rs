use std::time::Duration;

use actix_web::{get, http::header, web, HttpRequest, HttpResponse};
use actix_ws::{CloseCode, CloseReason, Message, ProtocolError};
use serde::Deserialize;
use shared::chat::{close, SocketCommand, FRAME_MAX};
use shared::{ErrorBody, Role};
use utoipa::IntoParams;
use uuid::Uuid;

use crate::auth::jwt::Claims;
use crate::chat::presence;
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

const PING_EVERY: Duration = Duration::from_secs(25);
/// Replayed at most; a client further behind reads `/events` instead.
const REPLAY: u64 = 500;

/// Opens the caller's live channel. Each text frame is one `LiveEvent` JSON:
/// booking changes (the caller's own bookings; every booking for staff and
/// above), new notifications with the unread count, unread count changes.
/// A bad or expired token is refused with 401 before the upgrade; an open
/// socket is closed with code 4001 when its token expires.
///
/// The client may send `SocketCommand` JSON text frames (`{"type":"watch",
/// "client_id":…}` while a conversation is on screen, `{"type":"unwatch"}`).
/// A frame over 64 KB closes the socket with 1009, anything that is not such
/// a command with 1007.
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
    // A disabled account or a retired token (role or password change) is refused.
    let caller = crate::auth::extract::current(&state, &claims).await?;
    let (response, session, stream) = actix_ws::handle(&req, body).map_err(|_| {
        ApiError::msg(
            shared::ErrorCode::BadRequest,
            "Bukan permintaan WebSocket yang sah.",
        )
    })?;
    let sub = state.live.subscribe(caller.id, caller.role);
    let expires_in = Duration::from_secs(
        u64::try_from(claims.exp - chrono::Utc::now().timestamp()).unwrap_or(0),
    );
    let state = state.get_ref().clone();
    let after = query.after.filter(|a| *a >= 0);
    actix_web::rt::spawn(async move {
        let (user, role) = (caller.id, caller.role);
        let socket_id = Uuid::new_v4();
        if let Err(e) = presence::open(&state.db, socket_id, user, state.clock.now()).await {
            tracing::warn!(error = ?e, "could not record presence");
        }
        let me = Caller {
            socket_id,
            user,
            role,
        };
        if let Err(e) = serve(
            &state,
            session,
            stream,
            sub,
            me,
            after,
            (expires_in, &claims),
        )
        .await
        {
            tracing::debug!(error = %e, %user, "live socket ended");
        }
        if let Err(e) = presence::close(&state.db, socket_id, state.clock.now()).await {
            tracing::warn!(error = ?e, "could not record presence");
        }
    });
    Ok(response)
}

/// Who is on the other end of one socket.
struct Caller {
    socket_id: Uuid,
    user: Uuid,
    role: Role,
}

async fn close_with(session: actix_ws::Session, code: u16, why: &str) {
    let reason = CloseReason {
        code: CloseCode::Other(code),
        description: Some(why.into()),
    };
    let _ = session.close(Some(reason)).await;
}

/// Acts on one text frame from the client; `Err` closes the socket.
async fn command(state: &AppState, me: &Caller, text: &str) -> Result<(), (u16, &'static str)> {
    let cmd: SocketCommand =
        serde_json::from_str(text).map_err(|_| (close::BAD_FRAME, "not a known JSON command"))?;
    let watching = match cmd {
        // A client may only watch their own conversation; the rest is ignored.
        SocketCommand::Watch { client_id } if me.role.is_crew() || client_id == me.user => {
            Some(client_id)
        }
        SocketCommand::Watch { .. } | SocketCommand::Unwatch => None,
    };
    if let Err(e) = presence::watch(&state.db, me.socket_id, watching, state.clock.now()).await {
        tracing::warn!(error = ?e, "could not record presence");
    }
    Ok(())
}

async fn serve(
    state: &AppState,
    mut session: actix_ws::Session,
    stream: actix_ws::MessageStream,
    mut sub: Subscription,
    me: Caller,
    after: Option<i64>,
    (expires_in, claims): (Duration, &Claims),
) -> anyhow::Result<()> {
    let (db, user, role) = (&state.db, me.user, me.role);
    let mut stream = stream.max_frame_size(FRAME_MAX);
    // Subscribed first, then the backlog: nothing falls in between; what is
    // in both is sent once (by seq).
    let mut sent = after.unwrap_or(0);
    if let Some(after) = after {
        for row in feed::list_for(db, user, role, after, REPLAY)
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
                Some(Ok(Message::Text(text))) => {
                    if let Err((code, why)) = command(state, &me, &text).await {
                        close_with(session, code, why).await;
                        return Ok(());
                    }
                }
                Some(Ok(Message::Binary(_) | Message::Continuation(_))) => {
                    close_with(session, close::BAD_FRAME, "send JSON text frames").await;
                    return Ok(());
                }
                Some(Ok(_)) => {}
                Some(Err(ProtocolError::Overflow)) => {
                    close_with(session, close::TOO_BIG, "frame over 64 KB").await;
                    return Ok(());
                }
                Some(Err(e)) => anyhow::bail!("protocol error: {e}"),
            },
            _ = ping.tick() => {
                // Disabling the account or retiring its tokens closes the socket too.
                if crate::auth::extract::current(state, claims).await.is_err() {
                    close_with(session, close::TOKEN_EXPIRED, "session ended").await;
                    return Ok(());
                }
                session.ping(b"").await?;
                if let Err(e) = presence::beat(db, me.socket_id, state.clock.now()).await {
                    tracing::warn!(error = ?e, "could not record presence");
                }
            }
            _ = &mut expiry => {
                close_with(session, close::TOKEN_EXPIRED, "token expired").await;
                return Ok(());
            }
        }
    }
}
