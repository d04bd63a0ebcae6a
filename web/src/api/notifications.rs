//! `/api/v1/notifications/*`: the signed-in user's in-app notifications and
//! their unread count.

use shared::notification::{NotificationPage, UnreadCount};
use uuid::Uuid;

use super::client::{self, path_with_id, query, Call};
use super::ApiError;
use crate::state::AuthState;

const BASE: &str = "/notifications";

/// One page of notifications, newest first.
pub async fn list(auth: AuthState, page: u64, per_page: u64) -> Result<NotificationPage, ApiError> {
    let (page, per_page) = (page.max(1).to_string(), per_page.clamp(1, 100).to_string());
    let path = query(
        BASE,
        &[
            ("page", Some(page.as_str())),
            ("per_page", Some(per_page.as_str())),
        ],
    );
    client::authed(auth, Call::get(path)).await
}

pub async fn unread_count(auth: AuthState) -> Result<UnreadCount, ApiError> {
    client::authed(auth, Call::get(format!("{BASE}/unread-count"))).await
}

/// Marks one notification read; answers the unread count left.
pub async fn mark_read(auth: AuthState, id: Uuid) -> Result<UnreadCount, ApiError> {
    let path = format!("{}/read", path_with_id(BASE, id));
    client::authed(auth, Call::post_empty(path)).await
}

/// Marks every notification read; answers the unread count left (0).
pub async fn mark_all_read(auth: AuthState) -> Result<UnreadCount, ApiError> {
    client::authed(auth, Call::post_empty(format!("{BASE}/read-all"))).await
}
