//! Moves bookings along with time: unpaid holds and unanswered rejections
//! expire, accepted bookings become done after their event day (studio time).
//! Runs every `INTERVAL` with the injected clock; each change goes through
//! the state machine and the timeline like any other.

use std::time::Duration;

use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};
use shared::booking::{Actor, BookingAction};
use shared::BookingStatus;

use crate::booking::calendar::{studio_today, studio_tz};
use crate::booking::transition::{apply, Change};
use crate::entities::bookings;
use crate::error::ApiError;
use crate::notify::{self, Notifier};
use crate::repo;
use crate::state::AppState;

pub const INTERVAL: Duration = Duration::from_secs(20);

pub async fn run(state: AppState) {
    let mut tick = tokio::time::interval(INTERVAL);
    loop {
        tick.tick().await;
        if let Err(e) = run_once(&state).await {
            tracing::error!(error = ?e, "booking lifecycle pass failed");
        }
        if let Err(e) = crate::notify::reminders::run_once(&state).await {
            tracing::error!(error = ?e, "reminder pass failed");
        }
        if let Err(e) = crate::chat::alerts::run_once(&state).await {
            tracing::error!(error = ?e, "chat reminder pass failed");
        }
        if let Err(e) = crate::live::feed::prune(&state.db, state.clock.now()).await {
            tracing::error!(error = ?e, "pruning the live feed failed");
        }
        if let Err(e) = crate::chat::presence::prune(&state.db, state.clock.now()).await {
            tracing::error!(error = ?e, "pruning chat presence failed");
        }
    }
}

/// One pass; returns how many bookings changed.
pub async fn run_once(state: &AppState) -> Result<usize, ApiError> {
    let now = state.clock.now();
    let settings = repo::settings::get(&state.db).await?;
    let today = studio_today(now, studio_tz(&settings.timezone));
    let due = bookings::Entity::find()
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(bookings::Column::Status.eq(BookingStatus::WaitingPayment.as_str()))
                        .add(bookings::Column::PaymentDeadline.lte(now.fixed_offset())),
                )
                .add(
                    Condition::all()
                        .add(bookings::Column::Status.eq(BookingStatus::Rejected.as_str()))
                        .add(bookings::Column::ReuploadUntil.lte(now.fixed_offset())),
                )
                .add(
                    Condition::all()
                        .add(bookings::Column::Status.eq(BookingStatus::Accepted.as_str()))
                        .add(bookings::Column::EventDate.lt(today)),
                ),
        )
        .all(&state.db)
        .await?;
    let notifier = Notifier::new(&state.db, state).await?;
    let mut changed = 0;
    for booking in due {
        let (action, note) = match BookingStatus::parse(&booking.status) {
            Some(BookingStatus::Accepted) => {
                (BookingAction::Complete, "Selesai setelah hari acara")
            }
            Some(BookingStatus::Rejected) => (
                BookingAction::Expire,
                "Kedaluwarsa: bukti baru tidak diunggah tepat waktu",
            ),
            _ => (
                BookingAction::Expire,
                "Kedaluwarsa: pembayaran tidak diterima sebelum batas waktu",
            ),
        };
        let txn = crate::db::begin_write(&state.writer).await?;
        let change = Change::new(action, Actor::System, None, now).note(note);
        match apply(&txn, &booking, change).await {
            Ok(to) => {
                if let Some(client) = repo::users::find(&txn, booking.client_id).await? {
                    if to == BookingStatus::Done {
                        notify::booking::done(&txn, &notifier, &booking, &client, now).await?;
                    } else {
                        notify::booking::expired(&txn, &notifier, &booking, &client, now).await?;
                    }
                }
                txn.commit().await?;
                changed += 1;
            }
            // Someone changed it meanwhile (a proof arrived): leave it.
            Err(ApiError::Client { .. }) => {}
            Err(e) => return Err(e),
        }
    }
    if changed > 0 {
        // The read caches and the dashboard drop what they hold.
        state.writes.bump();
        state.kick();
        tracing::info!(changed, "booking lifecycle pass");
    }
    Ok(changed)
}
