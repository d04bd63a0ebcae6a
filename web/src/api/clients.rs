//! `/api/v1/clients`: the studio's clients with their totals (admin+).

use shared::backoffice::{ClientDetail, ClientPage};
use uuid::Uuid;

use super::client::{self, path_with_id, query, Call};
use super::ApiError;
use crate::state::AuthState;

const BASE: &str = "/clients";

/// Clients matching `q` (name, email or phone), newest registration first.
pub async fn list(
    auth: AuthState,
    q: Option<&str>,
    page: u64,
    per_page: u64,
) -> Result<ClientPage, ApiError> {
    let (page, per_page) = (page.max(1).to_string(), per_page.clamp(1, 100).to_string());
    let path = query(
        BASE,
        &[
            ("q", q.map(str::trim).filter(|q| !q.is_empty())),
            ("page", Some(page.as_str())),
            ("per_page", Some(per_page.as_str())),
        ],
    );
    client::authed(auth, Call::get(path)).await
}

/// One client with every booking, newest event first; 404 when `id` is not
/// a client.
pub async fn get(auth: AuthState, id: Uuid) -> Result<ClientDetail, ApiError> {
    client::authed(auth, Call::get(path_with_id(BASE, id))).await
}
