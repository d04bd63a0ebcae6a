//! Chat between a client and the studio: one conversation per client, keyed
//! by the client's user id. The crew (staff and above) answer as "the studio".

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Longest message body, in characters.
pub const BODY_MAX: usize = 4000;
/// Longest WebSocket frame the server accepts from a client.
pub const FRAME_MAX: usize = 64 * 1024;

/// WebSocket close codes the SPA and apps react to.
pub mod close {
    /// The access token ran out: refresh it and reconnect.
    pub const TOKEN_EXPIRED: u16 = 4001;
    /// A frame was not a JSON command we know (RFC 6455 "invalid payload").
    pub const BAD_FRAME: u16 = 1007;
    /// A frame was larger than [`super::FRAME_MAX`] (RFC 6455 "message too big").
    pub const TOO_BIG: u16 = 1009;
}

/// Checks a message body: 1–4,000 characters of text after trimming the
/// ends; no control characters but line breaks and tabs. Returns the body as
/// stored.
pub fn check_body(raw: &str) -> Result<String, &'static str> {
    let body = raw.trim();
    if body.is_empty() {
        return Err("Pesan tidak boleh kosong.");
    }
    if body.chars().count() > BODY_MAX {
        return Err("Pesan terlalu panjang (maksimal 4.000 karakter).");
    }
    if body
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err("Pesan berisi karakter yang tidak diizinkan.");
    }
    Ok(body.replace("\r\n", "\n"))
}

/// The first line of a message, shortened for an inbox row or an email.
pub fn preview(body: &str, max_chars: usize) -> String {
    let line = body.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let line = line.trim();
    if line.chars().count() <= max_chars {
        line.to_owned()
    } else {
        let cut: String = line.chars().take(max_chars.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A booking a message points at, shown as a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChatBookingRef {
    pub id: Uuid,
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChatMessage {
    pub id: Uuid,
    /// Grows with every message of every conversation: the cursor.
    pub seq: i64,
    /// The conversation: its client's user id.
    pub client_id: Uuid,
    /// Written by the crew (shown as "Aruna Moment") rather than the client.
    pub from_studio: bool,
    pub sender_id: Uuid,
    pub sender_name: String,
    /// Plain text; render it as text, never as HTML.
    pub body: String,
    pub booking: Option<ChatBookingRef>,
    /// The sender's own id for this message (idempotent resend).
    pub client_key: Option<Uuid>,
    pub created_at: DateTime<Utc>,
}

/// `POST /api/v1/conversations/{client_id}/messages`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SendMessage {
    /// 1–4,000 characters.
    pub body: String,
    /// One of the conversation's client's bookings.
    #[serde(default)]
    pub booking_id: Option<Uuid>,
    /// Chosen by the sender; sending again with the same key returns the
    /// stored message instead of a second copy.
    #[serde(default)]
    pub client_key: Option<Uuid>,
}

/// A page of one conversation, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChatPage {
    pub messages: Vec<ChatMessage>,
    /// The newest `seq` the caller has now seen: pass it as `after` next time
    /// (unchanged when nothing is new).
    pub cursor: i64,
    /// With `after`: newer messages wait beyond this page. Otherwise: older
    /// messages exist before the first one (ask with `before`).
    pub more: bool,
    /// The client has read the studio's messages up to this `seq`.
    pub client_read_through: i64,
    /// The studio has read the client's messages up to this `seq`.
    pub studio_read_through: i64,
}

/// `POST /api/v1/conversations/{client_id}/read`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkRead {
    /// Read up to this `seq`; everything so far when absent.
    #[serde(default)]
    pub through: Option<i64>,
}

/// One side read the other's messages (pushed live as `chat_read`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChatRead {
    pub client_id: Uuid,
    /// The studio read the client's messages (else the client read the studio's).
    pub by_studio: bool,
    pub read_through: i64,
}

/// A row of the studio's inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConversationSummary {
    pub client_id: Uuid,
    pub client_name: String,
    pub client_email: String,
    pub client_phone: String,
    /// First line of the newest message.
    pub last_message: Option<String>,
    pub last_message_at: Option<DateTime<Utc>>,
    pub last_from_studio: Option<bool>,
    /// Client messages the studio has not read.
    pub unread_by_studio: u64,
    /// Studio messages the client has not read.
    pub unread_by_client: u64,
    pub client_read_through: i64,
    pub studio_read_through: i64,
}

impl ConversationSummary {
    /// The client spoke last and is waiting for an answer.
    pub fn unanswered(&self) -> bool {
        self.last_from_studio == Some(false)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConversationPage {
    pub items: Vec<ConversationSummary>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

/// The navigation badge: unread messages for the caller (a client: the
/// studio's; the crew: every client's) and in how many conversations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChatUnread {
    pub unread: u64,
    pub conversations: u64,
}

/// What a client may send on the live socket, one JSON object per text frame.
/// Anything else closes the socket with [`close::BAD_FRAME`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum SocketCommand {
    /// The user has this conversation open (no chat notification for it).
    Watch { client_id: Uuid },
    /// The user left the chat.
    Unwatch,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_trimmed_and_bounded() {
        assert_eq!(check_body("  halo kak \n").unwrap(), "halo kak");
        assert!(check_body("   \n ").is_err());
        assert!(check_body(&"a".repeat(BODY_MAX)).is_ok());
        assert!(check_body(&"a".repeat(BODY_MAX + 1)).is_err());
        // Characters, not bytes.
        assert!(check_body(&"é".repeat(BODY_MAX)).is_ok());
        assert!(check_body("a\u{0}b").is_err());
        assert_eq!(
            check_body("baris 1\r\nbaris 2").unwrap(),
            "baris 1\nbaris 2"
        );
        assert_eq!(
            check_body("<script>alert(1)</script>").unwrap(),
            "<script>alert(1)</script>"
        );
    }

    #[test]
    fn previews_take_the_first_line() {
        assert_eq!(preview("\n halo\nkedua", 40), "halo");
        assert_eq!(preview("abcdefghij", 5), "abcd…");
        assert_eq!(preview("", 5), "");
    }

    #[test]
    fn socket_commands_are_tagged_json() {
        let id = Uuid::nil();
        let json = serde_json::to_string(&SocketCommand::Watch { client_id: id }).unwrap();
        assert_eq!(
            json,
            r#"{"type":"watch","client_id":"00000000-0000-0000-0000-000000000000"}"#
        );
        assert_eq!(
            serde_json::from_str::<SocketCommand>(r#"{"type":"unwatch"}"#).unwrap(),
            SocketCommand::Unwatch
        );
        assert!(serde_json::from_str::<SocketCommand>(r#"{"type":"shout"}"#).is_err());
        assert!(serde_json::from_str::<SocketCommand>("not json").is_err());
    }
}
