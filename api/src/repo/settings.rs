use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QuerySelect, Set,
};
use shared::catalogue::StudioSettings;

use super::select_text::{limit_one, SelectText};
use crate::entities::studio_settings::{self, Entity as Settings};
use crate::error::ApiError;

const ROW: i32 = 1;

/// The studio's settings; the defaults until the superadmin saves some.
pub async fn get(db: &impl ConnectionTrait) -> Result<StudioSettings, ApiError> {
    static TEXT: SelectText = SelectText::new();
    let statement = TEXT.statement(
        db.get_database_backend(),
        vec![ROW.into(), limit_one()],
        || {
            Settings::find()
                .filter(studio_settings::Column::Id.eq(ROW))
                .limit(1)
        },
    );
    let row = studio_settings::Model::find_by_statement(statement)
        .one(db)
        .await?;
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
