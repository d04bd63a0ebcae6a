//! Read marks: one per side of a conversation, a message `seq` that only
//! grows. Reading also clears the chat notifications it made redundant.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use shared::chat::ChatRead;
use shared::notification::NotificationKind;
use uuid::Uuid;

use crate::entities::{chat_messages, conversations, notifications};
use crate::error::ApiError;

/// Marks the other side's messages read by one side (`by_studio`) up to
/// `through` (everything when `None`). Publishes `chat_read` when something
/// became read; returns whether it did.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    client_id: Uuid,
    by_studio: bool,
    through: Option<i64>,
    now: DateTime<Utc>,
) -> Result<bool, ApiError> {
    let Some(conv) = super::conversation::find(db, client_id).await? else {
        return Ok(false);
    };
    let (old_seq, old_unread) = if by_studio {
        (conv.studio_read_seq, conv.unread_by_studio)
    } else {
        (conv.client_read_seq, conv.unread_by_client)
    };
    let newest = chat_messages::Entity::find()
        .filter(chat_messages::Column::ClientId.eq(client_id))
        .order_by_desc(chat_messages::Column::Seq)
        .limit(1)
        .one(db)
        .await?
        .map_or(0, |m| m.seq);
    let read_seq = through.unwrap_or(i64::MAX).min(newest).max(old_seq);
    if read_seq == old_seq && old_unread == 0 {
        return Ok(false);
    }
    let unread_rows = chat_messages::Entity::find()
        .filter(chat_messages::Column::ClientId.eq(client_id))
        .filter(chat_messages::Column::FromStudio.eq(!by_studio))
        .filter(chat_messages::Column::Seq.gt(read_seq));
    let unread = i64::try_from(unread_rows.clone().count(db).await?).unwrap_or(i64::MAX);
    let since = if unread > 0 {
        unread_rows
            .order_by_asc(chat_messages::Column::Seq)
            .one(db)
            .await?
            .map(|m| m.created_at)
    } else {
        None
    };
    let (seq_col, unread_col, since_col) = if by_studio {
        (
            conversations::Column::StudioReadSeq,
            conversations::Column::UnreadByStudio,
            conversations::Column::StudioUnreadSince,
        )
    } else {
        (
            conversations::Column::ClientReadSeq,
            conversations::Column::UnreadByClient,
            conversations::Column::ClientUnreadSince,
        )
    };
    conversations::Entity::update_many()
        .col_expr(seq_col, Expr::value(read_seq))
        .col_expr(unread_col, Expr::value(unread))
        .col_expr(since_col, Expr::value(since))
        .filter(conversations::Column::ClientId.eq(client_id))
        .exec(db)
        .await?;
    let changed = unread < old_unread;
    if changed {
        crate::live::feed::chat_read(
            db,
            ChatRead {
                client_id,
                by_studio,
                read_through: read_seq,
            },
            now,
        )
        .await?;
    }
    if unread == 0 {
        clear_notifications(db, client_id, by_studio, now).await?;
    }
    Ok(changed)
}

/// Marks read the chat notifications about this conversation that its
/// reader's side got (for the studio: every crew member's), and tells their
/// tabs the new unread counts.
async fn clear_notifications(
    db: &impl ConnectionTrait,
    client_id: Uuid,
    by_studio: bool,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let link = super::link_for(client_id, by_studio);
    let mut pending = notifications::Entity::find()
        .filter(notifications::Column::Kind.eq(NotificationKind::ChatMessage.as_str()))
        .filter(notifications::Column::Link.eq(link))
        .filter(notifications::Column::ReadAt.is_null());
    if !by_studio {
        pending = pending.filter(notifications::Column::UserId.eq(client_id));
    }
    let rows = pending.all(db).await?;
    if rows.is_empty() {
        return Ok(());
    }
    notifications::Entity::update_many()
        .col_expr(
            notifications::Column::ReadAt,
            Expr::value(now.fixed_offset()),
        )
        .filter(notifications::Column::Id.is_in(rows.iter().map(|n| n.id)))
        .exec(db)
        .await?;
    let mut users: Vec<Uuid> = rows.iter().map(|n| n.user_id).collect();
    users.sort();
    users.dedup();
    for user in users {
        let unread = crate::notify::unread_count(db, user).await?;
        crate::live::feed::unread(db, user, unread, now).await?;
    }
    Ok(())
}
