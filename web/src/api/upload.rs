//! Multipart uploads through `XMLHttpRequest`, the one browser API that
//! reports upload progress (transfer proofs, portfolio images).

use std::rc::Rc;

use serde::de::DeserializeOwned;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{FormData, ProgressEvent, XmlHttpRequest};

use super::client;
use super::ApiError;
use crate::state::AuthState;

/// POSTs the form `make_form` builds to `url` (a full path, `/api/v1/…`),
/// calling `on_progress(sent, total)` in bytes as it goes. Renews the session
/// and sends again once when the token is refused, like `authed`; the form is
/// built anew for the second try.
pub(crate) async fn post_form<T: DeserializeOwned>(
    auth: AuthState,
    url: &str,
    make_form: impl Fn() -> Result<FormData, ApiError>,
    on_progress: impl Fn(f64, f64) + 'static,
) -> Result<T, ApiError> {
    form_request("POST", auth, url, make_form, on_progress).await
}

/// [`post_form`] with `PUT`, for uploads that replace a resource.
pub(crate) async fn put_form<T: DeserializeOwned>(
    auth: AuthState,
    url: &str,
    make_form: impl Fn() -> Result<FormData, ApiError>,
    on_progress: impl Fn(f64, f64) + 'static,
) -> Result<T, ApiError> {
    form_request("PUT", auth, url, make_form, on_progress).await
}

async fn form_request<T: DeserializeOwned>(
    method: &'static str,
    auth: AuthState,
    url: &str,
    make_form: impl Fn() -> Result<FormData, ApiError>,
    on_progress: impl Fn(f64, f64) + 'static,
) -> Result<T, ApiError> {
    let on_progress: Rc<dyn Fn(f64, f64)> = Rc::new(on_progress);
    let token = client::access_token(auth).await?;
    let (mut status, mut body) =
        send_form(method, url, &token, make_form()?, on_progress.clone()).await?;
    if status == 401 && !is_answer_about_request(&body) {
        let renewed = client::token_after_refusal(auth, &token).await?;
        (status, body) = send_form(method, url, &renewed, make_form()?, on_progress).await?;
        if status == 401 && !is_answer_about_request(&body) {
            return Err(client::session_expired(auth));
        }
    }
    if (200..300).contains(&status) {
        serde_json::from_str(&body).map_err(|_| ApiError::Decode)
    } else {
        Err(client::error_of_text(status, &body))
    }
}

/// A 401 that speaks about the request rather than the token (none today,
/// but kept in step with `authed`).
fn is_answer_about_request(body: &str) -> bool {
    matches!(
        client::error_of_text(401, body).code(),
        Some(shared::ErrorCode::InvalidCredentials)
    )
}

/// Sends the form and waits for the whole answer: `(status, body text)`.
async fn send_form(
    method: &str,
    url: &str,
    token: &str,
    form: FormData,
    on_progress: Rc<dyn Fn(f64, f64)>,
) -> Result<(u16, String), ApiError> {
    let network = |_| ApiError::Network;
    let xhr = XmlHttpRequest::new().map_err(network)?;
    xhr.open_with_async(method, url, true).map_err(network)?;
    xhr.set_request_header("Accept", "application/json")
        .and_then(|()| xhr.set_request_header("Authorization", &format!("Bearer {token}")))
        .map_err(network)?;

    let progress = Closure::<dyn FnMut(ProgressEvent)>::new(move |ev: ProgressEvent| {
        if ev.length_computable() {
            on_progress(ev.loaded(), ev.total());
        }
    });
    let upload = xhr.upload().map_err(network)?;
    upload.set_onprogress(Some(progress.as_ref().unchecked_ref()));

    // Settles once: `load` for any HTTP answer, the others when none came.
    let settled = js_sys::Promise::new(&mut |resolve, reject| {
        xhr.set_onload(Some(&resolve));
        xhr.set_onerror(Some(&reject));
        xhr.set_onabort(Some(&reject));
        xhr.set_ontimeout(Some(&reject));
    });
    let sent = xhr.send_with_opt_form_data(Some(&form)).map_err(network);
    let outcome = match sent {
        Ok(()) => JsFuture::from(settled).await.map_err(network),
        Err(e) => Err(e),
    };
    upload.set_onprogress(None);
    drop(progress);
    outcome?;
    let status = xhr.status().map_err(network)?;
    let body = xhr.response_text().ok().flatten().unwrap_or_default();
    Ok((status, body))
}
