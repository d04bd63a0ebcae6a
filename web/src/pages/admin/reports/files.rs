//! The report page's arithmetic, free of the DOM so it is tested on the
//! host: file names, the month and date range as typed, and how a change
//! from the month before reads.

use chrono::{Datelike, NaiveDate};
use shared::backoffice::change_percent;

use crate::api::reports::FileFormat;
use crate::i18n;
use crate::pages::booking::plan::Month;

/// The longest export the server accepts, in days (two years).
pub const MAX_EXPORT_DAYS: i64 = 731;

/// `transaksi-2026-12-01-2026-12-09.csv`, as the server names it too.
pub fn export_name(from: NaiveDate, to: NaiveDate, format: FileFormat) -> String {
    format!("transaksi-{from}-{to}.{}", format.ext())
}

/// `laporan-bulanan-2026-12.pdf`.
pub fn report_name(month: Month, format: FileFormat) -> String {
    format!("laporan-bulanan-{}.{}", month_value(month), format.ext())
}

/// `2026-12`: the value of an `<input type="month">` and the API's `month`.
pub fn month_value(month: Month) -> String {
    format!("{:04}-{:02}", month.year, month.month0 + 1)
}

/// `2026-12` (or `2026-1`) as a month; `None` for anything else.
pub fn parse_month(s: &str) -> Option<Month> {
    let (y, m) = s.trim().split_once('-')?;
    let (year, month) = (y.parse::<i32>().ok()?, m.parse::<u32>().ok()?);
    NaiveDate::from_ymd_opt(year, month, 1).map(Month::of)
}

/// `Desember 2026` for `2026-12`; the text itself if it is not a month.
pub fn month_label(s: &str) -> String {
    parse_month(s).map_or_else(|| s.to_owned(), |m| i18n::format_month(m.year, m.month0))
}

/// The first of `today`'s month through `today`: the export's default.
pub fn this_month_so_far(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    (today.with_day(1).unwrap_or(today), today)
}

/// A range the server accepts, or the problem per field (`from`, `to`).
pub fn check_range(
    from: &str,
    to: &str,
) -> Result<(NaiveDate, NaiveDate), (&'static str, &'static str)> {
    let parse = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
    let Some(f) = parse(from) else {
        return Err(("from", i18n::EXPORT_FROM_REQUIRED()));
    };
    let Some(t) = parse(to) else {
        return Err(("to", i18n::EXPORT_TO_REQUIRED()));
    };
    if t < f {
        return Err(("to", i18n::FILTER_RANGE_ERROR()));
    }
    if (t - f).num_days() >= MAX_EXPORT_DAYS {
        return Err(("to", i18n::EXPORT_RANGE_TOO_LONG()));
    }
    Ok((f, t))
}

/// How a figure moved since the month before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trend {
    /// `up`, `down`, `flat` or `new` (nothing the month before).
    pub class: &'static str,
    /// `▲ 50%`, `▼ 33%`, `0%`, or `baru` / `—`.
    pub text: String,
}

pub fn trend(now: i64, previous: i64) -> Trend {
    match change_percent(now, previous) {
        Some(p) if p > 0 => Trend {
            class: "up",
            text: format!("▲ {p}%"),
        },
        Some(p) if p < 0 => Trend {
            class: "down",
            text: format!("▼ {}%", p.unsigned_abs()),
        },
        Some(_) => Trend {
            class: "flat",
            text: "0%".to_owned(),
        },
        None if now > 0 => Trend {
            class: "new",
            text: i18n::REPORT_NEW().to_owned(),
        },
        None => Trend {
            class: "flat",
            text: "—".to_owned(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn files_are_named_after_their_range_or_month() {
        assert_eq!(
            export_name(day(2026, 12, 1), day(2026, 12, 9), FileFormat::Csv),
            "transaksi-2026-12-01-2026-12-09.csv"
        );
        assert_eq!(
            export_name(day(2026, 1, 1), day(2026, 1, 31), FileFormat::Xlsx),
            "transaksi-2026-01-01-2026-01-31.xlsx"
        );
        let m = Month {
            year: 2026,
            month0: 0,
        };
        assert_eq!(
            report_name(m, FileFormat::Pdf),
            "laporan-bulanan-2026-01.pdf"
        );
        assert_eq!(
            report_name(m, FileFormat::Xlsx),
            "laporan-bulanan-2026-01.xlsx"
        );
    }

    #[test]
    fn months_read_and_write_as_yyyy_mm() {
        let m = parse_month("2026-12").unwrap();
        assert_eq!((m.year, m.month0), (2026, 11));
        assert_eq!(month_value(m), "2026-12");
        assert_eq!(
            parse_month(" 2027-1 ").map(month_value).as_deref(),
            Some("2027-01")
        );
        assert_eq!(parse_month("2026-13"), None);
        assert_eq!(parse_month("Desember"), None);
        assert_eq!(month_label("2026-11"), "November 2026");
        assert_eq!(month_label("?"), "?");
    }

    #[test]
    fn the_export_defaults_to_this_month_so_far_and_checks_its_range() {
        assert_eq!(
            this_month_so_far(day(2026, 12, 9)),
            (day(2026, 12, 1), day(2026, 12, 9))
        );
        assert_eq!(
            check_range("2026-12-01", "2026-12-01"),
            Ok((day(2026, 12, 1), day(2026, 12, 1)))
        );
        assert_eq!(check_range("", "2026-12-01").map_err(|e| e.0), Err("from"));
        assert_eq!(check_range("2026-12-01", "x").map_err(|e| e.0), Err("to"));
        assert_eq!(
            check_range("2026-12-09", "2026-12-01").map_err(|e| e.0),
            Err("to")
        );
        assert!(check_range("2025-01-01", "2026-12-31").is_ok());
        assert!(check_range("2025-01-01", "2027-01-01").is_ok());
        assert!(check_range("2025-01-01", "2027-01-02").is_err());
    }

    #[test]
    fn trends_read_as_arrows_and_percentages() {
        assert_eq!(trend(150, 100).text, "▲ 50%");
        assert_eq!(trend(2, 3).text, "▼ 33%");
        assert_eq!(trend(2, 3).class, "down");
        assert_eq!(trend(5, 5).text, "0%");
        assert_eq!(trend(5, 0).class, "new");
        assert_eq!(trend(0, 0).text, "—");
    }
}
