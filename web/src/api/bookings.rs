//! `/api/v1/availability` and `/api/v1/bookings/*`: the calendar, booking,
//! and what happens to a booking afterwards.

use chrono::NaiveDate;
use shared::booking_dto::{Booking, BookingPage, CreateBookingRequest, DayAvailability};
use shared::payment_dto::{BookingActionRequest, BookingEvent};
use shared::{BookingStatus, ServiceKind};
use uuid::Uuid;

use super::client::{self, path_with_id, query, Call};
use super::ApiError;
use crate::state::AuthState;

const BASE: &str = "/bookings";

/// Each day's state from `from` to `to` (inclusive, at most 92 days).
pub async fn availability(
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<DayAvailability>, ApiError> {
    let (from, to) = (from.to_string(), to.to_string());
    let path = query(
        "/availability",
        &[("from", Some(from.as_str())), ("to", Some(to.as_str()))],
    );
    client::public(Call::get(path)).await
}

pub async fn create(auth: AuthState, req: &CreateBookingRequest) -> Result<Booking, ApiError> {
    client::authed(auth, Call::post(BASE, req)?).await
}

/// Which bookings to list: a client always gets only their own.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BookingFilter {
    pub page: u64,
    pub per_page: u64,
    pub status: Option<BookingStatus>,
    pub kind: Option<ServiceKind>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Crew only: code, client name, email or phone.
    pub q: Option<String>,
}

pub async fn list(auth: AuthState, filter: BookingFilter) -> Result<BookingPage, ApiError> {
    let page = filter.page.max(1).to_string();
    let per_page = filter.per_page.clamp(1, 100).to_string();
    let from = filter.from.map(|d| d.to_string());
    let to = filter.to.map(|d| d.to_string());
    let path = query(
        BASE,
        &[
            ("page", Some(page.as_str())),
            ("per_page", Some(per_page.as_str())),
            ("status", filter.status.map(BookingStatus::as_str)),
            ("kind", filter.kind.map(ServiceKind::as_str)),
            ("from", from.as_deref()),
            ("to", to.as_deref()),
            ("q", filter.q.as_deref().filter(|q| !q.trim().is_empty())),
        ],
    );
    client::authed(auth, Call::get(path)).await
}

/// Most bookings one page may hold (the server's limit).
const PAGE_MAX: u64 = 100;
/// Enough pages for any real calendar range without looping forever.
const RANGE_PAGES: u64 = 20;

/// Every booking whose event falls from `from` to `to` (inclusive), all
/// pages fetched (crew: all clients'). The calendar's source.
pub async fn in_range(
    auth: AuthState,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Booking>, ApiError> {
    let mut all = Vec::new();
    for page in 1..=RANGE_PAGES {
        let filter = BookingFilter {
            page,
            per_page: PAGE_MAX,
            from: Some(from),
            to: Some(to),
            ..BookingFilter::default()
        };
        let got = list(auth, filter).await?;
        let done = got.items.is_empty() || page * got.per_page.max(1) >= got.total;
        all.extend(got.items);
        if done {
            break;
        }
    }
    Ok(all)
}

pub async fn get(auth: AuthState, id: Uuid) -> Result<Booking, ApiError> {
    client::authed(auth, Call::get(path_with_id(BASE, id))).await
}

/// The booking's timeline, oldest first.
pub async fn events(auth: AuthState, id: Uuid) -> Result<Vec<BookingEvent>, ApiError> {
    let path = format!("{}/events", path_with_id(BASE, id));
    client::authed(auth, Call::get(path)).await
}

/// Cancels: the client before acceptance, an admin at any active stage.
pub async fn cancel(
    auth: AuthState,
    id: Uuid,
    reason: Option<String>,
) -> Result<Booking, ApiError> {
    let path = format!("{}/cancel", path_with_id(BASE, id));
    client::authed(auth, Call::post(path, &BookingActionRequest { reason })?).await
}

/// Marks an accepted booking done (admin).
pub async fn complete(auth: AuthState, id: Uuid) -> Result<Booking, ApiError> {
    let path = format!("{}/complete", path_with_id(BASE, id));
    client::authed(auth, Call::post_empty(path)).await
}

/// Hides a finished booking (done, cancelled or expired) from the client's
/// own list; the studio keeps it.
pub async fn hide(auth: AuthState, id: Uuid) -> Result<(), ApiError> {
    let path = format!("{}/hide", path_with_id(BASE, id));
    client::authed_empty(auth, Call::post_empty(path)).await
}

/// The booking's invoice as a PDF (a provisional bill before acceptance):
/// its bytes and content type.
pub async fn invoice(auth: AuthState, id: Uuid) -> Result<(Vec<u8>, String), ApiError> {
    let path = format!("{}/invoice.pdf", path_with_id(BASE, id));
    let call = Call::get(path).accept("application/pdf, application/json");
    client::authed_bytes(auth, call).await
}
