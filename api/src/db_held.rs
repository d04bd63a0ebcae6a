//! Hot reads on connections this process keeps checked out of the pool.
//!
//! sqlx's pool tests every connection it gets back: dropping a
//! `PoolConnection` spawns a ping, a round trip to the connection's thread
//! on SQLite and to the server on PostgreSQL, after every single query.
//! With that ping removed (a patched sqlx, measured, not shipped), a
//! client's booking list that misses the caches served ~20% more
//! requests a second on PostgreSQL and ~6% more on SQLite.
//!
//! So the reads every signed-in page makes (the account check, a booking
//! list, one booking, an invoice) go through [`HeldReads`]: up to `max`
//! connections are taken from the pool once and handed from one read to
//! the next. When all of them are busy a read takes the pool's usual path.
//! A connection goes back to the pool, which tests it as before, when it
//! sat idle longer than [`PING_WHEN_IDLE`] or was held longer than
//! [`HOLD_AT_MOST`], when its read was cancelled
//! half way, or when it failed for any reason but the statement's own
//! (then the read is retried once on the pool's path). Writes and
//! transactions never come here.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use sea_orm::sqlx::pool::PoolConnection;
use sea_orm::sqlx::{self, Postgres, Sqlite};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, DbErr, ExecResult, QueryResult, RuntimeErr,
    Statement,
};
use sea_query_binder::SqlxValues;

use crate::db::PING_WHEN_IDLE;

/// How many of a pool of `pool_size` to hold: half, so the pool keeps the
/// rest for everything else.
pub fn held_for(pool_size: u32) -> usize {
    usize::try_from(pool_size / 2).unwrap_or(1).max(1)
}

/// A connection held this long goes back to the pool after its read, so
/// the pool's own limits apply to it too: it closes connections past their
/// lifetime (30 minutes), which keeps a server process from growing
/// forever.
pub const HOLD_AT_MOST: Duration = Duration::from_secs(10 * 60);

enum Conn {
    Sqlite(PoolConnection<Sqlite>),
    Postgres(PoolConnection<Postgres>),
}

#[derive(Default)]
struct Held {
    /// Last used last: the busiest connections stay, the rest age out.
    idle: Vec<Idle>,
    /// Connections out of the pool: idle here or in a read.
    count: usize,
}

struct Idle {
    conn: Conn,
    /// When it came out of the pool.
    taken: Instant,
    /// When its last read ended.
    used: Instant,
}

pub struct HeldReads {
    db: DatabaseConnection,
    max: usize,
    hold_at_most: Duration,
    held: Mutex<Held>,
}

impl HeldReads {
    /// Keeps up to `max` of `db`'s pooled connections (zero: none, every
    /// read takes the pool's path).
    pub fn new(db: DatabaseConnection, max: usize) -> Self {
        HeldReads {
            db,
            max,
            hold_at_most: HOLD_AT_MOST,
            held: Mutex::default(),
        }
    }

    /// Gives each connection back after `d` held instead of
    /// [`HOLD_AT_MOST`].
    pub fn holding_at_most(mut self, d: Duration) -> Self {
        self.hold_at_most = d;
        self
    }

