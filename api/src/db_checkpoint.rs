//! SQLite's WAL checkpoints, made beside the writer rather than inside its
//! commits.
//!
//! By default the connection whose commit takes the WAL past 1,000 pages
//! copies them back into the database file and syncs both files before that
//! COMMIT returns. On the writer (`db::writer_for`) this was most of a
//! booking's time under the write lock: 1.2 ms of an average commit against
//! 0.4 ms without, and every other booking waited for it (with the write
//! lane: ~400 → ~580 bookings a second, `wrk -t2 -c32`, 20,000 bookings in
//! the database).
//!
//! So the writer never checkpoints (`wal_autocheckpoint = 0`), and
//! [`Checkpointer::run`] does, every [`EVERY`], on a connection of its own:
//! a PASSIVE checkpoint copies what is committed without taking the write
//! lock, so writers and readers go on meanwhile.
//!
//! The WAL starts over from its first page when a writer finds all of it
//! copied: after any pause in the writes. Writes that never pause would
//! grow it without end, so past [`TRUNCATE_AT`] pages a TRUNCATE
//! checkpoint waits for the writer of the moment (under the busy timeout),
//! holds off the next one while it copies the last pages, and empties the
//! file.
//! Processes that write without a checkpointer (the CLI, the tests' own
//! pools) keep SQLite's automatic checkpoints.

use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqlitePool};
use sea_orm::sqlx::{self, ConnectOptions as _};

/// How often committed pages are copied back.
pub const EVERY: Duration = Duration::from_millis(250);

/// WAL pages (4 KiB each: 1 GiB) past which the file is emptied. Emptying
/// it stops every writer for as long as the last pages take to copy and
/// sync, and then for the rest of their busy handler's sleep (5 to 100 ms
/// steps): at 64 MiB, under a sustained booking load, that came every
/// second or so and put creation's p99 at 230–480 ms (119–141 ms without).
/// So it is a bound for a load that never pauses; any pause lets the next
/// writer start the WAL over (and [`WAL_KEEP`] shrinks the file).
pub const TRUNCATE_AT: i64 = 262_144;

/// The writer's `journal_size_limit`: a WAL that starts over is cut back to
/// this size (64 MiB).
pub const WAL_KEEP: &str = "67108864";

/// The writer's setting: its commits never checkpoint.
pub const WRITER_AUTOCHECKPOINT: &str = "0";

/// A connection of its own that copies the WAL back into the database.
pub struct Checkpointer {
    pool: SqlitePool,
    truncate_at: i64,
}

/// What one [`Checkpointer::once`] found and did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    /// Pages in the WAL.
    pub pages: i64,
    /// Of them, copied into the database file.
    pub copied: i64,
    /// The WAL was past the bound and is now empty.
    pub truncated: bool,
}

impl Checkpointer {
    /// Opens its connection to the database `opts` name.
    pub async fn open(opts: &SqliteConnectOptions) -> anyhow::Result<Checkpointer> {
        use anyhow::Context;
        let opts = opts
            .clone()
            // A checkpoint reads frames from the WAL, not from this cache.
            .pragma("cache_size", "-64")
            .disable_statement_logging();
        let pool = crate::db::one_connection()
            .connect_with(opts)
            .await
            .context("opening the SQLite checkpoint connection")?;
        Ok(Checkpointer {
            pool,
            truncate_at: TRUNCATE_AT,
        })
    }

    /// Copies what is committed; empties the WAL when it is past the bound.
    pub async fn once(&self) -> Result<Pass, sqlx::Error> {
        let (_, pages, copied) = self.checkpoint("PASSIVE").await?;
        if pages < self.truncate_at {
            return Ok(Pass {
                pages,
                copied,
                truncated: false,
            });
        }
        // Busy (a reader or writer outlasted the busy timeout): the next
        // pass tries again.
        let (busy, _, _) = self.checkpoint("TRUNCATE").await?;
        Ok(Pass {
            pages,
            copied,
            truncated: busy == 0,
        })
    }

