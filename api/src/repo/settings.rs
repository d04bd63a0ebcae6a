use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, EntityTrait, Set};
use shared::catalogue::StudioSettings;

use crate::entities::studio_settings::{self, Entity as Settings};
use crate::error::ApiError;

const ROW: i32 = 1;

/// The studio's settings; the defaults until the superadmin saves some.
pub async fn get(db: &impl ConnectionTrait) -> Result<StudioSettings, ApiError> {
    let row = Settings::find_by_id(ROW).one(db).await?;
    Ok(row
        .and_then(|r| serde_json::from_str(&r.data).ok())
        .unwrap_or_default())
}

pub async fn put(
    db: &impl ConnectionTrait,
    settings: &StudioSettings,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let am = studio_settings::ActiveModel {
        id: Set(ROW),
        data: Set(serde_json::to_string(settings).map_err(anyhow::Error::from)?),
        updated_at: Set(now.fixed_offset()),
    };
    Settings::insert(am)
        .on_conflict(
            OnConflict::column(studio_settings::Column::Id)
                .update_columns([
                    studio_settings::Column::Data,
                    studio_settings::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec(db)
        .await?;
    Ok(())
}
