use actix_web::{get, web, HttpResponse};
use shared::booking_dto::Booking;
use shared::ErrorBody;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::error::ApiResult;
use crate::repo;
use crate::state::AppState;

/// One booking: its owner and the crew see it; anyone else gets 404.
#[utoipa::path(
    tag = "bookings",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses((status = 200, body = Booking), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody))
)]
#[get("/bookings/{id}")]
pub async fn get_booking(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let booking = repo::bookings::find_visible_dto(&*state.reads, *id, &auth).await?;
    Ok(HttpResponse::Ok().json(booking))
}
