//! Every user-visible string of the SPA, so a second language can be added in
//! one place. Indonesian is the studio's language and the default.
//!
//! Validation messages come from the `shared` parsers and error messages from
//! the server's `ErrorBody`; both are Indonesian already.

mod id;

pub use id::*;

use chrono::{DateTime, NaiveDate, Utc};

/// Dates and times the Indonesian way, on the studio's clock (WIB): the
/// same functions the server uses for emails and invoices.
pub use shared::id_date::{
    format_date_wib as format_date, format_datetime_wib as format_datetime, format_day,
    format_day_long, month_name, wib,
};

/// Today on the studio's calendar.
pub fn studio_today() -> NaiveDate {
    wib(Utc::now()).date()
}

/// How long ago `at` was, seen at `now`: "baru saja", "5 menit lalu",
/// "3 jam lalu", "kemarin", "4 hari lalu", then the date (`9 Desember 2026`).
pub fn time_ago(at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let seconds = (now - at).num_seconds().max(0);
    let (minutes, hours) = (seconds / 60, seconds / 3600);
    let days = (wib(now).date() - wib(at).date()).num_days();
    if minutes < 1 {
        JUST_NOW.to_owned()
    } else if hours < 1 {
        format!("{minutes} {MINUTES_AGO}")
    } else if hours < 24 {
        format!("{hours} {HOURS_AGO}")
    } else if days <= 1 {
        YESTERDAY.to_owned()
    } else if days < 7 {
        format!("{days} {DAYS_AGO}")
    } else {
        format_date(at)
    }
}

/// `14.30`: the time of day on the studio's clock.
pub fn format_time(at: DateTime<Utc>) -> String {
    wib(at).format("%H.%M").to_string()
}

/// A chat day separator: "Hari ini", "Kemarin", else `Rabu, 9 Desember 2026`.
pub fn day_label(day: NaiveDate, today: NaiveDate) -> String {
    match (today - day).num_days() {
        0 => CHAT_TODAY.to_owned(),
        1 => CHAT_YESTERDAY.to_owned(),
        _ => format_day_long(day),
    }
}

/// `Desember 2026`.
pub fn format_month(year: i32, month0: u32) -> String {
    format!("{} {year}", month_name(month0))
}

/// `90` → "1 jam 30 menit", `1440` → "1 hari".
pub fn human_minutes(m: u32) -> String {
    let (days, hours, minutes) = (m / 1440, m % 1440 / 60, m % 60);
    let parts: Vec<String> = [(days, "hari"), (hours, "jam"), (minutes, "menit")]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, unit)| format!("{n} {unit}"))
        .collect();
    parts.join(" ")
}

/// `1.2 MB` / `820 KB`, the way a file picker shows sizes.
pub fn file_size(bytes: f64) -> String {
    if bytes >= 1024.0 * 1024.0 {
        format!("{:.1} MB", bytes / (1024.0 * 1024.0)).replace('.', ",")
    } else {
        format!("{} KB", (bytes / 1024.0).ceil())
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    #[test]
    fn days_and_times_read_the_indonesian_way() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap_or_default();
        assert_eq!(super::format_day(d), "9 Desember 2026");
        assert_eq!(super::format_day_long(d), "Rabu, 9 Desember 2026");
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-09T07:30:00Z").map(|d| d.to_utc());
        assert_eq!(
            at.map(super::format_datetime).ok().as_deref(),
            Some("9 Desember 2026, 14.30 WIB")
        );
        assert_eq!(super::format_month(2027, 0), "Januari 2027");
    }

    #[test]
    fn minutes_and_sizes_read_naturally() {
        assert_eq!(super::human_minutes(45), "45 menit");
        assert_eq!(super::human_minutes(60), "1 jam");
        assert_eq!(super::human_minutes(90), "1 jam 30 menit");
        assert_eq!(super::human_minutes(10_080), "7 hari");
        assert_eq!(super::file_size(7.5 * 1024.0 * 1024.0), "7,5 MB");
        assert_eq!(super::file_size(2000.0), "2 KB");
    }

    #[test]
    fn times_ago_read_naturally_then_become_dates() {
        let at = |s: &str| {
            chrono::DateTime::parse_from_rfc3339(s)
                .map(|d| d.to_utc())
                .unwrap_or_default()
        };
        let now = at("2026-12-09T07:30:00Z"); // 14.30 WIB
        let cases = [
            ("2026-12-09T07:29:31Z", "baru saja"),
            ("2026-12-09T07:40:00Z", "baru saja"),
            ("2026-12-09T07:25:00Z", "5 menit lalu"),
            ("2026-12-09T04:30:00Z", "3 jam lalu"),
            ("2026-12-08T08:00:00Z", "23 jam lalu"),
            ("2026-12-08T05:00:00Z", "kemarin"),
            ("2026-12-05T07:30:00Z", "4 hari lalu"),
            ("2026-12-01T07:30:00Z", "1 Desember 2026"),
        ];
        for (when, expected) in cases {
            assert_eq!(super::time_ago(at(when), now), expected, "{when}");
        }
    }

    #[test]
    fn chat_days_read_today_yesterday_then_the_long_date() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap_or_default();
        assert_eq!(super::day_label(day(9), day(9)), "Hari ini");
        assert_eq!(super::day_label(day(8), day(9)), "Kemarin");
        assert_eq!(super::day_label(day(7), day(9)), "Senin, 7 Desember 2026");
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-08T18:05:00Z").map(|d| d.to_utc());
        assert_eq!(at.map(super::format_time).ok().as_deref(), Some("01.05"));
    }

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
