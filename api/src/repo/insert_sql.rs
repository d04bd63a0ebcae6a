//! `INSERT` statements of one row, with their text written once per shape.
//!
//! sea-orm builds an insert through sea-query, which writes every table
//! and column name through `fmt::Write`: building a booking's creation
//! batch (the booking, its history line, notifications, emails and live
//! events) took ~350k instructions a request (callgrind), all of it while
//! SQLite's one write lock was held. The text of an insert depends only on
//! the table, the backend and which columns are set, so it is written the
//! first time and then reused; the values are bound as before.

use std::any::TypeId;
use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use sea_orm::{
    ActiveModelTrait, ActiveValue, DbBackend, EntityTrait, IdenStatic, Iterable, QueryTrait,
    Statement,
};

/// Which entity, which backend (`1` PostgreSQL, `0` SQLite), which columns.
type Shape = (TypeId, u8, u64);

static TEXTS: LazyLock<RwLock<HashMap<Shape, String>>> = LazyLock::new(RwLock::default);

/// The `INSERT` of `model`'s set columns, as sea-orm's
/// `Entity::insert(model).build(backend)` writes it.
pub fn insert<A: ActiveModelTrait>(backend: DbBackend, mut model: A) -> Statement {
    // MySQL quotes names otherwise, and a set of more than 64 columns is
    // not a shape this cache can name: sea-orm writes those.
    if backend == DbBackend::MySql || <A::Entity as EntityTrait>::Column::iter().count() > 64 {
        return <A::Entity as EntityTrait>::insert(model).build(backend);
    }
    let mut set = 0u64;
    let mut values = Vec::new();
    for (i, column) in <A::Entity as EntityTrait>::Column::iter().enumerate() {
        if let ActiveValue::Set(v) | ActiveValue::Unchanged(v) = model.take(column) {
            set |= 1 << i;
            values.push(v);
        }
    }
    if set == 0 {
        // `DEFAULT VALUES`: nothing was taken, sea-orm writes it.
        return <A::Entity as EntityTrait>::insert(model).build(backend);
    }
    let shape = (
        TypeId::of::<A::Entity>(),
        u8::from(backend == DbBackend::Postgres),
        set,
    );
    let cached = TEXTS
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .get(&shape)
        .cloned();
    let sql = cached.unwrap_or_else(|| {
        let sql = text::<A::Entity>(backend, set);
        TEXTS
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(shape, sql.clone());
        sql
    });
    Statement::from_sql_and_values(backend, sql, values)
}

/// `INSERT INTO "table" ("a", "b") VALUES (?, ?)`, numbered `$1, $2` on
/// PostgreSQL.
fn text<E: EntityTrait>(backend: DbBackend, set: u64) -> String {
    let mut sql = format!("INSERT INTO \"{}\" (", E::default().table_name());
    let mut n = 0;
    for (i, column) in E::Column::iter().enumerate() {
        if set & (1 << i) != 0 {
            if n > 0 {
                sql.push_str(", ");
            }
            sql.push('"');
            sql.push_str(column.as_str());
            sql.push('"');
            n += 1;
        }
    }
    sql.push_str(") VALUES (");
    for i in 1..=n {
        if i > 1 {
            sql.push_str(", ");
        }
        if backend == DbBackend::Sqlite {
            sql.push('?');
        } else {
            sql.push_str(&format!("${i}"));
        }
    }
    sql.push(')');
    sql
}

#[cfg(test)]
mod tests {
    use chrono::{FixedOffset, TimeZone};
    use sea_orm::{NotSet, Set};
    use uuid::Uuid;

    use super::*;
    use crate::entities::{booking_events, live_events, notifications};

    fn at() -> chrono::DateTime<FixedOffset> {
        FixedOffset::east_opt(7 * 3600)
            .and_then(|tz| tz.with_ymd_and_hms(2026, 11, 28, 9, 30, 0).single())
            .expect("a valid time")
    }

    /// The same text and values as sea-orm, written and then from the cache.
    fn same_as_sea_orm<A: ActiveModelTrait + Clone>(model: A) {
        for backend in [DbBackend::Sqlite, DbBackend::Postgres] {
            let theirs = <A::Entity as EntityTrait>::insert(model.clone()).build(backend);
            for _ in 0..2 {
                let ours = insert(backend, model.clone());
                assert_eq!(ours.sql, theirs.sql, "{backend:?}");
                assert_eq!(ours.values, theirs.values, "{backend:?}");
                assert_eq!(ours.db_backend, backend);
            }
        }
    }

    #[test]
    fn every_column_set_including_nulls() {
        same_as_sea_orm(booking_events::ActiveModel {
            id: Set(Uuid::from_u128(1)),
            booking_id: Set(Uuid::from_u128(2)),
            actor_id: Set(None),
            actor_role: Set(Some("client".into())),
            from_status: Set(None),
            to_status: Set("waiting_payment".into()),
            note: Set(Some("catatan".into())),
            created_at: Set(at()),
        });
    }

    #[test]
    fn a_column_left_to_the_database_is_left_out() {
        same_as_sea_orm(live_events::ActiveModel {
            seq: NotSet,
            user_id: Set(Some(Uuid::from_u128(3))),
            crew: Set(false),
            payload: Set("{}".into()),
            created_at: Set(at()),
        });
        // The same table with another set of columns is another text.
        same_as_sea_orm(live_events::ActiveModel {
            seq: NotSet,
            user_id: NotSet,
            crew: Set(true),
            payload: Set("{\"a\":1}".into()),
            created_at: Set(at()),
        });
    }

    #[test]
    fn a_model_read_back_inserts_as_unchanged_values() {
        same_as_sea_orm(notifications::ActiveModel::from(notifications::Model {
            id: Uuid::from_u128(4),
            user_id: Uuid::from_u128(5),
            kind: "booking_created".into(),
            title: "Booking ODR-2026-00001 dibuat".into(),
            body: "Terima kasih!".into(),
            link: None,
            booking_id: Some(Uuid::from_u128(6)),
            read_at: None,
            created_at: at(),
        }));
    }

    #[test]
    fn nothing_set_is_left_to_sea_orm() {
        same_as_sea_orm(<live_events::ActiveModel as Default>::default());
    }
}
