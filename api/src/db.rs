use std::collections::HashMap;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous,
};
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, SqlxSqliteConnector,
};

use crate::config::Settings;

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
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(settings.pool_size())
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(opts)
            .await
            .context("opening the SQLite database")?;
        Ok(SqlxSqliteConnector::from_sqlx_sqlite_pool(pool))
    } else {
        let mut opts = ConnectOptions::new(settings.database_url.clone());
        opts.max_connections(settings.pool_size())
            .min_connections(1)
            .connect_timeout(Duration::from_secs(10))
            .acquire_timeout(Duration::from_secs(10))
            .sqlx_logging(false);
        Database::connect(opts)
            .await
            .context("connecting to the database")
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

/// Begins a transaction that will write. On SQLite, which has one writer
/// at a time, writers of this process first queue for the database's write
/// gate (first come, first served, no polling), then take SQLite's write
/// lock at once with a no-op write: a deferred transaction that reads first
/// and writes later fails with SQLITE_BUSY (no busy wait is possible) when
/// another connection wrote in between. Without the gate, writers racing
/// for the lock slept in SQLite's busy handler (1, 2, 5, 10… ms) while it
/// was free: bookings on distinct slots managed ~280 a second. Another
/// process's writers still wait under the busy timeout. PostgreSQL needs
/// nothing.
pub async fn begin_write(db: &DatabaseConnection) -> Result<WriteTxn, sea_orm::DbErr> {
    use sea_orm::{ConnectionTrait, TransactionTrait};
    let gate = if db.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
        Some(write_gate(db).lock_owned().await)
    } else {
        None
    };
    let txn = db.begin().await?;
    if txn.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
        txn.execute_unprepared("UPDATE counters SET value = value WHERE 0")
            .await?;
    }
    Ok(WriteTxn { txn, _gate: gate })
}

/// One gate per SQLite file this process writes to.
fn write_gate(db: &DatabaseConnection) -> Arc<tokio::sync::Mutex<()>> {
    static GATES: OnceLock<Mutex<HashMap<PathBuf, Arc<tokio::sync::Mutex<()>>>>> = OnceLock::new();
    let file = db
        .get_sqlite_connection_pool()
        .connect_options()
        .get_filename()
        .to_path_buf();
    let mut gates = GATES
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    gates.entry(file).or_default().clone()
}

/// A transaction from [`begin_write`]: used as the transaction itself, and
/// on SQLite holding the write gate until it is committed or dropped.
pub struct WriteTxn {
    txn: DatabaseTransaction,
    _gate: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl WriteTxn {
    pub async fn commit(self) -> Result<(), sea_orm::DbErr> {
        self.txn.commit().await
    }
}

impl std::ops::Deref for WriteTxn {
    type Target = DatabaseTransaction;

    fn deref(&self) -> &DatabaseTransaction {
        &self.txn
    }
}

#[async_trait::async_trait]
impl sea_orm::ConnectionTrait for WriteTxn {
    fn get_database_backend(&self) -> sea_orm::DbBackend {
        self.txn.get_database_backend()
    }

    async fn execute(
        &self,
        stmt: sea_orm::Statement,
    ) -> Result<sea_orm::ExecResult, sea_orm::DbErr> {
        self.txn.execute(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<sea_orm::ExecResult, sea_orm::DbErr> {
        self.txn.execute_unprepared(sql).await
    }

    async fn query_one(
        &self,
        stmt: sea_orm::Statement,
    ) -> Result<Option<sea_orm::QueryResult>, sea_orm::DbErr> {
        self.txn.query_one(stmt).await
    }

    async fn query_all(
        &self,
        stmt: sea_orm::Statement,
    ) -> Result<Vec<sea_orm::QueryResult>, sea_orm::DbErr> {
        self.txn.query_all(stmt).await
    }

    fn support_returning(&self) -> bool {
        self.txn.support_returning()
    }
}
