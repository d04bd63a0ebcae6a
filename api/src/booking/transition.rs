//! Applying a state-machine transition to a stored booking: the shared
//! `transition` decides, a conditional update makes it stick only if nobody
//! changed the booking meanwhile, the timeline records it and the live feed
//! tells the client's and the crew's open pages. Take every other lock the
//! transaction needs (counters) before calling it: the feed write orders
//! writers with a lock held to commit.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use shared::booking::{transition, Actor, BookingAction, TransitionError};
use shared::{BookingStatus, ErrorCode, Role};
use uuid::Uuid;

use super::create::record_event;
use crate::entities::bookings;
use crate::error::ApiError;

pub struct Change {
    pub action: BookingAction,
    pub actor: Actor,
    /// Who, for the timeline; `None` for the scheduler.
    pub by: Option<(Uuid, Role)>,
    pub note: Option<String>,
    /// Further columns to set in the same update.
    pub also: Vec<(bookings::Column, SimpleExpr)>,
    pub now: DateTime<Utc>,
}

impl Change {
    pub fn new(
        action: BookingAction,
        actor: Actor,
        by: Option<(Uuid, Role)>,
        now: DateTime<Utc>,
    ) -> Self {
        Change {
            action,
            actor,
            by,
            note: None,
            also: Vec::new(),
            now,
        }
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    pub fn set(mut self, col: bookings::Column, value: impl Into<SimpleExpr>) -> Self {
        self.also.push((col, value.into()));
        self
    }
}

/// The actor a signed-in user is for this booking.
pub fn actor_for(booking: &bookings::Model, user: Uuid, role: Role) -> Actor {
    if booking.client_id == user && role == Role::Client {
        Actor::Owner
    } else {
        Actor::Crew(role)
    }
}

pub async fn apply(
    db: &impl ConnectionTrait,
    booking: &bookings::Model,
    change: Change,
) -> Result<BookingStatus, ApiError> {
    let from = BookingStatus::parse(&booking.status)
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("unknown status {}", booking.status)))?;
    let to = transition(from, change.action, change.actor).map_err(|e| match e {
        TransitionError::NotAllowed { .. } => ApiError::msg(
            ErrorCode::InvalidTransition,
            format!(
                "Booking berstatus \"{}\" tidak bisa diubah dengan tindakan ini.",
                from.label_id()
            ),
        ),
        TransitionError::Forbidden => ApiError::forbidden(),
    })?;
    let mut update = bookings::Entity::update_many()
        .col_expr(bookings::Column::Status, Expr::value(to.as_str()))
        .col_expr(
            bookings::Column::UpdatedAt,
            Expr::value(change.now.fixed_offset()),
        );
    for (col, value) in change.also {
        update = update.col_expr(col, value);
    }
    let res = update
        .filter(bookings::Column::Id.eq(booking.id))
        .filter(bookings::Column::Status.eq(from.as_str()))
        .exec(db)
        .await?;
    if res.rows_affected != 1 {
        return Err(ApiError::msg(
            ErrorCode::Conflict,
            "Booking baru saja berubah. Muat ulang halaman lalu coba lagi.",
        ));
    }
    record_event(
        db,
        booking.id,
        change.by,
        Some(from),
        to,
        change.note,
        change.now,
    )
    .await?;
    crate::live::feed::booking_changed(db, booking, Some(from), to, change.now).await?;
    Ok(to)
}
