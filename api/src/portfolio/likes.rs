//! Likes: one per client and image. The post row is locked first, so likes
//! on the same post never interleave; counts are recounted, never
//! incremented, so they stay right whatever happens concurrently.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, Set,
};
use shared::portfolio::LikeState;
use uuid::Uuid;

use crate::entities::{portfolio_images, portfolio_likes, portfolio_posts};
use crate::error::ApiError;
use crate::repo::count;

pub async fn set(
    db: &impl ConnectionTrait,
    image_id: Uuid,
    user_id: Uuid,
    like: bool,
    now: DateTime<Utc>,
) -> Result<LikeState, ApiError> {
    let image = portfolio_images::Entity::find_by_id(image_id)
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)?;
    // Lock the post (PostgreSQL; SQLite writers are already serialised).
    portfolio_posts::Entity::find_by_id(image.post_id)
        .filter(portfolio_posts::Column::Published.eq(true))
        .lock_exclusive()
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if like {
        portfolio_likes::Entity::insert(portfolio_likes::ActiveModel {
            image_id: Set(image_id),
            user_id: Set(user_id),
            created_at: Set(now.fixed_offset()),
        })
        .on_conflict(
            OnConflict::columns([
                portfolio_likes::Column::ImageId,
                portfolio_likes::Column::UserId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .do_nothing()
        .exec(db)
        .await?;
    } else {
        portfolio_likes::Entity::delete_many()
            .filter(portfolio_likes::Column::ImageId.eq(image_id))
            .filter(portfolio_likes::Column::UserId.eq(user_id))
            .exec(db)
            .await?;
    }
    let image_likes = portfolio_likes::Entity::find()
        .filter(portfolio_likes::Column::ImageId.eq(image_id))
        .count(db)
        .await?;
    let image_likes = i64::try_from(image_likes).unwrap_or(i64::MAX);
    portfolio_images::Entity::update_many()
        .col_expr(
            portfolio_images::Column::LikeCount,
            Expr::value(image_likes),
        )
        .filter(portfolio_images::Column::Id.eq(image_id))
        .exec(db)
        .await?;
    recount_post(db, image.post_id).await?;
    Ok(LikeState {
        image_id,
        liked: like,
        like_count: count(image_likes),
    })
}

/// Sets a post's like count to the sum of its images' counts.
pub async fn recount_post(db: &impl ConnectionTrait, post_id: Uuid) -> Result<(), ApiError> {
    let total: Option<i64> = portfolio_images::Entity::find()
        .select_only()
        .column_as(
            Expr::cust("CAST(COALESCE(SUM(like_count), 0) AS BIGINT)"),
            "total",
        )
        .filter(portfolio_images::Column::PostId.eq(post_id))
        .into_tuple()
        .one(db)
        .await?;
    portfolio_posts::Entity::update_many()
        .col_expr(
            portfolio_posts::Column::LikeCount,
            Expr::value(total.unwrap_or(0)),
        )
        .filter(portfolio_posts::Column::Id.eq(post_id))
        .exec(db)
        .await?;
    Ok(())
}
