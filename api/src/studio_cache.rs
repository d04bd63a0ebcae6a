//! The studio's settings and its active bank accounts, as every invoice
//! prints them, kept between writes.
//!
//! An invoice read from the database took five round trips one after
//! another (the booking, its client, the studio's settings, its bank
//! accounts, the payments); two of them read what changes a few times a
//! year. They are kept here under the [`Writes`] generation read before
//! them, like the read caches: any write through this process (saving the
//! settings or a bank account among them) makes the next invoice read them
//! again, and another process's change shows within the TTL
//! (`private_cache_ms`; zero turns this off).
//!
//! Only reads use it. A booking's transaction still reads the settings it
//! decides with from the database.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sea_orm::ConnectionTrait;
use shared::catalogue::StudioSettings;

use crate::entities::bank_accounts;
use crate::error::ApiError;
use crate::read_cache::Writes;
use crate::repo;

/// What an invoice prints of the studio itself.
pub struct Studio {
    pub settings: StudioSettings,
    /// The active accounts, in the order the studio set.
    pub banks: Vec<bank_accounts::Model>,
}

impl Studio {
    /// Both, from the database.
    pub async fn read(db: &impl ConnectionTrait) -> Result<Studio, ApiError> {
        Ok(Studio {
            settings: repo::settings::get(db).await?,
            banks: repo::bank_accounts::list(db, false).await?,
        })
    }
}

struct Kept {
    generation: u64,
    stored: Instant,
    studio: Arc<Studio>,
}

pub struct StudioCache {
    ttl: Duration,
    writes: Arc<Writes>,
    kept: Mutex<Option<Kept>>,
}

impl StudioCache {
    pub fn new(ttl: Duration, writes: Arc<Writes>) -> Self {
        StudioCache {
            ttl,
            writes,
            kept: Mutex::new(None),
        }
    }

    /// The kept [`Studio`] if nothing was written since and it is younger
    /// than the TTL; otherwise read afresh (and kept, unless a write came
    /// in the meantime).
    pub async fn get(&self, db: &impl ConnectionTrait) -> Result<Arc<Studio>, ApiError> {
        let generation = self.writes.current();
        if let Some(studio) = self.kept(generation) {
            return Ok(studio);
        }
        let studio = Arc::new(Studio::read(db).await?);
        if !self.ttl.is_zero() && generation == self.writes.current() {
            if let Ok(mut kept) = self.kept.lock() {
                *kept = Some(Kept {
                    generation,
                    stored: Instant::now(),
                    studio: studio.clone(),
                });
            }
        }
        Ok(studio)
    }

    fn kept(&self, generation: u64) -> Option<Arc<Studio>> {
        let kept = self.kept.lock().ok()?;
        kept.as_ref()
            .filter(|k| k.generation == generation && k.stored.elapsed() < self.ttl)
            .map(|k| k.studio.clone())
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::{ConnectionTrait as _, Database};

    use super::*;

    async fn studio_named(db: &sea_orm::DatabaseConnection, name: &str) {
        let settings = StudioSettings {
            name: name.into(),
            ..StudioSettings::default()
        };
        repo::settings::put(db, &settings, chrono::Utc::now())
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn kept_until_a_write_or_the_ttl() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("db.sqlite").display()
        );
        let db = Database::connect(url).await.unwrap();
        crate::db::migrate(&db).await.unwrap();
        studio_named(&db, "Satu").await;
        let account = shared::catalogue::BankAccountInput {
            bank: "BCA".into(),
            account_number: "1234567890".into(),
            holder_name: "Aruna Moment".into(),
            active: true,
            sort_order: 0,
        };
        repo::bank_accounts::insert(&db, &account, chrono::Utc::now())
            .await
            .unwrap();
        let writes = Arc::new(Writes::default());
        let cache = StudioCache::new(Duration::from_secs(60), writes.clone());
        let first = cache.get(&db).await.unwrap();
        assert_eq!(first.settings.name, "Satu");
        assert_eq!(first.banks.len(), 1);

        // Changed behind the cache's back: still the kept one.
        studio_named(&db, "Dua").await;
        assert!(Arc::ptr_eq(&first, &cache.get(&db).await.unwrap()));
        // A write through the process: read again.
        writes.bump();
        assert_eq!(cache.get(&db).await.unwrap().settings.name, "Dua");

        // Past the TTL: read again.
        let short = StudioCache::new(Duration::from_millis(20), writes.clone());
        assert_eq!(short.get(&db).await.unwrap().settings.name, "Dua");
        studio_named(&db, "Tiga").await;
        tokio::time::sleep(Duration::from_millis(30)).await;
        assert_eq!(short.get(&db).await.unwrap().settings.name, "Tiga");

        // A TTL of zero keeps nothing; an inactive account is not printed.
        let off = StudioCache::new(Duration::ZERO, writes);
        assert_eq!(off.get(&db).await.unwrap().banks.len(), 1);
        db.execute_unprepared("UPDATE bank_accounts SET active = false")
            .await
            .unwrap();
        studio_named(&db, "Empat").await;
        let fresh = off.get(&db).await.unwrap();
        assert_eq!(fresh.settings.name, "Empat");
        assert!(fresh.banks.is_empty());
    }
}
