//! The share button (`#share-button`): the device's share sheet where there
//! is one (phones), else the link copied to the clipboard.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::ShareData;

use crate::i18n;

/// Whether `object` has a property `name` (an API the browser may lack).
fn has(object: &JsValue, name: &str) -> bool {
    js_sys::Reflect::has(object, &JsValue::from_str(name)).unwrap_or(false)
        && js_sys::Reflect::get(object, &JsValue::from_str(name))
            .is_ok_and(|v| !v.is_undefined() && !v.is_null())
}

/// What sharing did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shared {
    /// The share sheet took it (or the user closed it).
    Sheet,
    Copied,
    Failed,
}

async fn share(title: &str, url: &str) -> Shared {
    let navigator = window().navigator();
    if has(&navigator, "share") {
        let data = ShareData::new();
        data.set_title(title);
        data.set_url(url);
        match JsFuture::from(navigator.share_with_data(&data)).await {
            Ok(_) => return Shared::Sheet,
            // Closing the sheet is a choice, not a failure.
            Err(e) if error_name(&e).as_deref() == Some("AbortError") => return Shared::Sheet,
            Err(_) => {}
        }
    }
    if !has(&navigator, "clipboard") {
        return Shared::Failed;
    }
    match JsFuture::from(navigator.clipboard().write_text(url)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}

fn error_name(e: &JsValue) -> Option<String> {
    js_sys::Reflect::get(e, &JsValue::from_str("name"))
        .ok()
        .and_then(|v| v.as_string())
}

/// Shares `path` (site-relative) under `title`.
#[component]
pub fn ShareButton(title: String, path: String) -> impl IntoView {
    let status = RwSignal::new(None::<Shared>);
    let busy = RwSignal::new(false);
    let on_click = move |_| {
        if busy.get_untracked() {
            return;
        }
        let url = format!("{}{path}", window().location().origin().unwrap_or_default());
        let title = title.clone();
        busy.set(true);
        spawn_local(async move {
            let outcome = share(&title, &url).await;
            let _ = busy.try_set(false);
            if outcome == Shared::Sheet {
                return;
            }
            let _ = status.try_set(Some(outcome));
            gloo_timers::future::TimeoutFuture::new(3_000).await;
            let _ = status.try_set(None);
        });
    };
    view! {
        <span class="share">
            <button type="button" id="share-button" class="btn btn-ghost btn-small" aria-busy=move || busy.get().to_string() on:click=on_click>
                <ShareIcon/>
                <span>{i18n::SHARE()}</span>
            </button>
            <span class="share-status" id="share-status" role="status" aria-live="polite">
                {move || match status.get() {
                    Some(Shared::Copied) => i18n::LINK_COPIED(),
                    Some(Shared::Failed) => i18n::LINK_COPY_FAILED(),
                    _ => "",
                }}
            </span>
        </span>
    }
}

#[component]
fn ShareIcon() -> impl IntoView {
    view! {
        <svg class="share-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <circle cx="18" cy="5.5" r="2.5" fill="none" stroke="currentColor" stroke-width="1.8"/>
            <circle cx="6" cy="12" r="2.5" fill="none" stroke="currentColor" stroke-width="1.8"/>
            <circle cx="18" cy="18.5" r="2.5" fill="none" stroke="currentColor" stroke-width="1.8"/>
            <path d="M8.2 10.8l7.6-4.1M8.2 13.2l7.6 4.1" stroke="currentColor" stroke-width="1.8"/>
        </svg>
    }
}
