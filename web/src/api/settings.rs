//! `/api/v1/settings`: the studio's name, contact and booking rules.

use shared::catalogue::StudioSettings;

use super::client::{self, Call};
use super::ApiError;
use crate::state::AuthState;

const BASE: &str = "/settings";

pub async fn get() -> Result<StudioSettings, ApiError> {
    client::public(Call::get(BASE)).await
}

/// Replaces the settings (superadmin).
pub async fn update(
    auth: AuthState,
    settings: &StudioSettings,
) -> Result<StudioSettings, ApiError> {
    client::authed(auth, Call::put(BASE, settings)?).await
}
