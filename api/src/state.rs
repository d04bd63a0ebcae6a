use std::sync::Arc;

use sea_orm::DatabaseConnection;
use tokio::sync::Notify;

use crate::auth::jwt::JwtKeys;
use crate::clock::Clock;
use crate::config::Settings;
use crate::live::Hub;
use crate::ratelimit::RateLimiter;
use crate::storage::Storage;

/// Everything a handler needs, cloned cheaply into each worker.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    /// Where write transactions go (`db::begin_write`): on SQLite a
    /// connection of its own, on PostgreSQL the same pool (`db::writer_for`).
    pub writer: DatabaseConnection,
    /// The reads every signed-in page makes, on connections kept out of
    /// the pool (`db_held`).
    pub reads: Arc<crate::db_held::HeldReads>,
    pub settings: Arc<Settings>,
    pub jwt: Arc<JwtKeys>,
    pub clock: Arc<dyn Clock>,
    pub limiter: Arc<RateLimiter>,
    /// Wakes the email outbox worker after a commit that queued mail.
    pub mail_wakeup: Arc<Notify>,
    /// Payment proofs and other uploads.
    pub storage: Arc<dyn Storage>,
    /// This process's WebSockets.
    pub live: Arc<Hub>,
    /// Bumped by every successful write; the read caches compare it.
    pub writes: Arc<crate::read_cache::Writes>,
    /// Public reads served from memory for a second (`read_cache`).
    pub public_cache: Arc<crate::read_cache::ReadCache>,
    /// A signed-in caller's own booking reads, for a second (`read_cache`).
    pub private_cache: Arc<crate::read_cache::ReadCache>,
    /// The studio's settings and bank accounts for invoices, between
    /// writes (`studio_cache`).
    pub studio: Arc<crate::studio_cache::StudioCache>,
    /// Each account's role, active flag and token version, for a moment
    /// (`auth::account_cache`).
    pub accounts: Arc<crate::auth::account_cache::AccountCache>,
    /// The dashboard's JSON for a few seconds (`stats::cache`).
    pub dashboard_cache: Arc<crate::stats::cache::DashboardCache>,
    /// What `/health` last learnt of the database (`routes::health`).
    pub ping: Arc<crate::routes::health::PingState>,
}

impl AppState {
    /// After a commit that queued messages or live events: wake the outbox
    /// worker and the live dispatcher now rather than at their next poll.
    pub fn kick(&self) {
        self.mail_wakeup.notify_one();
        self.live.wake.notify_one();
    }
}