    /// How many connections are out of the pool now.
    pub fn held(&self) -> usize {
        self.lock().count
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Held> {
        self.held.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A held connection, or a new one taken from the pool's idle ones if
    /// fewer than `max` are held; `None` sends the read the pool's way.
    fn take(&self) -> Option<Lease<'_>> {
        let mut stale = Vec::new();
        let mut held = self.lock();
        let reused = loop {
            match held.idle.pop() {
                Some(idle) if idle.used.elapsed() <= PING_WHEN_IDLE => {
                    break Some((idle.conn, idle.taken))
                }
                Some(idle) => {
                    held.count -= 1;
                    stale.push(idle.conn);
                }
                None => break None,
            }
        };
        let conn = match reused {
            Some(conn) => Some(conn),
            None if held.count < self.max => {
                let conn = self.idle_in_pool();
                if conn.is_some() {
                    held.count += 1;
                }
                conn.map(|conn| (conn, Instant::now()))
            }
            None => None,
        };
        drop(held);
        // Back to the pool (its drop spawns the ping), outside the lock.
        drop(stale);
        conn.map(|(conn, taken)| Lease {
            reads: self,
            conn: Some(conn),
            taken,
        })
    }

    fn idle_in_pool(&self) -> Option<Conn> {
        match &self.db {
            DatabaseConnection::SqlxSqlitePoolConnection(_) => self
                .db
                .get_sqlite_connection_pool()
                .try_acquire()
                .map(Conn::Sqlite),
            DatabaseConnection::SqlxPostgresPoolConnection(_) => self
                .db
                .get_postgres_connection_pool()
                .try_acquire()
                .map(Conn::Postgres),
            _ => None,
        }
    }

    async fn query(&self, stmt: Statement, all: bool) -> Result<Vec<QueryResult>, DbErr> {
        if let Some(mut lease) = self.take() {
            match lease.run(&stmt, all).await {
                Ok(rows) => {
                    lease.keep();
                    return Ok(rows);
                }
                // The statement's own error: the connection is fine.
                Err(sqlx::Error::Database(e)) if !crate::error::connection_gone(e.as_ref()) => {
                    let e = sqlx::Error::Database(e);
                    lease.keep();
                    return Err(DbErr::Query(RuntimeErr::SqlxError(e)));
                }
                Err(e) => {
                    tracing::warn!(error = %e, "a held connection failed; reading through the pool");
                }
            }
        }
        if all {
            self.db.query_all(stmt).await
        } else {
            Ok(self.db.query_one(stmt).await?.into_iter().collect())
        }
    }
}

/// A connection in use. Dropped without [`Lease::keep`] (a failed or
/// cancelled read), it goes back to the pool, which tests it.
struct Lease<'a> {
    reads: &'a HeldReads,
    conn: Option<Conn>,
    taken: Instant,
}

impl Lease<'_> {
    async fn run(&mut self, stmt: &Statement, all: bool) -> Result<Vec<QueryResult>, sqlx::Error> {
        let values = SqlxValues(stmt.values.clone().unwrap_or(sea_orm::Values(Vec::new())));
        let query = &stmt.sql;
        // The same calls on two connection types.
        macro_rules! fetch {
            ($conn:expr) => {{
                let q = sqlx::query_with(query, values);
                let rows: Vec<QueryResult> = if all {
                    q.fetch_all($conn)
                        .await?
                        .into_iter()
                        .map(Into::into)
                        .collect()
                } else {
                    q.fetch_optional($conn)
                        .await?
                        .into_iter()
                        .map(Into::into)
                        .collect()
                };
                rows
            }};
        }
        Ok(match self.conn.as_mut() {
            Some(Conn::Sqlite(c)) => fetch!(&mut **c),
            Some(Conn::Postgres(c)) => fetch!(&mut **c),
            // Only `keep` and the drop take it, and both end the lease.
            None => return Err(sqlx::Error::PoolClosed),
        })
    }

    /// After a read that left the connection fine: held for the next one,
    /// or, held past its time, given back to the pool (on drop).
    fn keep(mut self) {
        if self.taken.elapsed() >= self.reads.hold_at_most {
            return;
        }
        if let Some(conn) = self.conn.take() {
            self.reads.lock().idle.push(Idle {
                conn,
                taken: self.taken,
                used: Instant::now(),
            });
        }
    }
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        if let Some(conn) = self.conn.take() {
            self.reads.lock().count -= 1;
            drop(conn);
        }
    }
}

impl Drop for HeldReads {
    fn drop(&mut self) {
        let idle = std::mem::take(&mut self.lock().idle);
        if tokio::runtime::Handle::try_current().is_err() {
            // A pooled connection's drop spawns its return to the pool,
            // which needs a runtime; without one the process is ending and
            // they close with it.
            std::mem::forget(idle);
        }
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for HeldReads {
    fn get_database_backend(&self) -> DbBackend {
        self.db.get_database_backend()
    }

    /// Writes take the pool's path.
    async fn execute(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.db.execute(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.db.execute_unprepared(sql).await
    }

    async fn query_one(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        Ok(self.query(stmt, false).await?.pop())
    }

    async fn query_all(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.query(stmt, true).await
    }

    fn support_returning(&self) -> bool {
        self.db.support_returning()
    }
}
