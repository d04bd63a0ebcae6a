//! Every HTTP call of the SPA. Pages call these typed functions and never build
//! requests themselves.

pub mod auth;
mod client;
mod error;
pub mod me;

pub use error::ApiError;
