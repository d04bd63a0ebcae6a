use actix_web::{put, web, HttpResponse};
use shared::site::{ContactDetails, ContactInput};
use shared::ErrorBody;

use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::error::{ApiError, ApiResult};
use crate::site::{self, CONTACT};
use crate::state::AppState;

/// Replaces the contact details the site shows (WhatsApp, email, address,
/// hours, Instagram, map link). Admins.
#[utoipa::path(
    tag = "site",
    request_body = ContactInput,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = ContactDetails),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody),
    )
)]
#[put("/site/contact")]
pub async fn update_contact(
    state: web::Data<AppState>,
    auth: Admin,
    body: web::Json<ContactInput>,
) -> ApiResult<HttpResponse> {
    let after = body.validate().map_err(ApiError::Validation)?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let before: ContactDetails = site::text_for_update(&txn, CONTACT).await?;
    site::save_text(&txn, CONTACT, &after, now).await?;
    audit::record(
        &txn,
        &auth,
        Change::about("site.contact", "site")
            .summary("Kontak studio diubah")
            .diff(&before, &after),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(after))
}
