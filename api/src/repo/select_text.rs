//! SELECTs whose SQL text is the same at every call: sea-orm builds each
//! one the first time on a backend, and later calls bind their values to
//! that text.
//!
//! sea-query writes every identifier of a statement through `fmt::Write`
//! and a `String::replace`, so a select of a whole row costs tens of
//! thousands of instructions to build before it runs. An invoice PDF that
//! missed the caches built five: 386k of its 974k instructions a request
//! (callgrind).
//!
//! The caller gives the values the statement binds, in its order. Debug
//! builds (every test) build the statement at every call anyway and check
//! that the text and the values are exactly what sea-orm would have run.

use std::sync::OnceLock;

use sea_orm::{DatabaseBackend, QueryTrait, Statement, Value};

/// One select's text, per backend.
#[derive(Default)]
pub struct SelectText {
    sqlite: OnceLock<String>,
    postgres: OnceLock<String>,
}

impl SelectText {
    pub const fn new() -> SelectText {
        SelectText {
            sqlite: OnceLock::new(),
            postgres: OnceLock::new(),
        }
    }

    /// The statement `build` makes on `backend`, with `values` (which must
    /// be the values it binds, in order) bound to its text.
    pub fn statement<Q: QueryTrait>(
        &self,
        backend: DatabaseBackend,
        values: Vec<Value>,
        build: impl FnOnce() -> Q,
    ) -> Statement {
        let cell = match backend {
            DatabaseBackend::Sqlite => &self.sqlite,
            DatabaseBackend::Postgres => &self.postgres,
            DatabaseBackend::MySql => return build().build(backend),
        };
        let bind = |text: String| Statement::from_sql_and_values(backend, text, values);
        if cfg!(debug_assertions) {
            let built = build().build(backend);
            let cached = bind(cell.get_or_init(|| built.sql.clone()).clone());
            assert_eq!(
                cached, built,
                "a cached select is not what sea-orm builds (its text changed, or it was given other values)"
            );
            return built;
        }
        bind(cell.get_or_init(|| build().build(backend).sql).clone())
    }
}

/// The value sea-orm binds for `.one()`'s `LIMIT 1`.
pub fn limit_one() -> Value {
    1u64.into()
}

#[cfg(test)]
mod tests {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
    use uuid::Uuid;

    use super::*;
    use crate::entities::users;

    fn find(id: Uuid) -> sea_orm::Select<users::Entity> {
        users::Entity::find()
            .filter(users::Column::Id.eq(id))
            .limit(1)
    }

    #[test]
    fn later_calls_bind_new_values_to_the_first_text() {
        let cached = SelectText::new();
        for backend in [DatabaseBackend::Sqlite, DatabaseBackend::Postgres] {
            for id in [Uuid::nil(), Uuid::new_v4()] {
                let got = cached.statement(backend, vec![id.into(), limit_one()], || find(id));
                assert_eq!(got, find(id).build(backend));
            }
        }
    }

    #[test]
    #[should_panic(expected = "other values")]
    fn values_that_are_not_the_statements_are_caught_in_tests() {
        let cached = SelectText::new();
        let id = Uuid::new_v4();
        cached.statement(DatabaseBackend::Sqlite, vec![id.into()], || find(id));
    }
}
