//! The one rule for `page` and `per_page` on every list.

use shared::ErrorCode;

use crate::error::ApiError;

/// `(page, per_page)` with defaults 1 and 20; 400 unless page ≥ 1 and
/// per_page is 1–100.
pub fn check(page: Option<u64>, per_page: Option<u64>) -> Result<(u64, u64), ApiError> {
    let page = page.unwrap_or(1);
    let per_page = per_page.unwrap_or(20);
    if page == 0 || !(1..=100).contains(&per_page) {
        return Err(ApiError::msg(
            ErrorCode::BadRequest,
            "page harus ≥ 1 dan per_page antara 1 dan 100.",
        ));
    }
    Ok((page, per_page))
}
