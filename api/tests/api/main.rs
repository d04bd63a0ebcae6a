#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The API's integration tests: one binary, each test on its own server and
//! its own database (SQLite by default, PostgreSQL with TEST_DATABASE_URL).

mod helpers;
mod scene;

mod account_refresh;
mod audit;
mod auth_login;
mod auth_register;
mod auth_tokens;
mod batch;
mod blocks;
mod bookings;
mod caching;
mod catalogue;
mod chat;
mod clients;
mod crash;
mod exports;
mod faults;
mod health;
mod held_reads;
mod hostile_uploads;
mod invoices;
mod live;
mod logs;
mod me;
mod migrations;
mod notifications;
mod openapi;
mod outbox;
mod ownership;
mod password_reset;
mod payments;
mod portfolio;
mod reminders;
mod replicas;
mod requests;
mod role_matrix;
mod schema_fuzz;
mod site;
mod staff;
mod stats;
mod testimonials;
mod users;
mod whatsapp;
