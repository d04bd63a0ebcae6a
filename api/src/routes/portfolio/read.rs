use actix_web::{get, web, HttpResponse};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde::Deserialize;
use shared::portfolio::{PortfolioPost, PostPage};
use shared::{ErrorBody, Role};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::auth::MaybeAuthUser;
use crate::entities::{portfolio_categories, portfolio_posts};
use crate::error::ApiResult;
use crate::portfolio::posts;
use crate::state::AppState;

#[derive(Debug, Clone, Copy, Default, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PostSort {
    /// Most liked first.
    Popular,
    /// The studio's order, then newest first.
    #[default]
    Newest,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PostQuery {
    /// 1-based page number (default 1).
    #[param(minimum = 1, maximum = 1_000_000)]
    pub page: Option<u64>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u64>,
    /// A category slug.
    pub category: Option<String>,
    pub sort: Option<PostSort>,
}

/// Portfolio posts with their images. Public: published posts only; an
/// admin's token also lists unpublished ones. A signed-in client sees which
/// images they like.
#[utoipa::path(
    tag = "portfolio",
    params(PostQuery),
    security((), ("bearer" = ["admin", "superadmin"])),
    responses((status = 200, body = PostPage), (status = 400, body = ErrorBody))
)]
#[get("/portfolio")]
pub async fn list_posts(
    state: web::Data<AppState>,
    auth: MaybeAuthUser,
    query: web::Query<PostQuery>,
) -> ApiResult<HttpResponse> {
    let (page, per_page) = crate::routes::paging::check(query.page, query.per_page)?;
    let admin = auth.0.is_some_and(|u| u.role.at_least(Role::Admin));
    let mut q = portfolio_posts::Entity::find();
    if !admin {
        q = q.filter(portfolio_posts::Column::Published.eq(true));
    }
    if let Some(slug) = query
        .category
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let category = portfolio_categories::Entity::find()
            .filter(portfolio_categories::Column::Slug.eq(slug))
            .one(&state.db)
            .await?;
        // An unknown category has no posts.
        q = q
            .filter(portfolio_posts::Column::CategoryId.eq(category.map_or(Uuid::nil(), |c| c.id)));
    }
    q = match query.sort.unwrap_or_default() {
        PostSort::Popular => q.order_by_desc(portfolio_posts::Column::LikeCount),
        PostSort::Newest => q.order_by_asc(portfolio_posts::Column::SortOrder),
    };
    let paginator = q
        .order_by_desc(portfolio_posts::Column::CreatedAt)
        .order_by_asc(portfolio_posts::Column::Id)
        .paginate(&state.db, per_page);
    let total = paginator.num_items().await?;
    let rows = paginator.fetch_page(page.saturating_sub(1)).await?;
    let items = posts::to_dtos(&state.db, &rows, auth.0.map(|u| u.id)).await?;
    Ok(HttpResponse::Ok().json(PostPage {
        items,
        page,
        per_page,
        total,
    }))
}

/// One post. Unpublished posts are 404 except for admins.
#[utoipa::path(
    tag = "portfolio",
    params(("id" = Uuid, Path)),
    security((), ("bearer" = ["admin", "superadmin"])),
    responses((status = 200, body = PortfolioPost), (status = 404, body = ErrorBody))
)]
#[get("/portfolio/{id}")]
pub async fn get_post(
    state: web::Data<AppState>,
    auth: MaybeAuthUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let admin = auth.0.is_some_and(|u| u.role.at_least(Role::Admin));
    let post = posts::visible(&state.db, *id, admin).await?;
    let mut dto = posts::to_dtos(&state.db, &[post], auth.0.map(|u| u.id)).await?;
    match dto.pop() {
        Some(p) => Ok(HttpResponse::Ok().json(p)),
        None => Err(crate::error::ApiError::not_found()),
    }
}
