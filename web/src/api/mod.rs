//! Every HTTP call of the SPA. Pages call these typed functions and never build
//! requests themselves.

pub mod audit;
pub mod auth;
pub mod bank_accounts;
pub mod blocks;
pub mod bookings;
pub mod chat;
mod client;
pub mod clients;
mod error;
pub mod live;
pub mod me;
pub mod notifications;
pub mod packages;
pub mod payments;
pub mod portfolio;
pub mod reports;
pub mod requests;
pub mod settings;
pub mod site;
pub mod stats;
pub mod testimonials;
mod upload;
pub mod users;

pub(crate) use client::encode;
pub use error::ApiError;
