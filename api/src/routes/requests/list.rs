use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use shared::payment_dto::{BookingRequest, RequestStatus};
use shared::ErrorBody;
use utoipa::IntoParams;
use uuid::Uuid;

use crate::auth::{Admin, AuthUser};
use crate::error::ApiResult;
use crate::repo;
use crate::state::AppState;

/// A booking's cancel and reschedule requests.
#[utoipa::path(
    tag = "bookings",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses((status = 200, body = Vec<BookingRequest>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody))
)]
#[get("/bookings/{id}/requests")]
pub async fn list_booking_requests(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let booking = repo::bookings::find_visible(&state.db, *id, &auth).await?;
    let rows = repo::requests::for_booking(&state.db, booking.id).await?;
    let items: Vec<BookingRequest> = rows
        .iter()
        .map(|r| repo::requests::to_dto(r, &booking.code))
        .collect();
    Ok(HttpResponse::Ok().json(items))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RequestQueueQuery {
    /// Default `pending`.
    pub status: Option<RequestStatus>,
}

/// Requests waiting for a decision (or decided ones), oldest first. Admins.
#[utoipa::path(
    tag = "bookings",
    params(RequestQueueQuery),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = Vec<BookingRequest>),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[get("/requests")]
pub async fn list_requests(
    state: web::Data<AppState>,
    _: Admin,
    query: web::Query<RequestQueueQuery>,
) -> ApiResult<HttpResponse> {
    let rows = repo::requests::by_status(&state.db, query.status.unwrap_or(RequestStatus::Pending))
        .await?;
    let bookings = repo::bookings::find_many(&state.db, rows.iter().map(|r| r.booking_id)).await?;
    let items: Vec<BookingRequest> = rows
        .iter()
        .map(|r| {
            let code = bookings
                .get(&r.booking_id)
                .map(|b| b.code.as_str())
                .unwrap_or_default();
            repo::requests::to_dto(r, code)
        })
        .collect();
    Ok(HttpResponse::Ok().json(items))
}
