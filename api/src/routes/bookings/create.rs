use actix_web::{post, web, HttpResponse};
use shared::booking_dto::{Booking, CreateBookingRequest};
use shared::ErrorBody;

use crate::auth::Client;
use crate::booking::create as booking_create;
use crate::error::ApiResult;
use crate::repo;
use crate::state::AppState;

/// Books a package for a date (and start time for timed packages). The price
/// comes from the package and the DP from the settings; the slot is held
/// until the payment deadline.
#[utoipa::path(
    tag = "bookings",
    request_body = CreateBookingRequest,
    security(("bearer" = ["client"])),
    responses(
        (status = 201, body = Booking),
        (status = 400, description = "Malformed body", body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, description = "Only clients book", body = ErrorBody),
        (status = 409, description = "`slot_unavailable`: full or blocked", body = ErrorBody),
        (status = 422, description = "Invalid fields (date rule, start time, location…)", body = ErrorBody),
    )
)]
#[post("/bookings")]
pub async fn create_booking(
    state: web::Data<AppState>,
    auth: Client,
    body: web::Json<CreateBookingRequest>,
) -> ApiResult<HttpResponse> {
    let (booking, client) = booking_create::create_booking(&state, auth.id, &body).await?;
    tracing::info!(booking = %booking.id, "booking created");
    Ok(HttpResponse::Created().json(repo::bookings::to_dto(&booking, client.as_ref())))
}
