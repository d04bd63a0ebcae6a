//! The audit log: every staff action, who, when, what, before → after.
//!
//! An entry is written in the same transaction as the action it describes,
//! so an action that rolls back leaves no entry and no action goes unlogged.
//! The table is append-only (database triggers refuse UPDATE and DELETE).

pub mod list;

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, QuerySelect, Set};
use serde_json::Value;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::entities::{audit_log, users};
use crate::error::ApiError;

/// What an action changed.
#[derive(Debug, Clone)]
pub struct Change {
    /// One of `shared::backoffice::AUDIT_ACTIONS`.
    pub action: &'static str,
    pub entity: &'static str,
    pub entity_id: Option<String>,
    pub summary: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

impl Change {
    pub fn new(action: &'static str, entity: &'static str, id: impl ToString) -> Self {
        Self {
            action,
            entity,
            entity_id: Some(id.to_string()),
            summary: String::new(),
            before: None,
            after: None,
        }
    }

    /// An action about something without an id of its own (an export, the
    /// site's about text).
    pub fn about(action: &'static str, entity: &'static str) -> Self {
        Self {
            action,
            entity,
            entity_id: None,
            summary: String::new(),
            before: None,
            after: None,
        }
    }

    pub fn summary(mut self, summary: impl Into<String>) -> Self {
        self.summary = summary.into();
        self
    }

    /// Keeps only the fields that differ between the two snapshots (both
    /// JSON objects), so the log shows what changed, not the whole row.
    pub fn diff(mut self, before: &impl serde::Serialize, after: &impl serde::Serialize) -> Self {
        let (b, a) = (to_value(before), to_value(after));
        match (b, a) {
            (Value::Object(b), Value::Object(a)) => {
                let keys: Vec<&String> = b
                    .keys()
                    .chain(a.keys().filter(|k| !b.contains_key(*k)))
                    .filter(|k| b.get(*k) != a.get(*k))
                    .collect();
                let pick = |m: &serde_json::Map<String, Value>| {
                    Value::Object(
                        keys.iter()
                            .map(|k| ((*k).clone(), m.get(*k).cloned().unwrap_or(Value::Null)))
                            .collect(),
                    )
                };
                self.before = Some(pick(&b));
                self.after = Some(pick(&a));
            }
            (b, a) => {
                self.before = Some(b);
                self.after = Some(a);
            }
        }
        self
    }

    pub fn before(mut self, before: &impl serde::Serialize) -> Self {
        self.before = Some(to_value(before));
        self
    }

    pub fn after(mut self, after: &impl serde::Serialize) -> Self {
        self.after = Some(to_value(after));
        self
    }
}

fn to_value(v: &impl serde::Serialize) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => text[..end].to_owned(),
        None => text.to_owned(),
    }
}

/// Appends an entry for `actor`, inside the caller's transaction.
pub async fn record(
    db: &impl ConnectionTrait,
    actor: &AuthUser,
    change: Change,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let name: Option<String> = users::Entity::find_by_id(actor.id)
        .select_only()
        .column(users::Column::FullName)
        .into_tuple()
        .one(db)
        .await?;
    let json = |v: Option<Value>| v.map(|v| v.to_string());
    audit_log::ActiveModel {
        id: Set(Uuid::new_v4()),
        at: Set(now.fixed_offset()),
        actor_id: Set(Some(actor.id)),
        actor_name: Set(cut(&name.unwrap_or_default(), 100)),
        actor_role: Set(actor.role.as_str().to_owned()),
        action: Set(change.action.to_owned()),
        entity: Set(change.entity.to_owned()),
        entity_id: Set(change.entity_id.map(|id| cut(&id, 64))),
        summary: Set(cut(&change.summary, 300)),
        before: Set(json(change.before)),
        after: Set(json(change.after)),
    }
    .insert(db)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diff_keeps_only_changed_fields() {
        let c = Change::new("package.update", "package", "x").diff(
            &json!({"name": "A", "price": 100, "active": true}),
            &json!({"name": "A", "price": 120, "active": false, "note": "n"}),
        );
        assert_eq!(
            c.before,
            Some(json!({"price": 100, "active": true, "note": null}))
        );
        assert_eq!(
            c.after,
            Some(json!({"price": 120, "active": false, "note": "n"}))
        );
    }

    #[test]
    fn long_text_is_cut_on_a_char_boundary() {
        assert_eq!(cut("ééé", 2), "éé");
        assert_eq!(cut("ab", 5), "ab");
    }
}
