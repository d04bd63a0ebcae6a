use actix_web::{delete, put, web, HttpRequest, HttpResponse};
use shared::site::{AboutContent, AboutInput};
use shared::ErrorBody;
use uuid::Uuid;

use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::error::{ApiError, ApiResult};
use crate::routes::photo_upload::{self, ImageUpload};
use crate::site::{self, About, StoredPhoto, ABOUT};
use crate::state::AppState;

/// Replaces the about text (Indonesian, optional English). Admins.
#[utoipa::path(
    tag = "site",
    request_body = AboutInput,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = AboutContent),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody),
    )
)]
#[put("/site/about")]
pub async fn update_about(
    state: web::Data<AppState>,
    auth: Admin,
    body: web::Json<AboutInput>,
) -> ApiResult<HttpResponse> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let before: About = site::text_for_update(&txn, ABOUT).await?;
    let after = About {
        text: input.text,
        text_en: input.text_en,
        photo: before.photo.clone(),
    };
    site::save_text(&txn, ABOUT, &after, now).await?;
    audit::record(
        &txn,
        &auth,
        Change::about("site.about", "site")
            .summary("Teks tentang kami diubah")
            .diff(&before, &after),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(after.dto()))
}

/// Sets or replaces the about photo (checked and processed like portfolio
/// photos). Admins.
#[utoipa::path(
    tag = "site",
    request_body(content = ImageUpload, content_type = "multipart/form-data"),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = AboutContent),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 413, body = ErrorBody),
        (status = 415, description = "Not a JPEG, PNG or WebP", body = ErrorBody),
        (status = 422, description = "Unreadable or too many pixels", body = ErrorBody),
    )
)]
#[put("/site/about/photo")]
pub async fn set_about_photo(
    state: web::Data<AppState>,
    auth: Admin,
    req: HttpRequest,
    payload: web::Payload,
) -> ApiResult<HttpResponse> {
    let (bytes, _) = photo_upload::read(&req, payload).await?;
    let stored = photo_upload::store(&state, "site", Uuid::new_v4(), bytes).await?;
    let photo = StoredPhoto {
        key: stored.key.clone(),
        thumb_key: stored.thumb_key.clone(),
        width: stored.width,
        height: stored.height,
    };
    match replace_photo(&state, &auth, Some(photo)).await {
        Ok(about) => Ok(HttpResponse::Ok().json(about.dto())),
        Err(e) => {
            photo_upload::remove(&state, stored.keys()).await;
            Err(e)
        }
    }
}

/// Removes the about photo. Admins.
#[utoipa::path(
    tag = "site",
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = AboutContent),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[delete("/site/about/photo")]
pub async fn delete_about_photo(
    state: web::Data<AppState>,
    auth: Admin,
) -> ApiResult<HttpResponse> {
    let about = replace_photo(&state, &auth, None).await?;
    Ok(HttpResponse::Ok().json(about.dto()))
}

/// Swaps the photo in one transaction, then deletes the old files.
async fn replace_photo(
    state: &AppState,
    auth: &Admin,
    photo: Option<StoredPhoto>,
) -> Result<About, ApiError> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let before: About = site::text_for_update(&txn, ABOUT).await?;
    let after = About {
        photo,
        ..before.clone()
    };
    site::save_text(&txn, ABOUT, &after, now).await?;
    let summary = if after.photo.is_some() {
        "Foto tentang kami diganti"
    } else {
        "Foto tentang kami dihapus"
    };
    audit::record(
        &txn,
        auth,
        Change::about("site.about", "site").summary(summary),
        now,
    )
    .await?;
    txn.commit().await?;
    if let Some(old) = before.photo.filter(|p| Some(p) != after.photo.as_ref()) {
        photo_upload::remove(state, [&old.key, &old.thumb_key]).await;
    }
    Ok(after)
}
