use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use shared::catalogue::{Package, PackageInput};
use shared::{Rupiah, ServiceKind};
use uuid::Uuid;

use crate::entities::packages::{self, Entity as Packages};
use crate::error::ApiError;

pub fn to_dto(m: &packages::Model) -> Package {
    Package {
        id: m.id,
        // Written only through `ServiceKind::as_str`, so parsing cannot fail;
        // an unreadable row still shows, as an event package.
        service_kind: ServiceKind::parse(&m.service_kind).unwrap_or(ServiceKind::Event),
        name: m.name.clone(),
        description: m.description.clone(),
        inclusions: serde_json::from_str(&m.inclusions).unwrap_or_default(),
        price: Rupiah(m.price),
        full_day: m.full_day,
        duration_hours: m.duration_hours,
        active: m.active,
        sort_order: m.sort_order,
    }
}

pub async fn list(
    db: &impl ConnectionTrait,
    kind: Option<ServiceKind>,
    include_inactive: bool,
) -> Result<Vec<packages::Model>, ApiError> {
    let mut q = Packages::find();
    if let Some(kind) = kind {
        q = q.filter(packages::Column::ServiceKind.eq(kind.as_str()));
    }
    if !include_inactive {
        q = q.filter(packages::Column::Active.eq(true));
    }
    Ok(q.order_by_asc(packages::Column::ServiceKind)
        .order_by_asc(packages::Column::SortOrder)
        .order_by_asc(packages::Column::Price)
        .all(db)
        .await?)
}

pub async fn find(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<packages::Model>, ApiError> {
    Ok(Packages::find_by_id(id).one(db).await?)
}

fn apply(am: &mut packages::ActiveModel, input: &PackageInput) -> Result<(), ApiError> {
    am.service_kind = Set(input.service_kind.as_str().to_owned());
    am.name = Set(input.name.clone());
    am.description = Set(input.description.clone());
    am.inclusions = Set(serde_json::to_string(&input.inclusions).map_err(anyhow::Error::from)?);
    am.price = Set(input.price);
    am.full_day = Set(input.full_day);
    am.duration_hours = Set(if input.full_day {
        None
    } else {
        input.duration_hours
    });
    am.active = Set(input.active);
    am.sort_order = Set(input.sort_order);
    Ok(())
}

pub async fn insert(
    db: &impl ConnectionTrait,
    input: &PackageInput,
    now: DateTime<Utc>,
) -> Result<packages::Model, ApiError> {
    let mut am = packages::ActiveModel {
        id: Set(Uuid::new_v4()),
        created_at: Set(now.fixed_offset()),
        updated_at: Set(now.fixed_offset()),
        ..Default::default()
    };
    apply(&mut am, input)?;
    Ok(am.insert(db).await?)
}

pub async fn update(
    db: &impl ConnectionTrait,
    existing: packages::Model,
    input: &PackageInput,
    now: DateTime<Utc>,
) -> Result<packages::Model, ApiError> {
    let mut am: packages::ActiveModel = existing.into();
    apply(&mut am, input)?;
    am.updated_at = Set(now.fixed_offset());
    Ok(am.update(db).await?)
}

pub async fn delete(db: &impl ConnectionTrait, id: Uuid) -> Result<(), ApiError> {
    Packages::delete_by_id(id).exec(db).await?;
    Ok(())
}
