//! Email (and WhatsApp) about unread chat messages, for people who are away:
//! a message unread for [`OFFLINE_AFTER`] by someone who has not had the app
//! open in that time sends one reminder, at most one per conversation side
//! per [`EVERY`]. Runs with the lifecycle job; a conditional update makes
//! each reminder go out once even with several API processes.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use shared::notification::NotificationKind;

use crate::entities::{conversations, users};
use crate::error::ApiError;
use crate::notify::{Notice, Notifier, Reach};
use crate::state::AppState;

pub fn offline_after() -> Duration {
    Duration::minutes(5)
}

pub fn every() -> Duration {
    Duration::hours(1)
}

/// Conversations looked at per pass.
const BATCH: u64 = 200;

/// One pass; returns how many reminders were queued.
pub async fn run_once(state: &AppState) -> Result<usize, ApiError> {
    let mut queued = 0;
    for to_studio in [false, true] {
        for conv in due(&state.db, to_studio, state.clock.now()).await? {
            queued += remind(state, &conv, to_studio).await?;
        }
    }
    if queued > 0 {
        state.kick();
    }
    Ok(queued)
}

fn due_condition(to_studio: bool, now: DateTime<Utc>) -> Condition {
    let (unread, since, alerted) = columns(to_studio);
    Condition::all()
        .add(unread.gt(0))
        .add(since.lte((now - offline_after()).fixed_offset()))
        .add(
            Condition::any()
                .add(alerted.is_null())
                .add(alerted.lte((now - every()).fixed_offset())),
        )
}

fn columns(
    to_studio: bool,
) -> (
    conversations::Column,
    conversations::Column,
    conversations::Column,
) {
    if to_studio {
        (
            conversations::Column::UnreadByStudio,
            conversations::Column::StudioUnreadSince,
            conversations::Column::StudioAlertedAt,
        )
    } else {
        (
            conversations::Column::UnreadByClient,
            conversations::Column::ClientUnreadSince,
            conversations::Column::ClientAlertedAt,
        )
    }
}

async fn due(
    db: &impl ConnectionTrait,
    to_studio: bool,
    now: DateTime<Utc>,
) -> Result<Vec<conversations::Model>, ApiError> {
    Ok(conversations::Entity::find()
        .filter(due_condition(to_studio, now))
        .limit(BATCH)
        .all(db)
        .await?)
}

/// Queues the reminder for one side of one conversation; 0 when everyone
/// concerned is around (or another process got there first).
async fn remind(
    state: &AppState,
    conv: &conversations::Model,
    to_studio: bool,
) -> Result<usize, ApiError> {
    let now = state.clock.now();
    let away_since = now - offline_after();
    let txn = crate::db::begin_write(&state.writer).await?;
    let Some(client) = users::Entity::find_by_id(conv.client_id).one(&txn).await? else {
        return Ok(0);
    };
    let candidates = if to_studio {
        crate::notify::crew(&txn).await?
    } else {
        vec![client.clone()]
    };
    let mut away = Vec::new();
    for user in candidates {
        if !crate::chat::presence::seen_since(&txn, user.id, away_since).await? {
            away.push(user);
        }
    }
    if away.is_empty() {
        return Ok(0);
    }
    let (_, _, alerted) = columns(to_studio);
    let claimed = conversations::Entity::update_many()
        .col_expr(alerted, Expr::value(now.fixed_offset()))
        .filter(conversations::Column::ClientId.eq(conv.client_id))
        .filter(due_condition(to_studio, now))
        .exec(&txn)
        .await?;
    if claimed.rows_affected == 0 {
        return Ok(0);
    }
    let unread = if to_studio {
        conv.unread_by_studio
    } else {
        conv.unread_by_client
    };
    let last = conv.last_preview.clone().unwrap_or_default();
    let (title, body) = if to_studio {
        (
            format!("Pesan baru dari {}", client.full_name),
            format!(
                "{} menunggu jawaban ({unread} pesan belum dibaca):\n\n“{last}”",
                client.full_name
            ),
        )
    } else {
        (
            "Pesan baru dari Aruna Moment".to_owned(),
            format!("Anda punya {unread} pesan yang belum dibaca dari studio:\n\n“{last}”"),
        )
    };
    let notice = Notice {
        kind: NotificationKind::ChatMessage,
        title,
        body,
        link: Some(crate::chat::link_for(client.id, to_studio)),
        booking_id: None,
        reach: Reach::Everywhere,
        cta: "Buka Chat",
    };
    let notifier = Notifier::new(&txn, state).await?;
    for user in &away {
        notifier.send_outside(&txn, user, &notice, now).await?;
    }
    txn.commit().await?;
    Ok(away.len())
}
