use actix_web::{delete, post, put, web, HttpRequest, HttpResponse};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use shared::portfolio::{ImageOrder, PortfolioImage, PortfolioPost, MAX_IMAGES_PER_POST};
use shared::{ErrorBody, ErrorCode};
use uuid::Uuid;

use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::entities::{portfolio_images, portfolio_likes};
use crate::error::{ApiError, ApiResult};
use crate::portfolio::{likes, posts};
use crate::repo::ordering;
use crate::routes::photo_upload;
use crate::state::AppState;

/// Removes an image's files; a failure is logged, the rows are gone anyway.
pub async fn remove_files(state: &AppState, image: &portfolio_images::Model) {
    photo_upload::remove(state, [&image.key, &image.thumb_key]).await;
}

/// Adds a photo to a post (at most 10). The photo is checked by its content
/// (JPEG, PNG or WebP, ≤ 10 MB, ≤ 12,000 px a side), turned upright, resized
/// to 1600 px and a 480 px thumbnail and re-encoded as JPEG without EXIF.
/// Admins.
#[utoipa::path(
    tag = "portfolio",
    params(("id" = Uuid, Path)),
    request_body(content = photo_upload::ImageUpload, content_type = "multipart/form-data"),
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
    let (bytes, _) = photo_upload::read(&req, payload).await?;
    let image_id = Uuid::new_v4();
    let photo = photo_upload::store(&state, "portfolio", image_id, bytes).await?;
    let now = state.clock.now();
    let stored = async {
        let txn = crate::db::begin_write(&state.writer).await?;
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
            key: Set(photo.key.clone()),
            thumb_key: Set(photo.thumb_key.clone()),
            width: Set(i32::try_from(photo.width).unwrap_or(0)),
            height: Set(i32::try_from(photo.height).unwrap_or(0)),
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
            photo_upload::remove(&state, photo.keys()).await;
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
    let txn = crate::db::begin_write(&state.writer).await?;
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
    let txn = crate::db::begin_write(&state.writer).await?;
    let post = posts::visible(&txn, *id, true).await?;
    let images = portfolio_images::Entity::find()
        .filter(portfolio_images::Column::PostId.eq(post.id))
        .order_by_asc(portfolio_images::Column::Position)
        .all(&txn)
        .await?;
    if !ordering::same_ids(&body.image_ids, images.iter().map(|i| i.id)) {
        return Err(ApiError::msg(
            ErrorCode::ValidationFailed,
            "Kirim semua foto portofolio ini, masing-masing sekali.",
        ));
    }
    ordering::set_positions::<portfolio_images::Entity>(
        &txn,
        portfolio_images::Column::Position,
        portfolio_images::Column::Id,
        &body.image_ids,
    )
    .await?;
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
