//! A client's booking list (and the crew's view of one client) sorts by
//! event date, then creation time. With `(client_id, created_at)` SQLite
//! read every one of the client's bookings into a temporary B-tree to sort
//! them before taking a page; with the list's order in the index a page is
//! the first entries of a backward index scan, however long the client's
//! history. The old index served nothing the new one does not: every read
//! that filters on `client_id` either orders by this key or by none.
//! Measured (callgrind, a client's list of 20 of their 25 bookings, every
//! request a cache miss, SQLite): 1,381k → 1,186k instructions a request.

use sea_orm_migration::prelude::*;

use crate::bookings_index::{create, drop};

#[derive(DeriveMigrationName)]
pub struct Migration;

const NEW: &str = "idx_bookings_client_date_created";
const OLD: &str = "idx_bookings_client_created";

const NEW_COLUMNS: [&str; 3] = ["client_id", "event_date", "created_at"];
const OLD_COLUMNS: [&str; 2] = ["client_id", "created_at"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_index(create(NEW, &NEW_COLUMNS)).await?;
        manager.drop_index(drop(OLD)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_index(create(OLD, &OLD_COLUMNS)).await?;
        manager.drop_index(drop(NEW)).await
    }
}
