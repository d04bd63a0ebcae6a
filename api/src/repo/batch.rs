//! Writes whose results the caller does not need, sent together.
//!
//! With SQLite every statement is a round trip to the connection's own
//! thread: about 100 µs of thread switching on these machines, against
//! 15–30 µs of SQL for a small insert, and inside a write transaction all of
//! it holds the database's one write lock. A batch sends its statements as
//! one multi-statement call (sqlx runs them in order on that thread, binding
//! each statement's parameters in turn). PostgreSQL cannot take parameters
//! for more than one statement at a time, so there they run one by one.

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement, Value};

/// Statements to run in order, in the caller's transaction.
pub struct Batch {
    backend: DbBackend,
    statements: Vec<Statement>,
}

impl Batch {
    pub fn new(db: &impl ConnectionTrait) -> Self {
        Batch {
            backend: db.get_database_backend(),
            statements: Vec::new(),
        }
    }

    pub fn backend(&self) -> DbBackend {
        self.backend
    }

    pub fn push(&mut self, statement: Statement) {
        self.statements.push(statement);
    }

    /// `INSERT` of one row, without reading it back.
    pub fn insert<A>(&mut self, model: A)
    where
        A: sea_orm::ActiveModelTrait,
    {
        self.push(super::insert_sql::insert(self.backend, model));
    }

    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    pub async fn run(self, db: &impl ConnectionTrait) -> Result<(), DbErr> {
        if self.backend != DbBackend::Sqlite || self.statements.len() < 2 {
            for statement in self.statements {
                db.execute(statement).await?;
            }
            return Ok(());
        }
        let mut sql = String::new();
        let mut values: Vec<Value> = Vec::new();
        for statement in self.statements {
            sql.push_str(&statement.sql);
            sql.push_str(";\n");
            values.extend(statement.values.map(|v| v.0).unwrap_or_default());
        }
        db.execute(Statement::from_sql_and_values(self.backend, sql, values))
            .await?;
        Ok(())
    }
}
