//! The message outbox (email and WhatsApp): rows are inserted inside the
//! transaction that causes them and delivered later by `mail::worker`.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use super::batch::Batch;
use crate::entities::email_outbox::{self, Entity as Outbox};
use crate::error::ApiError;

pub const PENDING: &str = "pending";
pub const SENT: &str = "sent";
pub const EMAIL: &str = "email";
pub const WHATSAPP: &str = "whatsapp";

pub struct NewEmail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    /// `invoice:<booking id>`: the worker renders the PDF when it sends.
    pub attachment: Option<String>,
}

/// The attachment reference for a booking's invoice.
pub fn invoice_attachment(booking_id: Uuid) -> String {
    format!("invoice:{booking_id}")
}

/// The booking an attachment reference points at.
pub fn parse_invoice_attachment(s: &str) -> Option<Uuid> {
    s.strip_prefix("invoice:")
        .and_then(|id| Uuid::parse_str(id).ok())
}

pub async fn enqueue(
    db: &impl ConnectionTrait,
    mail: NewEmail,
    now: DateTime<Utc>,
) -> Result<Uuid, ApiError> {
    insert(db, EMAIL, mail, now).await
}

/// Queues a WhatsApp text to a `+62…` number.
pub async fn enqueue_whatsapp(
    db: &impl ConnectionTrait,
    phone: &str,
    text: String,
    now: DateTime<Utc>,
) -> Result<Uuid, ApiError> {
    insert(db, WHATSAPP, whatsapp(phone, text), now).await
}

/// A WhatsApp text as an outbox row carries it.
fn whatsapp(phone: &str, text: String) -> NewEmail {
    NewEmail {
        to: phone.to_owned(),
        subject: String::new(),
        text,
        html: None,
        attachment: None,
    }
}

async fn insert(
    db: &impl ConnectionTrait,
    channel: &str,
    mail: NewEmail,
    now: DateTime<Utc>,
) -> Result<Uuid, ApiError> {
    let mut batch = Batch::new(db);
    let id = insert_into(&mut batch, channel, mail, now);
    batch.run(db).await?;
    Ok(id)
}

/// Queues an email in the caller's batch.
pub fn enqueue_into(batch: &mut Batch, mail: NewEmail, now: DateTime<Utc>) -> Uuid {
    insert_into(batch, EMAIL, mail, now)
}

/// Queues a WhatsApp text in the caller's batch.
pub fn enqueue_whatsapp_into(
    batch: &mut Batch,
    phone: &str,
    text: String,
    now: DateTime<Utc>,
) -> Uuid {
    insert_into(batch, WHATSAPP, whatsapp(phone, text), now)
}

fn insert_into(batch: &mut Batch, channel: &str, mail: NewEmail, now: DateTime<Utc>) -> Uuid {
    let id = Uuid::new_v4();
    batch.insert(email_outbox::ActiveModel {
        id: Set(id),
        channel: Set(channel.to_owned()),
        attachment: Set(mail.attachment),
        to_address: Set(mail.to),
        subject: Set(mail.subject),
        body_text: Set(mail.text),
        body_html: Set(mail.html),
        status: Set(PENDING.to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now.fixed_offset()),
        locked_until: Set(None),
        last_error: Set(None),
        created_at: Set(now.fixed_offset()),
        sent_at: Set(None),
    });
    id
}

/// Due messages on the given channels not currently claimed by a worker.
pub async fn due(
    db: &impl ConnectionTrait,
    channels: &[&str],
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<email_outbox::Model>, ApiError> {
    Ok(Outbox::find()
        .filter(email_outbox::Column::Status.eq(PENDING))
        .filter(email_outbox::Column::Channel.is_in(channels.iter().copied()))
        .filter(email_outbox::Column::NextAttemptAt.lte(now.fixed_offset()))
        .filter(
            Condition::any()
                .add(email_outbox::Column::LockedUntil.is_null())
                .add(email_outbox::Column::LockedUntil.lt(now.fixed_offset())),
        )
        .order_by_asc(email_outbox::Column::NextAttemptAt)
        .limit(limit)
        .all(db)
        .await?)
}

/// Claims one message for `lease`; false when another worker holds it, so
/// with several API processes each message is sent by one of them.
pub async fn claim(
    db: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
    lease: Duration,
) -> Result<bool, ApiError> {
    let res = Outbox::update_many()
        .col_expr(
            email_outbox::Column::LockedUntil,
            Expr::value((now + lease).fixed_offset()),
        )
        .filter(email_outbox::Column::Id.eq(id))
        .filter(email_outbox::Column::Status.eq(PENDING))
        .filter(
            Condition::any()
                .add(email_outbox::Column::LockedUntil.is_null())
                .add(email_outbox::Column::LockedUntil.lt(now.fixed_offset())),
        )
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

pub async fn mark_sent(
    db: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    Outbox::update_many()
        .col_expr(email_outbox::Column::Status, Expr::value(SENT))
        .col_expr(
            email_outbox::Column::SentAt,
            Expr::value(now.fixed_offset()),
        )
        .col_expr(
            email_outbox::Column::Attempts,
            Expr::col(email_outbox::Column::Attempts).add(1),
        )
        .col_expr(
            email_outbox::Column::LockedUntil,
            Expr::value(Option::<DateTime<chrono::FixedOffset>>::None),
        )
        .filter(email_outbox::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Records a failed attempt and schedules the next one with exponential
/// backoff (5 s, 10 s, 20 s … capped at one hour). Mail is never dropped.
pub async fn mark_failed(
    db: &impl ConnectionTrait,
    msg: &email_outbox::Model,
    error: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let attempts = msg.attempts.saturating_add(1);
    let delay = Duration::seconds((5_i64 << (attempts - 1).clamp(0, 20)).min(3600));
    let mut am: email_outbox::ActiveModel = msg.clone().into();
    am.attempts = Set(attempts);
    am.last_error = Set(Some(error.chars().take(1000).collect()));
    am.next_attempt_at = Set((now + delay).fixed_offset());
    am.locked_until = Set(None);
    am.update(db).await?;
    Ok(())
}
