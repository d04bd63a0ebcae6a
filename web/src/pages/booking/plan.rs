//! The wizard's arithmetic, free of the DOM so it is tested on the host: the
//! month grid, which days and start times a package can take, and the draft
//! kept in localStorage while the visitor signs in.

use chrono::{Datelike, Duration, NaiveDate};
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use shared::booking_dto::{format_hhmm, parse_hhmm, DayAvailability, PaymentOption, TimeRange};
use shared::catalogue::Package;
use uuid::Uuid;

/// Sessions start and end within the studio's working hours.
pub const DAY_START: u32 = 6 * 60;
pub const DAY_END: u32 = 22 * 60;
/// Start times are offered every half hour.
pub const SLOT_STEP: u32 = 30;
/// How far ahead the calendar goes (the API refuses beyond three years).
pub const MONTHS_AHEAD: i32 = 36;

/// A month on the calendar: year and zero-based month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    pub year: i32,
    pub month0: u32,
}

impl Month {
    pub fn of(date: NaiveDate) -> Month {
        Month {
            year: date.year(),
            month0: date.month0(),
        }
    }

    pub fn first(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month0 + 1, 1).unwrap_or_default()
    }

    pub fn last(self) -> NaiveDate {
        self.plus(1).first() - Duration::days(1)
    }

    pub fn plus(self, months: i32) -> Month {
        let index = self.year * 12 + self.month0 as i32 + months;
        Month {
            year: index.div_euclid(12),
            month0: index.rem_euclid(12).unsigned_abs(),
        }
    }

    /// Months from `self` to `later`.
    pub fn until(self, later: Month) -> i32 {
        (later.year - self.year) * 12 + later.month0 as i32 - self.month0 as i32
    }

    /// The month's cells, Monday first: `None` pads the first and last week.
    pub fn grid(self) -> Vec<Option<NaiveDate>> {
        let first = self.first();
        let lead = first.weekday().num_days_from_monday() as usize;
        let mut cells: Vec<Option<NaiveDate>> = vec![None; lead];
        let mut day = first;
        while day.month0() == self.month0 {
            cells.push(Some(day));
            day += Duration::days(1);
        }
        while !cells.len().is_multiple_of(7) {
            cells.push(None);
        }
        cells
    }
}

/// `[start, end)` minutes of a full range; `24:00` is the end of the day.
fn minutes(range: &TimeRange) -> Option<(u32, u32)> {
    let end = if range.end == "24:00" {
        Some(24 * 60)
    } else {
        parse_hhmm(&range.end)
    };
    Some((parse_hhmm(&range.start)?, end?))
}

/// Start times (minutes after midnight) at which a session of `hours` fits
/// within working hours without touching a full range.
pub fn start_slots(hours: u32, full: &[TimeRange]) -> Vec<u32> {
    let length = hours.max(1) * 60;
    let taken: Vec<(u32, u32)> = full.iter().filter_map(minutes).collect();
    (DAY_START..=DAY_END.saturating_sub(length))
        .step_by(SLOT_STEP as usize)
        .filter(|start| {
            let end = start + length;
            !taken.iter().any(|(s, e)| *start < *e && *s < end)
        })
        .collect()
}

/// The package's session length in hours (timed packages).
pub fn hours_of(package: &Package) -> u32 {
    package
        .duration_hours
        .and_then(|h| u32::try_from(h).ok())
        .unwrap_or(1)
        .max(1)
}

/// Whether this package can still be booked on `day`.
pub fn day_open_for(day: &DayAvailability, package: &Package) -> bool {
    if !day.bookable {
        return false;
    }
    if package.full_day {
        day.full_ranges.is_empty()
    } else {
        !start_slots(hours_of(package), &day.full_ranges).is_empty()
    }
}

/// `09:00–12:00`.
pub fn slot_label(start: u32, hours: u32) -> String {
    format!("{}–{}", format_hhmm(start), format_hhmm(start + hours * 60))
}

const DRAFT_KEY: &str = "aruna.booking-draft";
/// A draft older than this is stale: dates fill up.
const DRAFT_TTL_MS: f64 = 24.0 * 3600.0 * 1000.0;

/// The wizard's choices, kept while the visitor signs in or registers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub package_id: Uuid,
    pub date: Option<NaiveDate>,
    pub start_time: String,
    pub location: String,
    pub notes: String,
    pub payment_option: PaymentOption,
    /// Set when the visitor left to sign in from the last step: coming back
    /// opens that step again.
    pub resume: bool,
    pub saved_at: f64,
}

