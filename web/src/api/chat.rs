//! `/api/v1/conversations/*`: the chat between a client and the studio. A
//! conversation is keyed by its client's user id; a client only ever opens
//! their own, the crew (staff and above) all of them.

use shared::chat::{
    ChatMessage, ChatPage, ChatUnread, ConversationPage, ConversationSummary, MarkRead, SendMessage,
};
use uuid::Uuid;

use super::client::{self, path_with_id, query, Call};
use super::ApiError;
use crate::state::AuthState;

const BASE: &str = "/conversations";
/// Most messages one page may hold (the server's limit).
pub const PAGE_MAX: u32 = 100;

/// Which conversations the inbox lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InboxFilter {
    pub page: u64,
    pub per_page: u64,
    /// Only those whose client spoke last.
    pub unanswered: bool,
    /// Client name, email or phone.
    pub q: Option<String>,
}

/// The studio's inbox, newest message first (crew only).
pub async fn list(auth: AuthState, filter: &InboxFilter) -> Result<ConversationPage, ApiError> {
    let page = filter.page.max(1).to_string();
    let per_page = filter.per_page.clamp(1, 100).to_string();
    let path = query(
        BASE,
        &[
            ("page", Some(page.as_str())),
            ("per_page", Some(per_page.as_str())),
            ("unanswered", filter.unanswered.then_some("true")),
            (
                "q",
                filter.q.as_deref().map(str::trim).filter(|q| !q.is_empty()),
            ),
        ],
    );
    client::authed(auth, Call::get(path)).await
}

/// The caller's unread chat messages: the navigation badge.
pub async fn unread(auth: AuthState) -> Result<ChatUnread, ApiError> {
    client::authed(auth, Call::get(format!("{BASE}/unread"))).await
}

/// One conversation's summary: its client and the read marks.
pub async fn get(auth: AuthState, client_id: Uuid) -> Result<ConversationSummary, ApiError> {
    client::authed(auth, Call::get(path_with_id(BASE, client_id))).await
}

/// Which slice of a conversation to load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slice {
    /// The newest messages.
    Latest,
    /// The page just older than this `seq` (scrolling up).
    Before(i64),
    /// Messages newer than this `seq` (catching up).
    After(i64),
}

/// `/conversations/{client_id}/messages?…` for `slice`, `limit` messages at most.
pub fn messages_path(client_id: Uuid, slice: Slice, limit: u32) -> String {
    let base = format!("{}/messages", path_with_id(BASE, client_id));
    let limit = limit.clamp(1, PAGE_MAX).to_string();
    let (key, seq) = match slice {
        Slice::Latest => ("after", None),
        Slice::Before(seq) => ("before", Some(seq.to_string())),
        Slice::After(seq) => ("after", Some(seq.to_string())),
    };
    query(
        &base,
        &[(key, seq.as_deref()), ("limit", Some(limit.as_str()))],
    )
}

/// A page of the conversation, oldest message first.
pub async fn messages(
    auth: AuthState,
    client_id: Uuid,
    slice: Slice,
    limit: u32,
) -> Result<ChatPage, ApiError> {
    client::authed(auth, Call::get(messages_path(client_id, slice, limit))).await
}

/// Sends a message; the same `client_key` sent twice stores it once.
pub async fn send(
    auth: AuthState,
    client_id: Uuid,
    message: &SendMessage,
) -> Result<ChatMessage, ApiError> {
    let path = format!("{}/messages", path_with_id(BASE, client_id));
    client::authed(auth, Call::post(path, message)?).await
}

/// Marks the other side's messages read up to `through` (all when `None`);
/// answers the caller's unread total left.
pub async fn mark_read(
    auth: AuthState,
    client_id: Uuid,
    through: Option<i64>,
) -> Result<ChatUnread, ApiError> {
    let path = format!("{}/read", path_with_id(BASE, client_id));
    client::authed(auth, Call::post(path, &MarkRead { through })?).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_pages_ask_for_the_right_slice() {
        let id = Uuid::nil();
        let base = "/conversations/00000000-0000-0000-0000-000000000000/messages";
        assert_eq!(
            messages_path(id, Slice::Latest, 30),
            format!("{base}?limit=30")
        );
        assert_eq!(
            messages_path(id, Slice::Before(41), 30),
            format!("{base}?before=41&limit=30")
        );
        assert_eq!(
            messages_path(id, Slice::After(7), 500),
            format!("{base}?after=7&limit=100")
        );
    }
}
