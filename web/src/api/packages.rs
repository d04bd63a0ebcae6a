//! `/api/v1/packages`: the pricelist, and its management by admins.

use shared::catalogue::{Package, PackageInput};
use uuid::Uuid;

use super::client::{self, path_with_id, query, Call};
use super::ApiError;
use crate::state::AuthState;

const BASE: &str = "/packages";

/// The active packages everyone sees, ordered by kind, sort order and price.
pub async fn list() -> Result<Vec<Package>, ApiError> {
    client::public(Call::get(BASE)).await
}

/// One package, for the booking wizard.
pub async fn get(id: Uuid) -> Result<Package, ApiError> {
    client::public(Call::get(path_with_id(BASE, id))).await
}

/// Every package, inactive ones too (admin).
pub async fn list_all(auth: AuthState) -> Result<Vec<Package>, ApiError> {
    let path = query(BASE, &[("include_inactive", Some("true"))]);
    client::authed(auth, Call::get(path)).await
}

pub async fn create(auth: AuthState, input: &PackageInput) -> Result<Package, ApiError> {
    client::authed(auth, Call::post(BASE, input)?).await
}

pub async fn update(auth: AuthState, id: Uuid, input: &PackageInput) -> Result<Package, ApiError> {
    client::authed(auth, Call::put(path_with_id(BASE, id), input)?).await
}

/// What a delete did: packages that bookings refer to are kept, deactivated.
#[derive(Debug, Clone, PartialEq)]
pub enum Removal {
    Deleted,
    Deactivated(Package),
}

pub async fn delete(auth: AuthState, id: Uuid) -> Result<Removal, ApiError> {
    let kept: Option<Package> =
        client::authed_maybe(auth, Call::delete(path_with_id(BASE, id))).await?;
    Ok(kept.map_or(Removal::Deleted, Removal::Deactivated))
}
