//! `/api/v1/payments/*` and a booking's payments: transfer proofs, uploaded
//! by clients and reviewed by the crew.

use shared::booking_dto::Booking;
use shared::payment_dto::{Payment, PaymentKind, PaymentStatus, RejectPaymentRequest, ReviewPage};
use uuid::Uuid;
use web_sys::FormData;

use super::client::{self, path_with_id, query, Call, API_BASE};
use super::{upload, ApiError};
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
    upload::post_form(auth, &url, || form_of(proof), on_progress).await
}

fn form_of(proof: &ProofUpload) -> Result<FormData, ApiError> {
    let form = FormData::new().map_err(|_| ApiError::Network)?;
    form.append_with_str("kind", proof.kind.as_str())
        .and_then(|()| form.append_with_str("bank_account_id", &proof.bank_account_id.to_string()))
        .and_then(|()| form.append_with_blob_and_filename("proof", &proof.file, &proof.file.name()))
        .map_err(|_| ApiError::Network)?;
    Ok(form)
}
