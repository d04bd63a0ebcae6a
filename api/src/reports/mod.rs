//! Exports and the monthly report: approved payments read in keyset batches
//! (never the whole range in memory) and written as CSV, XLSX or PDF.

pub mod csv;
pub mod monthly;
pub mod pdf;
pub mod rows;
pub mod stream;
pub mod xlsx;

use chrono::{DateTime, Days, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::stats::months::start_of;

/// A range of studio days as UTC instants: [start of `from`, start of the
/// day after `to`).
pub fn day_range(from: NaiveDate, to: NaiveDate, tz: Tz) -> (DateTime<Utc>, DateTime<Utc>) {
    let end = to.checked_add_days(Days::new(1)).unwrap_or(to);
    (start_of(from, tz), start_of(end, tz))
}
