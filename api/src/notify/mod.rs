//! Telling people what happened. One call records the in-app notification,
//! pushes it to the recipient's open tabs (through the live feed) and queues
//! the email and, when the studio turned it on, the WhatsApp message, all in
//! the caller's transaction: if the change rolls back, nobody hears of it.

pub mod booking;
pub mod reminders;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, QueryTrait};
use shared::notification::{Notification, NotificationKind, UNREAD_COUNT_CAP};
use shared::Role;
use uuid::Uuid;

use crate::entities::{notifications, users};
use crate::error::ApiError;
use crate::mail::notice::{notice, NoticeEmail};
use crate::repo::batch::Batch;
use crate::repo::outbox;
use crate::state::AppState;

/// Which outside channels a notice also goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// In-app only (routine news for the crew).
    InApp,
    /// In-app, email and WhatsApp.
    Everywhere,
    /// As `Everywhere`, with the booking's invoice PDF attached to the email.
    WithInvoice,
}

pub struct Notice {
    pub kind: NotificationKind,
    pub title: String,
    pub body: String,
    /// SPA path, e.g. `/akun/booking/{id}`.
    pub link: Option<String>,
    pub booking_id: Option<Uuid>,
    pub reach: Reach,
    /// The email button's label.
    pub cta: &'static str,
}

/// What sending needs besides the database: built once per request.
pub struct Notifier {
    public_url: String,
    whatsapp: bool,
    pub studio: shared::catalogue::StudioSettings,
    /// The crew, when read ahead by [`Notifier::with_crew`].
    crew: Option<Vec<users::Model>>,
}

impl Notifier {
    pub async fn new(db: &impl ConnectionTrait, state: &AppState) -> Result<Self, ApiError> {
        let studio = crate::repo::settings::get(db).await?;
        Ok(Self::with_settings(state, studio))
    }

    /// For a caller that has just read the studio's settings.
    pub fn with_settings(state: &AppState, studio: shared::catalogue::StudioSettings) -> Self {
        Notifier {
            public_url: state.settings.public_url.clone(),
            whatsapp: studio.whatsapp_enabled && state.settings.whatsapp.configured(),
            studio,
            crew: None,
        }
    }

    /// Reads the crew now, for a caller about to take a write lock that
    /// would otherwise hold it through this read too.
    pub async fn with_crew(mut self, db: &impl ConnectionTrait) -> Result<Self, ApiError> {
        self.crew = Some(crew(db).await?);
        Ok(self)
    }

    pub async fn send(
        &self,
        db: &impl ConnectionTrait,
        to: &users::Model,
        n: &Notice,
        now: DateTime<Utc>,
    ) -> Result<(), ApiError> {
        self.send_all(db, &[(to, n)], now).await
    }

    /// Each notice to its recipient: one read of their unread counts, then
    /// every row (notification, outbox, live event) in one batch.
    pub async fn send_all(
        &self,
        db: &impl ConnectionTrait,
        sends: &[(&users::Model, &Notice)],
        now: DateTime<Utc>,
    ) -> Result<(), ApiError> {
        let mut batch = Batch::new(db);
        self.queue_all(db, &mut batch, sends, now).await?;
        Ok(batch.run(db).await?)
    }

    /// [`Notifier::send_all`] into the caller's batch, which must run in the
    /// same transaction as this read of the unread counts.
    pub async fn queue_all(
        &self,
        db: &impl ConnectionTrait,
        batch: &mut Batch,
        sends: &[(&users::Model, &Notice)],
        now: DateTime<Utc>,
    ) -> Result<(), ApiError> {
        let mut unread = unread_counts(db, sends.iter().map(|(to, _)| to.id)).await?;
        for (to, n) in sends {
            let count = unread.entry(to.id).or_default();
            *count = (*count + 1).min(UNREAD_COUNT_CAP);
            self.queue(batch, to, n, *count, now)?;
        }
        Ok(())
    }

    /// One notice's rows; `unread` is the recipient's count with it.
    fn queue(
        &self,
        batch: &mut Batch,
        to: &users::Model,
        n: &Notice,
        unread: u64,
        now: DateTime<Utc>,
    ) -> Result<(), ApiError> {
        let row = notifications::Model {
            id: Uuid::new_v4(),
            user_id: to.id,
            kind: n.kind.as_str().to_owned(),
            title: n.title.clone(),
            body: n.body.clone(),
            link: n.link.clone(),
            booking_id: n.booking_id,
            read_at: None,
            created_at: now.fixed_offset(),
        };
        let dto = to_dto(&row);
        batch.insert(notifications::ActiveModel::from(row));
        if n.reach != Reach::InApp {
            self.queue_outside(batch, to, n, now);
        }
        crate::live::feed::queue_notification(batch, to.id, dto, unread)
    }