    /// `PRAGMA wal_checkpoint(mode)`: busy, pages in the WAL, pages copied.
    async fn checkpoint(&self, mode: &str) -> Result<(i64, i64, i64), sqlx::Error> {
        sqlx::query_as(&format!("PRAGMA wal_checkpoint({mode})"))
            .fetch_one(&self.pool)
            .await
    }

    /// Checkpoints every [`EVERY`] for as long as the server runs.
    pub async fn run(self) {
        let mut tick = tokio::time::interval(EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(error) = self.once().await {
                tracing::warn!(%error, "WAL checkpoint failed; the next one tries again");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::sqlx::sqlite::SqlitePoolOptions;
    use sea_orm::{ConnectionTrait, DatabaseConnection, SqlxSqliteConnector, TransactionTrait};

    use super::*;

    async fn database(dir: &std::path::Path) -> DatabaseConnection {
        let opts = SqliteConnectOptions::new()
            .filename(dir.join("db.sqlite"))
            .create_if_missing(true)
            .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal);
        let pool = SqlitePoolOptions::new().connect_with(opts).await.unwrap();
        SqlxSqliteConnector::from_sqlx_sqlite_pool(pool)
    }

    fn wal_bytes(dir: &std::path::Path) -> u64 {
        std::fs::metadata(dir.join("db.sqlite-wal"))
            .map(|m| m.len())
            .unwrap_or(0)
    }

    /// 1,500 commits of a 3 KB row each: a page or more of WAL apiece.
    async fn write(writer: &DatabaseConnection) {
        writer
            .execute_unprepared("CREATE TABLE t (x BLOB)")
            .await
            .unwrap();
        for _ in 0..1_500 {
            let txn = writer.begin().await.unwrap();
            txn.execute_unprepared("INSERT INTO t VALUES (randomblob(3000))")
                .await
                .unwrap();
            txn.commit().await.unwrap();
        }
    }

    #[actix_web::test]
    async fn the_writer_leaves_checkpoints_to_the_checkpointer() {
        let dir = tempfile::tempdir().unwrap();
        let db = database(dir.path()).await;
        let (writer, checkpointer) = crate::db::writer_for(&db).await.unwrap();
        let checkpointer = checkpointer.expect("a file database gets a checkpointer");
        write(&writer).await;
        // With SQLite's automatic checkpoints the WAL would have started
        // over at 1,000 pages (4 MB).
        assert!(
            wal_bytes(dir.path()) > 6_000_000,
            "{}",
            wal_bytes(dir.path())
        );

        let pass = checkpointer.once().await.unwrap();
        assert!(pass.pages >= 1_500, "{pass:?}");
        assert_eq!(pass.copied, pass.pages, "everything committed is copied");
        assert!(!pass.truncated, "under the bound the WAL is kept for reuse");
        let again = checkpointer.once().await.unwrap();
        assert_eq!(again.copied, again.pages);

        // The rows are in the database file, read by another connection.
        let n = db
            .query_one(sea_orm::Statement::from_string(
                db.get_database_backend(),
                "SELECT COUNT(*) AS n FROM t",
            ))
            .await
            .unwrap()
            .unwrap()
            .try_get::<i64>("", "n")
            .unwrap();
        assert_eq!(n, 1_500);
    }

    #[actix_web::test]
    async fn a_wal_past_the_bound_is_emptied() {
        let dir = tempfile::tempdir().unwrap();
        let db = database(dir.path()).await;
        let (writer, checkpointer) = crate::db::writer_for(&db).await.unwrap();
        let mut checkpointer = checkpointer.unwrap();
        checkpointer.truncate_at = 1_000;
        write(&writer).await;
        let pass = checkpointer.once().await.unwrap();
        assert!(pass.truncated, "{pass:?}");
        assert_eq!(wal_bytes(dir.path()), 0);
        // The writer goes on, in a WAL that starts over.
        let txn = writer.begin().await.unwrap();
        txn.execute_unprepared("INSERT INTO t VALUES (1)")
            .await
            .unwrap();
        txn.commit().await.unwrap();
        assert!(wal_bytes(dir.path()) < 100_000);
    }
}
