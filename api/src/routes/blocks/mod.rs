//! Calendar blocks: days or hours the studio closes.

use actix_web::{delete, get, post, web, HttpResponse};
use chrono::NaiveDate;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde::Deserialize;
use shared::booking_dto::{format_hhmm, Block, BlockInput};
use shared::{ErrorBody, ErrorCode};
use utoipa::IntoParams;
use uuid::Uuid;

use crate::auth::{Admin, Staff};
use crate::booking::slots::Interval;
use crate::entities::blocks;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

fn to_dto(b: &blocks::Model) -> Block {
    let range = b
        .start_minute
        .zip(b.end_minute)
        .map(|(s, e)| Interval::from_db(Some(s), Some(e)));
    Block {
        id: b.id,
        date: b.date,
        start_time: range.map(|r| format_hhmm(r.start)),
        end_time: range.map(|r| format_hhmm(r.end)),
        reason: b.reason.clone(),
    }
}

/// "Jadwal 2026-03-14 10:00–12:00 ditutup (alasan)".
fn block_line(what: &str, b: &Block) -> String {
    let time = match (&b.start_time, &b.end_time) {
        (Some(s), Some(e)) => format!(" {s}–{e}"),
        _ => " sehari penuh".to_owned(),
    };
    let reason = Some(b.reason.trim())
        .filter(|r| !r.is_empty())
        .map(|r| format!(" ({r})"))
        .unwrap_or_default();
    format!("Jadwal {}{time} {what}{reason}", b.date)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BlocksQuery {
    #[param(value_type = String, format = Date)]
    pub from: NaiveDate,
    #[param(value_type = String, format = Date)]
    pub to: NaiveDate,
}

/// Blocks between two dates (at most a year). Staff and above.
#[utoipa::path(
    tag = "calendar",
    params(BlocksQuery),
    security(("bearer" = ["staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = Vec<Block>),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[get("/blocks")]
pub async fn list_blocks(
    state: web::Data<AppState>,
    _: Staff,
    query: web::Query<BlocksQuery>,
) -> ApiResult<HttpResponse> {
    if query.to < query.from || (query.to - query.from).num_days() > 366 {
        return Err(ApiError::msg(
            ErrorCode::BadRequest,
            "Rentang tanggal tidak valid (maksimal 1 tahun).",
        ));
    }
    let rows = blocks::Entity::find()
        .filter(blocks::Column::Date.between(query.from, query.to))
        .order_by_asc(blocks::Column::Date)
        .all(&state.db)
        .await
        .map_err(ApiError::from)?;
    Ok(HttpResponse::Ok().json(rows.iter().map(to_dto).collect::<Vec<_>>()))
}

/// Closes a day, or a time range of it. Bookings already made stay; new ones
/// cannot take the blocked time. Admins.
#[utoipa::path(
    tag = "calendar",
    request_body = BlockInput,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 201, body = Block),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody),
    )
)]
#[post("/blocks")]
pub async fn create_block(
    state: web::Data<AppState>,
    auth: Admin,
    body: web::Json<BlockInput>,
) -> ApiResult<HttpResponse> {
    let (range, reason) = body.validate().map_err(ApiError::Validation)?;
    let minute = |m: u32| i32::try_from(m).unwrap_or(0);
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let row = blocks::ActiveModel {
        id: Set(Uuid::new_v4()),
        date: Set(body.date),
        start_minute: Set(range.map(|r| minute(r.0))),
        end_minute: Set(range.map(|r| minute(r.1))),
        reason: Set(reason),
        created_by: Set(Some(auth.id)),
        created_at: Set(now.fixed_offset()),
    }
    .insert(&txn)
    .await
    .map_err(ApiError::from)?;
    let dto = to_dto(&row);
    crate::audit::record(
        &txn,
        &auth,
        crate::audit::Change::new("block.create", "block", row.id)
            .summary(block_line("ditutup", &dto))
            .after(&dto),
        now,
    )
    .await?;
    txn.commit().await?;
    tracing::info!(actor = %auth.id, block = %row.id, "calendar block created");
    Ok(HttpResponse::Created().json(to_dto(&row)))
}

/// Reopens blocked time. Admins.
#[utoipa::path(
    tag = "calendar",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[delete("/blocks/{id}")]
pub async fn delete_block(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let row = blocks::Entity::find_by_id(*id)
        .one(&txn)
        .await
        .map_err(ApiError::from)?
        .ok_or_else(ApiError::not_found)?;
    blocks::Entity::delete_by_id(*id)
        .exec(&txn)
        .await
        .map_err(ApiError::from)?;
    let dto = to_dto(&row);
    crate::audit::record(
        &txn,
        &auth,
        crate::audit::Change::new("block.delete", "block", row.id)
            .summary(block_line("dibuka kembali", &dto))
            .before(&dto),
        now,
    )
    .await?;
    txn.commit().await?;
    tracing::info!(actor = %auth.id, block = %id, "calendar block removed");
    Ok(HttpResponse::NoContent().finish())
}
