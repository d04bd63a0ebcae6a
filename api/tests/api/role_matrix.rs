//! The role matrix: every operation in the OpenAPI document, called by every
//! role. The roles an operation's security scopes name must get past the
//! role check (not 401/403); every other role gets 403, and a caller without
//! a token 401, before the request body is even read.

use serde_json::Value;
use shared::Role;

use crate::scene::scene;

#[tokio::test]
async fn every_operation_enforces_its_roles_for_every_role() {
    let s = scene().await;
    let owner = s.app.signed_in_as(Role::Superadmin).await["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let tokens = [
        ("client", s.client.clone()),
        ("staff", s.staff.clone()),
        ("admin", s.admin.clone()),
        ("superadmin", owner),
    ];
    let spec: Value = serde_json::from_str(&api::openapi::spec_json().unwrap()).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(security) = op["security"].as_array() else {
                continue; // public
            };
            let anonymous_ok = security
                .iter()
                .any(|r| r.as_object().is_some_and(|o| o.is_empty()));
            let allowed: Vec<&str> = security
                .iter()
                .filter_map(|r| r["bearer"].as_array())
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            // Path parameters get an id that exists nowhere.
            let url = path
                .split('/')
                .map(|seg| {
                    if seg.starts_with('{') {
                        uuid::Uuid::new_v4().to_string()
                    } else {
                        seg.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            let call = |token: Option<&str>| {
                let m = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
                let mut req = s.app.client.request(m.clone(), s.app.url(&url));
                if let Some(t) = token {
                    req = req.bearer_auth(t);
                }
                if m != reqwest::Method::GET && m != reqwest::Method::DELETE {
                    req = req.json(&serde_json::json!({}));
                }
                req.send()
            };
            if !anonymous_ok {
                let status = call(None).await.unwrap().status().as_u16();
                if status != 401 {
                    failures.push(format!("{method} {path} anonymous: {status}, want 401"));
                }
            }
            // Optional sign-in endpoints refuse nobody; only their extra
            // (admin) view is checked by their own tests.
            if anonymous_ok {
                continue;
            }
            for (role, token) in &tokens {
                let status = call(Some(token)).await.unwrap().status().as_u16();
                let ok = if allowed.contains(role) {
                    status != 401 && status != 403
                } else {
                    status == 403
                };
                if !ok {
                    let want = if allowed.contains(role) {
                        "not 401/403"
                    } else {
                        "403"
                    };
                    failures.push(format!("{method} {path} as {role}: {status}, want {want}"));
                }
                checked += 1;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} calls wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        checked > 150,
        "only {checked} calls: the spec lost its operations?"
    );
}
