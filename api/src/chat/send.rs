//! Sending a message: stored, the conversation's summary and counters moved,
//! the sender's side marked read, the live event and the notifications for
//! whoever is not looking, all in the caller's transaction.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use shared::chat::{check_body, preview, ChatBookingRef, ChatMessage, SendMessage};
use shared::notification::NotificationKind;
use shared::FieldErrors;
use uuid::Uuid;

use crate::entities::{bookings, chat_messages, conversations, notifications, users};
use crate::error::ApiError;
use crate::notify::{Notice, Notifier, Reach};
use crate::state::AppState;

pub struct Sent {
    pub message: ChatMessage,
    /// False when the same `client_key` had been sent before.
    pub created: bool,
}

fn invalid(field: &str, message: &str) -> ApiError {
    let mut fields = FieldErrors::new();
    fields.insert(field.to_owned(), message.to_owned());
    ApiError::Validation(fields)
}

/// `sender` writes to `client`'s conversation: as the studio when the sender
/// is crew, else as the client (the caller checked access).
pub async fn send(
    db: &impl ConnectionTrait,
    state: &AppState,
    sender: &users::Model,
    from_studio: bool,
    client: &users::Model,
    input: SendMessage,
    now: DateTime<Utc>,
) -> Result<Sent, ApiError> {
    let body = check_body(&input.body).map_err(|m| invalid("body", m))?;
    let booking = match input.booking_id {
        None => None,
        Some(id) => {
            let b = bookings::Entity::find_by_id(id)
                .filter(bookings::Column::ClientId.eq(client.id))
                .one(db)
                .await?
                .ok_or_else(|| invalid("booking_id", "Booking ini bukan milik klien ini."))?;
            Some(ChatBookingRef {
                id: b.id,
                code: b.code,
            })
        }
    };
    if let Some(key) = input.client_key {
        let earlier = chat_messages::Entity::find()
            .filter(chat_messages::Column::SenderId.eq(sender.id))
            .filter(chat_messages::Column::ClientKey.eq(key))
            .one(db)
            .await?;
        if let Some(row) = earlier {
            if row.client_id != client.id {
                return Err(invalid("client_key", "Kunci pesan ini sudah dipakai."));
            }
            let message = super::messages::to_dtos(db, std::slice::from_ref(&row))
                .await?
                .pop()
                .ok_or_else(|| anyhow::anyhow!("message without its DTO"))?;
            return Ok(Sent {
                message,
                created: false,
            });
        }
    }
    super::conversation::ensure(db, client.id, now).await?;
    let row = chat_messages::ActiveModel {
        id: Set(Uuid::new_v4()),
        client_id: Set(client.id),
        sender_id: Set(sender.id),
        from_studio: Set(from_studio),
        body: Set(body),
        booking_id: Set(booking.as_ref().map(|b| b.id)),
        client_key: Set(input.client_key),
        created_at: Set(now.fixed_offset()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let (unread_col, since_col) = if from_studio {
        (
            conversations::Column::UnreadByClient,
            conversations::Column::ClientUnreadSince,
        )
    } else {
        (
            conversations::Column::UnreadByStudio,
            conversations::Column::StudioUnreadSince,
        )
    };
    conversations::Entity::update_many()
        .col_expr(
            conversations::Column::LastMessageAt,
            Expr::value(now.fixed_offset()),
        )
        .col_expr(
            conversations::Column::LastPreview,
            Expr::value(preview(&row.body, 140)),
        )
        .col_expr(
            conversations::Column::LastFromStudio,
            Expr::value(from_studio),
        )
        .col_expr(unread_col, Expr::col(unread_col).add(1))
        .col_expr(since_col, Expr::col(since_col).if_null(now.fixed_offset()))
        .filter(conversations::Column::ClientId.eq(client.id))
        .exec(db)
        .await?;
    let message = super::messages::to_dto(&row, sender.full_name.clone(), booking);
    crate::live::feed::chat_message(db, message.clone()).await?;
    // Writing means having read what came before; the studio answering marks
    // the client's messages read.
    super::read::mark_read(db, client.id, from_studio, Some(row.seq), now).await?;
    notify_recipients(db, state, sender, client, &message, now).await?;
    Ok(Sent {
        message,
        created: true,
    })
}

/// An in-app notification for each recipient who does not have the
/// conversation open and has no unread one about it yet.
async fn notify_recipients(
    db: &impl ConnectionTrait,
    state: &AppState,
    sender: &users::Model,
    client: &users::Model,
    message: &ChatMessage,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let to_studio = !message.from_studio;
    let recipients = if to_studio {
        crate::notify::crew(db).await?
    } else {
        vec![client.clone()]
    };
    let link = super::link_for(client.id, to_studio);
    let title = if to_studio {
        format!("Pesan baru dari {}", client.full_name)
    } else {
        "Pesan baru dari Aruna Moment".to_owned()
    };
    let notice = Notice {
        kind: NotificationKind::ChatMessage,
        title,
        body: preview(&message.body, 140),
        link: Some(link.clone()),
        booking_id: message.booking.as_ref().map(|b| b.id),
        reach: Reach::InApp,
        cta: "Buka Chat",
    };
    let mut notifier = None;
    for to in recipients.iter().filter(|u| u.id != sender.id) {
        if super::presence::is_watching(db, to.id, client.id, now).await? {
            continue;
        }
        let pending = notifications::Entity::find()
            .filter(notifications::Column::UserId.eq(to.id))
            .filter(notifications::Column::Kind.eq(NotificationKind::ChatMessage.as_str()))
            .filter(notifications::Column::Link.eq(link.as_str()))
            .filter(notifications::Column::ReadAt.is_null())
            .one(db)
            .await?;
        if pending.is_some() {
            continue;
        }
        if notifier.is_none() {
            notifier = Some(Notifier::new(db, state).await?);
        }
        if let Some(n) = &notifier {
            n.send(db, to, &notice, now).await?;
        }
    }
    Ok(())
}
