//! Reads new feed rows in `seq` order and hands them to this process's
//! sockets. Woken after local commits; polls every second so events written
//! by other processes on the same database arrive too.

use std::sync::Arc;
use std::time::Duration;

use sea_orm::DatabaseConnection;

use super::{feed, Hub};

const BATCH: u64 = 500;

pub async fn run(db: DatabaseConnection, hub: Arc<Hub>) {
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
                    for row in &rows {
                        hub.deliver(row);
                        cursor = row.seq;
                    }
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
