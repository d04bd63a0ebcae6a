//! `/api/v1/blocks`: days or hours the studio closes (holidays, private
//! events). The crew reads them; admins add and remove them.

use chrono::NaiveDate;
use shared::booking_dto::{Block, BlockInput};
use uuid::Uuid;

use super::client::{self, path_with_id, query, Call};
use super::ApiError;
use crate::state::AuthState;

const BASE: &str = "/blocks";

/// The blocks from `from` to `to` (inclusive, at most a year), staff and above.
pub async fn list(auth: AuthState, from: NaiveDate, to: NaiveDate) -> Result<Vec<Block>, ApiError> {
    let (from, to) = (from.to_string(), to.to_string());
    let path = query(
        BASE,
        &[("from", Some(from.as_str())), ("to", Some(to.as_str()))],
    );
    client::authed(auth, Call::get(path)).await
}

/// Closes a day, or a time range of it (admin).
pub async fn create(auth: AuthState, input: &BlockInput) -> Result<Block, ApiError> {
    client::authed(auth, Call::post(BASE, input)?).await
}

/// Reopens the blocked time (admin).
pub async fn delete(auth: AuthState, id: Uuid) -> Result<(), ApiError> {
    client::authed_empty(auth, Call::delete(path_with_id(BASE, id))).await
}
