//! App-wide state, provided once as context.

pub mod auth;

pub use auth::{provide_auth, use_auth, AuthState, SessionEnd};
