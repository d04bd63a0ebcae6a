//! Saving a file the API serves only with the bearer token, which a plain
//! link cannot send: the bytes are fetched, put in a `Blob` and saved
//! through a temporary object URL and `<a download>`.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::proof::{blob_url, revoke};
use super::Spinner;
use crate::api::ApiError;
use crate::i18n;

/// Saves `bytes` as file `name` through a temporary `<a download>`.
pub fn save(bytes: &[u8], content_type: &str, name: &str) -> Result<(), ApiError> {
    let url = blob_url(bytes, content_type)?;
    let doc = document();
    let clicked = doc
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok())
        .and_then(|a| {
            a.set_attribute("href", &url).ok()?;
            a.set_attribute("download", name).ok()?;
            a.set_attribute("hidden", "").ok()?;
            let body = doc.body()?;
            body.append_child(&a).ok()?;
            a.click();
            body.remove_child(&a).ok()?;
            Some(())
        });
    // The browser reads the URL after this task; give it time before freeing it.
    let later = url.clone();
    set_timeout(move || revoke(&later), Duration::from_secs(60));
    clicked.ok_or(ApiError::Decode)
}

/// A download button (`#id`): a spinner and "Mengunduh…" while `busy`,
/// disabled while any download of its group runs.
#[component]
pub fn DownloadButton(
    id: &'static str,
    label: &'static str,
    #[prop(into)] busy: Signal<bool>,
    #[prop(into)] disabled: Signal<bool>,
    on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="btn btn-ghost"
            id=id
            data-testid=id
            disabled=move || disabled.get()
            aria-busy=move || busy.get().to_string()
            on:click=move |_| on_click.run(())
        >
            {move || if busy.get() {
                view! { <Spinner/><span>{i18n::DOWNLOADING()}</span> }.into_any()
            } else {
                view! { <DownloadIcon/><span>{label}</span> }.into_any()
            }}
        </button>
    }
}

#[component]
pub fn DownloadIcon() -> impl IntoView {
    view! {
        <svg class="btn-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <path d="M12 4v11m0 0l-4.5-4.5M12 15l4.5-4.5M5 19h14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
