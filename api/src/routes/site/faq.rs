use actix_web::{delete, post, put, web, HttpResponse};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use shared::site::{FaqEntry, FaqInput, SiteOrder, FAQ_MAX};
use shared::{ErrorBody, ErrorCode};
use uuid::Uuid;

use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::entities::site_faq;
use crate::error::{ApiError, ApiResult};
use crate::repo::ordering;
use crate::site::{self, faq_dto};
use crate::state::AppState;

/// Adds a question at the end of the FAQ (at most 50). Admins.
#[utoipa::path(
    tag = "site",
    request_body = FaqInput,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 201, body = FaqEntry),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 409, description = "Already 50 questions", body = ErrorBody),
        (status = 422, body = ErrorBody),
    )
)]
#[post("/site/faq")]
pub async fn create_faq(
    state: web::Data<AppState>,
    auth: Admin,
    body: web::Json<FaqInput>,
) -> ApiResult<HttpResponse> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    site::lock(&txn).await?;
    let entries = site::faq(&txn).await?;
    if entries.len() >= FAQ_MAX {
        return Err(ApiError::msg(
            ErrorCode::Conflict,
            "FAQ berisi paling banyak 50 pertanyaan. Gabungkan atau hapus yang lama dulu.",
        ));
    }
    let row = site_faq::ActiveModel {
        id: Set(Uuid::new_v4()),
        position: Set(entries.last().map_or(0, |e| e.position + 1)),
        question: Set(input.question.clone()),
        answer: Set(input.answer.clone()),
        question_en: Set(input.question_en.clone()),
        answer_en: Set(input.answer_en.clone()),
        updated_at: Set(now.fixed_offset()),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &auth,
        Change::new("site.faq", "site_faq", row.id)
            .summary(format!("FAQ ditambahkan: {}", row.question))
            .after(&input),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(faq_dto(&row)))
}

/// Replaces a question and its answer. Admins.
#[utoipa::path(
    tag = "site",
    params(("id" = Uuid, Path)),
    request_body = FaqInput,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = FaqEntry),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody),
    )
)]
#[put("/site/faq/{id}")]
pub async fn update_faq(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
    body: web::Json<FaqInput>,
) -> ApiResult<HttpResponse> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let entry = site_faq::Entity::find_by_id(*id)
        .one(&txn)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let before = FaqInput {
        question: entry.question.clone(),
        answer: entry.answer.clone(),
        question_en: entry.question_en.clone(),
        answer_en: entry.answer_en.clone(),
    };
    let mut row: site_faq::ActiveModel = entry.into();
    row.question = Set(input.question.clone());
    row.answer = Set(input.answer.clone());
    row.question_en = Set(input.question_en.clone());
    row.answer_en = Set(input.answer_en.clone());
    row.updated_at = Set(now.fixed_offset());
    let row = row.update(&txn).await?;
    audit::record(
        &txn,
        &auth,
        Change::new("site.faq", "site_faq", row.id)
            .summary(format!("FAQ diubah: {}", row.question))
            .diff(&before, &input),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(faq_dto(&row)))
}

/// Removes a question. Admins.
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
#[delete("/site/faq/{id}")]
pub async fn delete_faq(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let entry = site_faq::Entity::find_by_id(*id)
        .one(&txn)
        .await?
        .ok_or_else(ApiError::not_found)?;
    site_faq::Entity::delete_by_id(entry.id).exec(&txn).await?;
    audit::record(
        &txn,
        &auth,
        Change::new("site.faq", "site_faq", entry.id)
            .summary(format!("FAQ dihapus: {}", entry.question))
            .before(&faq_dto(&entry)),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Puts the questions in a new order: every id, once. Admins.
#[utoipa::path(
    tag = "site",
    request_body = SiteOrder,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = Vec<FaqEntry>),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 422, description = "Not exactly the questions", body = ErrorBody),
    )
)]
#[put("/site/faq/order")]
pub async fn order_faq(
    state: web::Data<AppState>,
    auth: Admin,
    body: web::Json<SiteOrder>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    site::lock(&txn).await?;
    let entries = site::faq(&txn).await?;
    if !ordering::same_ids(&body.ids, entries.iter().map(|e| e.id)) {
        return Err(ApiError::msg(
            ErrorCode::ValidationFailed,
            "Kirim semua pertanyaan FAQ, masing-masing sekali.",
        ));
    }
    ordering::set_positions::<site_faq::Entity>(
        &txn,
        site_faq::Column::Position,
        site_faq::Column::Id,
        &body.ids,
    )
    .await?;
    audit::record(
        &txn,
        &auth,
        Change::about("site.faq", "site_faq").summary("Urutan FAQ diubah"),
        now,
    )
    .await?;
    let entries = site::faq(&txn).await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(entries.iter().map(faq_dto).collect::<Vec<_>>()))
}
