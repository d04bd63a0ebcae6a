//! Posts as the API shows them: with their category, images in order and,
//! for a signed-in client, which images they like. Three queries per page,
//! whatever its size.

use std::collections::{HashMap, HashSet};

use chrono::Utc;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use shared::portfolio::{PortfolioCategory, PortfolioImage, PortfolioPost};
use uuid::Uuid;

use super::media_url;
use crate::entities::{portfolio_categories, portfolio_images, portfolio_likes, portfolio_posts};
use crate::error::ApiError;
use crate::repo::count;

pub fn category_dto(c: &portfolio_categories::Model) -> PortfolioCategory {
    PortfolioCategory {
        id: c.id,
        slug: c.slug.clone(),
        name: c.name.clone(),
        sort_order: c.sort_order,
    }
}

pub async fn categories(db: &impl ConnectionTrait) -> Result<Vec<PortfolioCategory>, ApiError> {
    Ok(portfolio_categories::Entity::find()
        .order_by_asc(portfolio_categories::Column::SortOrder)
        .order_by_asc(portfolio_categories::Column::Name)
        .all(db)
        .await?
        .iter()
        .map(category_dto)
        .collect())
}

pub fn image_dto(i: &portfolio_images::Model, liked: bool) -> PortfolioImage {
    PortfolioImage {
        id: i.id,
        url: media_url(&i.key),
        thumb_url: media_url(&i.thumb_key),
        width: u32::try_from(i.width).unwrap_or(0),
        height: u32::try_from(i.height).unwrap_or(0),
        like_count: count(i.like_count),
        liked,
    }
}

/// The posts as DTOs, in the order given.
pub async fn to_dtos(
    db: &impl ConnectionTrait,
    posts: &[portfolio_posts::Model],
    viewer: Option<Uuid>,
) -> Result<Vec<PortfolioPost>, ApiError> {
    if posts.is_empty() {
        return Ok(Vec::new());
    }
    let cats: HashMap<Uuid, PortfolioCategory> = categories(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let ids: Vec<Uuid> = posts.iter().map(|p| p.id).collect();
    let images = portfolio_images::Entity::find()
        .filter(portfolio_images::Column::PostId.is_in(ids))
        .order_by_asc(portfolio_images::Column::Position)
        .order_by_asc(portfolio_images::Column::CreatedAt)
        .all(db)
        .await?;
    let liked: HashSet<Uuid> = match viewer {
        Some(user) if !images.is_empty() => portfolio_likes::Entity::find()
            .filter(portfolio_likes::Column::UserId.eq(user))
            .filter(portfolio_likes::Column::ImageId.is_in(images.iter().map(|i| i.id)))
            .all(db)
            .await?
            .into_iter()
            .map(|l| l.image_id)
            .collect(),
        _ => HashSet::new(),
    };
    let mut by_post: HashMap<Uuid, Vec<PortfolioImage>> = HashMap::new();
    for i in &images {
        by_post
            .entry(i.post_id)
            .or_default()
            .push(image_dto(i, liked.contains(&i.id)));
    }
    Ok(posts
        .iter()
        .filter_map(|p| {
            Some(PortfolioPost {
                id: p.id,
                category: cats.get(&p.category_id)?.clone(),
                title: p.title.clone(),
                story: p.story.clone(),
                published: p.published,
                sort_order: p.sort_order,
                images: by_post.remove(&p.id).unwrap_or_default(),
                like_count: count(p.like_count),
                created_at: p.created_at.with_timezone(&Utc),
                updated_at: p.updated_at.with_timezone(&Utc),
            })
        })
        .collect())
}

/// One post as its viewer may see it: unpublished posts only for admins.
pub async fn visible(
    db: &impl ConnectionTrait,
    id: Uuid,
    admin: bool,
) -> Result<portfolio_posts::Model, ApiError> {
    portfolio_posts::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|p| p.published || admin)
        .ok_or_else(ApiError::not_found)
}
