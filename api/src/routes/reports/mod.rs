//! The monthly report (admin and above) as JSON, PDF and XLSX.

use actix_web::http::header;
use actix_web::{get, web, HttpResponse};
use chrono_tz::Tz;
use serde::Deserialize;
use shared::backoffice::MonthlyReport;
use shared::{ErrorBody, ErrorCode};
use utoipa::IntoParams;

use crate::audit::{self, Change};
use crate::auth::Admin;
use crate::booking::calendar::studio_tz;
use crate::error::{ApiError, ApiResult};
use crate::reports::{monthly, pdf, stream, xlsx};
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MonthQuery {
    /// `YYYY-MM`.
    pub month: String,
}

async fn build(
    state: &AppState,
    query: &MonthQuery,
) -> Result<(MonthlyReport, Tz, String), ApiError> {
    let first = monthly::parse_month(&query.month).ok_or_else(|| {
        ApiError::msg(
            ErrorCode::BadRequest,
            "Bulan harus berformat YYYY-MM, misalnya 2026-03.",
        )
    })?;
    let settings = crate::repo::settings::get(&state.db).await?;
    let tz = studio_tz(&settings.timezone);
    let report = monthly::compute(&state.db, first, tz, state.clock.now()).await?;
    Ok((report, tz, settings.name))
}

async fn log(state: &AppState, auth: &Admin, month: &str, format: &str) -> Result<(), ApiError> {
    let txn = crate::db::begin_write(&state.writer).await?;
    audit::record(
        &txn,
        auth,
        Change::new("report.monthly", "report", month)
            .summary(format!("Laporan bulanan {month} ({format})")),
        state.clock.now(),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

fn file(bytes: Vec<u8>, content_type: &str, name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CONTENT_DISPOSITION, stream::attachment(name)))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(bytes)
}

/// The month's figures: bookings by kind and status (by event date),
/// revenue by kind (by approval time), the payments, and the same figures
/// for the month before.
#[utoipa::path(
    tag = "reports",
    params(MonthQuery),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = MonthlyReport),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[get("/reports/monthly")]
pub async fn monthly_report(
    state: web::Data<AppState>,
    _: Admin,
    query: web::Query<MonthQuery>,
) -> ApiResult<HttpResponse> {
    let (report, _, _) = build(&state, &query).await?;
    Ok(HttpResponse::Ok().json(report))
}

/// The monthly report as an A4 PDF.
#[utoipa::path(
    tag = "reports",
    params(MonthQuery),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, description = "The PDF", content_type = "application/pdf"),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[get("/reports/monthly.pdf")]
pub async fn monthly_report_pdf(
    state: web::Data<AppState>,
    auth: Admin,
    query: web::Query<MonthQuery>,
) -> ApiResult<HttpResponse> {
    let (report, tz, studio) = build(&state, &query).await?;
    log(&state, &auth, &report.month, "PDF").await?;
    let month = report.month.clone();
    let bytes = crate::cpu::run(move || pdf::render(&report, &studio, tz))
        .await
        .map_err(ApiError::Internal)?
        .map_err(ApiError::Internal)?;
    Ok(file(
        bytes,
        "application/pdf",
        &format!("laporan-{month}.pdf"),
    ))
}

/// The monthly report as an XLSX workbook (summary and payments sheets).
#[utoipa::path(
    tag = "reports",
    params(MonthQuery),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, description = "The XLSX file", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[get("/reports/monthly.xlsx")]
pub async fn monthly_report_xlsx(
    state: web::Data<AppState>,
    auth: Admin,
    query: web::Query<MonthQuery>,
) -> ApiResult<HttpResponse> {
    let (report, tz, _) = build(&state, &query).await?;
    log(&state, &auth, &report.month, "XLSX").await?;
    let month = report.month.clone();
    let bytes = crate::cpu::run(move || xlsx::monthly(&report, tz))
        .await
        .map_err(ApiError::Internal)?
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("{e}")))?;
    Ok(file(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &format!("laporan-{month}.xlsx"),
    ))
}
