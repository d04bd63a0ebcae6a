#![allow(clippy::unwrap_used, clippy::expect_used)]
//! End-to-end tests of the SPA in headless Chromium, driven over WebDriver.
//! They need the built SPA (`cargo xtask build-web`) and Debian's `chromium`
//! and `chromium-driver`, so they are ignored by a plain `cargo test`;
//! `cargo xtask test` runs them with `--ignored`.

#[allow(dead_code)]
#[path = "../api/helpers.rs"]
mod helpers;

mod browser;
mod setup;

mod accessibility;
mod accounts;
mod backoffice;
mod booking;
mod chat;
mod portfolio;
mod public_site;
mod testimonials;
