//! The live feed: `GET /api/v1/ws`, a WebSocket that pushes `LiveEvent`s as
//! they happen, and `GET /api/v1/events?after=`, the same events for polling
//! when no socket can be opened. What to do with them is `state::live`'s job.

use std::pin::Pin;
use std::time::Duration;

use futures::future;
use futures::{Sink, SinkExt, StreamExt};
use gloo_net::websocket::futures::WebSocket;
use gloo_net::websocket::{Message, State, WebSocketError};
use shared::chat::SocketCommand;
use shared::notification::{LiveEvent, LiveFeed};

use super::client::{self, query, Call, API_BASE};
use super::ApiError;
use crate::state::AuthState;

/// The close code the server sends when the socket's access token expired:
/// renew the token and reconnect.
pub const CLOSE_TOKEN_EXPIRED: u16 = shared::chat::close::TOKEN_EXPIRED;

/// Events after `after` (from the start of the user's feed, or wherever the
/// server begins, without one), oldest first, at most `limit`.
pub async fn feed(auth: AuthState, after: Option<i64>, limit: u64) -> Result<LiveFeed, ApiError> {
    let after = after.map(|a| a.to_string());
    let limit = limit.clamp(1, 500).to_string();
    let path = query(
        "/events",
        &[("after", after.as_deref()), ("limit", Some(limit.as_str()))],
    );
    client::authed(auth, Call::get(path)).await
}

/// A live access token to open the socket with (renewed first when it is
/// about to expire).
pub async fn socket_token(auth: AuthState) -> Result<String, ApiError> {
    client::access_token(auth).await
}

/// The token to reconnect with after the server closed the socket because
/// `spent` expired: one another call renewed meanwhile, or a fresh renewal.
pub async fn renew_token(auth: AuthState, spent: &str) -> Result<String, ApiError> {
    client::token_after_refusal(auth, spent).await
}

/// `wss://host/api/v1/ws?access_token=…&after=…` for a page served over
/// `protocol` (`https:` or `http:`) from `host` (with its port).
pub fn socket_url(protocol: &str, host: &str, token: &str, after: Option<i64>) -> String {
    let scheme = if protocol == "https:" { "wss:" } else { "ws:" };
    let after = after.map(|a| a.to_string());
    let path = query(
        "/ws",
        &[("access_token", Some(token)), ("after", after.as_deref())],
    );
    format!("{scheme}//{host}{API_BASE}{path}")
}

/// One socket connection. Dropping it closes the socket.
pub struct Socket {
    ws: WebSocket,
    close_code: Option<u16>,
}

impl Socket {
    /// Starts connecting to this site's socket; the server replays the
    /// events after `after` first.
    pub fn open(token: &str, after: Option<i64>) -> Result<Socket, ApiError> {
        let location = leptos::prelude::window().location();
        let (Ok(protocol), Ok(host)) = (location.protocol(), location.host()) else {
            return Err(ApiError::Network);
        };
        let url = socket_url(&protocol, &host, token, after);
        let ws = WebSocket::open(&url).map_err(|_| ApiError::Network)?;
        Ok(Socket {
            ws,
            close_code: None,
        })
    }

    /// Waits for the handshake to end, at most `timeout`: whether the socket
    /// is open. A refused token (the server answers 401) looks like any other
    /// failed handshake to a browser.
    pub async fn handshake(&mut self, timeout: Duration) -> bool {
        let ws = &mut self.ws;
        // The socket is "ready" once it has left the connecting state.
        let ready = future::poll_fn(|cx| Pin::new(&mut *ws).poll_ready(cx));
        let timer = gloo_timers::future::sleep(timeout);
        // Either way the state says how it went.
        future::select(ready, timer).await;
        matches!(self.ws.state(), State::Open)
    }

    /// The next event, or `None` once the socket has closed (see
    /// [`Socket::close_code`]). Frames that are not a `LiveEvent` are skipped.
    pub async fn next(&mut self) -> Option<LiveEvent> {
        loop {
            match self.ws.next().await? {
                Ok(Message::Text(text)) => {
                    if let Ok(event) = serde_json::from_str::<LiveEvent>(&text) {
                        return Some(event);
                    }
                }
                Err(WebSocketError::ConnectionClose(close)) => self.close_code = Some(close.code),
                // Binary frames are not ours; the error event is followed by
                // the close event, which says more.
                Ok(Message::Bytes(_)) | Err(_) => {}
            }
        }
    }

    /// Sends one command as a JSON text frame. A failed send is not
    /// retried: the socket is closing, and the next one is told again.
    pub async fn send(&mut self, command: &SocketCommand) {
        if let Ok(text) = serde_json::to_string(command) {
            let _ = self.ws.send(Message::Text(text)).await;
        }
    }

    /// Why the socket closed, once [`Socket::next`] returned `None`.
    pub fn close_code(&self) -> Option<u16> {
        self.close_code
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_socket_url_follows_the_page_scheme_and_resumes_after_a_seq() {
        assert_eq!(
            socket_url("https:", "studio.example", "a.b-c", Some(42)),
            "wss://studio.example/api/v1/ws?access_token=a.b-c&after=42"
        );
        assert_eq!(
            socket_url("http:", "127.0.0.1:8080", "t+k/=", None),
            "ws://127.0.0.1:8080/api/v1/ws?access_token=t%2Bk%2F%3D"
        );
    }
}
