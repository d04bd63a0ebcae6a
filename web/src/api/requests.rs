//! `/api/v1/bookings/{id}/requests` and `/api/v1/requests/*`: a client asks
//! the studio to cancel or move an accepted booking; an admin decides.

use shared::payment_dto::{BookingRequest, CreateRequestBody, DecideRequestBody, RequestStatus};
use uuid::Uuid;

use super::client::{self, path_with_id, query, Call};
use super::ApiError;
use crate::state::AuthState;

const BASE: &str = "/requests";

/// The wire name of a request status (`?status=`).
pub fn status_str(status: RequestStatus) -> &'static str {
    match status {
        RequestStatus::Pending => "pending",
        RequestStatus::Approved => "approved",
        RequestStatus::Declined => "declined",
    }
}

/// A status from its wire name.
pub fn parse_status(s: &str) -> Option<RequestStatus> {
    match s {
        "pending" => Some(RequestStatus::Pending),
        "approved" => Some(RequestStatus::Approved),
        "declined" => Some(RequestStatus::Declined),
        _ => None,
    }
}

/// A booking's requests (owner or crew).
pub async fn for_booking(
    auth: AuthState,
    booking_id: Uuid,
) -> Result<Vec<BookingRequest>, ApiError> {
    let path = format!("{}/requests", path_with_id("/bookings", booking_id));
    client::authed(auth, Call::get(path)).await
}

/// Asks the studio to cancel or reschedule an accepted booking (its owner).
pub async fn create(
    auth: AuthState,
    booking_id: Uuid,
    body: &CreateRequestBody,
) -> Result<BookingRequest, ApiError> {
    let path = format!("{}/requests", path_with_id("/bookings", booking_id));
    client::authed(auth, Call::post(path, body)?).await
}

/// Requests with `status` (admin+).
pub async fn queue(
    auth: AuthState,
    status: RequestStatus,
) -> Result<Vec<BookingRequest>, ApiError> {
    let path = query(BASE, &[("status", Some(status_str(status)))]);
    client::authed(auth, Call::get(path)).await
}

/// Approves a request; a taken reschedule slot answers 409 and changes nothing.
pub async fn approve(
    auth: AuthState,
    id: Uuid,
    note: Option<String>,
) -> Result<BookingRequest, ApiError> {
    let path = format!("{}/approve", path_with_id(BASE, id));
    client::authed(auth, Call::post(path, &DecideRequestBody { note })?).await
}

/// Declines a request with the note the client will read.
pub async fn decline(auth: AuthState, id: Uuid, note: String) -> Result<BookingRequest, ApiError> {
    let path = format!("{}/decline", path_with_id(BASE, id));
    client::authed(
        auth,
        Call::post(path, &DecideRequestBody { note: Some(note) })?,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip() {
        for s in [
            RequestStatus::Pending,
            RequestStatus::Approved,
            RequestStatus::Declined,
        ] {
            assert_eq!(parse_status(status_str(s)), Some(s));
        }
        assert_eq!(parse_status("x"), None);
    }
}
