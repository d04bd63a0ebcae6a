//! Refresh-token families and password-reset tokens. Only digests are stored.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::auth::tokens::{digest, generate};
use crate::entities::{password_resets, refresh_tokens};
use crate::error::ApiError;

/// Stores a new refresh token in `family` and returns the token itself.
pub async fn issue_refresh(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    family_id: Uuid,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<String, ApiError> {
    let token = generate();
    refresh_tokens::ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(user_id),
        family_id: Set(family_id),
        token_hash: Set(digest(&token)),
        expires_at: Set((now + ttl).fixed_offset()),
        used_at: Set(None),
        revoked_at: Set(None),
        created_at: Set(now.fixed_offset()),
    }
    .insert(db)
    .await?;
    Ok(token)
}

pub async fn find_refresh(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<Option<refresh_tokens::Model>, ApiError> {
    Ok(refresh_tokens::Entity::find()
        .filter(refresh_tokens::Column::TokenHash.eq(digest(token)))
        .one(db)
        .await?)
}

/// Marks a token spent. Returns false when another request spent it first,
/// which the caller treats as reuse.
pub async fn spend_refresh(
    db: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, ApiError> {
    let res = refresh_tokens::Entity::update_many()
        .col_expr(
            refresh_tokens::Column::UsedAt,
            Expr::value(now.fixed_offset()),
        )
        .filter(refresh_tokens::Column::Id.eq(id))
        .filter(refresh_tokens::Column::UsedAt.is_null())
        .filter(refresh_tokens::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

pub async fn revoke_family(
    db: &impl ConnectionTrait,
    family_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    refresh_tokens::Entity::update_many()
        .col_expr(
            refresh_tokens::Column::RevokedAt,
            Expr::value(now.fixed_offset()),
        )
        .filter(refresh_tokens::Column::FamilyId.eq(family_id))
        .filter(refresh_tokens::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Signs the user out everywhere.
pub async fn revoke_all_for_user(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    refresh_tokens::Entity::update_many()
        .col_expr(
            refresh_tokens::Column::RevokedAt,
            Expr::value(now.fixed_offset()),
        )
        .filter(refresh_tokens::Column::UserId.eq(user_id))
        .filter(refresh_tokens::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

pub async fn issue_reset(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<String, ApiError> {
    let token = generate();
    password_resets::ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(user_id),
        token_hash: Set(digest(&token)),
        expires_at: Set((now + ttl).fixed_offset()),
        used_at: Set(None),
        created_at: Set(now.fixed_offset()),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// Spends a reset token if it is known, unused and unexpired, and with it
/// every other open reset token of the same user. Returns the user's id.
pub async fn spend_reset(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<Uuid>, ApiError> {
    let Some(row) = password_resets::Entity::find()
        .filter(password_resets::Column::TokenHash.eq(digest(token)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if row.used_at.is_some() || row.expires_at.with_timezone(&Utc) <= now {
        return Ok(None);
    }
    let res = password_resets::Entity::update_many()
        .col_expr(
            password_resets::Column::UsedAt,
            Expr::value(now.fixed_offset()),
        )
        .filter(password_resets::Column::UserId.eq(row.user_id))
        .filter(password_resets::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok((res.rows_affected >= 1).then_some(row.user_id))
}
