//! The portfolio: public reading, admin writing, client likes.

pub mod categories;
pub mod images;
pub mod likes;
pub mod read;
pub mod write;
