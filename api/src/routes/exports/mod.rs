//! Transactions exports (admin and above): approved payments whose approval
//! falls in a range of studio days, streamed as CSV or XLSX.

use actix_web::http::header;
use actix_web::{get, web, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;
use shared::{ErrorBody, ErrorCode};
use utoipa::IntoParams;

use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::booking::calendar::studio_tz;
use crate::error::{ApiError, ApiResult};
use crate::reports::{self, stream};
use crate::state::AppState;

/// The longest range one export may cover.
const MAX_DAYS: i64 = 731;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    /// First day (studio time), `YYYY-MM-DD`.
    #[param(value_type = String, format = Date)]
    pub from: NaiveDate,
    /// Last day (inclusive), `YYYY-MM-DD`; at most two years after `from`.
    #[param(value_type = String, format = Date)]
    pub to: NaiveDate,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Csv,
    Xlsx,
}

async fn export(
    state: web::Data<AppState>,
    auth: Admin,
    query: web::Query<ExportQuery>,
    kind: Kind,
) -> ApiResult<HttpResponse> {
    if query.to < query.from || (query.to - query.from).num_days() >= MAX_DAYS {
        return Err(ApiError::msg(
            ErrorCode::BadRequest,
            "Rentang tanggal tidak valid: tanggal akhir harus sama atau setelah tanggal awal, paling lama dua tahun.",
        ));
    }
    let settings = crate::repo::settings::get(&state.db).await?;
    let tz = studio_tz(&settings.timezone);
    let (from, to) = reports::day_range(query.from, query.to, tz);
    let ext = if kind == Kind::Csv { "csv" } else { "xlsx" };
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    audit::record(
        &txn,
        &auth,
        Change::about("export.transactions", "export").summary(format!(
            "Ekspor transaksi {} s/d {} ({})",
            query.from,
            query.to,
            ext.to_uppercase()
        )),
        now,
    )
    .await?;
    txn.commit().await?;

    let (tx, body) = stream::channel();
    let db = state.db.clone();
    let content_type = match kind {
        Kind::Csv => {
            actix_web::rt::spawn(reports::csv::produce(db, from, to, tz, tx));
            "text/csv; charset=utf-8"
        }
        Kind::Xlsx => {
            actix_web::rt::spawn(reports::xlsx::produce_transactions(db, from, to, tz, tx));
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    };
    let name = format!("transaksi-{}-{}.{ext}", query.from, query.to);
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CONTENT_DISPOSITION, stream::attachment(&name)))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .streaming(body))
}

/// Approved payments in the range as CSV: UTF-8 with a byte order mark,
/// a header row, amounts as plain integers, times in studio time. Streamed.
#[utoipa::path(
    tag = "exports",
    params(ExportQuery),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, description = "The CSV file", content_type = "text/csv"),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[get("/exports/transactions.csv")]
pub async fn export_transactions_csv(
    state: web::Data<AppState>,
    auth: Admin,
    query: web::Query<ExportQuery>,
) -> ApiResult<HttpResponse> {
    export(state, auth, query, Kind::Csv).await
}

/// Approved payments in the range as an XLSX workbook: date cells, rupiah
/// number cells and a total row. Written in constant memory and streamed.
#[utoipa::path(
    tag = "exports",
    params(ExportQuery),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, description = "The XLSX file", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[get("/exports/transactions.xlsx")]
pub async fn export_transactions_xlsx(
    state: web::Data<AppState>,
    auth: Admin,
    query: web::Query<ExportQuery>,
) -> ApiResult<HttpResponse> {
    export(state, auth, query, Kind::Xlsx).await
}
