//! The dashboard's JSON kept for `dashboard_cache_ms` (5 s by default), so a
//! crew with the dashboard open on several screens costs one computation
//! per few seconds, whatever the history. Every successful write through
//! this process (the same signal that empties the public cache) makes it
//! stale at once; background jobs and other processes show within the TTL.
//! The answer carries `generated_at`, so what is shown says how old it is.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use actix_web::web::Bytes;
use chrono::NaiveDate;

struct Entry {
    /// The studio's timezone and day it was computed for: a new day (or a
    /// timezone change) computes again.
    timezone: String,
    day: NaiveDate,
    generation: u64,
    stored: Instant,
    json: Bytes,
}

pub struct DashboardCache {
    ttl: Duration,
    entry: Mutex<Option<Entry>>,
    /// Held while one request computes, so a crowd arriving at a miss waits
    /// for that one answer instead of each computing its own.
    pub computing: tokio::sync::Mutex<()>,
}

impl DashboardCache {
    /// A TTL of zero turns the cache off.
    pub fn new(ttl: Duration) -> DashboardCache {
        DashboardCache {
            ttl,
            entry: Mutex::new(None),
            computing: tokio::sync::Mutex::new(()),
        }
    }

    /// The stored JSON if it is fresh, of this generation, and its day in
    /// its timezone is still `today_in` of that timezone.
    pub fn get(&self, generation: u64, today_in: impl Fn(&str) -> NaiveDate) -> Option<Bytes> {
        self.stored(generation, today_in, Some(self.ttl))
    }

    /// As [`DashboardCache::get`], however old: for the moments while
    /// another request computes the next answer. Never across a write or
    /// a day.
    pub fn stale(&self, generation: u64, today_in: impl Fn(&str) -> NaiveDate) -> Option<Bytes> {
        self.stored(generation, today_in, None)
    }

    fn stored(
        &self,
        generation: u64,
        today_in: impl Fn(&str) -> NaiveDate,
        younger_than: Option<Duration>,
    ) -> Option<Bytes> {
        if self.ttl.is_zero() {
            return None;
        }
        let entry = self.entry.lock().ok()?;
        let e = entry.as_ref()?;
        (e.generation == generation
            && younger_than.is_none_or(|ttl| e.stored.elapsed() < ttl)
            && today_in(&e.timezone) == e.day)
            .then(|| e.json.clone())
    }

    pub fn put(&self, timezone: &str, day: NaiveDate, generation: u64, json: Bytes) {
        if self.ttl.is_zero() {
            return;
        }
        if let Ok(mut entry) = self.entry.lock() {
            *entry = Some(Entry {
                timezone: timezone.to_owned(),
                day,
                generation,
                stored: Instant::now(),
                json,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn serves_one_generation_one_day_until_the_ttl() {
        let c = DashboardCache::new(Duration::from_millis(200));
        c.put("Asia/Jakarta", day(26), 7, Bytes::from_static(b"{}"));
        assert!(c.get(7, |_| day(26)).is_some());
        assert!(c.get(8, |_| day(26)).is_none(), "a write since");
        assert!(c.get(7, |_| day(27)).is_none(), "a new day");
        std::thread::sleep(Duration::from_millis(250));
        assert!(c.get(7, |_| day(26)).is_none(), "expired");
        assert!(
            c.stale(7, |_| day(26)).is_some(),
            "kept while the next one computes"
        );
        assert!(
            c.stale(8, |_| day(26)).is_none(),
            "but never across a write"
        );
        assert!(c.stale(7, |_| day(27)).is_none(), "or a day");
    }

    #[test]
    fn zero_ttl_keeps_nothing() {
        let c = DashboardCache::new(Duration::ZERO);
        c.put("Asia/Jakarta", day(26), 0, Bytes::from_static(b"{}"));
        assert!(c.get(0, |_| day(26)).is_none());
    }
}
