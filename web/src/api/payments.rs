//! `/api/v1/payments/*` and a booking's payments: transfer proofs, uploaded
//! by clients and reviewed by the crew.

use std::rc::Rc;

use shared::booking_dto::Booking;
use shared::payment_dto::{Payment, PaymentKind, PaymentStatus, RejectPaymentRequest, ReviewPage};
use uuid::Uuid;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{FormData, ProgressEvent, XmlHttpRequest};

use super::client::{self, path_with_id, query, Call, API_BASE};
use super::ApiError;
use crate::state::AuthState;

const BASE: &str = "/payments";

/// A booking's payments, oldest first.
pub async fn for_booking(auth: AuthState, booking_id: Uuid) -> Result<Vec<Payment>, ApiError> {
    let path = format!("{}/payments", path_with_id("/bookings", booking_id));
    client::authed(auth, Call::get(path)).await
}

/// Proofs with `status` (staff+); pending ones come oldest first.
pub async fn queue(
    auth: AuthState,
    status: PaymentStatus,
    page: u64,
    per_page: u64,
) -> Result<ReviewPage, ApiError> {
    let (page, per_page) = (page.max(1).to_string(), per_page.clamp(1, 100).to_string());
    let path = query(
        BASE,
        &[
            ("status", Some(status.as_str())),
            ("page", Some(page.as_str())),
            ("per_page", Some(per_page.as_str())),
        ],
    );
    client::authed(auth, Call::get(path)).await
}

/// Approves a proof; answers the booking as it is now.
pub async fn approve(auth: AuthState, payment_id: Uuid) -> Result<Booking, ApiError> {
    let path = format!("{}/approve", path_with_id(BASE, payment_id));
    client::authed(auth, Call::post_empty(path)).await
}

/// Rejects a proof with the reason the client will read.
pub async fn reject(
    auth: AuthState,
    payment_id: Uuid,
    reason: String,
) -> Result<Booking, ApiError> {
    let path = format!("{}/reject", path_with_id(BASE, payment_id));
    client::authed(auth, Call::post(path, &RejectPaymentRequest { reason })?).await
}

/// The proof file of a payment: its bytes and content type.
pub async fn proof(auth: AuthState, payment_id: Uuid) -> Result<(Vec<u8>, String), ApiError> {
    let path = format!("{}/proof", path_with_id(BASE, payment_id));
    client::authed_bytes(auth, Call::get(path)).await
}

/// What a client sends as a transfer proof.
#[derive(Clone)]
pub struct ProofUpload {
    pub kind: PaymentKind,
    pub bank_account_id: Uuid,
    pub file: web_sys::File,
}

/// Uploads a proof with `XMLHttpRequest`, the one browser API that reports
/// upload progress: `on_progress(sent, total)` in bytes as it goes. Renews the
/// session and sends again once when the token is refused, like `authed`.
pub async fn upload(
    auth: AuthState,
    booking_id: Uuid,
    proof: &ProofUpload,
    on_progress: impl Fn(f64, f64) + 'static,
) -> Result<Payment, ApiError> {
    let url = format!(
        "{API_BASE}{}/payments",
        path_with_id("/bookings", booking_id)
    );
    let on_progress: Rc<dyn Fn(f64, f64)> = Rc::new(on_progress);
    let token = client::access_token(auth).await?;
    let (mut status, mut body) = send_form(&url, &token, proof, on_progress.clone()).await?;
    if status == 401 && !is_answer_about_request(&body) {
        let renewed = client::token_after_refusal(auth, &token).await?;
        (status, body) = send_form(&url, &renewed, proof, on_progress).await?;
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

fn form_of(proof: &ProofUpload) -> Result<FormData, ApiError> {
    let form = FormData::new().map_err(|_| ApiError::Network)?;
    form.append_with_str("kind", proof.kind.as_str())
        .and_then(|()| form.append_with_str("bank_account_id", &proof.bank_account_id.to_string()))
        .and_then(|()| form.append_with_blob_and_filename("proof", &proof.file, &proof.file.name()))
        .map_err(|_| ApiError::Network)?;
    Ok(form)
}

/// Sends the form and waits for the whole answer: `(status, body text)`.
async fn send_form(
    url: &str,
    token: &str,
    proof: &ProofUpload,
    on_progress: Rc<dyn Fn(f64, f64)>,
) -> Result<(u16, String), ApiError> {
    let network = |_| ApiError::Network;
    let form = form_of(proof)?;
    let xhr = XmlHttpRequest::new().map_err(network)?;
    xhr.open_with_async("POST", url, true).map_err(network)?;
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
