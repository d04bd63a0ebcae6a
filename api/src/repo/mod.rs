//! Queries as free async functions over any connection or transaction.

pub mod bank_accounts;
pub mod bookings;
pub mod clients;
pub mod ordering;
pub mod outbox;
pub mod packages;
pub mod payments;
pub mod requests;
pub mod settings;
pub mod tokens;
pub mod users;

/// An SQL COUNT (signed in every backend) as the unsigned count DTOs carry.
pub fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}
