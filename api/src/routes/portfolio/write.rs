use actix_web::{delete, post, put, web, HttpResponse};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use shared::portfolio::{PortfolioPost, PostInput};
use shared::{ErrorBody, FieldErrors};
use uuid::Uuid;

use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::entities::{portfolio_categories, portfolio_images, portfolio_posts};
use crate::error::{ApiError, ApiResult};
use crate::portfolio::posts;
use crate::state::AppState;

async fn checked(
    db: &impl sea_orm::ConnectionTrait,
    body: &PostInput,
) -> Result<PostInput, ApiError> {
    let mut errors = FieldErrors::new();
    if portfolio_categories::Entity::find_by_id(body.category_id)
        .one(db)
        .await?
        .is_none()
    {
        errors.insert("category_id".into(), "Pilih kategori yang ada.".into());
    }
    match body.validate() {
        Ok(input) if errors.is_empty() => Ok(input),
        Ok(_) => Err(ApiError::Validation(errors)),
        Err(more) => {
            errors.extend(more);
            Err(ApiError::Validation(errors))
        }
    }
}

async fn dto(
    db: &impl sea_orm::ConnectionTrait,
    post: portfolio_posts::Model,
) -> Result<PortfolioPost, ApiError> {
    posts::to_dtos(db, &[post], None)
        .await?
        .pop()
        .ok_or_else(ApiError::not_found)
}

/// Creates a post (without images; add them one by one). Admins.
#[utoipa::path(
    tag = "portfolio",
    request_body = PostInput,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 201, body = PortfolioPost),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody),
    )
)]
#[post("/portfolio")]
pub async fn create_post(
    state: web::Data<AppState>,
    auth: Admin,
    body: web::Json<PostInput>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let input = checked(&txn, &body).await?;
    let row = portfolio_posts::ActiveModel {
        id: Set(Uuid::new_v4()),
        category_id: Set(input.category_id),
        title: Set(input.title.clone()),
        story: Set(input.story.clone()),
        published: Set(input.published),
        sort_order: Set(input.sort_order),
        like_count: Set(0),
        created_at: Set(now.fixed_offset()),
        updated_at: Set(now.fixed_offset()),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &auth,
        Change::new("portfolio.create", "portfolio", row.id)
            .summary(format!("Portofolio \"{}\" dibuat", row.title))
            .after(&input),
        now,
    )
    .await?;
    let out = dto(&txn, row).await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(out))
}

/// Edits a post's text, category, order and publication. Admins.
#[utoipa::path(
    tag = "portfolio",
    params(("id" = Uuid, Path)),
    request_body = PostInput,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = PortfolioPost),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody),
    )
)]
#[put("/portfolio/{id}")]
pub async fn update_post(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
    body: web::Json<PostInput>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let input = checked(&txn, &body).await?;
    let row = posts::visible(&txn, *id, true).await?;
    let before = PostInput {
        category_id: row.category_id,
        title: row.title.clone(),
        story: row.story.clone(),
        published: row.published,
        sort_order: row.sort_order,
    };
    let mut am: portfolio_posts::ActiveModel = row.into();
    am.category_id = Set(input.category_id);
    am.title = Set(input.title.clone());
    am.story = Set(input.story.clone());
    am.published = Set(input.published);
    am.sort_order = Set(input.sort_order);
    am.updated_at = Set(now.fixed_offset());
    let row = am.update(&txn).await?;
    audit::record(
        &txn,
        &auth,
        Change::new("portfolio.update", "portfolio", row.id)
            .summary(format!("Portofolio \"{}\" diubah", row.title))
            .diff(&before, &input),
        now,
    )
    .await?;
    let out = dto(&txn, row).await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(out))
}

/// Deletes a post with its images and likes. Admins.
#[utoipa::path(
    tag = "portfolio",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[delete("/portfolio/{id}")]
pub async fn delete_post(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let row = posts::visible(&txn, *id, true).await?;
    let images = portfolio_images::Entity::find()
        .filter(portfolio_images::Column::PostId.eq(row.id))
        .all(&txn)
        .await?;
    // Likes and images go by ON DELETE CASCADE, stated here too for SQLite
    // connections without foreign keys switched on.
    for image in &images {
        crate::entities::portfolio_likes::Entity::delete_many()
            .filter(crate::entities::portfolio_likes::Column::ImageId.eq(image.id))
            .exec(&txn)
            .await?;
    }
    portfolio_images::Entity::delete_many()
        .filter(portfolio_images::Column::PostId.eq(row.id))
        .exec(&txn)
        .await?;
    portfolio_posts::Entity::delete_by_id(row.id)
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        &auth,
        Change::new("portfolio.delete", "portfolio", row.id).summary(format!(
            "Portofolio \"{}\" dihapus ({} foto)",
            row.title,
            images.len()
        )),
        now,
    )
    .await?;
    txn.commit().await?;
    // Files go after the commit: a failed delete leaves rows and files both.
    for image in images {
        crate::routes::portfolio::images::remove_files(&state, &image).await;
    }
    Ok(HttpResponse::NoContent().finish())
}
