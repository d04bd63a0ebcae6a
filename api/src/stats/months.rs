//! Calendar months of the studio's timezone as UTC instants, so "this month"
//! and the monthly chart change at midnight in Jakarta, not in London.

use chrono::{DateTime, Datelike, Months, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

/// The first day of the month `date` is in.
pub fn first_of(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// The UTC instant of local midnight starting `day`.
pub fn start_of(day: NaiveDate, tz: Tz) -> DateTime<Utc> {
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    tz.from_local_datetime(&midnight)
        .earliest()
        .map_or_else(|| midnight.and_utc(), |t| t.with_timezone(&Utc))
}

/// The `n` months ending with the one `today` is in, oldest first: each as
/// (`YYYY-MM`, start, end) in UTC, the end being the next month's start.
pub fn last_months(
    today: NaiveDate,
    n: u32,
    tz: Tz,
) -> Vec<(String, DateTime<Utc>, DateTime<Utc>)> {
    let this = first_of(today);
    (0..n)
        .rev()
        .filter_map(|back| {
            let first = this.checked_sub_months(Months::new(back))?;
            let next = first.checked_add_months(Months::new(1))?;
            Some((
                first.format("%Y-%m").to_string(),
                start_of(first, tz),
                start_of(next, tz),
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_start_at_midnight_in_jakarta() {
        let tz = chrono_tz::Asia::Jakarta;
        let months = last_months(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap(), 12, tz);
        assert_eq!(months.len(), 12);
        assert_eq!(months[0].0, "2025-02");
        assert_eq!(months[11].0, "2026-01");
        // 1 January 00:00 WIB is 31 December 17:00 UTC.
        assert_eq!(months[11].1.to_rfc3339(), "2025-12-31T17:00:00+00:00");
        assert_eq!(months[11].2.to_rfc3339(), "2026-01-31T17:00:00+00:00");
        // Consecutive: each month ends where the next begins.
        for pair in months.windows(2) {
            assert_eq!(pair[0].2, pair[1].1);
        }
    }
}
