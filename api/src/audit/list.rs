//! Reading the audit log: newest first, filtered.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use shared::backoffice::AuditEntry;
use shared::Role;
use uuid::Uuid;

use crate::entities::audit_log;
use crate::error::ApiError;

#[derive(Debug, Default)]
pub struct AuditFilter {
    pub action: Option<String>,
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    pub actor_id: Option<Uuid>,
    /// Inclusive UTC instant.
    pub from: Option<DateTime<Utc>>,
    /// Exclusive UTC instant.
    pub to: Option<DateTime<Utc>>,
}

pub async fn page(
    db: &impl ConnectionTrait,
    f: &AuditFilter,
    page: u64,
    per_page: u64,
) -> Result<(Vec<AuditEntry>, u64), ApiError> {
    let mut q = audit_log::Entity::find();
    if let Some(a) = &f.action {
        q = q.filter(audit_log::Column::Action.eq(a.as_str()));
    }
    if let Some(e) = &f.entity {
        q = q.filter(audit_log::Column::Entity.eq(e.as_str()));
    }
    if let Some(id) = &f.entity_id {
        q = q.filter(audit_log::Column::EntityId.eq(id.as_str()));
    }
    if let Some(actor) = f.actor_id {
        q = q.filter(audit_log::Column::ActorId.eq(actor));
    }
    if let Some(from) = f.from {
        q = q.filter(audit_log::Column::At.gte(from.fixed_offset()));
    }
    if let Some(to) = f.to {
        q = q.filter(audit_log::Column::At.lt(to.fixed_offset()));
    }
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_desc(audit_log::Column::At)
        .order_by_desc(audit_log::Column::Id)
        .paginate(db, per_page)
        .fetch_page(page.saturating_sub(1))
        .await?;
    Ok((rows.iter().map(to_dto).collect(), total))
}

fn parse(json: Option<&String>) -> Option<serde_json::Value> {
    json.and_then(|s| serde_json::from_str(s).ok())
}

pub fn to_dto(row: &audit_log::Model) -> AuditEntry {
    AuditEntry {
        id: row.id,
        at: row.at.with_timezone(&Utc),
        actor_id: row.actor_id,
        actor_name: row.actor_name.clone(),
        actor_role: Role::parse(&row.actor_role).unwrap_or(Role::Staff),
        action: row.action.clone(),
        entity: row.entity.clone(),
        entity_id: row.entity_id.clone(),
        summary: row.summary.clone(),
        before: parse(row.before.as_ref()),
        after: parse(row.after.as_ref()),
    }
}
