//! Micro-caches of reads, kept for a moment and dropped by any write.
//!
//! - The public one holds the JSON a GET under `/api/v1` without
//!   credentials answered with 200 (packages, availability, portfolio,
//!   testimonials, site content…), so a crowd on the home page costs one
//!   query per path per `public_cache_ms` however large the history.
//! - The private one holds a signed-in caller's own booking reads (their
//!   list, one booking, its invoice PDF) under their account id, for
//!   `private_cache_ms`: a phone or a tab that asks again within the moment
//!   is answered from memory. The token is still checked on every request.
//!
//! When an answer outlives its TTL with nothing written since, one request
//! refreshes it and the rest get the kept answer meanwhile.
//!
//! Both are tagged with the [`Writes`] generation read before the handler
//! ran: any successful write through this process, every lifecycle pass
//! that changed a booking, and every new live event (from any process:
//! PostgreSQL's NOTIFY wakes the dispatcher at once) bump it, so nothing
//! cached before a write is served after it. A replica's write that sends
//! no live event shows within the TTL.
//! Bookings are never decided from here: the booking transaction reads the
//! database.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::web::Bytes;

/// Counts the writes this process has made; caches compare it.
#[derive(Default)]
pub struct Writes(AtomicU64);

impl Writes {
    /// Read before computing an answer: an answer computed under an older
    /// generation is never stored or served.
    pub fn current(&self) -> u64 {
        self.0.load(Ordering::Acquire)
    }

    /// After a successful write: everything cached may be stale.
    pub fn bump(&self) {
        self.0.fetch_add(1, Ordering::AcqRel);
    }
}

/// An answer as the handler gave it: its body and the headers that go with
/// it (content type, ETag, Cache-Control, Content-Disposition…).
#[derive(Clone)]
pub struct Hit {
    pub body: Bytes,
    pub headers: Vec<(HeaderName, HeaderValue)>,
}

impl Hit {
    pub fn header(&self, name: &HeaderName) -> Option<&HeaderValue> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    fn size(&self) -> usize {
        self.body.len()
            + self
                .headers
                .iter()
                .map(|(_, v)| v.len() + 32)
                .sum::<usize>()
    }
}

struct Entry {
    hit: Hit,
    generation: u64,
    stored: Instant,
    /// When one request went to refresh this expired answer.
    refreshing: Option<Instant>,
}

#[derive(Default)]
struct Entries {
    map: HashMap<String, Entry>,
    bytes: usize,
}

pub struct ReadCache {
    ttl: Duration,
    max_entries: usize,
    max_bytes: usize,
    writes: Arc<Writes>,
    entries: Mutex<Entries>,
}

impl ReadCache {
    /// A TTL of zero turns the cache off. At most `max_entries` answers
    /// and `max_bytes` of them are kept; a bigger answer is not kept.
    pub fn new(ttl: Duration, writes: Arc<Writes>, max_entries: usize, max_bytes: usize) -> Self {
        ReadCache {
            ttl,
            max_entries,
            max_bytes,
            writes,
            entries: Mutex::default(),
        }
    }

    pub fn enabled(&self) -> bool {
        !self.ttl.is_zero()
    }

    /// The write generation answers are tagged with.
    pub fn generation(&self) -> u64 {
        self.writes.current()
    }

    /// The answer kept for `key`, if nothing was written since. When it
    /// has outlived the TTL, the first caller gets `None` and refreshes it,
    /// while the others keep getting the kept answer for up to one more
    /// TTL (no crowd of identical queries every time it expires). After a
    /// write, everybody gets `None`.
    pub fn get(&self, key: &str) -> Option<Hit> {
        if !self.enabled() {
            return None;
        }
        let now = self.generation();
        let mut entries = self.entries.lock().ok()?;
        let entry = entries.map.get_mut(key)?;
        if entry.generation != now {
            return None;
        }
        if entry.stored.elapsed() < self.ttl {
            return Some(entry.hit.clone());
        }
        match entry.refreshing {
            Some(since) if since.elapsed() < self.ttl => Some(entry.hit.clone()),
            _ => {
                entry.refreshing = Some(Instant::now());
                None
            }
        }
    }

