//! Reminders: the balance before it is due, and the shoot a week before
//! (H-7) and the day before (H-1). Each goes out once (a row in
//! `booking_reminders`, written with the notification) and only while the
//! booking is still accepted, so never after a cancellation.

use std::collections::HashSet;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use shared::notification::NotificationKind;
use shared::BookingStatus;
use uuid::Uuid;

use super::booking::{balance_due_on, when};
use super::{Notice, Notifier, Reach};
use crate::booking::calendar::{studio_today, studio_tz};
use crate::entities::{booking_reminders, bookings};
use crate::error::ApiError;
use crate::state::AppState;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reminder {
    BalanceDue,
    ShootWeek,
    ShootTomorrow,
}

impl Reminder {
    fn as_str(self) -> &'static str {
        match self {
            Reminder::BalanceDue => "balance_due",
            Reminder::ShootWeek => "shoot_h7",
            Reminder::ShootTomorrow => "shoot_h1",
        }
    }
}

/// The reminders a booking is due for today, sent or not.
pub fn due(b: &bookings::Model, n: &Notifier, today: NaiveDate) -> Vec<Reminder> {
    let days = (b.event_date - today).num_days();
    let mut out = Vec::new();
    if days < 1 {
        return out;
    }
    if days == 1 {
        out.push(Reminder::ShootTomorrow);
    } else if days <= 7 {
        out.push(Reminder::ShootWeek);
    }
    let remind_from =
        balance_due_on(b, n) - Duration::days(i64::from(n.studio.balance_reminder_days));
    if b.paid < b.total && today >= remind_from {
        out.push(Reminder::BalanceDue);
    }
    out
}

fn notice_for(r: Reminder, b: &bookings::Model, n: &Notifier, today: NaiveDate) -> Notice {
    let link = Some(format!("/akun/booking/{}", b.id));
    let (kind, title, body, link, cta) = match r {
        Reminder::BalanceDue => (
            NotificationKind::BalanceDue,
            format!("Pengingat pelunasan {}", b.code),
            format!(
                "Sisa pembayaran {} untuk {} jatuh tempo pada {}.\n\n\
                 Transfer ke rekening studio lalu unggah bukti pelunasan di halaman booking.",
                shared::Rupiah((b.total - b.paid).max(0)),
                b.code,
                shared::id_date::format_day(balance_due_on(b, n))
            ),
            Some(format!("/akun/booking/{}/bayar", b.id)),
            "Bayar pelunasan",
        ),
        Reminder::ShootWeek | Reminder::ShootTomorrow => {
            let days = (b.event_date - today).num_days();
            let soon = if days == 1 {
                "besok".to_owned()
            } else {
                format!("{days} hari lagi")
            };
            (
                NotificationKind::ShootReminder,
                format!("Sesi foto {} {soon}", b.code),
                format!(
                    "Sampai jumpa {soon}: {} di {}.\n\nHubungi kami lewat WhatsApp bila ada perubahan.",
                    when(b),
                    b.location
                ),
                link,
                "Lihat booking",
            )
        }
    };
    Notice {
        kind,
        title,
        body,
        link,
        booking_id: Some(b.id),
        reach: Reach::Everywhere,
        cta,
    }
}

/// One pass over accepted bookings in the coming weeks; returns how many
/// reminders went out.
pub async fn run_once(state: &AppState) -> Result<usize, ApiError> {
    let now = state.clock.now();
    let notifier = Notifier::new(&state.db, state).await?;
    let today = studio_today(now, studio_tz(&notifier.studio.timezone));
    let horizon = i64::from(
        (notifier.studio.balance_due_days + notifier.studio.balance_reminder_days).max(7),
    );
    let upcoming = bookings::Entity::find()
        .filter(bookings::Column::Status.eq(BookingStatus::Accepted.as_str()))
        .filter(bookings::Column::EventDate.gt(today))
        .filter(bookings::Column::EventDate.lte(today + Duration::days(horizon)))
        .all(&state.db)
        .await?;
    if upcoming.is_empty() {
        return Ok(0);
    }
    let sent: HashSet<(Uuid, String)> = booking_reminders::Entity::find()
        .filter(booking_reminders::Column::BookingId.is_in(upcoming.iter().map(|b| b.id)))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|r| (r.booking_id, r.kind))
        .collect();
    let mut count = 0;
    for b in &upcoming {
        for r in due(b, &notifier, today) {
            if sent.contains(&(b.id, r.as_str().to_owned())) {
                continue;
            }
            if send_once(state, &notifier, b.id, r, today, now).await? {
                count += 1;
            }
        }
    }
    if count > 0 {
        state.kick();
        tracing::info!(count, "reminders sent");
    }
    Ok(count)
}

/// Records and sends one reminder in one transaction; false when it was
/// already sent or the booking is no longer accepted.
async fn send_once(
    state: &AppState,
    n: &Notifier,
    booking_id: Uuid,
    r: Reminder,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<bool, ApiError> {
    let txn = crate::db::begin_write(&state.writer).await?;
    let Some(b) = bookings::Entity::find_by_id(booking_id).one(&txn).await? else {
        return Ok(false);
    };
    if b.status != BookingStatus::Accepted.as_str() || !due(&b, n, today).contains(&r) {
        return Ok(false);
    }
    if !mark_sent(&txn, booking_id, r, now).await? {
        return Ok(false);
    }
    let Some(client) = crate::repo::users::find(&txn, b.client_id).await? else {
        return Ok(false);
    };
    n.send(&txn, &client, &notice_for(r, &b, n, today), now)
        .await?;
    txn.commit().await?;
    Ok(true)
}

async fn mark_sent(
    db: &impl ConnectionTrait,
    booking_id: Uuid,
    r: Reminder,
    now: DateTime<Utc>,
) -> Result<bool, ApiError> {
    let res = booking_reminders::Entity::insert(booking_reminders::ActiveModel {
        booking_id: Set(booking_id),
        kind: Set(r.as_str().to_owned()),
        sent_at: Set(now.fixed_offset()),
    })
    .on_conflict(
        OnConflict::columns([
            booking_reminders::Column::BookingId,
            booking_reminders::Column::Kind,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(res == 1)
}
