pub mod create;
pub mod decide;
pub mod list;
