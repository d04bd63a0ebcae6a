//! What every signed-in request checks about its account (role, active,
//! token version), kept in memory for `account_cache_ms` (2 s by default)
//! so a signed-in read is not one extra query per request.
//!
//! This process forgets an account the moment it changes one (role,
//! deactivation, password), so here a retired token stops working at once.
//! A change made by another process (another replica, the CLI) is seen
//! within the TTL: that is the bound on how long a revoked token can still
//! read on a replica that did not make the change.
//!
//! An entry past half its TTL is read again by one request, while the
//! others go on with it (it is still within its TTL). Without this, every
//! request in flight for an account missed at the same instant when its
//! entry expired, and all of them waited for the database: a hiccup there
//! (a lock, a checkpoint) stalled answers that memory could have given.

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
    /// One request is reading this account again (see [`Lookup::Refresh`]).
    refreshing: bool,
}

/// What the cache knows of an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// Within the first half of its TTL.
    Hit(Account),
    /// Within its TTL but past half of it, and no other request is reading
    /// it again: this caller should, and call `put` (or `release` if the
    /// read fails). Until then other callers get [`Lookup::Hit`].
    Refresh(Account),
    /// Not kept, or expired: read the database.
    Miss,
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

    pub fn lookup(&self, id: Uuid) -> Lookup {
        self.lookup_at(id, Instant::now())
    }

    fn lookup_at(&self, id: Uuid, now: Instant) -> Lookup {
        if self.ttl.is_zero() {
            return Lookup::Miss;
        }
        let Ok(mut entries) = self.entries.lock() else {
            return Lookup::Miss;
        };
        let Some(entry) = entries.get_mut(&id) else {
            return Lookup::Miss;
        };
        let age = now.saturating_duration_since(entry.stored);
        if age >= self.ttl {
            Lookup::Miss
        } else if age >= self.ttl / 2 && !entry.refreshing {
            entry.refreshing = true;
            Lookup::Refresh(entry.account)
        } else {
            Lookup::Hit(entry.account)
        }
    }

    /// A refresh claimed by [`Lookup::Refresh`] did not read the account:
    /// the next request past half the TTL tries again.
    pub fn release(&self, id: Uuid) {
        if let Ok(mut entries) = self.entries.lock() {
            if let Some(entry) = entries.get_mut(&id) {
                entry.refreshing = false;
            }
        }
    }

    /// The database has no such account any more: nothing to keep.
    pub fn remove(&self, id: Uuid) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(&id);
        }
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
                refreshing: false,
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

    impl AccountCache {
        fn get(&self, id: Uuid) -> Option<Account> {
            match self.lookup(id) {
                Lookup::Hit(a) | Lookup::Refresh(a) => Some(a),
                Lookup::Miss => None,
            }
        }
    }

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
    fn one_caller_reads_again_past_half_the_ttl_while_the_rest_are_served() {
        let ttl = Duration::from_secs(10);
        let c = AccountCache::new(ttl);
        let id = Uuid::new_v4();
        c.put(id, A, c.generation());
        let start = Instant::now();
        assert_eq!(c.lookup_at(id, start), Lookup::Hit(A));
        let late = start + Duration::from_secs(6);
        assert_eq!(
            c.lookup_at(id, late),
            Lookup::Refresh(A),
            "the first past half"
        );
        assert_eq!(
            c.lookup_at(id, late),
            Lookup::Hit(A),
            "the others while it reads"
        );
        c.release(id);
        assert_eq!(
            c.lookup_at(id, late),
            Lookup::Refresh(A),
            "a failed read lets the next try"
        );
        assert_eq!(
            c.lookup_at(id, start + ttl + Duration::from_millis(1)),
            Lookup::Miss,
            "never past the TTL, refresh or not"
        );
        let newer = Account {
            token_version: 1,
            ..A
        };
        c.put(id, newer, c.generation());
        assert_eq!(c.lookup(id), Lookup::Hit(newer), "the read's answer, fresh");
        c.remove(id);
        assert_eq!(c.lookup(id), Lookup::Miss);
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
