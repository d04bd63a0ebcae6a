//! Aruna Moment API: the library behind the `api` binary, the tests and the
//! OpenAPI generator. `startup::Application` is the one way to build the server.

pub mod audit;
pub mod auth;
pub mod bench_data;
pub mod booking;
pub mod chat;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod entities;
pub mod error;
pub mod etag;
pub mod invoice;
pub mod jobs;
pub mod json_objects;
pub mod live;
pub mod mail;
pub mod notify;
pub mod openapi;
pub mod portfolio;
pub mod proof_scan;
pub mod ratelimit;
pub mod repo;
pub mod reports;
pub mod routes;
pub mod seed;
pub mod seed_bookings;
pub mod seed_catalogue;
pub mod site;
pub mod spa;
pub mod startup;
pub mod state;
pub mod stats;
pub mod storage;
pub mod telemetry;
