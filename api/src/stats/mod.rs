//! Back-office figures, each an SQL aggregate; nothing here loads rows to
//! count them in Rust, so the cost does not grow with the studio's history
//! beyond what the indexes scan.

pub mod cache;
pub mod dashboard;
pub mod months;
