use actix_web::http::header::ContentType;
use actix_web::web::Bytes;
use actix_web::{get, web, HttpResponse};
use shared::stats::DashboardStats;
use shared::ErrorBody;

use crate::auth::Admin;
use crate::booking::calendar::{studio_today, studio_tz};
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
    let now = state.clock.now();
    // Read before computing: a write during the computation leaves what it
    // computes unstored.
    let generation = state.writes.current();
    let today_in = |tz: &str| studio_today(now, studio_tz(tz));
    let cache = &state.dashboard_cache;
    let json = match cache.get(generation, today_in) {
        Some(json) => json,
        None => {
            // Past its TTL with nothing written since, the last answer is
            // served while one request computes the next: at 30,000 reads a
            // second, a 50 ms computation would otherwise hold up 1,500.
            let _one_at_a_time = match cache.computing.try_lock() {
                Ok(guard) => guard,
                Err(_) => match cache.stale(generation, today_in) {
                    Some(json) => return Ok(json_response(json)),
                    None => cache.computing.lock().await,
                },
            };
            // Another request may have computed it while this one waited.
            let generation = state.writes.current();
            match cache.get(generation, today_in) {
                Some(json) => json,
                None => {
                    let settings = crate::repo::settings::get(&state.db).await?;
                    let stats =
                        crate::stats::dashboard::compute(&state.db, &settings.timezone, now)
                            .await?;
                    let json =
                        Bytes::from(serde_json::to_vec(&stats).map_err(anyhow::Error::from)?);
                    let day = today_in(&settings.timezone);
                    cache.put(&settings.timezone, day, generation, json.clone());
                    json
                }
            }
        }
    };
    Ok(json_response(json))
}

fn json_response(json: Bytes) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::json())
        .body(json)
}
