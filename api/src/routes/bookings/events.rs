use actix_web::{get, web, HttpResponse};
use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use shared::payment_dto::BookingEvent;
use shared::{BookingStatus, ErrorBody, Role};
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::entities::booking_events;
use crate::error::{ApiError, ApiResult};
use crate::repo;
use crate::state::AppState;

/// The booking's timeline: every change, who made it and when.
#[utoipa::path(
    tag = "bookings",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses((status = 200, body = Vec<BookingEvent>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody))
)]
#[get("/bookings/{id}/events")]
pub async fn list_booking_events(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let booking = repo::bookings::find_visible(&state.db, *id, &auth).await?;
    let rows = booking_events::Entity::find()
        .filter(booking_events::Column::BookingId.eq(booking.id))
        .order_by_asc(booking_events::Column::CreatedAt)
        .all(&state.db)
        .await
        .map_err(ApiError::from)?;
    let items: Vec<BookingEvent> = rows
        .iter()
        .map(|e| BookingEvent {
            from_status: e.from_status.as_deref().and_then(BookingStatus::parse),
            to_status: BookingStatus::parse(&e.to_status).unwrap_or(BookingStatus::Cancelled),
            actor_role: e.actor_role.as_deref().and_then(Role::parse),
            note: e.note.clone(),
            created_at: e.created_at.with_timezone(&Utc),
        })
        .collect();
    Ok(HttpResponse::Ok().json(items))
}
