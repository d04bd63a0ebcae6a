//! Dates and times the Indonesian way, on the studio's clock (WIB, UTC+7):
//! `9 Desember 2026`, `Rabu, 9 Desember 2026`, `9 Desember 2026, 14.30 WIB`.
//!
//! Used by the server (invoices, emails) and compiles for wasm32; it reads no
//! system time zone data, WIB is a fixed offset without daylight saving.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Timelike, Utc};

const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// Monday first, as `chrono::Weekday::num_days_from_monday` counts.
const WEEKDAYS: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];

/// WIB is UTC+7 all year.
const WIB_OFFSET_SECONDS: i32 = 7 * 3600;

/// The studio's wall clock at instant `at`.
pub fn wib(at: DateTime<Utc>) -> NaiveDateTime {
    FixedOffset::east_opt(WIB_OFFSET_SECONDS)
        .map_or_else(|| at.naive_utc(), |tz| at.with_timezone(&tz).naive_local())
}

/// `Desember` for `month0 == 11`; an empty string outside 0..12.
pub fn month_name(month0: u32) -> &'static str {
    MONTHS.get(month0 as usize).copied().unwrap_or_default()
}

/// `Rabu` for a Wednesday.
pub fn weekday_name(date: NaiveDate) -> &'static str {
    WEEKDAYS
        .get(date.weekday().num_days_from_monday() as usize)
        .copied()
        .unwrap_or_default()
}

/// `9 Desember 2026`.
pub fn format_day(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month0()),
        date.year()
    )
}

/// `Rabu, 9 Desember 2026`.
pub fn format_day_long(date: NaiveDate) -> String {
    format!("{}, {}", weekday_name(date), format_day(date))
}

/// The WIB calendar day of instant `at`, as `9 Desember 2026`.
pub fn format_date_wib(at: DateTime<Utc>) -> String {
    format_day(wib(at).date())
}

/// `9 Desember 2026, 14.30 WIB` (Indonesian clock times use a dot).
pub fn format_datetime_wib(at: DateTime<Utc>) -> String {
    let local = wib(at);
    format!(
        "{}, {:02}.{:02} WIB",
        format_day(local.date()),
        local.hour(),
        local.minute()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn format_day_reads_day_month_year() {
        assert_eq!(format_day(day(2026, 12, 9)), "9 Desember 2026");
        assert_eq!(format_day(day(2027, 1, 1)), "1 Januari 2027");
        assert_eq!(format_day(day(2028, 2, 29)), "29 Februari 2028");
    }

    #[test]
    fn format_day_long_starts_with_the_weekday() {
        assert_eq!(format_day_long(day(2026, 12, 9)), "Rabu, 9 Desember 2026");
        assert_eq!(format_day_long(day(2026, 12, 7)), "Senin, 7 Desember 2026");
        assert_eq!(
            format_day_long(day(2026, 12, 13)),
            "Minggu, 13 Desember 2026"
        );
    }

    #[test]
    fn format_datetime_wib_shifts_utc_by_seven_hours() {
        let at = Utc.with_ymd_and_hms(2026, 12, 9, 7, 30, 0).unwrap();
        assert_eq!(format_datetime_wib(at), "9 Desember 2026, 14.30 WIB");
    }

    #[test]
    fn late_utc_evening_is_already_tomorrow_in_wib() {
        let at = Utc.with_ymd_and_hms(2026, 12, 31, 17, 5, 0).unwrap();
        assert_eq!(format_datetime_wib(at), "1 Januari 2027, 00.05 WIB");
        assert_eq!(format_date_wib(at), "1 Januari 2027");
    }

    #[test]
    fn month_names_cover_the_year_and_nothing_else() {
        assert_eq!(month_name(0), "Januari");
        assert_eq!(month_name(11), "Desember");
        assert_eq!(month_name(12), "");
    }
}
