//! `/api/v1/testimonials/*` and `/api/v1/bookings/{id}/review`: a client
//! reviews a finished booking once; admins approve, hide or delete; the
//! approved ones show publicly.

use shared::testimonial::{
    ReviewInput, Testimonial, TestimonialAdmin, TestimonialAdminPage, TestimonialPage,
    TestimonialStatus,
};
use shared::ErrorCode;
use uuid::Uuid;

use super::client::{self, path_with_id, query, Call};
use super::ApiError;
use crate::state::AuthState;

const BASE: &str = "/testimonials";

/// `/testimonials?page=…&per_page=…` (approved ones, newest first).
pub fn public_path(page: u64, per_page: u64) -> String {
    let (page, per_page) = (page.max(1).to_string(), per_page.clamp(1, 100).to_string());
    query(
        BASE,
        &[
            ("page", Some(page.as_str())),
            ("per_page", Some(per_page.as_str())),
        ],
    )
}

/// `/testimonials/manage?status=…&page=…&per_page=…` (admin+).
pub fn manage_path(status: TestimonialStatus, page: u64, per_page: u64) -> String {
    let (page, per_page) = (page.max(1).to_string(), per_page.clamp(1, 100).to_string());
    query(
        &format!("{BASE}/manage"),
        &[
            ("status", Some(status.as_str())),
            ("page", Some(page.as_str())),
            ("per_page", Some(per_page.as_str())),
        ],
    )
}

fn review_path(booking_id: Uuid) -> String {
    format!("{}/review", path_with_id("/bookings", booking_id))
}

/// A page of approved testimonials (public).
pub async fn list(page: u64, per_page: u64) -> Result<TestimonialPage, ApiError> {
    client::public(Call::get(public_path(page, per_page))).await
}

/// The booking's review, `None` while there is none yet.
pub async fn for_booking(
    auth: AuthState,
    booking_id: Uuid,
) -> Result<Option<Testimonial>, ApiError> {
    match client::authed(auth, Call::get(review_path(booking_id))).await {
        Ok(t) => Ok(Some(t)),
        Err(err) if err.code() == Some(ErrorCode::NotFound) => Ok(None),
        Err(err) => Err(err),
    }
}

/// Reviews a `done` booking (its client, once).
pub async fn create(
    auth: AuthState,
    booking_id: Uuid,
    input: &ReviewInput,
) -> Result<Testimonial, ApiError> {
    client::authed(auth, Call::post(review_path(booking_id), input)?).await
}

/// A page of testimonials in one status (admin+).
pub async fn manage(
    auth: AuthState,
    status: TestimonialStatus,
    page: u64,
    per_page: u64,
) -> Result<TestimonialAdminPage, ApiError> {
    client::authed(auth, Call::get(manage_path(status, page, per_page))).await
}

pub async fn approve(auth: AuthState, id: Uuid) -> Result<TestimonialAdmin, ApiError> {
    let path = format!("{}/approve", path_with_id(BASE, id));
    client::authed(auth, Call::post_empty(path)).await
}

pub async fn hide(auth: AuthState, id: Uuid) -> Result<TestimonialAdmin, ApiError> {
    let path = format!("{}/hide", path_with_id(BASE, id));
    client::authed(auth, Call::post_empty(path)).await
}

pub async fn delete(auth: AuthState, id: Uuid) -> Result<(), ApiError> {
    client::authed_empty(auth, Call::delete(path_with_id(BASE, id))).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_carry_status_and_clamped_pages() {
        assert_eq!(public_path(0, 500), "/testimonials?page=1&per_page=100");
        assert_eq!(
            manage_path(TestimonialStatus::Hidden, 2, 20),
            "/testimonials/manage?status=hidden&page=2&per_page=20"
        );
        assert_eq!(
            review_path(Uuid::nil()),
            "/bookings/00000000-0000-0000-0000-000000000000/review"
        );
    }
}
