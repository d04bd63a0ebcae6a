use actix_web::{delete, get, post, web, HttpResponse};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use serde::Deserialize;
use shared::testimonial::{TestimonialAdmin, TestimonialAdminPage, TestimonialStatus};
use shared::ErrorBody;
use utoipa::IntoParams;
use uuid::Uuid;

use super::public::names;
use super::to_dto;
use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::entities::testimonials;
use crate::error::{ApiError, ApiResult};
use crate::repo;
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ManageQuery {
    /// 1-based page number (default 1).
    #[param(minimum = 1, maximum = 1_000_000)]
    pub page: Option<u64>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u64>,
    /// Default `pending`.
    pub status: Option<TestimonialStatus>,
}

async fn admin_dtos(
    db: &impl sea_orm::ConnectionTrait,
    rows: &[testimonials::Model],
) -> Result<Vec<TestimonialAdmin>, ApiError> {
    let names = names(db, rows).await?;
    let bookings = repo::bookings::find_many(db, rows.iter().map(|r| r.booking_id)).await?;
    Ok(rows
        .iter()
        .map(|r| {
            let name = names.get(&r.client_id).cloned().unwrap_or_default();
            TestimonialAdmin {
                testimonial: to_dto(r, &name),
                booking_id: r.booking_id,
                booking_code: bookings
                    .get(&r.booking_id)
                    .map(|b| b.code.clone())
                    .unwrap_or_default(),
                client_name: name,
            }
        })
        .collect())
}

/// Testimonials of one status for moderation, newest first. Admins.
#[utoipa::path(
    tag = "testimonials",
    params(ManageQuery),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = TestimonialAdminPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[get("/testimonials/manage")]
pub async fn manage_testimonials(
    state: web::Data<AppState>,
    _: Admin,
    query: web::Query<ManageQuery>,
) -> ApiResult<HttpResponse> {
    let (page, per_page) = crate::routes::paging::check(query.page, query.per_page)?;
    let status = query.status.unwrap_or(TestimonialStatus::Pending);
    let paginator = testimonials::Entity::find()
        .filter(testimonials::Column::Status.eq(status.as_str()))
        .order_by_desc(testimonials::Column::CreatedAt)
        .paginate(&state.db, per_page);
    let total = paginator.num_items().await?;
    let rows = paginator.fetch_page(page.saturating_sub(1)).await?;
    Ok(HttpResponse::Ok().json(TestimonialAdminPage {
        items: admin_dtos(&state.db, &rows).await?,
        page,
        per_page,
        total,
    }))
}

async fn decide(
    state: &AppState,
    auth: &Admin,
    id: Uuid,
    to: TestimonialStatus,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let row = testimonials::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let from = row.status.clone();
    let mut am: testimonials::ActiveModel = row.into();
    am.status = Set(to.as_str().to_owned());
    am.decided_at = Set(Some(now.fixed_offset()));
    am.decided_by = Set(Some(auth.id));
    let row = am.update(&txn).await?;
    let mut out = admin_dtos(&txn, std::slice::from_ref(&row)).await?;
    let dto = out.pop().ok_or_else(ApiError::not_found)?;
    audit::record(
        &txn,
        auth,
        Change::new("testimonial.decide", "testimonial", row.id)
            .summary(format!(
                "Testimoni {} untuk {}: {}",
                dto.client_name,
                dto.booking_code,
                to.label_id()
            ))
            .diff(
                &serde_json::json!({"status": from}),
                &serde_json::json!({"status": to}),
            ),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(dto))
}

/// Shows a testimonial on the site. Admins.
#[utoipa::path(
    tag = "testimonials",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = TestimonialAdmin),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[post("/testimonials/{id}/approve")]
pub async fn approve_testimonial(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    decide(&state, &auth, *id, TestimonialStatus::Approved).await
}

/// Takes a testimonial off the site, keeping it. Admins.
#[utoipa::path(
    tag = "testimonials",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = TestimonialAdmin),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[post("/testimonials/{id}/hide")]
pub async fn hide_testimonial(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    decide(&state, &auth, *id, TestimonialStatus::Hidden).await
}

/// Deletes a testimonial (the client may then review again). Admins.
#[utoipa::path(
    tag = "testimonials",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[delete("/testimonials/{id}")]
pub async fn delete_testimonial(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let row = testimonials::Entity::find_by_id(*id)
        .one(&txn)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let mut out = admin_dtos(&txn, std::slice::from_ref(&row)).await?;
    let dto = out.pop().ok_or_else(ApiError::not_found)?;
    testimonials::Entity::delete_by_id(row.id)
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        &auth,
        Change::new("testimonial.delete", "testimonial", row.id)
            .summary(format!(
                "Testimoni {} untuk {} dihapus",
                dto.client_name, dto.booking_code
            ))
            .before(&dto.testimonial),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
