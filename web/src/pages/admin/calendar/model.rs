//! The calendar's arithmetic, free of the DOM so it is tested on the host:
//! which days a view shows, stepping through them, and each day's bookings
//! and blocks in the order they happen.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};
use shared::booking_dto::{Block, Booking, DayState};

use crate::i18n;
use crate::pages::booking::plan::Month;

/// A month grid, or one week (a list on a phone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalView {
    Month,
    Week,
}

impl CalView {
    pub fn as_str(self) -> &'static str {
        match self {
            CalView::Month => "month",
            CalView::Week => "week",
        }
    }
}

/// The Monday of the week holding `date` (weeks run Monday to Sunday).
pub fn week_start(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

/// The first and last day a view shows, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Span {
    /// What `view` shows around `anchor`: its month, or its week.
    pub fn of(view: CalView, anchor: NaiveDate) -> Span {
        match view {
            CalView::Month => {
                let m = Month::of(anchor);
                Span {
                    from: m.first(),
                    to: m.last(),
                }
            }
            CalView::Week => {
                let from = week_start(anchor);
                Span {
                    from,
                    to: from + Duration::days(6),
                }
            }
        }
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }

    /// Every day from `from` to `to`.
    pub fn days(self) -> Vec<NaiveDate> {
        self.from
            .iter_days()
            .take_while(|d| *d <= self.to)
            .collect()
    }
}

/// The anchor one step back (`-1`) or ahead (`1`): a month (landing on its
/// first day) or a week.
pub fn step(view: CalView, anchor: NaiveDate, dir: i32) -> NaiveDate {
    match view {
        CalView::Month => Month::of(anchor).plus(dir).first(),
        CalView::Week => anchor + Duration::weeks(i64::from(dir)),
    }
}

/// `Desember 2026`, or a week: `7–13 Desember 2026`,
/// `30 November – 6 Desember 2026`, `28 Desember 2026 – 3 Januari 2027`.
pub fn span_title(view: CalView, span: Span) -> String {
    let (a, b) = (span.from, span.to);
    match view {
        CalView::Month => i18n::format_month(a.year(), a.month0()),
        CalView::Week if a.year() != b.year() => {
            format!("{} – {}", i18n::format_day(a), i18n::format_day(b))
        }
        CalView::Week if a.month() != b.month() => format!(
            "{} {} – {}",
            a.day(),
            i18n::month_name(a.month0()),
            i18n::format_day(b)
        ),
        CalView::Week => format!("{}–{}", a.day(), i18n::format_day(b)),
    }
}

/// What a booking chip shows first: its start time, or "Sehari penuh".
pub fn chip_time(b: &Booking) -> String {
    match &b.start_time {
        Some(start) if !b.full_day => start.clone(),
        _ => i18n::CAL_FULL_DAY().to_owned(),
    }
}

/// The week view's time: `09:00–12:00`, or "Sehari penuh".
pub fn chip_range(b: &Booking) -> String {
    match (&b.start_time, &b.end_time) {
        (Some(start), Some(end)) if !b.full_day => format!("{start}–{end}"),
        _ => chip_time(b),
    }
}

/// The bookings per event day, each day's in time order: whole days first,
/// then by start time, then by client name.
pub fn by_day(bookings: &[Booking]) -> BTreeMap<NaiveDate, Vec<Booking>> {
    let mut days: BTreeMap<NaiveDate, Vec<Booking>> = BTreeMap::new();
    for b in bookings {
        days.entry(b.event_date).or_default().push(b.clone());
    }
    for list in days.values_mut() {
        list.sort_by_key(order_key);
    }
    days
}

fn order_key(b: &Booking) -> (bool, String, String) {
    let timed = !b.full_day && b.start_time.is_some();
    let start = b.start_time.clone().filter(|_| timed).unwrap_or_default();
    (timed, start, b.client.full_name.to_lowercase())
}

/// The blocks dated within `span`, by date then start (whole days first).
pub fn blocks_in(mut list: Vec<Block>, span: Span) -> Vec<Block> {
    list.retain(|b| span.contains(b.date));
    list.sort_by(|a, b| (a.date, &a.start_time).cmp(&(b.date, &b.start_time)));
    list
}

/// `Sepanjang hari` or `09:00–12:00`.
pub fn block_range(b: &Block) -> String {
    match (&b.start_time, &b.end_time) {
        (Some(s), Some(e)) => format!("{s}–{e}"),
        _ => i18n::FULL_DAY().to_owned(),
    }
}

/// `9 Desember 2026 (09:00–12:00)`.
pub fn block_when(b: &Block) -> String {
    format!("{} ({})", i18n::format_day(b.date), block_range(b))
}

pub fn state_label(state: DayState) -> &'static str {
    match state {
        DayState::Free => i18n::CAL_FREE(),
        DayState::PartlyBooked => i18n::CAL_PARTLY(),
        DayState::Full => i18n::CAL_FULL(),
        DayState::Blocked => i18n::CAL_BLOCKED(),
    }
}

