use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sea_orm::sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous,
};
use sea_orm::sqlx::ConnectOptions as _;
use sea_orm::{
    DatabaseConnection, DatabaseTransaction, SqlxPostgresConnector, SqlxSqliteConnector,
};

use crate::config::Settings;
use crate::db_checkpoint::Checkpointer;

/// SQLite's page cache per reading connection (negative: KiB). Another
/// connection's commit empties it anyway, and a miss is a read from the
/// OS's cache: at 1 MB rather than the default 2, four readers stay 4 MB
/// further under the API's memory target on the 10× benchmark data.
const READER_CACHE: &str = "-1024";
/// The writer's: it keeps the right-hand edges of every index it appends to.
const WRITER_CACHE: &str = "-2048";

/// A PostgreSQL connection idle longer than this is pinged before use
/// (`db_held` hands back its held connections after as long).
pub const PING_WHEN_IDLE: Duration = Duration::from_secs(5);

/// Opens the database named by the settings. SQLite gets WAL, foreign keys and
/// a busy timeout so concurrent writers wait instead of failing.
pub async fn connect(settings: &Settings) -> anyhow::Result<DatabaseConnection> {
    if settings.is_sqlite() {
        if let Some(parent) = sqlite_path(&settings.database_url).and_then(|p| {
            std::path::Path::new(p)
                .parent()
                .map(std::path::Path::to_path_buf)
        }) {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(&parent)
                    .with_context(|| format!("creating {}", parent.display()))?;
            }
        }
        let opts = SqliteConnectOptions::from_str(&settings.database_url)
            .context("invalid sqlite DATABASE_URL")?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true)
            .pragma("cache_size", READER_CACHE);
        // A local file answers at once: no ping before each use, which
        // was a round trip to the connection's thread per query.
        let pool = SqlitePoolOptions::new()
            .max_connections(settings.pool_size())
            .test_before_acquire(false)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(opts)
            .await
            .context("opening the SQLite database")?;
        Ok(SqlxSqliteConnector::from_sqlx_sqlite_pool(pool))
    } else {
        let opts = PgConnectOptions::from_str(&settings.database_url)
            .context("invalid PostgreSQL DATABASE_URL")?
            .disable_statement_logging();
        let size = settings.pool_size();
        // Every connection is opened at start and kept: opened on demand,
        // the first burst of concurrent reads waited on new backends being
        // forked (a p99 of 74–124 ms on the first cached read under load).
        // A connection used within the last few seconds is not pinged before
        // each use (a second round trip per query); one idle longer is, so a
        // database restart costs no request an error.
        let pool = PgPoolOptions::new()
            .max_connections(size)
            .min_connections(size)
            .test_before_acquire(false)
            .before_acquire(|conn, meta| {
                Box::pin(async move {
                    if meta.idle_for > PING_WHEN_IDLE {
                        sea_orm::sqlx::Connection::ping(conn).await?;
                    }
                    Ok(true)
                })
            })
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(opts)
            .await
            .context("connecting to the database")?;
        Ok(SqlxPostgresConnector::from_sqlx_postgres_pool(pool))
    }
}

pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    Migrator::up(db, None).await.context("applying migrations")
}

fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    (path != ":memory:" && !path.is_empty()).then_some(path)
}

/// Begins a transaction that will write, on [`writer_for`]'s connection
/// (`AppState::writer`). SQLite's write lock is taken at once with a no-op
/// write: a deferred transaction that reads first and writes later fails
/// with SQLITE_BUSY (no busy wait is possible) when another connection
/// wrote in between. Another process's writers, and this one's writes
/// outside `begin_write`, wait under the busy timeout. PostgreSQL needs
/// nothing.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, sea_orm::DbErr> {
    use sea_orm::{ConnectionTrait, TransactionTrait};
    let txn = db.begin().await?;
    if txn.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
        txn.execute_unprepared("UPDATE counters SET value = value WHERE 0")
            .await?;
    }
    Ok(txn)
}

/// A pool of one SQLite connection, opened at once and kept open, never
/// tested: a connection of its own for one job (the writer, the
/// checkpointer).
pub fn one_connection() -> SqlitePoolOptions {
    SqlitePoolOptions::new()
        .max_connections(1)
        .min_connections(1)
        .idle_timeout(None)
        .max_lifetime(None)
        .test_before_acquire(false)
}

/// The connection this process writes through. On SQLite, one connection
/// of its own, kept open:
/// - waiting for it is the write queue: first come, first served, with no
///   polling (writers racing for SQLite's lock slept in its busy handler
///   while the lock was free: ~280 bookings a second);
/// - its page cache stays warm: on the shared pool, each commit emptied the
///   other connections' caches, so every write transaction re-read its
///   pages from the file.
///
/// Its commits never checkpoint the WAL: the [`Checkpointer`] answered
/// with it does, beside it, and the caller runs it
/// ([`Checkpointer::run`]) for as long as the writer writes.
///
/// PostgreSQL, or SQLite in memory: the same pool, and no checkpointer.
pub async fn writer_for(
    db: &DatabaseConnection,
) -> anyhow::Result<(DatabaseConnection, Option<Checkpointer>)> {
    use sea_orm::ConnectionTrait;
    if db.get_database_backend() != sea_orm::DatabaseBackend::Sqlite {
        return Ok((db.clone(), None));
    }
    let opts = db.get_sqlite_connection_pool().connect_options();
    let file = opts.get_filename();
    if file.as_os_str().is_empty() || file == std::path::Path::new(":memory:") {
        return Ok((db.clone(), None));
    }
    let pool = one_connection()
        .acquire_timeout(Duration::from_secs(30))
        .connect_with(
            (*opts)
                .clone()
                .pragma("cache_size", WRITER_CACHE)
                .pragma(
                    "wal_autocheckpoint",
                    crate::db_checkpoint::WRITER_AUTOCHECKPOINT,
                )
                .pragma("journal_size_limit", crate::db_checkpoint::WAL_KEEP),
        )
        .await
        .context("opening the SQLite writer connection")?;
    let checkpointer = Checkpointer::open(&opts).await?;
    Ok((
        SqlxSqliteConnector::from_sqlx_sqlite_pool(pool),
        Some(checkpointer),
    ))
}