    /// Queues only the email (and WhatsApp when switched on), no in-app row:
    /// for reminders about things the user already sees in the app.
    pub async fn send_outside(
        &self,
        db: &impl ConnectionTrait,
        to: &users::Model,
        n: &Notice,
        now: DateTime<Utc>,
    ) -> Result<(), ApiError> {
        let mut batch = Batch::new(db);
        self.queue_outside(&mut batch, to, n, now);
        Ok(batch.run(db).await?)
    }

    fn queue_outside(&self, batch: &mut Batch, to: &users::Model, n: &Notice, now: DateTime<Utc>) {
        let link = n.link.as_ref().map(|l| format!("{}{l}", self.public_url));
        let attachment = match (n.reach, n.booking_id) {
            (Reach::WithInvoice, Some(b)) => Some(outbox::invoice_attachment(b)),
            _ => None,
        };
        let subject = format!("{} — Aruna Moment", n.title);
        let email = notice(NoticeEmail {
            to: &to.email,
            full_name: &to.full_name,
            subject: &subject,
            title: &n.title,
            body: &n.body,
            link: link.as_deref(),
            cta: n.cta,
            attachment,
        });
        outbox::enqueue_into(batch, email, now);
        if self.whatsapp && !to.phone.is_empty() {
            let mut text = format!("*{}*\n\n{}", n.title, n.body);
            if let Some(link) = &link {
                text.push_str(&format!("\n\n{link}"));
            }
            text.push_str("\n\n— Aruna Moment");
            outbox::enqueue_whatsapp_into(batch, &to.phone, text, now);
        }
    }

    /// The crew: as read ahead by [`Notifier::with_crew`], or now.
    pub async fn crew(
        &self,
        db: &impl ConnectionTrait,
    ) -> Result<Cow<'_, [users::Model]>, ApiError> {
        match &self.crew {
            Some(members) => Ok(Cow::Borrowed(members)),
            None => Ok(Cow::Owned(crew(db).await?)),
        }
    }

    /// The same notice to every active staff member and above.
    pub async fn send_crew(
        &self,
        db: &impl ConnectionTrait,
        n: &Notice,
        now: DateTime<Utc>,
    ) -> Result<(), ApiError> {
        let members = self.crew(db).await?;
        let sends: Vec<_> = members.iter().map(|m| (m, n)).collect();
        self.send_all(db, &sends, now).await
    }
}

pub async fn crew(db: &impl ConnectionTrait) -> Result<Vec<users::Model>, ApiError> {
    let roles = [Role::Staff, Role::Admin, Role::Superadmin].map(|r| r.as_str());
    Ok(users::Entity::find()
        .filter(users::Column::Role.is_in(roles))
        .filter(users::Column::IsActive.eq(true))
        .all(db)
        .await?)
}

/// The user's unread notifications, up to [`UNREAD_COUNT_CAP`]: the cost
/// stays the same however many they leave unread.
pub async fn unread_count(db: &impl ConnectionTrait, user_id: Uuid) -> Result<u64, ApiError> {
    crate::repo::count_rows(db, unread_of(user_id)).await
}

/// [`unread_count`] of several users, in one query.
pub async fn unread_counts(
    db: &impl ConnectionTrait,
    users: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, u64>, ApiError> {
    let users: Vec<Uuid> = users
        .into_iter()
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let counts = crate::repo::count_rows_each(db, users.iter().map(|u| unread_of(*u))).await?;
    Ok(users.into_iter().zip(counts).collect())
}

fn unread_of(user_id: Uuid) -> SelectStatement {
    notifications::Entity::find()
        .select_only()
        .expr(Expr::val(1))
        .filter(notifications::Column::UserId.eq(user_id))
        .filter(notifications::Column::ReadAt.is_null())
        .limit(UNREAD_COUNT_CAP)
        .into_query()
}

pub fn to_dto(m: &notifications::Model) -> Notification {
    Notification {
        id: m.id,
        kind: NotificationKind::parse(&m.kind).unwrap_or(NotificationKind::BookingCreated),
        title: m.title.clone(),
        body: m.body.clone(),
        link: m.link.clone(),
        booking_id: m.booking_id,
        read: m.read_at.is_some(),
        created_at: m.created_at.to_utc(),
    }
}
