//! Creating and dropping an index on `bookings` by name, for migrations
//! that replace one index with another.

use sea_orm_migration::prelude::*;

/// `CREATE INDEX name ON bookings (columns…)`.
pub fn create(name: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut idx = Index::create()
        .name(name)
        .table(Alias::new("bookings"))
        .to_owned();
    for c in columns {
        idx.col(Alias::new(*c));
    }
    idx
}

/// `DROP INDEX name`.
pub fn drop(name: &str) -> IndexDropStatement {
    Index::drop()
        .name(name)
        .table(Alias::new("bookings"))
        .to_owned()
}
