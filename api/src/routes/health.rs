use std::sync::atomic::Ordering;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use actix_web::{get, web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct Health {
    /// `ok` or `degraded`.
    pub status: &'static str,
    /// `up` or `down`.
    pub database: &'static str,
}

/// A good ping is trusted this long: a load balancer or a crowd polling
/// `/health` costs the database one ping per second, not one per request.
/// A failed ping is never trusted: every call after it pings again.
const TRUST_GOOD_PING: Duration = Duration::from_secs(1);

static EPOCH: OnceLock<Instant> = OnceLock::new();

fn now_ms() -> u64 {
    let epoch = EPOCH.get_or_init(Instant::now);
    u64::try_from(epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
}

async fn database_up(state: &AppState) -> Result<(), sea_orm::DbErr> {
    let now = now_ms();
    let last = state.last_good_ping.load(Ordering::Relaxed);
    let trusted = u64::try_from(TRUST_GOOD_PING.as_millis()).unwrap_or(u64::MAX);
    if last != 0 && now.saturating_sub(last - 1) < trusted {
        return Ok(());
    }
    state.db.ping().await?;
    state.last_good_ping.store(now + 1, Ordering::Relaxed);
    Ok(())
}

/// Liveness and readiness: answers 200 when the database responds (a good
/// answer is trusted for a second), 503 otherwise.
#[utoipa::path(
    tag = "system",
    responses(
        (status = 200, description = "Service and database are up", body = Health),
        (status = 503, description = "Database unreachable", body = Health),
    )
)]
#[get("/health")]
pub async fn get_health(state: web::Data<AppState>) -> HttpResponse {
    match database_up(&state).await {
        Ok(()) => HttpResponse::Ok().json(Health {
            status: "ok",
            database: "up",
        }),
        Err(e) => {
            state.last_good_ping.store(0, Ordering::Relaxed);
            tracing::error!(error = %e, "health check: database down");
            HttpResponse::ServiceUnavailable().json(Health {
                status: "degraded",
                database: "down",
            })
        }
    }
}
