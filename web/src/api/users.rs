//! `/api/v1/users`: accounts for the back office. Admins list them; the
//! superadmin creates crew accounts and changes roles or disables accounts.

use serde::Deserialize;
use shared::auth::User;
use shared::backoffice::{CreateStaff, UpdateUser};
use shared::Role;
use uuid::Uuid;

use super::client::{self, path_with_id, query, Call};
use super::ApiError;
use crate::state::AuthState;

const BASE: &str = "/users";

/// One page of accounts, newest first.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct UserPage {
    pub items: Vec<User>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

/// The accounts with `role`, matching `q` (name, email or phone) when given.
pub async fn list(
    auth: AuthState,
    role: Role,
    q: Option<&str>,
    page: u64,
    per_page: u64,
) -> Result<UserPage, ApiError> {
    let (page, per_page) = (page.max(1).to_string(), per_page.clamp(1, 100).to_string());
    let path = query(
        BASE,
        &[
            ("role", Some(role.as_str())),
            ("q", q.map(str::trim).filter(|q| !q.is_empty())),
            ("page", Some(page.as_str())),
            ("per_page", Some(per_page.as_str())),
        ],
    );
    client::authed(auth, Call::get(path)).await
}

/// A crew account; without a password the person is invited by email.
pub async fn create(auth: AuthState, req: &CreateStaff) -> Result<User, ApiError> {
    client::authed(auth, Call::post(BASE, req)?).await
}

/// A new role or active flag; the account's sessions end at once.
pub async fn update(auth: AuthState, id: Uuid, req: &UpdateUser) -> Result<User, ApiError> {
    client::authed(auth, Call::patch(path_with_id(BASE, id), req)?).await
}
