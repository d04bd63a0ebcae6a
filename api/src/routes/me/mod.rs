pub mod get;
pub mod password;
pub mod update;
