//! Which users have the app open, and which conversation each socket is
//! looking at. Rows live in the database so every API replica sees them; an
//! open socket refreshes its row with each ping.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::entities::chat_presence;
use crate::error::ApiError;

/// A socket row younger than this counts as open (sockets ping every 25 s).
pub fn fresh() -> Duration {
    Duration::seconds(90)
}

pub async fn open(
    db: &impl ConnectionTrait,
    socket_id: Uuid,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    chat_presence::Entity::insert(chat_presence::ActiveModel {
        socket_id: Set(socket_id),
        user_id: Set(user_id),
        watching: Set(None),
        seen_at: Set(now.fixed_offset()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The socket now looks at `watching` (or at no conversation).
pub async fn watch(
    db: &impl ConnectionTrait,
    socket_id: Uuid,
    watching: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    touch(db, socket_id, Some(watching), now).await
}

/// The socket is still there.
pub async fn beat(
    db: &impl ConnectionTrait,
    socket_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    touch(db, socket_id, None, now).await
}

/// Refreshes a socket's row, and what it watches when `watching` is given.
async fn touch(
    db: &impl ConnectionTrait,
    socket_id: Uuid,
    watching: Option<Option<Uuid>>,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let mut update = chat_presence::Entity::update_many().col_expr(
        chat_presence::Column::SeenAt,
        Expr::value(now.fixed_offset()),
    );
    if let Some(watching) = watching {
        update = update.col_expr(chat_presence::Column::Watching, Expr::value(watching));
    }
    update
        .filter(chat_presence::Column::SocketId.eq(socket_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The socket closed: it watches nothing; the row stays as "last seen".
pub async fn close(
    db: &impl ConnectionTrait,
    socket_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    watch(db, socket_id, None, now).await
}

/// Whether `user_id` has `client_id`'s conversation open right now.
pub async fn is_watching(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    client_id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, ApiError> {
    Ok(chat_presence::Entity::find()
        .filter(chat_presence::Column::UserId.eq(user_id))
        .filter(chat_presence::Column::Watching.eq(client_id))
        .filter(chat_presence::Column::SeenAt.gt((now - fresh()).fixed_offset()))
        .count(db)
        .await?
        > 0)
}

/// Whether `user_id` had the app open at any time after `since`.
pub async fn seen_since(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    since: DateTime<Utc>,
) -> Result<bool, ApiError> {
    Ok(chat_presence::Entity::find()
        .filter(chat_presence::Column::UserId.eq(user_id))
        .filter(chat_presence::Column::SeenAt.gt(since.fixed_offset()))
        .count(db)
        .await?
        > 0)
}

/// Forgets sockets not seen for a day (closed, or their process died).
pub async fn prune(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, ApiError> {
    let res = chat_presence::Entity::delete_many()
        .filter(chat_presence::Column::SeenAt.lt((now - Duration::days(1)).fixed_offset()))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}
