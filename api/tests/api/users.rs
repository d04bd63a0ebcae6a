use serde_json::Value;
use shared::Role;

use crate::helpers::{assert_error, spawn_app};

#[tokio::test]
async fn listing_users_is_for_admins_only() {
    let app = spawn_app().await;
    let (_, client) = app.signed_in_client().await;
    let staff = app.signed_in_as(Role::Staff).await;
    let admin = app.signed_in_as(Role::Admin).await;
    let owner = app.signed_in_as(Role::Superadmin).await;
    let get = |token: Option<String>| {
        let mut req = app.client.get(app.url("/api/v1/users"));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send()
    };
    let token = |v: &Value| Some(v["access_token"].as_str().unwrap().to_owned());

    assert_error(get(None).await.unwrap(), 401, "unauthorized").await;
    assert_error(get(token(&client)).await.unwrap(), 403, "forbidden").await;
    assert_error(get(token(&staff)).await.unwrap(), 403, "forbidden").await;
    assert_eq!(get(token(&admin)).await.unwrap().status(), 200);
    let page: Value = get(token(&owner)).await.unwrap().json().await.unwrap();
    assert_eq!(page["total"], 4);
    assert_eq!(page["page"], 1);
    assert!(page["items"][0].get("password_hash").is_none());
}

#[tokio::test]
async fn users_are_filtered_searched_and_paginated() {
    let app = spawn_app().await;
    let admin = app.signed_in_as(Role::Admin).await;
    let t = admin["access_token"].as_str().unwrap();
    let mut emails = Vec::new();
    for _ in 0..3 {
        emails.push(
            app.signed_in_client().await.0["email"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    let list = |q: String| {
        let url = app.url(&format!("/api/v1/users?{q}"));
        let c = app.client.clone();
        let t = t.to_owned();
        async move { c.get(url).bearer_auth(t).send().await.unwrap() }
    };

    let page: Value = list("role=client&per_page=2&page=2".into())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(page["total"], 3);
    assert_eq!(page["items"].as_array().unwrap().len(), 1);

    let found: Value = list(format!("q={}", emails[1].to_uppercase()))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(found["total"], 1);
    assert_eq!(found["items"][0]["email"], emails[1]);

    assert_error(list("per_page=0".into()).await, 400, "bad_request").await;
    assert_error(list("page=0".into()).await, 400, "bad_request").await;
    assert_error(list("role=king".into()).await, 400, "bad_request").await;
    assert_error(list("page=abc".into()).await, 400, "bad_request").await;
}
