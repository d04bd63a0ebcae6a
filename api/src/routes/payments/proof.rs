use actix_web::http::header;
use actix_web::{get, web, HttpResponse};
use shared::ErrorBody;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::error::{ApiError, ApiResult};
use crate::repo;
use crate::state::AppState;
use crate::storage::ProofType;

/// A proof file's bytes, for the spec.
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
#[allow(dead_code)]
pub struct ProofFile(Vec<u8>);

/// The proof file: to the booking's owner and the crew only, never cached,
/// never sniffed, never able to run as a page.
#[utoipa::path(
    tag = "payments",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, description = "The file as uploaded", content(
            (ProofFile = "image/jpeg"),
            (ProofFile = "image/png"),
            (ProofFile = "image/webp"),
            (ProofFile = "application/pdf"),
        )),
        (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[get("/payments/{id}/proof")]
pub async fn get_payment_proof(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let payment = repo::payments::find(&state.db, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let booking = repo::bookings::find_visible(&state.db, payment.booking_id, &auth).await?;
    let bytes = state.storage.get(&payment.proof_key).await?;
    let ext = ProofType::from_mime(&payment.proof_content_type).map_or("bin", ProofType::ext);
    Ok(HttpResponse::Ok()
        .content_type(payment.proof_content_type.clone())
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"bukti-{}.{ext}\"", booking.code),
        ))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .insert_header((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; sandbox",
        ))
        .body(bytes))
}
