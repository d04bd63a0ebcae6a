use actix_multipart::Multipart;
use actix_web::{delete, post, put, web, HttpRequest, HttpResponse};
use futures_util::TryStreamExt as _;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use shared::portfolio::{
    ImageOrder, PortfolioImage, PortfolioPost, MAX_IMAGES_PER_POST, MAX_IMAGE_BYTES,
};
use shared::{ErrorBody, ErrorCode};
use uuid::Uuid;

use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::entities::{portfolio_images, portfolio_likes};
use crate::error::{ApiError, ApiResult};
use crate::portfolio::photo::{self, Refusal};
use crate::portfolio::{likes, posts};
use crate::state::AppState;

/// Multipart body of an image upload: the photo in the field `image`.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ImageUpload {
    /// JPEG, PNG or WebP, at most 10 MB.
    #[schema(value_type = String, format = Binary)]
    image: Vec<u8>,
}

async fn read_image(req: &HttpRequest, payload: web::Payload) -> Result<Vec<u8>, ApiError> {
    let bad = |m: &str| ApiError::msg(ErrorCode::BadRequest, m.to_owned());
    let ctype = req
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !ctype.starts_with("multipart/form-data") {
        return Err(ApiError::msg(
            ErrorCode::UnsupportedMediaType,
            "Kirim foto sebagai multipart/form-data di isian `image`.",
        ));
    }
    let mut form = Multipart::new(req.headers(), payload);
    let mut fields = 0;
    let mut image = None;
    while let Some(mut field) = form
        .try_next()
        .await
        .map_err(|_| bad("Data formulir tidak dapat dibaca."))?
    {
        fields += 1;
        if fields > 5 {
            return Err(bad("Terlalu banyak isian formulir."));
        }
        let is_image = field.name() == Some("image");
        let limit = if is_image { MAX_IMAGE_BYTES } else { 200 };
        let bytes = match field.bytes(limit).await {
            Ok(Ok(b)) => b,
            Ok(Err(_)) => return Err(bad("Data formulir terputus. Coba unggah lagi.")),
            Err(_) if is_image => {
                return Err(ApiError::msg(
                    ErrorCode::PayloadTooLarge,
                    Refusal::TooBig.message(),
                ))
            }
            Err(_) => return Err(bad("Isian formulir terlalu panjang.")),
        };
        if is_image {
            image = Some(bytes.to_vec());
        }
    }
    image.ok_or_else(|| bad("Pilih foto untuk diunggah (isian `image`)."))
}

fn refused(r: &Refusal) -> ApiError {
    let code = match r {
        Refusal::TooBig => ErrorCode::PayloadTooLarge,
        Refusal::NotAnImage => ErrorCode::UnsupportedMediaType,
        Refusal::TooManyPixels | Refusal::Broken => ErrorCode::ValidationFailed,
    };
    ApiError::msg(code, r.message())
}

/// Removes an image's files; a failure is logged, the rows are gone anyway.
pub async fn remove_files(state: &AppState, image: &portfolio_images::Model) {
    for key in [&image.key, &image.thumb_key] {
        if let Err(e) = state.storage.delete(key).await {
            tracing::warn!(error = ?e, key, "could not delete a portfolio file");
        }
    }
}

/// Adds a photo to a post (at most 10). The photo is checked by its content
/// (JPEG, PNG or WebP, ≤ 10 MB, ≤ 12,000 px a side), turned upright, resized
/// to 1600 px and a 480 px thumbnail and re-encoded as JPEG without EXIF.
/// Admins.
#[utoipa::path(
    tag = "portfolio",
    params(("id" = Uuid, Path)),
    request_body(content = ImageUpload, content_type = "multipart/form-data"),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 201, body = PortfolioImage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "The post has 10 images", body = ErrorBody),
        (status = 413, body = ErrorBody),
        (status = 415, description = "Not a JPEG, PNG or WebP", body = ErrorBody),
        (status = 422, description = "Unreadable or too many pixels", body = ErrorBody),
    )
)]
#[post("/portfolio/{id}/images")]
pub async fn upload_image(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
    req: HttpRequest,
    payload: web::Payload,
) -> ApiResult<HttpResponse> {
    posts::visible(&state.db, *id, true).await?;
    let bytes = read_image(&req, payload).await?;
    let processed = actix_web::rt::task::spawn_blocking(move || photo::process(&bytes))
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("{e}")))?
        .map_err(|r| refused(&r))?;
    let image_id = Uuid::new_v4();
    let stem = format!(
        "portfolio/{}-{}",
        processed.hash,
        &image_id.simple().to_string()[..8]
    );
    let (key, thumb_key) = (format!("{stem}.jpg"), format!("{stem}-t.jpg"));
    state.storage.put(&key, &processed.display).await?;
    state.storage.put(&thumb_key, &processed.thumb).await?;

    let now = state.clock.now();
    let stored = async {
        let txn = crate::db::begin_write(&state.db).await?;
        let post = posts::visible(&txn, *id, true).await?;
        let n = portfolio_images::Entity::find()
            .filter(portfolio_images::Column::PostId.eq(post.id))
            .count(&txn)
            .await?;
        if usize::try_from(n).unwrap_or(usize::MAX) >= MAX_IMAGES_PER_POST {
            return Err(ApiError::msg(
                ErrorCode::Conflict,
                "Satu portofolio berisi paling banyak 10 foto. Hapus satu dulu.",
            ));
        }
        let row = portfolio_images::ActiveModel {
            id: Set(image_id),
            post_id: Set(post.id),
            position: Set(i32::try_from(n).unwrap_or(0)),
            key: Set(key.clone()),
            thumb_key: Set(thumb_key.clone()),
            width: Set(i32::try_from(processed.width).unwrap_or(0)),
            height: Set(i32::try_from(processed.height).unwrap_or(0)),
            like_count: Set(0),
            created_at: Set(now.fixed_offset()),
        }
        .insert(&txn)
        .await?;
        audit::record(
            &txn,
            &auth,
            Change::new("portfolio.image", "portfolio", post.id)
                .summary(format!("Foto ditambahkan ke \"{}\"", post.title)),
            now,
        )
        .await?;
        txn.commit().await?;
        Ok(row)
    }
    .await;
    match stored {
        Ok(row) => Ok(HttpResponse::Created().json(posts::image_dto(&row, false))),
        Err(e) => {
            // Nothing half written: the files go when the row does not land.
            for k in [&key, &thumb_key] {
                let _ = state.storage.delete(k).await;
            }
            Err(e)
        }
    }
}

