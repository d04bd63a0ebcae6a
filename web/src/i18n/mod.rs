//! Every user-visible string of the SPA, so a second language can be added in
//! one place. Indonesian is the studio's language and the default.
//!
//! Validation messages come from the `shared` parsers and error messages from
//! the server's `ErrorBody`; both are Indonesian already.

mod id;

pub use id::*;

use chrono::{DateTime, Datelike, FixedOffset, Utc};

/// `9 Desember 2026`, on the studio's calendar (WIB, UTC+7).
pub fn format_date(at: DateTime<Utc>) -> String {
    let wib = FixedOffset::east_opt(7 * 3600)
        .map_or_else(|| at.naive_utc(), |tz| at.with_timezone(&tz).naive_local());
    let month = MONTHS
        .get(wib.month0() as usize)
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", wib.day(), wib.year())
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_read_the_indonesian_way_in_wib() {
        let late_utc =
            chrono::DateTime::parse_from_rfc3339("2026-12-08T18:30:00Z").map(|d| d.to_utc());
        assert_eq!(
            late_utc.map(super::format_date).ok().as_deref(),
            Some("9 Desember 2026")
        );
    }
}
