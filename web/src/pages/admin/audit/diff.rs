//! What an audit entry changed: the keys whose values differ between
//! `before` and `after`, each value shown as JSON text.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

/// The key under which a value that is not an object is compared.
pub const WHOLE_VALUE: &str = "nilai";

/// One changed key; a side is `None` when the key is absent there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub key: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The keys of `before` and `after` whose values differ, by key.
pub fn diff(before: Option<&Value>, after: Option<&Value>) -> Vec<Change> {
    let (old, new) = (fields(before), fields(after));
    let keys: BTreeSet<&str> = old.keys().chain(new.keys()).copied().collect();
    keys.into_iter()
        .filter_map(|key| {
            let (b, a) = (old.get(key), new.get(key));
            (b != a).then(|| Change {
                key: key.to_owned(),
                before: b.map(|v| json_text(v)),
                after: a.map(|v| json_text(v)),
            })
        })
        .collect()
}

/// An object's fields; any other value as the single field [`WHOLE_VALUE`];
/// nothing for null or a missing side.
fn fields(value: Option<&Value>) -> BTreeMap<&str, &Value> {
    match value {
        None | Some(Value::Null) => BTreeMap::new(),
        Some(Value::Object(map)) => map.iter().map(|(k, v)| (k.as_str(), v)).collect(),
        Some(other) => BTreeMap::from([(WHOLE_VALUE, other)]),
    }
}

/// `"accepted"`, `1500000`, `{"a":1}`: compact JSON.
pub fn json_text(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_the_keys_that_changed_are_listed_in_order() {
        let before = json!({"status": "waiting_approval", "paid": 0, "code": "ODR-1"});
        let after = json!({"status": "accepted", "paid": 1500000, "code": "ODR-1", "note": null});
        let got = diff(Some(&before), Some(&after));
        assert_eq!(
            got,
            [
                Change {
                    key: "note".into(),
                    before: None,
                    after: Some("null".into())
                },
                Change {
                    key: "paid".into(),
                    before: Some("0".into()),
                    after: Some("1500000".into())
                },
                Change {
                    key: "status".into(),
                    before: Some("\"waiting_approval\"".into()),
                    after: Some("\"accepted\"".into())
                },
            ]
        );
    }

    #[test]
    fn a_created_or_deleted_thing_shows_every_field_on_one_side() {
        let after = json!({"name": "Akad", "price": 2000000});
        let created = diff(None, Some(&after));
        assert_eq!(created.len(), 2);
        assert!(created
            .iter()
            .all(|c| c.before.is_none() && c.after.is_some()));
        let deleted = diff(Some(&after), Some(&Value::Null));
        assert!(deleted
            .iter()
            .all(|c| c.before.is_some() && c.after.is_none()));
        assert!(diff(None, None).is_empty());
        assert!(diff(Some(&after), Some(&after)).is_empty());
    }

    #[test]
    fn nested_values_and_scalars_are_compared_as_json() {
        let got = diff(Some(&json!({"a": {"x": 1}})), Some(&json!({"a": {"x": 2}})));
        assert_eq!(got[0].after.as_deref(), Some("{\"x\":2}"));
        let whole = diff(Some(&json!(true)), Some(&json!(false)));
        assert_eq!(whole[0].key, WHOLE_VALUE);
        assert_eq!(whole[0].before.as_deref(), Some("true"));
    }
}
