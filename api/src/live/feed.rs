//! Writing and reading the live event feed.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, Statement,
};
use shared::chat::{ChatMessage, ChatRead};
use shared::notification::{BookingChange, LiveEvent, LiveKind, Notification};
use shared::{BookingStatus, Role};
use uuid::Uuid;

use crate::entities::{bookings, live_events};
use crate::error::ApiError;
use crate::repo::batch::Batch;

/// Who receives an event.
#[derive(Debug, Clone, Copy)]
pub enum Audience {
    /// One user (their notification, their unread count).
    User(Uuid),
    /// The booking's client and every staff member and above.
    UserAndCrew(Uuid),
}

/// Any constant: the PostgreSQL advisory lock that orders feed writers.
const FEED_LOCK: i64 = 0x6C69_7665;

/// The PostgreSQL channel every process listens on for new feed rows.
pub const CHANNEL: &str = "live_events";

/// Appends one event. On PostgreSQL, writers take a transaction-scoped lock
/// first, so `seq` order is commit order and a reader that remembers the last
/// `seq` it saw never skips a row committed later with a smaller one. Call it
/// last in a transaction. SQLite serialises writers anyway.
pub async fn publish(
    db: &impl ConnectionTrait,
    audience: Audience,
    event: LiveEvent,
) -> Result<(), ApiError> {
    let mut batch = Batch::new(db);
    queue(&mut batch, audience, &event)?;
    Ok(batch.run(db).await?)
}

/// [`publish`] into the caller's batch; run the batch last in the
/// transaction.
pub fn queue(batch: &mut Batch, audience: Audience, event: &LiveEvent) -> Result<(), ApiError> {
    let pg = batch.backend() == DbBackend::Postgres;
    if pg {
        // Held to the commit: once per transaction's batch is enough.
        batch.push_once(Statement::from_string(
            DbBackend::Postgres,
            format!("SELECT pg_advisory_xact_lock({FEED_LOCK})"),
        ));
    }
    let (user_id, crew) = match audience {
        Audience::User(id) => (Some(id), false),
        Audience::UserAndCrew(id) => (Some(id), true),
    };
    let payload = serde_json::to_string(event).map_err(anyhow::Error::from)?;
    batch.insert(live_events::ActiveModel {
        user_id: Set(user_id),
        crew: Set(crew),
        payload: Set(payload),
        created_at: Set(event.at.fixed_offset()),
        ..Default::default()
    });
    if pg {
        // Delivered at commit, folded into one per transaction.
        batch.push_last_once(Statement::from_string(
            DbBackend::Postgres,
            format!("SELECT pg_notify('{CHANNEL}', '')"),
        ));
    }
    Ok(())
}

fn event(kind: LiveKind, at: DateTime<Utc>) -> LiveEvent {
    LiveEvent {
        seq: 0,
        at,
        kind,
        booking: None,
        notification: None,
        unread: None,
        chat: None,
        chat_read: None,
    }
}

/// A booking changed: its client and the crew hear of it.
pub async fn booking_changed(
    db: &impl ConnectionTrait,
    booking: &bookings::Model,
    from: Option<BookingStatus>,
    to: BookingStatus,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let mut batch = Batch::new(db);
    queue_booking_changed(&mut batch, booking, from, to, now)?;
    Ok(batch.run(db).await?)
}

/// [`booking_changed`] into the caller's batch.
pub fn queue_booking_changed(
    batch: &mut Batch,
    booking: &bookings::Model,
    from: Option<BookingStatus>,
    to: BookingStatus,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let mut e = event(LiveKind::Booking, now);
    e.booking = Some(BookingChange {
        booking_id: booking.id,
        code: booking.code.clone(),
        from,
        status: to,
        client_id: booking.client_id,
    });
    queue(batch, Audience::UserAndCrew(booking.client_id), &e)
}

/// A new notification and the recipient's unread count with it, into the
/// caller's batch.
pub fn queue_notification(
    batch: &mut Batch,
    user_id: Uuid,
    notification: Notification,
    unread: u64,
) -> Result<(), ApiError> {
    let mut e = event(LiveKind::Notification, notification.created_at);
    e.notification = Some(notification);
    e.unread = Some(unread);
    queue(batch, Audience::User(user_id), &e)
}

/// The user's unread count changed elsewhere (read in another tab).
pub async fn unread(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    unread: u64,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let mut e = event(LiveKind::Unread, now);
    e.unread = Some(unread);
    publish(db, Audience::User(user_id), e).await
}

/// A new chat message: its client and the crew receive it.
pub async fn chat_message(db: &impl ConnectionTrait, message: ChatMessage) -> Result<(), ApiError> {
    let mut e = event(LiveKind::Chat, message.created_at);
    let client_id = message.client_id;
    e.chat = Some(message);
    publish(db, Audience::UserAndCrew(client_id), e).await
}

/// One side read the other's messages (read ticks on the other side).
pub async fn chat_read(
    db: &impl ConnectionTrait,
    read: ChatRead,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let mut e = event(LiveKind::ChatRead, now);
    e.chat_read = Some(read);
    publish(db, Audience::UserAndCrew(read.client_id), e).await
}

/// Turns a stored row into the event clients see.
pub fn to_event(row: &live_events::Model) -> Option<LiveEvent> {
    let mut e: LiveEvent = serde_json::from_str(&row.payload).ok()?;
    e.seq = row.seq;
    Some(e)
}

/// Whether a row is for this user.
pub fn visible_to(row: &live_events::Model, user_id: Uuid, role: Role) -> bool {
    row.user_id == Some(user_id) || (row.crew && role.is_crew())
}

/// Events for one user after `after`, oldest first.
pub async fn list_for(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    role: Role,
    after: i64,
    limit: u64,
) -> Result<Vec<live_events::Model>, ApiError> {
    let mut audience = Condition::any().add(live_events::Column::UserId.eq(user_id));
    if role.is_crew() {
        audience = audience.add(live_events::Column::Crew.eq(true));
    }
    Ok(live_events::Entity::find()
        .filter(live_events::Column::Seq.gt(after))
        .filter(audience)
        .order_by_asc(live_events::Column::Seq)
        .limit(limit)
        .all(db)
        .await?)
}

/// Every event after `after`, for the dispatcher.
pub async fn list_all(
    db: &impl ConnectionTrait,
    after: i64,
    limit: u64,
) -> Result<Vec<live_events::Model>, ApiError> {
    Ok(live_events::Entity::find()
        .filter(live_events::Column::Seq.gt(after))
        .order_by_asc(live_events::Column::Seq)
        .limit(limit)
        .all(db)
        .await?)
}

/// The newest `seq`, 0 for an empty feed.
pub async fn last_seq(db: &impl ConnectionTrait) -> Result<i64, ApiError> {
    let last = live_events::Entity::find()
        .order_by_desc(live_events::Column::Seq)
        .one(db)
        .await?;
    Ok(last.map_or(0, |r| r.seq))
}

/// How long the feed keeps events: a tab or app away longer reloads its
/// pages instead of catching up.
pub const KEEP_DAYS: i64 = 30;

/// Drops events older than [`KEEP_DAYS`]; returns how many.
pub async fn prune(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, ApiError> {
    let res = live_events::Entity::delete_many()
        .filter(
            live_events::Column::CreatedAt
                .lt((now - chrono::Duration::days(KEEP_DAYS)).fixed_offset()),
        )
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}
