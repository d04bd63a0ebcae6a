//! The per-client conversation row: inbox summary, read marks, counters.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QuerySelect, Set,
};
use shared::chat::{ChatUnread, ConversationSummary};
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::entities::{conversations, users};
use crate::error::ApiError;

/// Creates the client's conversation if it does not exist yet (two first
/// messages racing both succeed).
pub async fn ensure(
    db: &impl ConnectionTrait,
    client_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    conversations::Entity::insert(conversations::ActiveModel {
        client_id: Set(client_id),
        last_message_at: Set(None),
        last_preview: Set(None),
        last_from_studio: Set(None),
        unread_by_studio: Set(0),
        unread_by_client: Set(0),
        client_read_seq: Set(0),
        studio_read_seq: Set(0),
        studio_unread_since: Set(None),
        client_unread_since: Set(None),
        studio_alerted_at: Set(None),
        client_alerted_at: Set(None),
        created_at: Set(now.fixed_offset()),
    })
    .on_conflict(
        OnConflict::column(conversations::Column::ClientId)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

pub async fn find(
    db: &impl ConnectionTrait,
    client_id: Uuid,
) -> Result<Option<conversations::Model>, ApiError> {
    Ok(conversations::Entity::find_by_id(client_id).one(db).await?)
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// The inbox row; a client who never wrote has an empty one.
pub fn summary(conv: Option<&conversations::Model>, client: &users::Model) -> ConversationSummary {
    ConversationSummary {
        client_id: client.id,
        client_name: client.full_name.clone(),
        client_email: client.email.clone(),
        client_phone: client.phone.clone(),
        last_message: conv.and_then(|c| c.last_preview.clone()),
        last_message_at: conv.and_then(|c| c.last_message_at.map(|t| t.to_utc())),
        last_from_studio: conv.and_then(|c| c.last_from_studio),
        unread_by_studio: conv.map_or(0, |c| count(c.unread_by_studio)),
        unread_by_client: conv.map_or(0, |c| count(c.unread_by_client)),
        client_read_through: conv.map_or(0, |c| c.client_read_seq),
        studio_read_through: conv.map_or(0, |c| c.studio_read_seq),
    }
}

#[derive(Debug, FromQueryResult)]
struct Totals {
    unread: i64,
    conversations: i64,
}

/// The caller's chat badge: a client's unread studio messages, or every
/// client message the studio has not read yet.
pub async fn unread_for(
    db: &impl ConnectionTrait,
    auth: &AuthUser,
) -> Result<ChatUnread, ApiError> {
    if !auth.role.is_crew() {
        let unread = find(db, auth.id)
            .await?
            .map_or(0, |c| count(c.unread_by_client));
        return Ok(ChatUnread {
            unread,
            conversations: u64::from(unread > 0),
        });
    }
    let totals = conversations::Entity::find()
        .select_only()
        .column_as(
            Expr::cust("CAST(COALESCE(SUM(unread_by_studio), 0) AS BIGINT)"),
            "unread",
        )
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "conversations")
        .filter(conversations::Column::UnreadByStudio.gt(0))
        .into_model::<Totals>()
        .one(db)
        .await?;
    Ok(totals.map_or(
        ChatUnread {
            unread: 0,
            conversations: 0,
        },
        |t| ChatUnread {
            unread: count(t.unread),
            conversations: count(t.conversations),
        },
    ))
}
