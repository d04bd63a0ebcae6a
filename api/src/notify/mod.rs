//! Telling people what happened. One call records the in-app notification,
//! pushes it to the recipient's open tabs (through the live feed) and queues
//! the email and, when the studio turned it on, the WhatsApp message, all in
//! the caller's transaction: if the change rolls back, nobody hears of it.

pub mod booking;
pub mod reminders;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect,
    QueryTrait, Set,
};
use shared::notification::{Notification, NotificationKind, UNREAD_COUNT_CAP};
use shared::Role;
use uuid::Uuid;

use crate::entities::{notifications, users};
use crate::error::ApiError;
use crate::mail::notice::{notice, NoticeEmail};
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
        Ok(Notifier {
            public_url: state.settings.public_url.clone(),
            whatsapp: studio.whatsapp_enabled && state.settings.whatsapp.configured(),
            studio,
            crew: None,
        })
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
        let id = Uuid::new_v4();
        notifications::ActiveModel {
            id: Set(id),
            user_id: Set(to.id),
            kind: Set(n.kind.as_str().to_owned()),
            title: Set(n.title.clone()),
            body: Set(n.body.clone()),
            link: Set(n.link.clone()),
            booking_id: Set(n.booking_id),
            read_at: Set(None),
            created_at: Set(now.fixed_offset()),
        }
        .insert(db)
        .await?;
        if n.reach != Reach::InApp {
            self.send_outside(db, to, n, now).await?;
        }
        let unread = unread_count(db, to.id).await?;
        let dto = to_dto(&notifications::Model {
            id,
            user_id: to.id,
            kind: n.kind.as_str().to_owned(),
            title: n.title.clone(),
            body: n.body.clone(),
            link: n.link.clone(),
            booking_id: n.booking_id,
            read_at: None,
            created_at: now.fixed_offset(),
        });
        crate::live::feed::notification(db, to.id, dto, unread).await
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
        outbox::enqueue(db, email, now).await?;
        if self.whatsapp && !to.phone.is_empty() {
            let mut text = format!("*{}*\n\n{}", n.title, n.body);
            if let Some(link) = &link {
                text.push_str(&format!("\n\n{link}"));
            }
            text.push_str("\n\n— Aruna Moment");
            outbox::enqueue_whatsapp(db, &to.phone, text, now).await?;
        }
        Ok(())
    }

    /// The same notice to every active staff member and above.
    pub async fn send_crew(
        &self,
        db: &impl ConnectionTrait,
        n: &Notice,
        now: DateTime<Utc>,
    ) -> Result<(), ApiError> {
        let read_now;
        let members = match &self.crew {
            Some(members) => members,
            None => {
                read_now = crew(db).await?;
                &read_now
            }
        };
        for member in members {
            self.send(db, member, n, now).await?;
        }
        Ok(())
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
    let unread = notifications::Entity::find()
        .select_only()
        .expr(Expr::val(1))
        .filter(notifications::Column::UserId.eq(user_id))
        .filter(notifications::Column::ReadAt.is_null())
        .limit(UNREAD_COUNT_CAP)
        .into_query();
    crate::repo::count_rows(db, unread).await
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
