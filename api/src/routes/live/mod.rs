//! Live updates: the WebSocket and the same feed for polling clients.

pub mod events;
pub mod ws;
