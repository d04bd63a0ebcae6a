//! A transfer proof shown inline. The file needs the bearer token, which an
//! `<img src>` cannot send, so it is fetched into a `Blob` and shown through
//! an object URL that is revoked when the preview goes away.

use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;
use web_sys::{Blob, BlobPropertyBag, Url};

use super::Spinner;
use crate::api::{self, ApiError};
use crate::i18n;
use crate::state::use_auth;

/// An object URL for `bytes` of type `content_type`.
pub fn blob_url(bytes: &[u8], content_type: &str) -> Result<String, ApiError> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = BlobPropertyBag::new();
    options.set_type(content_type);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| ApiError::Decode)?;
    Url::create_object_url_with_blob(&blob).map_err(|_| ApiError::Decode)
}

pub fn revoke(url: &str) {
    let _ = Url::revoke_object_url(url);
}

#[derive(Debug, Clone, PartialEq)]
struct Loaded {
    url: String,
    content_type: String,
}

/// The proof of payment `payment_id`: the image itself, or for a PDF buttons
/// that open or download it.
#[component]
pub fn ProofPreview(payment_id: Uuid, #[prop(into)] code: String) -> impl IntoView {
    let auth = use_auth();
    let state = RwSignal::new(None::<Result<Loaded, ApiError>>);
    let load = move || {
        state.set(None);
        spawn_local(async move {
            let result =
                api::payments::proof(auth, payment_id)
                    .await
                    .and_then(|(bytes, content_type)| {
                        Ok(Loaded {
                            url: blob_url(&bytes, &content_type)?,
                            content_type,
                        })
                    });
            // The preview may be gone by now: then nobody else frees the URL.
            if let Some(Some(Ok(orphan))) = state.try_set(Some(result)) {
                revoke(&orphan.url);
            }
        });
    };
    load();
    on_cleanup(move || {
        if let Some(Some(Ok(loaded))) = state.try_get_untracked() {
            revoke(&loaded.url);
        }
    });

    let file_name = format!("bukti-{code}");
    move || {
        match state.get() {
        None => view! {
            <div class="proof proof-loading" aria-busy="true">
                <Spinner/><span>{i18n::PROOF_LOADING()}</span>
            </div>
        }
        .into_any(),
        Some(Err(err)) => view! {
            <div class="proof proof-error" role="alert">
                <p>{i18n::PROOF_LOAD_FAILED()}" "{err.message()}</p>
                <button type="button" class="btn btn-ghost btn-small" on:click=move |_| load()>{i18n::RETRY()}</button>
            </div>
        }
        .into_any(),
        Some(Ok(loaded)) if loaded.content_type.starts_with("image/") => {
            let href = loaded.url.clone();
            view! {
                <a class="proof proof-image" href=href target="_blank" rel="noopener" title=i18n::PROOF_OPEN_FULL()>
                    <img src=loaded.url alt=i18n::PROOF_ALT() data-testid="proof-image"/>
                </a>
            }
            .into_any()
        }
        Some(Ok(loaded)) => {
            let download = format!("{file_name}.pdf");
            let open = loaded.url.clone();
            view! {
                <div class="proof proof-pdf" data-testid="proof-pdf">
                    <PdfIcon/>
                    <p>{i18n::PROOF_PDF()}</p>
                    <div class="proof-actions">
                        <a class="btn btn-ghost btn-small" href=open target="_blank" rel="noopener">{i18n::PROOF_OPEN_PDF()}</a>
                        <a class="btn btn-ghost btn-small" href=loaded.url download=download>{i18n::PROOF_DOWNLOAD()}</a>
                    </div>
                </div>
            }
            .into_any()
        }
    }
    }
}

#[component]
pub fn PdfIcon() -> impl IntoView {
    view! {
        <svg class="pdf-icon" viewBox="0 0 40 48" width="40" height="48" aria-hidden="true" focusable="false">
            <path d="M4 3h22l10 10v32H4z" fill="#fff" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>
            <path d="M26 3v10h10" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>
            <text x="20" y="35" text-anchor="middle" font-size="10" font-family="sans-serif" font-weight="700" fill="currentColor">"PDF"</text>
        </svg>
    }
}
