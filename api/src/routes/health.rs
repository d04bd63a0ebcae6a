use std::sync::atomic::{AtomicU64, Ordering};
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
    // Never 0: 0 means "never".
    u64::try_from(epoch.elapsed().as_millis())
        .unwrap_or(u64::MAX)
        .saturating_add(1)
}

/// What `/health` last learnt of the database, and the one ping in flight.
#[derive(Default)]
pub struct PingState {
    last_good: AtomicU64,
    last_bad: AtomicU64,
    one_at_a_time: tokio::sync::Mutex<()>,
}

impl PingState {
    fn trusted(&self, now: u64) -> bool {
        let last = self.last_good.load(Ordering::Acquire);
        let trusted = u64::try_from(TRUST_GOOD_PING.as_millis()).unwrap_or(u64::MAX);
        last != 0 && now.saturating_sub(last) < trusted
    }
}

/// Whether the database answers. One ping at a time: a crowd arriving as
/// the trust runs out (or at startup, while the pool still opens its
/// connections) waits for that ping and takes its answer, good or bad.
async fn database_up(state: &AppState) -> bool {
    let ping = &state.ping;
    let asked = now_ms();
    if ping.trusted(asked) {
        return true;
    }
    let _one = ping.one_at_a_time.lock().await;
    if ping.trusted(now_ms()) {
        return true;
    }
    if ping.last_bad.load(Ordering::Acquire) >= asked {
        return false;
    }
    match state.db.ping().await {
        Ok(()) => {
            ping.last_good.store(now_ms(), Ordering::Release);
            true
        }
        Err(e) => {
            ping.last_good.store(0, Ordering::Release);
            ping.last_bad.store(now_ms(), Ordering::Release);
            tracing::error!(error = %e, "health check: database down");
            false
        }
    }
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
    if database_up(&state).await {
        HttpResponse::Ok().json(Health {
            status: "ok",
            database: "up",
        })
    } else {
        HttpResponse::ServiceUnavailable().json(Health {
            status: "degraded",
            database: "down",
        })
    }
}
