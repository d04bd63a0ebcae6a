//! "Today" and "now" in the studio's time zone, from the injected clock.

use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

pub fn studio_tz(name: &str) -> Tz {
    Tz::from_str(name).unwrap_or(chrono_tz::Asia::Jakarta)
}

/// The studio's local date at `now`: at 01:00 WIB it is already tomorrow in
/// Jakarta although UTC still says yesterday.
pub fn studio_today(now: DateTime<Utc>, tz: Tz) -> NaiveDate {
    now.with_timezone(&tz).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_studio_day_starts_at_local_midnight() {
        let tz = studio_tz("Asia/Jakarta");
        // 2026-12-08 18:00 UTC is 2026-12-09 01:00 WIB.
        let now = Utc.with_ymd_and_hms(2026, 12, 8, 18, 0, 0).unwrap();
        assert_eq!(
            studio_today(now, tz),
            NaiveDate::from_ymd_opt(2026, 12, 9).unwrap()
        );
        assert_eq!(studio_tz("Not/AZone"), chrono_tz::Asia::Jakarta);
    }
}