pub fn state_class(state: DayState) -> &'static str {
    match state {
        DayState::Free => "cal-free",
        DayState::PartlyBooked => "cal-partly",
        DayState::Full => "cal-full",
        DayState::Blocked => "cal-blocked",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::booking_dto::{BookingClient, BookingPackage, PaymentOption};
    use shared::{BookingStatus, Rupiah, ServiceKind};
    use uuid::Uuid;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn booking(name: &str, date: NaiveDate, start: Option<&str>) -> Booking {
        Booking {
            id: Uuid::new_v4(),
            code: format!("ODR-{name}"),
            invoice_number: None,
            status: BookingStatus::Accepted,
            package: BookingPackage {
                id: Uuid::nil(),
                service_kind: ServiceKind::Wedding,
                name: "Akad".into(),
            },
            client: BookingClient {
                id: Uuid::nil(),
                full_name: name.into(),
                email: "s@example.com".into(),
                phone: "+62812".into(),
            },
            event_date: date,
            start_time: start.map(str::to_owned),
            end_time: start.map(|_| "17:00".to_owned()),
            full_day: start.is_none(),
            location: "Gereja".into(),
            latitude: None,
            longitude: None,
            notes: None,
            payment_option: PaymentOption::Dp,
            total: Rupiah(1),
            dp_amount: Rupiah(1),
            amount_due_now: Rupiah(1),
            paid: Rupiah(0),
            remaining: Rupiah(1),
            payment_deadline: None,
            reupload_until: None,
            created_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn weeks_start_on_monday() {
        // 9 December 2026 is a Wednesday.
        assert_eq!(week_start(day(2026, 12, 9)), day(2026, 12, 7));
        assert_eq!(week_start(day(2026, 12, 7)), day(2026, 12, 7));
        assert_eq!(week_start(day(2026, 12, 13)), day(2026, 12, 7));
        // Across a year boundary.
        assert_eq!(week_start(day(2027, 1, 1)), day(2026, 12, 28));
    }

    #[test]
    fn a_view_spans_its_month_or_its_week() {
        let m = Span::of(CalView::Month, day(2026, 2, 14));
        assert_eq!((m.from, m.to), (day(2026, 2, 1), day(2026, 2, 28)));
        let w = Span::of(CalView::Week, day(2026, 12, 31));
        assert_eq!((w.from, w.to), (day(2026, 12, 28), day(2027, 1, 3)));
        assert_eq!(w.days().len(), 7);
        assert!(w.contains(day(2027, 1, 3)) && !w.contains(day(2027, 1, 4)));
    }

    #[test]
    fn steps_move_a_month_or_a_week() {
        assert_eq!(step(CalView::Month, day(2026, 12, 9), 1), day(2027, 1, 1));
        assert_eq!(step(CalView::Month, day(2026, 1, 31), -1), day(2025, 12, 1));
        assert_eq!(step(CalView::Week, day(2026, 12, 9), 1), day(2026, 12, 16));
        assert_eq!(step(CalView::Week, day(2026, 12, 9), -1), day(2026, 12, 2));
    }

    #[test]
    fn titles_read_the_indonesian_way() {
        let title = |v, d| span_title(v, Span::of(v, d));
        assert_eq!(title(CalView::Month, day(2026, 12, 9)), "Desember 2026");
        assert_eq!(title(CalView::Week, day(2026, 12, 9)), "7–13 Desember 2026");
        assert_eq!(
            title(CalView::Week, day(2026, 12, 2)),
            "30 November – 6 Desember 2026"
        );
        assert_eq!(
            title(CalView::Week, day(2026, 12, 30)),
            "28 Desember 2026 – 3 Januari 2027"
        );
    }

    #[test]
    fn each_day_lists_whole_days_then_by_start_time() {
        let (d1, d2) = (day(2026, 12, 9), day(2026, 12, 10));
        let list = vec![
            booking("Rina", d1, Some("13:00")),
            booking("Budi", d2, Some("09:00")),
            booking("Sari", d1, None),
            booking("Andi", d1, Some("08:30")),
            booking("Tono", d1, Some("13:00")),
        ];
        let days = by_day(&list);
        let names = |d| {
            days.get(&d)
                .map(|l| {
                    l.iter()
                        .map(|b| b.client.full_name.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        };
        assert_eq!(names(d1), ["Sari", "Andi", "Rina", "Tono"]);
        assert_eq!(names(d2), ["Budi"]);
        assert_eq!(days.keys().copied().collect::<Vec<_>>(), [d1, d2]);
        assert_eq!(chip_time(&list[0]), "13:00");
        assert_eq!(chip_time(&list[2]), "Sehari penuh");
        assert_eq!(chip_range(&list[0]), "13:00–17:00");
        assert_eq!(chip_range(&list[2]), "Sehari penuh");
    }

    #[test]
    fn the_blocks_are_sorted_and_bounded() {
        let block = |d: u32, start: Option<&str>| Block {
            id: Uuid::new_v4(),
            date: day(2026, 12, d),
            start_time: start.map(str::to_owned),
            end_time: start.map(|_| "17:00".to_owned()),
            reason: "x".into(),
        };
        let span = Span::of(CalView::Week, day(2026, 12, 9));
        let list = blocks_in(
            vec![
                block(9, Some("13:00")),
                block(9, None),
                block(7, Some("08:00")),
                block(2, None),
            ],
            span,
        );
        let got: Vec<_> = list
            .iter()
            .map(|b| (b.date.day(), b.start_time.clone()))
            .collect();
        assert_eq!(
            got,
            [
                (7, Some("08:00".into())),
                (9, None),
                (9, Some("13:00".into()))
            ]
        );
        assert_eq!(block_range(&list[1]), "Sepanjang hari");
        assert_eq!(block_range(&list[0]), "08:00–17:00");
        assert_eq!(block_when(&list[0]), "7 Desember 2026 (08:00–17:00)");
    }
}
