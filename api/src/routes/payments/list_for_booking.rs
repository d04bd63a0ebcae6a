use actix_web::{get, web, HttpResponse};
use shared::payment_dto::Payment;
use shared::ErrorBody;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::error::ApiResult;
use crate::repo;
use crate::state::AppState;

/// A booking's payments, oldest first.
#[utoipa::path(
    tag = "payments",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses((status = 200, body = Vec<Payment>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody))
)]
#[get("/bookings/{id}/payments")]
pub async fn list_booking_payments(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let booking = repo::bookings::find_visible(&state.db, *id, &auth).await?;
    let rows = repo::payments::for_booking(&state.db, booking.id).await?;
    let items: Vec<Payment> = rows
        .iter()
        .map(|p| repo::payments::to_dto(p, &booking.code))
        .collect();
    Ok(HttpResponse::Ok().json(items))
}
