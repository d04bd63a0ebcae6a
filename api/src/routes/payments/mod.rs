pub mod approve;
pub mod list_for_booking;
pub mod proof;
pub mod queue;
pub mod reject;
pub mod upload;
