//! The back office's numbers: the dashboard.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::BookingStatus;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusCount {
    pub status: BookingStatus,
    pub count: u64,
}

/// Approved payments in one calendar month of the studio's timezone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthRevenue {
    /// `YYYY-MM`.
    pub month: String,
    /// Rupiah.
    pub amount: i64,
}

/// A shoot in the next two weeks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpcomingShoot {
    pub booking_id: Uuid,
    pub code: String,
    pub client_name: String,
    pub package_name: String,
    pub event_date: NaiveDate,
    /// `HH:MM` in studio time; none for a full day.
    pub start_time: Option<String>,
    pub status: BookingStatus,
}

/// `GET /api/v1/stats/dashboard`: every figure an SQL aggregate, months and
/// days in the studio's timezone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DashboardStats {
    /// The studio's current month, `YYYY-MM`.
    pub month: String,
    pub clients_total: u64,
    /// Clients registered since the 1st of this month.
    pub clients_new_this_month: u64,
    /// Every status, zeros included, in lifecycle order.
    pub bookings_by_status: Vec<StatusCount>,
    /// Approved payments this month (by approval time).
    pub revenue_this_month: i64,
    /// The last 12 months, oldest first, this month last.
    pub revenue_by_month: Vec<MonthRevenue>,
    /// Payment proofs waiting for review.
    pub proofs_waiting: u64,
    /// Bookings holding a slot today and in the next 13 days, soonest first.
    pub upcoming: Vec<UpcomingShoot>,
    pub generated_at: DateTime<Utc>,
}
