//! Queries as free async functions over any connection or transaction.

pub mod outbox;
pub mod tokens;
pub mod users;
