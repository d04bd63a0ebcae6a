//! Client A against client B: every operation of the OpenAPI document that
//! a client may call on a resource named in its path is called by client B
//! on client A's resource (B must get 404 or 403, and A's data must not
//! change), then by A (who must get past the check). The test walks the
//! spec, so a new client operation on an unknown kind of resource fails
//! here until it gets a fixture.

use serde_json::{json, Value};

use crate::scene::scene;

#[tokio::test]
async fn one_client_never_reaches_another_clients_resources() {
    let s = scene().await;
    let (b_token, _) = s.another_client().await;
    let me: Value = s.get(&s.client, "/api/v1/me").await.json().await.unwrap();
    let a_id = me["id"].as_str().unwrap().to_owned();
    let (booking, payment) = s.booked_and_paid(&s.client, 30).await;
    s.approve(&payment).await;
    let booking_id = booking["id"].as_str().unwrap().to_owned();
    // Done and reviewed, so every kind of resource exists for A.
    let res = s
        .post(
            &s.admin,
            &format!("/api/v1/bookings/{booking_id}/complete"),
            json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let res = s
        .post(
            &s.client,
            &format!("/api/v1/bookings/{booking_id}/review"),
            json!({"rating": 5, "text": "Hasilnya indah sekali, terima kasih."}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let res = s
        .post(
            &s.client,
            &format!("/api/v1/conversations/{a_id}/messages"),
            json!({"body": "Halo kak"}),
        )
        .await;
    assert!(res.status().is_success());
    let notes: Value = s
        .get(&s.client, "/api/v1/notifications")
        .await
        .json()
        .await
        .unwrap();
    let notification = notes["items"][0]["id"]
        .as_str()
        .expect("A has a notification")
        .to_owned();

    let snapshot = || async {
        let b: Value = s
            .get(&s.client, &format!("/api/v1/bookings/{booking_id}"))
            .await
            .json()
            .await
            .unwrap();
        let n: Value = s
            .get(&s.client, "/api/v1/notifications")
            .await
            .json()
            .await
            .unwrap();
        let m: Value = s
            .get(&s.client, &format!("/api/v1/conversations/{a_id}/messages"))
            .await
            .json()
            .await
            .unwrap();
        let r: Value = s
            .get(
                &s.client,
                &format!("/api/v1/bookings/{booking_id}/requests"),
            )
            .await
            .json()
            .await
            .unwrap();
        (b, n, m, r)
    };
    let before = snapshot().await;

    let spec: Value = serde_json::from_str(&api::openapi::spec_json().unwrap()).unwrap();
    let mut calls = Vec::new();
    let mut failures = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let for_clients = op["security"].as_array().is_some_and(|sec| {
                sec.iter()
                    .filter_map(|r| r["bearer"].as_array())
                    .flatten()
                    .any(|r| r == "client")
            });
            if !for_clients || !path.contains('{') {
                continue;
            }
            // Portfolio photos are public; liking one is not about its owner.
            if path.contains("{image_id}") {
                continue;
            }
            let url = if path.starts_with("/api/v1/bookings/{id}") {
                path.replace("{id}", &booking_id)
            } else if path.contains("{client_id}") {
                path.replace("{client_id}", &a_id)
            } else if path.starts_with("/api/v1/notifications/{id}") {
                path.replace("{id}", &notification)
            } else if path.starts_with("/api/v1/payments/{id}") {
                path.replace("{id}", &payment)
            } else {
                failures.push(format!("{method} {path}: no fixture for this resource"));
                continue;
            };
            calls.push((method.to_uppercase(), path.clone(), url));
        }
    }
    // A well-formed body, so the answer is about the resource, not the JSON.
    let body_for = |path: &str| {
        if path.ends_with("/requests") {
            json!({"kind": "cancel", "reason": "Acara kami batal."})
        } else if path.ends_with("/review") {
            json!({"rating": 1, "text": "Ulasan dari orang lain sama sekali."})
        } else if path.ends_with("/messages") {
            json!({"body": "Pesan dari klien lain"})
        } else {
            json!({})
        }
    };
    let send = |method: &str, path: &str, url: &str, token: &str| {
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = s
            .app
            .client
            .request(m.clone(), s.app.url(url))
            .bearer_auth(token);
        if m != reqwest::Method::GET && m != reqwest::Method::DELETE {
            req = req.json(&body_for(path));
        }
        req.send()
    };
    for (method, path, url) in &calls {
        let status = send(method, path, url, &b_token)
            .await
            .unwrap()
            .status()
            .as_u16();
        if status != 404 && status != 403 {
            failures.push(format!(
                "{method} {path} as client B: {status}, want 404 or 403"
            ));
        }
    }
    assert!(
        snapshot().await == before,
        "client B's calls changed client A's data"
    );
    for (method, path, url) in &calls {
        let status = send(method, path, url, &s.client)
            .await
            .unwrap()
            .status()
            .as_u16();
        if status == 404 || status == 403 || status == 401 {
            failures.push(format!(
                "{method} {path} as client A: {status}, want past the check"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        calls.len() >= 15,
        "only {} client operations on resources",
        calls.len()
    );
}
