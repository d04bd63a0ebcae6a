//! Booking rules that need the server: the slot arithmetic, the studio's
//! local calendar, and the transaction that creates a booking without races.

pub mod calendar;
pub mod create;
pub mod invoice;
pub mod slots;
pub mod transition;
