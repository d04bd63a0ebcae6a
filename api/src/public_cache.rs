//! A micro-cache of public reads: the JSON a GET under `/api/v1` without
//! credentials answered with 200 (packages, availability, portfolio,
//! testimonials, site content…) is kept for `public_cache_ms` (1 s by
//! default) and served from memory, so a crowd on the home page costs one
//! query per path per second however large the studio's history. Any
//! successful write through this process empties it at once; another
//! process's writes (and the background jobs) show within the TTL. Bookings
//! are never decided from it: the booking transaction reads the database.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actix_web::web::Bytes;

/// Distinct URLs kept at most (availability takes arbitrary ranges).
const MAX_ENTRIES: usize = 1024;

#[derive(Clone)]
pub struct Hit {
    pub body: Bytes,
    pub etag: String,
}

struct Entry {
    hit: Hit,
    generation: u64,
    stored: Instant,
}

pub struct PublicCache {
    ttl: Duration,
    generation: AtomicU64,
    entries: Mutex<HashMap<String, Entry>>,
}

impl PublicCache {
    /// A TTL of zero turns the cache off.
    pub fn new(ttl: Duration) -> PublicCache {
        PublicCache {
            ttl,
            generation: AtomicU64::new(0),
            entries: Mutex::new(HashMap::new()),
        }
    }

    pub fn enabled(&self) -> bool {
        !self.ttl.is_zero()
    }

    /// Read before the handler runs: an answer stored under an older
    /// generation is never served.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// After a successful write: everything cached may be stale.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    pub fn get(&self, key: &str) -> Option<Hit> {
        if !self.enabled() {
            return None;
        }
        let now = self.generation();
        let entries = self.entries.lock().ok()?;
        let entry = entries.get(key)?;
        (entry.generation == now && entry.stored.elapsed() < self.ttl).then(|| entry.hit.clone())
    }

    /// Stores what the handler answered, tagged with the generation read
    /// before it ran.
    pub fn put(&self, key: String, hit: Hit, generation: u64) {
        if !self.enabled() || generation != self.generation() {
            return;
        }
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        if entries.len() >= MAX_ENTRIES && !entries.contains_key(&key) {
            let ttl = self.ttl;
            entries.retain(|_, e| e.generation == generation && e.stored.elapsed() < ttl);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
        }
        entries.insert(
            key,
            Entry {
                hit,
                generation,
                stored: Instant::now(),
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(s: &str) -> Hit {
        Hit {
            body: Bytes::from(s.to_owned()),
            etag: format!("W/\"{s}\""),
        }
    }

    #[test]
    fn serves_until_a_write_or_the_ttl() {
        let c = PublicCache::new(Duration::from_millis(200));
        let g = c.generation();
        c.put("/a".into(), hit("1"), g);
        assert_eq!(c.get("/a").unwrap().body, "1");
        c.invalidate();
        assert!(c.get("/a").is_none(), "a write empties it");
        // An answer computed before a write is not stored after it.
        c.put("/a".into(), hit("old"), g);
        assert!(c.get("/a").is_none());
        c.put("/a".into(), hit("2"), c.generation());
        assert_eq!(c.get("/a").unwrap().body, "2");
        std::thread::sleep(Duration::from_millis(250));
        assert!(c.get("/a").is_none(), "expired");
    }

    #[test]
    fn off_with_a_zero_ttl_and_bounded_in_size() {
        let off = PublicCache::new(Duration::ZERO);
        off.put("/a".into(), hit("1"), off.generation());
        assert!(off.get("/a").is_none());
        let c = PublicCache::new(Duration::from_secs(60));
        for i in 0..MAX_ENTRIES + 10 {
            c.put(format!("/a?{i}"), hit("x"), c.generation());
        }
        assert!(c.entries.lock().unwrap().len() <= MAX_ENTRIES);
    }
}
