//! The audit log, read-only (admin and above).

use actix_web::{get, web, HttpResponse};
use chrono::{Days, NaiveDate};
use serde::Deserialize;
use shared::backoffice::AuditPage;
use shared::{ErrorBody, ErrorCode};
use utoipa::IntoParams;
use uuid::Uuid;

use crate::audit::list::{self, AuditFilter};
use crate::auth::Admin;
use crate::booking::calendar::studio_tz;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::stats::months::start_of;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// 1-based page number (default 1).
    #[param(minimum = 1, maximum = 1_000_000)]
    pub page: Option<u64>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u64>,
    /// An action code such as `payment.approve`.
    pub action: Option<String>,
    /// `booking`, `payment`, `package`, `bank_account`, `block`, `settings`, `user`, `export`, `report`.
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    pub actor_id: Option<Uuid>,
    /// First day, studio time.
    #[param(value_type = Option<String>, format = Date)]
    pub from: Option<NaiveDate>,
    /// Last day (inclusive), studio time.
    #[param(value_type = Option<String>, format = Date)]
    pub to: Option<NaiveDate>,
}

/// Staff actions, newest first: who, when, what, before → after. Entries are
/// never changed or removed.
#[utoipa::path(
    tag = "audit",
    params(AuditQuery),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = AuditPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[get("/audit")]
pub async fn list_audit(
    state: web::Data<AppState>,
    _: Admin,
    query: web::Query<AuditQuery>,
) -> ApiResult<HttpResponse> {
    let (page, per_page) = crate::routes::paging::check(query.page, query.per_page)?;
    if let (Some(from), Some(to)) = (query.from, query.to) {
        if to < from {
            return Err(ApiError::msg(
                ErrorCode::BadRequest,
                "Tanggal akhir harus sama atau setelah tanggal awal.",
            ));
        }
    }
    let settings = crate::repo::settings::get(&state.db).await?;
    let tz = studio_tz(&settings.timezone);
    let blank = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let filter = AuditFilter {
        action: blank(&query.action),
        entity: blank(&query.entity),
        entity_id: blank(&query.entity_id),
        actor_id: query.actor_id,
        from: query.from.map(|d| start_of(d, tz)),
        to: query
            .to
            .and_then(|d| d.checked_add_days(Days::new(1)))
            .map(|d| start_of(d, tz)),
    };
    let (items, total) = list::page(&state.db, &filter, page, per_page).await?;
    Ok(HttpResponse::Ok().json(AuditPage {
        items,
        page,
        per_page,
        total,
    }))
}
