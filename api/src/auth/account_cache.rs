//! What every signed-in request checks about its account (role, active,
//! token version), kept in memory for `account_cache_ms` (2 s by default)
//! so a signed-in read is not one extra query per request.
//!
//! This process forgets an account the moment it changes one (role,
//! deactivation, password), so here a retired token stops working at once.
//! A change made by another process (another replica, the CLI) is seen
//! within the TTL: that is the bound on how long a revoked token can still
//! read on a replica that did not make the change.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use shared::Role;
use uuid::Uuid;

/// Accounts kept at most; a full map is emptied (each entry is one query).
const MAX_ENTRIES: usize = 16_384;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Account {
    pub role: Role,
    pub active: bool,
    pub token_version: i32,
}

struct Entry {
    account: Account,
    stored: Instant,
}

pub struct AccountCache {
    ttl: Duration,
    /// Bumped by every `forget`: a row read before a change is never stored
    /// after it.
    generation: AtomicU64,
    entries: Mutex<HashMap<Uuid, Entry>>,
}

impl AccountCache {
    /// A TTL of zero turns the cache off.
    pub fn new(ttl: Duration) -> AccountCache {
        AccountCache {
            ttl,
            generation: AtomicU64::new(0),
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// Read before the database is asked; hand it back to `put`.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    pub fn get(&self, id: Uuid) -> Option<Account> {
        if self.ttl.is_zero() {
            return None;
        }
        let entries = self.entries.lock().ok()?;
        let entry = entries.get(&id)?;
        (entry.stored.elapsed() < self.ttl).then_some(entry.account)
    }

    /// Keeps what the database said, unless an account changed since
    /// `generation` was read.
    pub fn put(&self, id: Uuid, account: Account, generation: u64) {
        if self.ttl.is_zero() {
            return;
        }
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        // Checked under the lock `forget` also takes, so a forget cannot
        // slip between this check and the insert.
        if generation != self.generation() {
            return;
        }
        if entries.len() >= MAX_ENTRIES && !entries.contains_key(&id) {
            entries.clear();
        }
        entries.insert(
            id,
            Entry {
                account,
                stored: Instant::now(),
            },
        );
    }

    /// After this process changed the account (role, active, password):
    /// its next request reads the database again.
    pub fn forget(&self, id: Uuid) {
        let mut entries = match self.entries.lock() {
            Ok(entries) => entries,
            Err(poisoned) => poisoned.into_inner(),
        };
        self.generation.fetch_add(1, Ordering::AcqRel);
        entries.remove(&id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: Account = Account {
        role: Role::Client,
        active: true,
        token_version: 0,
    };

    #[test]
    fn serves_until_forgotten_or_the_ttl() {
        let c = AccountCache::new(Duration::from_millis(200));
        let id = Uuid::new_v4();
        c.put(id, A, c.generation());
        assert_eq!(c.get(id), Some(A));
        c.forget(id);
        assert_eq!(c.get(id), None);
        c.put(id, A, c.generation());
        std::thread::sleep(Duration::from_millis(250));
        assert_eq!(c.get(id), None, "expired");
    }

    #[test]
    fn a_row_read_before_a_change_is_not_stored_after_it() {
        let c = AccountCache::new(Duration::from_secs(60));
        let id = Uuid::new_v4();
        let before = c.generation();
        c.forget(id);
        c.put(id, A, before);
        assert_eq!(c.get(id), None);
    }

    #[test]
    fn zero_ttl_keeps_nothing() {
        let c = AccountCache::new(Duration::ZERO);
        let id = Uuid::new_v4();
        c.put(id, A, c.generation());
        assert_eq!(c.get(id), None);
    }
}
