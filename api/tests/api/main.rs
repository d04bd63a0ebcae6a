#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The API's integration tests: one binary, each test on its own server and
//! its own database (SQLite by default, PostgreSQL with TEST_DATABASE_URL).

mod helpers;

mod auth_login;
mod auth_register;
mod auth_tokens;
mod blocks;
mod bookings;
mod catalogue;
mod health;
mod me;
mod openapi;
mod password_reset;
mod payments;
mod requests;
mod users;
