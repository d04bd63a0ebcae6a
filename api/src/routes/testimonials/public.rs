use std::collections::HashMap;

use actix_web::{get, web, HttpResponse};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde::Deserialize;
use shared::testimonial::{TestimonialPage, TestimonialStatus};
use shared::ErrorBody;
use utoipa::IntoParams;

use super::to_dto;
use crate::entities::{testimonials, users};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// 1-based page number (default 1).
    #[param(minimum = 1, maximum = 1_000_000)]
    pub page: Option<u64>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u64>,
}

/// Names of the clients behind some testimonials, in one query.
pub async fn names(
    db: &impl sea_orm::ConnectionTrait,
    rows: &[testimonials::Model],
) -> Result<HashMap<uuid::Uuid, String>, ApiError> {
    if rows.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(users::Entity::find()
        .filter(users::Column::Id.is_in(rows.iter().map(|r| r.client_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.full_name))
        .collect())
}

/// Approved testimonials, newest first. Public.
#[utoipa::path(
    tag = "testimonials",
    params(PageQuery),
    responses((status = 200, body = TestimonialPage), (status = 400, body = ErrorBody))
)]
#[get("/testimonials")]
pub async fn list_testimonials(
    state: web::Data<AppState>,
    query: web::Query<PageQuery>,
) -> ApiResult<HttpResponse> {
    let (page, per_page) = crate::routes::paging::check(query.page, query.per_page)?;
    let paginator = testimonials::Entity::find()
        .filter(testimonials::Column::Status.eq(TestimonialStatus::Approved.as_str()))
        .order_by_desc(testimonials::Column::CreatedAt)
        .paginate(&state.db, per_page);
    let total = paginator.num_items().await?;
    let rows = paginator.fetch_page(page.saturating_sub(1)).await?;
    let names = names(&state.db, &rows).await?;
    let items = rows
        .iter()
        .map(|r| to_dto(r, names.get(&r.client_id).map_or("", String::as_str)))
        .collect();
    Ok(HttpResponse::Ok().json(TestimonialPage {
        items,
        page,
        per_page,
        total,
    }))
}
