//! A user's own notifications: list, unread count, mark read.

pub mod list;
pub mod read;