/// Removes a photo, its files and its likes. Admins.
#[utoipa::path(
    tag = "portfolio",
    params(("image_id" = Uuid, Path)),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[delete("/portfolio/images/{image_id}")]
pub async fn delete_image(
    state: web::Data<AppState>,
    auth: Admin,
    image_id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.db).await?;
    let image = portfolio_images::Entity::find_by_id(*image_id)
        .one(&txn)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let post = posts::visible(&txn, image.post_id, true).await?;
    portfolio_likes::Entity::delete_many()
        .filter(portfolio_likes::Column::ImageId.eq(image.id))
        .exec(&txn)
        .await?;
    portfolio_images::Entity::delete_by_id(image.id)
        .exec(&txn)
        .await?;
    // Close the gap in the order.
    portfolio_images::Entity::update_many()
        .col_expr(
            portfolio_images::Column::Position,
            Expr::col(portfolio_images::Column::Position).sub(1),
        )
        .filter(portfolio_images::Column::PostId.eq(post.id))
        .filter(portfolio_images::Column::Position.gt(image.position))
        .exec(&txn)
        .await?;
    likes::recount_post(&txn, post.id).await?;
    audit::record(
        &txn,
        &auth,
        Change::new("portfolio.image", "portfolio", post.id)
            .summary(format!("Foto dihapus dari \"{}\"", post.title)),
        now,
    )
    .await?;
    txn.commit().await?;
    remove_files(&state, &image).await;
    Ok(HttpResponse::NoContent().finish())
}

/// Puts a post's photos in a new order: every image id of the post, once.
/// Admins.
#[utoipa::path(
    tag = "portfolio",
    params(("id" = Uuid, Path)),
    request_body = ImageOrder,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = PortfolioPost),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 422, description = "Not exactly the post's images", body = ErrorBody),
    )
)]
#[put("/portfolio/{id}/images/order")]
pub async fn order_images(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
    body: web::Json<ImageOrder>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.db).await?;
    let post = posts::visible(&txn, *id, true).await?;
    let images = portfolio_images::Entity::find()
        .filter(portfolio_images::Column::PostId.eq(post.id))
        .order_by_asc(portfolio_images::Column::Position)
        .all(&txn)
        .await?;
    let mut want: Vec<Uuid> = body.image_ids.clone();
    let mut have: Vec<Uuid> = images.iter().map(|i| i.id).collect();
    want.sort_unstable();
    have.sort_unstable();
    if want != have {
        return Err(ApiError::msg(
            ErrorCode::ValidationFailed,
            "Kirim semua foto portofolio ini, masing-masing sekali.",
        ));
    }
    for (position, image_id) in body.image_ids.iter().enumerate() {
        portfolio_images::Entity::update_many()
            .col_expr(
                portfolio_images::Column::Position,
                Expr::value(i32::try_from(position).unwrap_or(0)),
            )
            .filter(portfolio_images::Column::Id.eq(*image_id))
            .exec(&txn)
            .await?;
    }
    audit::record(
        &txn,
        &auth,
        Change::new("portfolio.image", "portfolio", post.id)
            .summary(format!("Urutan foto \"{}\" diubah", post.title)),
        now,
    )
    .await?;
    let mut out = posts::to_dtos(&txn, &[post], None).await?;
    txn.commit().await?;
    let post = out.pop().ok_or_else(ApiError::not_found)?;
    Ok(HttpResponse::Ok().json(post))
}
