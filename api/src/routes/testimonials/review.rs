use actix_web::{get, post, web, HttpResponse};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use shared::testimonial::{ReviewInput, Testimonial, TestimonialStatus};
use shared::{BookingStatus, ErrorBody, ErrorCode};
use uuid::Uuid;

use super::to_dto;
use crate::auth::{AuthUser, Client};
use crate::entities::testimonials;
use crate::error::{ApiError, ApiResult};
use crate::repo;
use crate::state::AppState;

/// The review of a booking: for its client, or the crew's admins. 404 when
/// none was written yet.
#[utoipa::path(
    tag = "testimonials",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = Testimonial),
        (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[get("/bookings/{id}/review")]
pub async fn get_review(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let booking = repo::bookings::find_visible(&state.db, *id, &auth).await?;
    let row = testimonials::Entity::find()
        .filter(testimonials::Column::BookingId.eq(booking.id))
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let name = repo::users::find(&state.db, row.client_id)
        .await?
        .map(|u| u.full_name)
        .unwrap_or_default();
    Ok(HttpResponse::Ok().json(to_dto(&row, &name)))
}

/// Reviews a finished booking, once: 1–5 stars and a few words. It shows on
/// the site after an admin approves it. The booking's client only.
#[utoipa::path(
    tag = "testimonials",
    params(("id" = Uuid, Path)),
    request_body = ReviewInput,
    security(("bearer" = ["client"])),
    responses(
        (status = 201, body = Testimonial),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "`conflict` when reviewed already, `invalid_transition` before the shoot is done", body = ErrorBody),
        (status = 422, body = ErrorBody),
    )
)]
#[post("/bookings/{id}/review")]
pub async fn create_review(
    state: web::Data<AppState>,
    client: Client,
    id: web::Path<Uuid>,
    body: web::Json<ReviewInput>,
) -> ApiResult<HttpResponse> {
    let text = body.validate().map_err(ApiError::Validation)?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let booking = repo::bookings::find(&txn, *id)
        .await?
        .filter(|b| b.client_id == client.id)
        .ok_or_else(ApiError::not_found)?;
    if BookingStatus::parse(&booking.status) != Some(BookingStatus::Done) {
        return Err(ApiError::msg(
            ErrorCode::InvalidTransition,
            "Ulasan bisa ditulis setelah sesi foto selesai.",
        ));
    }
    let row = testimonials::ActiveModel {
        id: Set(Uuid::new_v4()),
        booking_id: Set(booking.id),
        client_id: Set(client.id),
        service_kind: Set(booking.service_kind.clone()),
        rating: Set(i16::from(body.rating)),
        text: Set(text),
        status: Set(TestimonialStatus::Pending.as_str().to_owned()),
        created_at: Set(now.fixed_offset()),
        decided_at: Set(None),
        decided_by: Set(None),
    }
    .insert(&txn)
    .await
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => ApiError::msg(
            ErrorCode::Conflict,
            "Anda sudah menulis ulasan untuk pesanan ini. Terima kasih!",
        ),
        _ => e.into(),
    })?;
    txn.commit().await?;
    let name = repo::users::find(&state.db, client.id)
        .await?
        .map(|u| u.full_name)
        .unwrap_or_default();
    Ok(HttpResponse::Created().json(to_dto(&row, &name)))
}
