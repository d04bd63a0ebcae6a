//! Reading messages: pages by cursor, and the DTO with names and booking codes.

use std::collections::{HashMap, HashSet};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use shared::chat::{ChatBookingRef, ChatMessage};
use uuid::Uuid;

use crate::entities::{bookings, chat_messages, users};
use crate::error::ApiError;

/// Which slice of a conversation to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// The newest messages.
    Latest,
    /// Newer than this `seq` (catching up).
    After(i64),
    /// Older than this `seq` (scrolling up).
    Before(i64),
}

/// Up to `limit` messages of one conversation, oldest first, and whether
/// more lie beyond (newer for `After`, older otherwise).
pub async fn page(
    db: &impl ConnectionTrait,
    client_id: Uuid,
    window: Window,
    limit: u64,
) -> Result<(Vec<chat_messages::Model>, bool), ApiError> {
    let find = chat_messages::Entity::find().filter(chat_messages::Column::ClientId.eq(client_id));
    let find = match window {
        Window::Latest => find.order_by_desc(chat_messages::Column::Seq),
        Window::After(after) => find
            .filter(chat_messages::Column::Seq.gt(after))
            .order_by_asc(chat_messages::Column::Seq),
        Window::Before(before) => find
            .filter(chat_messages::Column::Seq.lt(before))
            .order_by_desc(chat_messages::Column::Seq),
    };
    let mut rows = find.limit(limit + 1).all(db).await?;
    let more = rows.len() as u64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    if !matches!(window, Window::After(_)) {
        rows.reverse();
    }
    Ok((rows, more))
}

/// The DTOs for stored rows, with the senders' names and the bookings' codes
/// read in two queries.
pub async fn to_dtos(
    db: &impl ConnectionTrait,
    rows: &[chat_messages::Model],
) -> Result<Vec<ChatMessage>, ApiError> {
    let senders: HashSet<Uuid> = rows.iter().map(|r| r.sender_id).collect();
    let names: HashMap<Uuid, String> = if senders.is_empty() {
        HashMap::new()
    } else {
        users::Entity::find()
            .filter(users::Column::Id.is_in(senders))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.full_name))
            .collect()
    };
    let booking_ids: HashSet<Uuid> = rows.iter().filter_map(|r| r.booking_id).collect();
    let codes: HashMap<Uuid, String> = if booking_ids.is_empty() {
        HashMap::new()
    } else {
        bookings::Entity::find()
            .filter(bookings::Column::Id.is_in(booking_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|b| (b.id, b.code))
            .collect()
    };
    Ok(rows
        .iter()
        .map(|r| {
            let name = names.get(&r.sender_id).cloned().unwrap_or_default();
            let booking = r.booking_id.and_then(|id| {
                codes.get(&id).map(|code| ChatBookingRef {
                    id,
                    code: code.clone(),
                })
            });
            to_dto(r, name, booking)
        })
        .collect())
}

pub fn to_dto(
    row: &chat_messages::Model,
    sender_name: String,
    booking: Option<ChatBookingRef>,
) -> ChatMessage {
    ChatMessage {
        id: row.id,
        seq: row.seq,
        client_id: row.client_id,
        from_studio: row.from_studio,
        sender_id: row.sender_id,
        sender_name,
        body: row.body.clone(),
        booking,
        client_key: row.client_key,
        created_at: row.created_at.to_utc(),
    }
}
