use actix_web::http::header;
use actix_web::{get, web, HttpResponse};
use shared::ErrorBody;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::error::ApiResult;
use crate::repo;
use crate::state::AppState;

/// The booking's invoice as a PDF, rendered from its current state: an
/// `INV-…` invoice once accepted (stamped `LUNAS` when fully paid,
/// `DIBATALKAN` when cancelled), a provisional bill before. The owner and
/// staff and above.
#[utoipa::path(
    tag = "bookings",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, description = "The PDF", content_type = "application/pdf"),
        (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[get("/bookings/{id}/invoice.pdf")]
pub async fn get_invoice(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let (booking, client) =
        repo::bookings::find_visible_with_client(&*state.reads, *id, &auth).await?;
    let studio = state.studio.get(&*state.reads).await?;
    let pdf =
        crate::booking::invoice::render_for_row(&*state.reads, &booking, client.as_ref(), &studio)
            .await?;
    Ok(HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", pdf.file_name),
        ))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(pdf.bytes))
}
