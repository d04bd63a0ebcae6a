//! The one rule for `page` and `per_page` on every list.

use shared::ErrorCode;

use crate::error::ApiError;

/// The last page anyone may ask for: its offset stays far inside what the
/// database's 64-bit OFFSET (and the paginator's arithmetic) can hold.
pub const MAX_PAGE: u64 = 1_000_000;

/// `(page, per_page)` with defaults 1 and 20; 400 unless page is
/// 1–[`MAX_PAGE`] and per_page is 1–100.
pub fn check(page: Option<u64>, per_page: Option<u64>) -> Result<(u64, u64), ApiError> {
    let page = page.unwrap_or(1);
    let per_page = per_page.unwrap_or(20);
    if !(1..=MAX_PAGE).contains(&page) || !(1..=100).contains(&per_page) {
        return Err(ApiError::msg(
            ErrorCode::BadRequest,
            "page harus antara 1 dan 1.000.000, per_page antara 1 dan 100.",
        ));
    }
    Ok((page, per_page))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_bounded() {
        assert_eq!(check(None, None).unwrap(), (1, 20));
        assert_eq!(check(Some(MAX_PAGE), Some(100)).unwrap(), (MAX_PAGE, 100));
        for (page, per_page) in [
            (0, 20),
            (MAX_PAGE + 1, 20),
            (u64::MAX, 100),
            (1, 0),
            (1, 101),
        ] {
            assert!(
                check(Some(page), Some(per_page)).is_err(),
                "{page} {per_page}"
            );
        }
    }
}
