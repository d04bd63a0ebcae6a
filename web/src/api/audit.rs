//! `/api/v1/audit`: the append-only log of staff actions (admin+).

use chrono::NaiveDate;
use shared::backoffice::AuditPage;
use uuid::Uuid;

use super::client::{self, query, Call};
use super::ApiError;
use crate::state::AuthState;

/// Which entries to list; `None` leaves a filter out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuditFilter {
    pub page: u64,
    pub per_page: u64,
    /// One of `shared::backoffice::AUDIT_ACTIONS`.
    pub action: Option<String>,
    /// `booking`, `payment`, `user`, …
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    pub actor_id: Option<Uuid>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// The entries matching `filter`, newest first.
pub async fn list(auth: AuthState, filter: &AuditFilter) -> Result<AuditPage, ApiError> {
    let page = filter.page.max(1).to_string();
    let per_page = filter.per_page.clamp(1, 100).to_string();
    let actor = filter.actor_id.map(|id| id.to_string());
    let from = filter.from.map(|d| d.to_string());
    let to = filter.to.map(|d| d.to_string());
    let path = query(
        "/audit",
        &[
            ("action", filter.action.as_deref()),
            ("entity", filter.entity.as_deref()),
            ("entity_id", filter.entity_id.as_deref()),
            ("actor_id", actor.as_deref()),
            ("from", from.as_deref()),
            ("to", to.as_deref()),
            ("page", Some(page.as_str())),
            ("per_page", Some(per_page.as_str())),
        ],
    );
    client::authed(auth, Call::get(path)).await
}
