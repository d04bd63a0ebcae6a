//! Queries as free async functions over any connection or transaction.

pub mod bank_accounts;
pub mod bookings;
pub mod outbox;
pub mod packages;
pub mod payments;
pub mod requests;
pub mod settings;
pub mod tokens;
pub mod users;
