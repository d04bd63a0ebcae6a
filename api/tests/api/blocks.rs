use chrono::{Duration, Utc};
use serde_json::{json, Value};
use shared::Role;

use crate::helpers::{assert_error, spawn_app};

#[tokio::test]
async fn admins_block_days_and_hours_and_bookings_respect_them() {
    let app = spawn_app().await;
    api::seed_catalogue::seed(&app.db).await.unwrap();
    let token = |v: Value| v["access_token"].as_str().unwrap().to_owned();
    let admin = token(app.signed_in_as(Role::Admin).await);
    let staff = token(app.signed_in_as(Role::Staff).await);
    let client = token(app.signed_in_client().await.1);
    let day = (Utc::now() + Duration::days(20)).date_naive();
    let next = day + Duration::days(1);
    let post = |t: &str, body: Value| {
        app.client
            .post(app.url("/api/v1/blocks"))
            .bearer_auth(t.to_owned())
            .json(&body)
            .send()
    };

    let res = post(&admin, json!({"date": day, "reason": "Libur keluarga"}))
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let whole: Value = res.json().await.unwrap();
    assert_eq!(whole["start_time"], Value::Null);
    let res = post(&admin, json!({"date": next, "start_time": "10:00", "end_time": "12:00", "reason": "Servis kamera"})).await.unwrap();
    assert_eq!(res.status(), 201);
    assert_error(
        post(&staff, json!({"date": day, "reason": "x"}))
            .await
            .unwrap(),
        403,
        "forbidden",
    )
    .await;
    let err = assert_error(
        post(
            &admin,
            json!({"date": day, "start_time": "12:00", "end_time": "10:00", "reason": "x"}),
        )
        .await
        .unwrap(),
        422,
        "validation_failed",
    )
    .await;
    assert!(err["fields"]["end_time"].is_string());
    let err = assert_error(
        post(
            &admin,
            json!({"date": day, "start_time": "12:00", "reason": ""}),
        )
        .await
        .unwrap(),
        422,
        "validation_failed",
    )
    .await;
    assert!(err["fields"]["reason"].is_string() && err["fields"]["start_time"].is_string());

    let list_url = app.url(&format!("/api/v1/blocks?from={day}&to={next}"));
    let listed: Vec<Value> = app
        .client
        .get(&list_url)
        .bearer_auth(&staff)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed.len(), 2);
    assert_error(
        app.client
            .get(&list_url)
            .bearer_auth(&client)
            .send()
            .await
            .unwrap(),
        403,
        "forbidden",
    )
    .await;

    let pkgs: Vec<Value> = app
        .client
        .get(app.url("/api/v1/packages?kind=portrait"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let portrait = pkgs.iter().find(|p| p["duration_hours"] == 2).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let book = |date: chrono::NaiveDate, start: &str| {
        app.client
            .post(app.url("/api/v1/bookings"))
            .bearer_auth(client.clone())
            .json(&json!({"package_id": portrait, "event_date": date, "start_time": start, "location": "Studio", "payment_option": "dp"}))
            .send()
    };
    assert_error(book(day, "09:00").await.unwrap(), 409, "slot_unavailable").await;
    assert_error(book(next, "11:00").await.unwrap(), 409, "slot_unavailable").await;
    assert_error(book(next, "08:30").await.unwrap(), 409, "slot_unavailable").await;
    assert_eq!(book(next, "12:00").await.unwrap().status(), 201);

    let del = |id: &str| {
        app.client
            .delete(app.url(&format!("/api/v1/blocks/{id}")))
            .bearer_auth(admin.clone())
            .send()
    };
    assert_eq!(
        del(whole["id"].as_str().unwrap()).await.unwrap().status(),
        204
    );
    assert_error(
        del(whole["id"].as_str().unwrap()).await.unwrap(),
        404,
        "not_found",
    )
    .await;
    assert_eq!(book(day, "09:00").await.unwrap().status(), 201);
}
