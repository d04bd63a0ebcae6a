//! Dates and instants written to JSON as chrono writes them, without going
//! through `core::fmt` one character at a time.
//!
//! chrono serialises with `collect_str`, whose adapter hands serde_json each
//! character of the formatted text separately, and serde_json scans each for
//! escapes: ~1,600 instructions per date (callgrind, a page of 20 bookings
//! carries ~60 of them, 7% of a list read that misses the cache). These
//! build the same text in a stack buffer and write it once. Anything outside
//! years 0–9999 or on a leap second goes to chrono as before, so the output
//! is byte for byte chrono's (the tests compare them).
//!
//! Use with `#[serde(serialize_with = "…")]`; reading is chrono's own.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use serde::{Serialize, Serializer};

/// `2026-12-09`.
pub fn date<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    let mut buf = [0u8; 10];
    match write_date(&mut buf, *d) {
        Some(()) => s.serialize_str(ascii(&buf)),
        None => d.serialize(s),
    }
}

/// `2026-12-09T07:30:00Z`, `…00.250Z`, `…00.250123Z` or `…00.250123456Z`:
/// RFC 3339 with as many fractional digits as the instant needs (chrono's
/// `SecondsFormat::AutoSi`).
pub fn instant<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    let mut buf = [0u8; 30];
    match write_instant(&mut buf, t) {
        Some(n) => s.serialize_str(ascii(&buf[..n])),
        None => t.serialize(s),
    }
}

/// [`instant`], or `null`.
pub fn maybe_instant<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => instant(t, s),
        None => s.serialize_none(),
    }
}

/// The buffers hold ASCII digits and separators only.
fn ascii(buf: &[u8]) -> &str {
    std::str::from_utf8(buf).unwrap_or_default()
}

fn digits(out: &mut [u8], mut n: u32) {
    for slot in out.iter_mut().rev() {
        *slot = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

/// `YYYY-MM-DD` into `buf[..10]`; `None` for a year chrono writes
/// differently (signed, or more than four digits).
fn write_date(buf: &mut [u8], d: NaiveDate) -> Option<()> {
    let year = u32::try_from(d.year()).ok().filter(|y| *y <= 9999)?;
    digits(&mut buf[0..4], year);
    buf[4] = b'-';
    digits(&mut buf[5..7], d.month());
    buf[7] = b'-';
    digits(&mut buf[8..10], d.day());
    Some(())
}

/// The instant's text into `buf`, and its length; `None` where chrono's own
/// formatting must answer (see [`write_date`], and leap seconds).
fn write_instant(buf: &mut [u8; 30], t: &DateTime<Utc>) -> Option<usize> {
    let naive = t.naive_utc();
    let nano = naive.nanosecond();
    if nano >= 1_000_000_000 {
        return None;
    }
    write_date(&mut buf[..], naive.date())?;
    buf[10] = b'T';
    digits(&mut buf[11..13], naive.hour());
    buf[13] = b':';
    digits(&mut buf[14..16], naive.minute());
    buf[16] = b':';
    digits(&mut buf[17..19], naive.second());
    let mut n = 19;
    let (value, width) = match nano {
        0 => (0, 0),
        _ if nano.is_multiple_of(1_000_000) => (nano / 1_000_000, 3),
        _ if nano.is_multiple_of(1_000) => (nano / 1_000, 6),
        _ => (nano, 9),
    };
    if width > 0 {
        buf[n] = b'.';
        digits(&mut buf[n + 1..n + 1 + width], value);
        n += 1 + width;
    }
    buf[n] = b'Z';
    Some(n + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Serialize)]
    struct Fast {
        #[serde(serialize_with = "date")]
        d: NaiveDate,
        #[serde(serialize_with = "instant")]
        t: DateTime<Utc>,
        #[serde(serialize_with = "maybe_instant")]
        m: Option<DateTime<Utc>>,
    }

    #[derive(Serialize)]
    struct Chrono {
        d: NaiveDate,
        t: DateTime<Utc>,
        m: Option<DateTime<Utc>>,
    }

    fn both(d: NaiveDate, t: DateTime<Utc>, m: Option<DateTime<Utc>>) -> (String, String) {
        (
            serde_json::to_string(&Fast { d, t, m }).unwrap(),
            serde_json::to_string(&Chrono { d, t, m }).unwrap(),
        )
    }

    #[test]
    fn writes_what_chrono_writes_at_every_precision_and_edge() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let at = |date: NaiveDate, nano| date.and_hms_nano_opt(23, 59, 59, nano).unwrap().and_utc();
        for date in [
            d(2026, 12, 9),
            d(0, 1, 1),
            d(9999, 12, 31),
            d(-1, 6, 1),
            d(10000, 1, 1),
        ] {
            for nano in [0, 250_000_000, 250_123_000, 250_123_456, 1, 1_500_000_000] {
                let (fast, chrono) = both(date, at(date, nano), Some(at(date, nano)));
                assert_eq!(fast, chrono);
            }
        }
        let (fast, chrono) = both(d(2026, 1, 2), at(d(2026, 1, 2), 0), None);
        assert_eq!(fast, chrono);
        assert_eq!(
            fast,
            r#"{"d":"2026-01-02","t":"2026-01-02T23:59:59Z","m":null}"#
        );
    }

    proptest! {
        #[test]
        fn any_instant_reads_as_chrono_writes_it(secs in -70_000_000_000i64..260_000_000_000, nano in 0u32..2_000_000_000) {
            if let Some(t) = DateTime::from_timestamp(secs, nano) {
                let (fast, chrono) = both(t.date_naive(), t, Some(t));
                prop_assert_eq!(fast, chrono);
            }
        }
    }
}
