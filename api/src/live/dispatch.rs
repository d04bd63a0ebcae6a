//! Reads new feed rows in `seq` order and hands them to this process's
//! sockets. Woken after local commits and, on PostgreSQL, by `NOTIFY` from
//! any process on the same database (so replicas behind a load balancer
//! deliver at once); polls every second as a safety net.

use std::sync::Arc;
use std::time::Duration;

use sea_orm::sqlx::postgres::{PgListener, PgPool};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend};

use super::{feed, Hub};
use crate::read_cache::Writes;

const BATCH: u64 = 500;

/// New rows are also the word that some process (this one or a replica)
/// changed something: `writes` is bumped before they are delivered, so a
/// client that reloads on an event never gets an answer the read caches
/// kept from before it.
pub async fn run(db: DatabaseConnection, hub: Arc<Hub>, writes: Arc<Writes>) {
    if db.get_database_backend() == DbBackend::Postgres {
        tokio::spawn(listen(
            db.get_postgres_connection_pool().clone(),
            hub.clone(),
        ));
    }
    let mut cursor = loop {
        match feed::last_seq(&db).await {
            Ok(seq) => break seq,
            Err(e) => {
                tracing::error!(error = ?e, "live feed unreadable; retrying");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    };
    loop {
        tokio::select! {
            _ = hub.wake.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
        }
        loop {
            match feed::list_all(&db, cursor, BATCH).await {
                Ok(rows) => {
                    if !rows.is_empty() {
                        writes.bump();
                    }
                    for row in &rows {
                        hub.deliver(row);
                        cursor = row.seq;
                    }
                    hub.delivered
                        .store(cursor, std::sync::atomic::Ordering::Release);
                    if (rows.len() as u64) < BATCH {
                        break;
                    }
                }
                Err(e) => {
                    tracing::error!(error = ?e, "live dispatch failed");
                    break;
                }
            }
        }
    }
}

/// Wakes the dispatcher on every `NOTIFY live_events`, reconnecting after
/// the database goes away.
async fn listen(pool: PgPool, hub: Arc<Hub>) {
    loop {
        match PgListener::connect_with(&pool).await {
            Ok(mut listener) => match listener.listen(feed::CHANNEL).await {
                Ok(()) => loop {
                    match listener.recv().await {
                        Ok(_) => hub.wake.notify_one(),
                        Err(e) => {
                            tracing::warn!(error = %e, "live NOTIFY listener lost; reconnecting");
                            break;
                        }
                    }
                },
                Err(e) => tracing::warn!(error = %e, "LISTEN live_events failed"),
            },
            Err(e) => tracing::warn!(error = %e, "live NOTIFY listener cannot connect"),
        }
        // Missed notifications only cost the one-second poll meanwhile.
        hub.wake.notify_one();
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
