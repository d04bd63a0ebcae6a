use actix_web::{get, post, web, HttpResponse};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, Set};
use shared::portfolio::{check_category_name, slugify, CategoryInput, PortfolioCategory};
use shared::{ErrorBody, ErrorCode, FieldErrors};
use uuid::Uuid;

use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::entities::portfolio_categories;
use crate::error::{ApiError, ApiResult};
use crate::portfolio::posts;
use crate::state::AppState;

/// Portfolio categories in display order. Public.
#[utoipa::path(tag = "portfolio", responses((status = 200, body = Vec<PortfolioCategory>)))]
#[get("/portfolio/categories")]
pub async fn list_categories(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(posts::categories(&state.db).await?))
}

/// Adds a category (shown after the existing ones). Admins.
#[utoipa::path(
    tag = "portfolio",
    request_body = CategoryInput,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 201, body = PortfolioCategory),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 409, description = "A category with this name exists", body = ErrorBody),
        (status = 422, body = ErrorBody),
    )
)]
#[post("/portfolio/categories")]
pub async fn create_category(
    state: web::Data<AppState>,
    auth: Admin,
    body: web::Json<CategoryInput>,
) -> ApiResult<HttpResponse> {
    let name = check_category_name(&body.name).map_err(|m| {
        let mut f = FieldErrors::new();
        f.insert("name".into(), m.into());
        ApiError::Validation(f)
    })?;
    let now = Utc::now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let existing = portfolio_categories::Entity::find().count(&txn).await?;
    let row = portfolio_categories::ActiveModel {
        id: Set(Uuid::new_v4()),
        slug: Set(slugify(&name)),
        name: Set(name),
        sort_order: Set(i32::try_from(existing).unwrap_or(i32::MAX)),
        created_at: Set(now.fixed_offset()),
    }
    .insert(&txn)
    .await
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            ApiError::msg(ErrorCode::Conflict, "Kategori dengan nama ini sudah ada.")
        }
        _ => e.into(),
    })?;
    let dto = posts::category_dto(&row);
    audit::record(
        &txn,
        &auth,
        Change::new("portfolio.category", "portfolio_category", row.id)
            .summary(format!("Kategori portofolio {} dibuat", dto.name))
            .after(&dto),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(dto))
}
