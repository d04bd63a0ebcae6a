//! Writes whose results the caller does not need, sent together.
//!
//! With SQLite every statement is a round trip to the connection's own
//! thread: about 100 µs of thread switching on these machines, against
//! 15–30 µs of SQL for a small insert, and inside a write transaction all of
//! it holds the database's one write lock. A batch sends its statements as
//! one multi-statement call (sqlx runs them in order on that thread, binding
//! each statement's parameters in turn). PostgreSQL cannot take parameters
//! for more than one statement at a time, so there the values are written
//! into the text as literals and the batch goes as one simple-protocol
//! query ([`super::pg_inline`]); one it cannot write runs statement by
//! statement. Either way a batch leaves out what would repeat within it: a
//! lock the transaction already holds, a notification already queued.

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement, Value};

/// Statements to run in order, in the caller's transaction.
pub struct Batch {
    backend: DbBackend,
    statements: Vec<Statement>,
    /// Run once each, after the others.
    last: Vec<Statement>,
}

impl Batch {
    pub fn new(db: &impl ConnectionTrait) -> Self {
        Batch {
            backend: db.get_database_backend(),
            statements: Vec::new(),
            last: Vec::new(),
        }
    }

    pub fn backend(&self) -> DbBackend {
        self.backend
    }

    pub fn push(&mut self, statement: Statement) {
        self.statements.push(statement);
    }

    /// [`Batch::push`], unless the same statement is already in the batch:
    /// for one whose effect lasts the whole transaction (taking a lock).
    pub fn push_once(&mut self, statement: Statement) {
        if !self.statements.contains(&statement) {
            self.push(statement);
        }
    }

    /// Runs `statement` once, after the rest of the batch, however often it
    /// is queued: for one that takes effect only at commit (a notification
    /// to listeners).
    pub fn push_last_once(&mut self, statement: Statement) {
        if !self.last.contains(&statement) {
            self.last.push(statement);
        }
    }

    /// `INSERT` of one row, without reading it back.
    pub fn insert<A>(&mut self, model: A)
    where
        A: sea_orm::ActiveModelTrait,
    {
        self.push(super::insert_sql::insert(self.backend, model));
    }

    pub fn is_empty(&self) -> bool {
        self.statements.is_empty() && self.last.is_empty()
    }

    /// The statements in the order they run.
    fn in_order(mut self) -> Vec<Statement> {
        self.statements.append(&mut self.last);
        self.statements
    }

    pub async fn run(self, db: &impl ConnectionTrait) -> Result<(), DbErr> {
        let backend = self.backend;
        let statements = self.in_order();
        if backend == DbBackend::Postgres && statements.len() > 1 {
            if let Some(sql) = super::pg_inline::inline(&statements) {
                db.execute_unprepared(&sql).await?;
                return Ok(());
            }
        }
        if backend != DbBackend::Sqlite || statements.len() < 2 {
            for statement in statements {
                db.execute(statement).await?;
            }
            return Ok(());
        }
        let mut sql = String::new();
        let mut values: Vec<Value> = Vec::new();
        for statement in statements {
            sql.push_str(&statement.sql);
            sql.push_str(";\n");
            values.extend(statement.values.map(|v| v.0).unwrap_or_default());
        }
        db.execute(Statement::from_sql_and_values(backend, sql, values))
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_is_kept_once_in_place_and_a_notification_once_at_the_end() {
        let pg = |sql: &str| Statement::from_string(DbBackend::Postgres, sql);
        let mut batch = Batch {
            backend: DbBackend::Postgres,
            statements: Vec::new(),
            last: Vec::new(),
        };
        for n in 1..=3 {
            batch.push_once(pg("SELECT pg_advisory_xact_lock(1)"));
            batch.push(pg(&format!("INSERT {n}")));
            batch.push_last_once(pg("SELECT pg_notify('x', '')"));
        }
        let statements = batch.in_order();
        let order: Vec<&str> = statements.iter().map(|s| s.sql.as_str()).collect();
        assert_eq!(
            order,
            [
                "SELECT pg_advisory_xact_lock(1)",
                "INSERT 1",
                "INSERT 2",
                "INSERT 3",
                "SELECT pg_notify('x', '')"
            ]
        );
    }
}
