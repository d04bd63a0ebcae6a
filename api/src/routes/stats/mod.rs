//! Back-office statistics (admin and above).

pub mod dashboard;
