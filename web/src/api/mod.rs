//! Every HTTP call of the SPA. Pages call these typed functions and never build
//! requests themselves.

pub mod auth;
pub mod bank_accounts;
pub mod blocks;
pub mod bookings;
pub mod chat;
mod client;
mod error;
pub mod live;
pub mod me;
pub mod notifications;
pub mod packages;
pub mod payments;
pub mod requests;
pub mod settings;
pub mod stats;

pub use error::ApiError;
