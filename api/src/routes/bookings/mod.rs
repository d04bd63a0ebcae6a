pub mod cancel;
pub mod create;
pub mod events;
pub mod get;
pub mod invoice;
pub mod list;