impl Draft {
    pub fn is_fresh_for(&self, package_id: Uuid, now_ms: f64) -> bool {
        self.package_id == package_id && now_ms - self.saved_at < DRAFT_TTL_MS
    }
}

pub fn load_draft(package_id: Uuid) -> Option<Draft> {
    LocalStorage::get::<Draft>(DRAFT_KEY)
        .ok()
        .filter(|d| d.is_fresh_for(package_id, js_sys::Date::now()))
}

pub fn save_draft(draft: &Draft) {
    // A full or disabled storage only costs the choices after signing in.
    let _ = LocalStorage::set(DRAFT_KEY, draft);
}

pub fn clear_draft() {
    LocalStorage::delete(DRAFT_KEY);
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::booking_dto::DayState;
    use shared::{Rupiah, ServiceKind};

    fn range(start: &str, end: &str) -> TimeRange {
        TimeRange {
            start: start.into(),
            end: end.into(),
        }
    }

    fn package(full_day: bool, hours: Option<i32>) -> Package {
        Package {
            id: Uuid::nil(),
            service_kind: ServiceKind::Portrait,
            name: "Potret".into(),
            description: String::new(),
            inclusions: vec![],
            price: Rupiah(750_000),
            full_day,
            duration_hours: hours,
            active: true,
            sort_order: 0,
        }
    }

    fn day(bookable: bool, full: Vec<TimeRange>) -> DayAvailability {
        DayAvailability {
            date: NaiveDate::from_ymd_opt(2026, 12, 9).unwrap(),
            state: if full.is_empty() {
                DayState::Free
            } else {
                DayState::PartlyBooked
            },
            bookable,
            full_ranges: full,
        }
    }

    #[test]
    fn the_grid_starts_on_monday() {
        // 1 December 2026 is a Tuesday.
        let dec = Month {
            year: 2026,
            month0: 11,
        };
        let grid = dec.grid();
        assert_eq!(grid[0], None);
        assert_eq!(grid[1], NaiveDate::from_ymd_opt(2026, 12, 1));
        assert_eq!(grid.len() % 7, 0);
        assert_eq!(grid.iter().flatten().count(), 31);
        assert_eq!(dec.last(), NaiveDate::from_ymd_opt(2026, 12, 31).unwrap());
    }

    #[test]
    fn months_roll_over_years() {
        let dec = Month {
            year: 2026,
            month0: 11,
        };
        assert_eq!(
            dec.plus(1),
            Month {
                year: 2027,
                month0: 0
            }
        );
        assert_eq!(
            dec.plus(-12),
            Month {
                year: 2025,
                month0: 11
            }
        );
        assert_eq!(dec.until(dec.plus(14)), 14);
    }

    #[test]
    fn slots_avoid_full_ranges_and_end_by_closing_time() {
        let all = start_slots(2, &[]);
        assert_eq!(all.first(), Some(&DAY_START));
        assert_eq!(all.last(), Some(&(20 * 60)));
        let some = start_slots(2, &[range("09:00", "12:00")]);
        // 07:00–09:00 fits, 07:30–09:30 does not; 12:00 is free again.
        assert!(some.contains(&(7 * 60)));
        assert!(!some.contains(&(7 * 60 + 30)));
        assert!(!some.contains(&(11 * 60)));
        assert!(some.contains(&(12 * 60)));
        assert!(start_slots(3, &[range("00:00", "24:00")]).is_empty());
        assert_eq!(slot_label(9 * 60 + 30, 3), "09:30–12:30");
    }

    #[test]
    fn a_full_day_package_needs_a_day_with_nothing_full() {
        let busy = day(true, vec![range("09:00", "11:00")]);
        assert!(!day_open_for(&busy, &package(true, None)));
        assert!(day_open_for(&busy, &package(false, Some(2))));
        assert!(day_open_for(&day(true, vec![]), &package(true, None)));
        assert!(!day_open_for(&day(false, vec![]), &package(false, Some(2))));
        let crowded = day(true, vec![range("06:00", "21:00")]);
        assert!(!day_open_for(&crowded, &package(false, Some(2))));
    }

    #[test]
    fn a_draft_is_for_one_package_and_one_day() {
        let d = Draft {
            package_id: Uuid::nil(),
            date: None,
            start_time: String::new(),
            location: String::new(),
            notes: String::new(),
            payment_option: PaymentOption::Dp,
            resume: true,
            saved_at: 1_000.0,
        };
        assert!(d.is_fresh_for(Uuid::nil(), 2_000.0));
        assert!(!d.is_fresh_for(Uuid::new_v4(), 2_000.0));
        assert!(!d.is_fresh_for(Uuid::nil(), 1_000.0 + DRAFT_TTL_MS));
    }
}
