//! App-wide state, provided once as context.

pub mod auth;
pub mod live;

pub use auth::{provide_auth, use_auth, AuthState, SessionEnd};
pub use live::{
    on_booking_update, on_chat, on_notifications_change, provide_live, use_live, LiveState,
};
