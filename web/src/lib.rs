//! Aruna Moment's single-page app: Leptos 0.8 in client-side rendering mode.
//!
//! `pkg/boot-<hash>.js` (written by `cargo xtask build-web`) loads the
//! wasm-bindgen glue; instantiating the module runs [`start`].

mod api;
mod app;
mod components;
mod i18n;
mod pages;
mod state;

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
    // The first view is rendered: `bench/spa.py` reads this mark's startTime
    // as the time from navigation start until the app is interactive.
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("aruna-interactive");
    }
}
