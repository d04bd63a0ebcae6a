//! `/api/v1/bank-accounts`: where clients transfer their payments.

use shared::catalogue::{BankAccount, BankAccountInput};
use uuid::Uuid;

use super::client::{self, path_with_id, query, Call};
use super::ApiError;
use crate::state::AuthState;

const BASE: &str = "/bank-accounts";

/// The active accounts clients transfer to.
pub async fn list() -> Result<Vec<BankAccount>, ApiError> {
    client::public(Call::get(BASE)).await
}

/// Every account, inactive ones too (admin).
pub async fn list_all(auth: AuthState) -> Result<Vec<BankAccount>, ApiError> {
    let path = query(BASE, &[("include_inactive", Some("true"))]);
    client::authed(auth, Call::get(path)).await
}

pub async fn create(auth: AuthState, input: &BankAccountInput) -> Result<BankAccount, ApiError> {
    client::authed(auth, Call::post(BASE, input)?).await
}

pub async fn update(
    auth: AuthState,
    id: Uuid,
    input: &BankAccountInput,
) -> Result<BankAccount, ApiError> {
    client::authed(auth, Call::put(path_with_id(BASE, id), input)?).await
}

pub async fn delete(auth: AuthState, id: Uuid) -> Result<(), ApiError> {
    client::authed_empty(auth, Call::delete(path_with_id(BASE, id))).await
}
