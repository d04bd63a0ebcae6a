pub mod login;
pub mod logout;
pub mod password_forgot;
pub mod password_reset;
pub mod refresh;
pub mod register;
pub mod session;