    /// Stores what the handler answered, tagged with the generation read
    /// before it ran.
    pub fn put(&self, key: String, hit: Hit, generation: u64) {
        let size = hit.size() + key.len();
        if !self.enabled() || generation != self.generation() || size > self.max_bytes / 8 {
            return;
        }
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        let full = |e: &Entries| e.map.len() >= self.max_entries || e.bytes + size > self.max_bytes;
        if full(&entries) {
            let ttl = self.ttl;
            entries
                .map
                .retain(|_, e| e.generation == generation && e.stored.elapsed() < ttl);
            entries.bytes = entries
                .map
                .iter()
                .map(|(k, e)| k.len() + e.hit.size())
                .sum();
            if full(&entries) {
                entries.map.clear();
                entries.bytes = 0;
            }
        }
        let old = entries.map.insert(
            key.clone(),
            Entry {
                hit,
                generation,
                stored: Instant::now(),
                refreshing: None,
            },
        );
        if let Some(old) = old {
            entries.bytes -= key.len() + old.hit.size();
        }
        entries.bytes += size;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(s: &str) -> Hit {
        Hit {
            body: Bytes::from(s.to_owned()),
            headers: vec![],
        }
    }

    fn cache(ttl_ms: u64, max_entries: usize, max_bytes: usize) -> ReadCache {
        ReadCache::new(
            Duration::from_millis(ttl_ms),
            Arc::default(),
            max_entries,
            max_bytes,
        )
    }

    #[test]
    fn serves_until_a_write_or_the_ttl() {
        let c = cache(200, 16, 1 << 20);
        let g = c.generation();
        c.put("/a".into(), hit("1"), g);
        assert_eq!(c.get("/a").unwrap().body, "1");
        c.writes.bump();
        assert!(c.get("/a").is_none(), "a write empties it");
        // An answer computed before a write is not stored after it.
        c.put("/a".into(), hit("old"), g);
        assert!(c.get("/a").is_none());
        c.put("/a".into(), hit("2"), c.generation());
        assert_eq!(c.get("/a").unwrap().body, "2");
        std::thread::sleep(Duration::from_millis(250));
        assert!(c.get("/a").is_none(), "expired: this caller refreshes it");
        assert_eq!(
            c.get("/a").unwrap().body,
            "2",
            "the others meanwhile get the kept answer"
        );
        c.put("/a".into(), hit("3"), c.generation());
        assert_eq!(c.get("/a").unwrap().body, "3");
        std::thread::sleep(Duration::from_millis(250));
        assert!(c.get("/a").is_none());
        std::thread::sleep(Duration::from_millis(250));
        assert!(
            c.get("/a").is_none(),
            "a refresh that never came back is taken over"
        );
        c.writes.bump();
        assert!(c.get("/a").is_none(), "after a write nobody gets it");
    }

    #[test]
    fn one_write_empties_every_cache_that_shares_it() {
        let writes = Arc::new(Writes::default());
        let public = ReadCache::new(Duration::from_secs(60), writes.clone(), 16, 1 << 20);
        let private = ReadCache::new(Duration::from_secs(60), writes.clone(), 16, 1 << 20);
        public.put("/a".into(), hit("1"), public.generation());
        private.put("u/a".into(), hit("1"), private.generation());
        writes.bump();
        assert!(public.get("/a").is_none() && private.get("u/a").is_none());
    }

    #[test]
    fn off_with_a_zero_ttl_and_bounded_in_entries_and_bytes() {
        let off = cache(0, 16, 1 << 20);
        off.put("/a".into(), hit("1"), off.generation());
        assert!(off.get("/a").is_none());
        let c = cache(60_000, 8, 1 << 20);
        for i in 0..20 {
            c.put(format!("/a?{i}"), hit("x"), c.generation());
        }
        assert!(c.entries.lock().unwrap().map.len() <= 8);
        let small = cache(60_000, 1000, 800);
        small.put("/big".into(), hit(&"x".repeat(200)), small.generation());
        assert!(small.get("/big").is_none(), "over an eighth of the budget");
        for i in 0..40 {
            small.put(format!("/{i}"), hit(&"x".repeat(50)), small.generation());
            let e = small.entries.lock().unwrap();
            assert!(e.bytes <= 800, "{}", e.bytes);
            let counted: usize = e.map.iter().map(|(k, v)| k.len() + v.hit.size()).sum();
            assert_eq!(e.bytes, counted);
        }
        small.put("/1".into(), hit("y"), small.generation());
        assert_eq!(small.get("/1").unwrap().body, "y", "replaced in place");
    }
}
