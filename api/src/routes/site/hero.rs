use actix_web::{delete, patch, post, put, web, HttpRequest, HttpResponse};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use shared::site::{CaptionInput, HeroSlide, SiteOrder, MAX_HERO_SLIDES};
use shared::{ErrorBody, ErrorCode};
use uuid::Uuid;

use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::entities::site_hero;
use crate::error::{ApiError, ApiResult};
use crate::repo::ordering;
use crate::routes::photo_upload;
use crate::site;
use crate::state::AppState;

/// Multipart body of a hero slide: the photo and optional captions.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct HeroUpload {
    /// JPEG, PNG or WebP, at most 10 MB.
    #[schema(value_type = String, format = Binary)]
    image: Vec<u8>,
    /// Indonesian caption (≤ 120 characters).
    caption: Option<String>,
    /// English caption (≤ 120 characters).
    caption_en: Option<String>,
}

/// Adds a slide to the home page's hero (at most 8), at the end. The photo
/// is checked and processed like portfolio photos (content type, ≤ 10 MB,
/// resized, EXIF dropped). Admins.
#[utoipa::path(
    tag = "site",
    request_body(content = HeroUpload, content_type = "multipart/form-data"),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 201, body = HeroSlide),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 409, description = "Already 8 slides", body = ErrorBody),
        (status = 413, body = ErrorBody),
        (status = 415, description = "Not a JPEG, PNG or WebP", body = ErrorBody),
        (status = 422, description = "Bad caption, unreadable or too many pixels", body = ErrorBody),
    )
)]
#[post("/site/hero")]
pub async fn add_hero(
    state: web::Data<AppState>,
    auth: Admin,
    req: HttpRequest,
    payload: web::Payload,
) -> ApiResult<HttpResponse> {
    let (bytes, mut form) = photo_upload::read(&req, payload).await?;
    let captions = CaptionInput {
        caption: form.text("caption").unwrap_or_default(),
        caption_en: form.text("caption_en").unwrap_or_default(),
    }
    .validate()
    .map_err(ApiError::Validation)?;
    if site::hero(&state.db).await?.len() >= MAX_HERO_SLIDES {
        return Err(full());
    }
    let id = Uuid::new_v4();
    let photo = photo_upload::store(&state, "site", id, bytes).await?;
    let now = state.clock.now();
    let stored = async {
        let txn = crate::db::begin_write(&state.writer).await?;
        site::lock(&txn).await?;
        let slides = site::hero(&txn).await?;
        if slides.len() >= MAX_HERO_SLIDES {
            return Err(full());
        }
        let position = slides.last().map_or(0, |s| s.position + 1);
        let row = site_hero::ActiveModel {
            id: Set(id),
            position: Set(position),
            key: Set(photo.key.clone()),
            thumb_key: Set(photo.thumb_key.clone()),
            width: Set(i32::try_from(photo.width).unwrap_or(0)),
            height: Set(i32::try_from(photo.height).unwrap_or(0)),
            caption: Set(captions.caption.clone()),
            caption_en: Set(captions.caption_en.clone()),
            created_at: Set(now.fixed_offset()),
        }
        .insert(&txn)
        .await?;
        audit::record(
            &txn,
            &auth,
            Change::new("site.hero", "site_hero", id).summary("Gambar beranda ditambahkan"),
            now,
        )
        .await?;
        txn.commit().await?;
        Ok(row)
    }
    .await;
    match stored {
        Ok(row) => Ok(HttpResponse::Created().json(site::hero_dto(&row))),
        Err(e) => {
            photo_upload::remove(&state, photo.keys()).await;
            Err(e)
        }
    }
}

fn full() -> ApiError {
    ApiError::msg(
        ErrorCode::Conflict,
        "Beranda berisi paling banyak 8 gambar. Hapus satu dulu.",
    )
}

/// Changes a slide's captions. Admins.
#[utoipa::path(
    tag = "site",
    params(("id" = Uuid, Path)),
    request_body = CaptionInput,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = HeroSlide),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody),
    )
)]
#[patch("/site/hero/{id}")]
pub async fn update_hero(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
    body: web::Json<CaptionInput>,
) -> ApiResult<HttpResponse> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let slide = site_hero::Entity::find_by_id(*id)
        .one(&txn)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let before = CaptionInput {
        caption: slide.caption.clone(),
        caption_en: slide.caption_en.clone(),
    };
    let mut row: site_hero::ActiveModel = slide.into();
    row.caption = Set(input.caption.clone());
    row.caption_en = Set(input.caption_en.clone());
    let row = row.update(&txn).await?;
    audit::record(
        &txn,
        &auth,
        Change::new("site.hero", "site_hero", row.id)
            .summary("Keterangan gambar beranda diubah")
            .diff(&before, &input),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(site::hero_dto(&row)))
}

/// Removes a slide and its files. Admins.
#[utoipa::path(
    tag = "site",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[delete("/site/hero/{id}")]
pub async fn delete_hero(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let slide = site_hero::Entity::find_by_id(*id)
        .one(&txn)
        .await?
        .ok_or_else(ApiError::not_found)?;
    site_hero::Entity::delete_by_id(slide.id).exec(&txn).await?;
    audit::record(
        &txn,
        &auth,
        Change::new("site.hero", "site_hero", slide.id).summary("Gambar beranda dihapus"),
        now,
    )
    .await?;
    txn.commit().await?;
    photo_upload::remove(&state, [&slide.key, &slide.thumb_key]).await;
    Ok(HttpResponse::NoContent().finish())
}

/// Puts the slides in a new order: every slide id, once. Admins.
#[utoipa::path(
    tag = "site",
    request_body = SiteOrder,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = Vec<HeroSlide>),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 422, description = "Not exactly the slides", body = ErrorBody),
    )
)]
#[put("/site/hero/order")]
pub async fn order_hero(
    state: web::Data<AppState>,
    auth: Admin,
    body: web::Json<SiteOrder>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    site::lock(&txn).await?;
    let slides = site::hero(&txn).await?;
    if !ordering::same_ids(&body.ids, slides.iter().map(|s| s.id)) {
        return Err(ApiError::msg(
            ErrorCode::ValidationFailed,
            "Kirim semua gambar beranda, masing-masing sekali.",
        ));
    }
    ordering::set_positions::<site_hero::Entity>(
        &txn,
        site_hero::Column::Position,
        site_hero::Column::Id,
        &body.ids,
    )
    .await?;
    audit::record(
        &txn,
        &auth,
        Change::about("site.hero", "site_hero").summary("Urutan gambar beranda diubah"),
        now,
    )
    .await?;
    let slides = site::hero(&txn).await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(slides.iter().map(site::hero_dto).collect::<Vec<_>>()))
}
