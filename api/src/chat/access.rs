//! Who may use which conversation.

use sea_orm::{ConnectionTrait, EntityTrait};
use shared::Role;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::entities::users;
use crate::error::ApiError;

/// The conversation's client, when the caller may read and write it: the
/// client themself, or any staff member and above. Anyone else gets the same
/// 404 as for a conversation that does not exist.
pub async fn client_for(
    db: &impl ConnectionTrait,
    auth: &AuthUser,
    client_id: Uuid,
) -> Result<users::Model, ApiError> {
    if !auth.role.is_crew() && auth.id != client_id {
        return Err(ApiError::not_found());
    }
    let user = users::Entity::find_by_id(client_id)
        .one(db)
        .await?
        .filter(|u| u.role == Role::Client.as_str())
        .ok_or_else(ApiError::not_found)?;
    Ok(user)
}
