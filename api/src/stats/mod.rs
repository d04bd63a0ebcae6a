//! Back-office figures, each an SQL aggregate; nothing here loads rows to
//! count them in Rust. The dashboard's booking counts and revenue read
//! running totals kept by triggers, so their cost does not grow with the
//! studio's history; the rest scan what their indexes select.

pub mod cache;
pub mod dashboard;
pub mod months;
