use actix_web::{get, web, HttpResponse};
use shared::stats::DashboardStats;
use shared::ErrorBody;

use crate::auth::Admin;
use crate::error::ApiResult;
use crate::state::AppState;

/// The dashboard: clients, bookings by status, revenue from approved
/// payments this month and the last 12 months, proofs waiting for review,
/// shoots in the next 14 days. Months and days in the studio's timezone.
/// Admins and above.
#[utoipa::path(
    tag = "stats",
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = DashboardStats),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[get("/stats/dashboard")]
pub async fn dashboard_stats(state: web::Data<AppState>, _auth: Admin) -> ApiResult<HttpResponse> {
    let settings = crate::repo::settings::get(&state.db).await?;
    let stats =
        crate::stats::dashboard::compute(&state.db, &settings.timezone, state.clock.now()).await?;
    Ok(HttpResponse::Ok().json(stats))
}
