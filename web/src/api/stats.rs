//! `/api/v1/stats/*`: back-office figures (admin and above).

use shared::stats::DashboardStats;

use super::client::{self, Call};
use super::ApiError;
use crate::state::AuthState;

pub async fn dashboard(auth: AuthState) -> Result<DashboardStats, ApiError> {
    client::authed(auth, Call::get("/stats/dashboard")).await
}
