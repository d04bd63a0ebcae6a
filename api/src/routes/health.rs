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

/// Liveness and readiness: answers 200 when the database responds, 503 otherwise.
#[utoipa::path(
    tag = "system",
    responses(
        (status = 200, description = "Service and database are up", body = Health),
        (status = 503, description = "Database unreachable", body = Health),
    )
)]
#[get("/health")]
pub async fn get_health(state: web::Data<AppState>) -> HttpResponse {
    match state.db.ping().await {
        Ok(()) => HttpResponse::Ok().json(Health {
            status: "ok",
            database: "up",
        }),
        Err(e) => {
            tracing::error!(error = %e, "health check: database down");
            HttpResponse::ServiceUnavailable().json(Health {
                status: "degraded",
                database: "down",
            })
        }
    }
}
