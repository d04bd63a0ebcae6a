use chrono::{Duration, NaiveDate, Utc};
use reqwest::multipart::{Form, Part};
use serde_json::{json, Value};
use shared::Role;

use crate::helpers::{assert_error, spawn_app, TestApp};

struct Ctx {
    app: TestApp,
    client: String,
    admin: String,
    staff: String,
    wedding: String,
    bank: String,
}

async fn ctx() -> Ctx {
    let app = spawn_app().await;
    api::seed_catalogue::seed(&app.db).await.unwrap();
    let pkgs: Vec<Value> = app
        .client
        .get(app.url("/api/v1/packages?kind=wedding"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let banks: Vec<Value> = app
        .client
        .get(app.url("/api/v1/bank-accounts"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let t = |v: Value| v["access_token"].as_str().unwrap().to_owned();
    Ctx {
        client: t(app.signed_in_client().await.1),
        admin: t(app.signed_in_as(Role::Admin).await),
        staff: t(app.signed_in_as(Role::Staff).await),
        wedding: pkgs[0]["id"].as_str().unwrap().to_owned(),
        bank: banks[0]["id"].as_str().unwrap().to_owned(),
        app,
    }
}

fn day(n: i64) -> NaiveDate {
    (Utc::now() + Duration::days(n)).date_naive()
}

impl Ctx {
    async fn post(&self, token: &str, path: &str, body: Value) -> reqwest::Response {
        self.app
            .client
            .post(self.app.url(path))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    async fn get(&self, token: &str, path: &str) -> Value {
        self.app
            .client
            .get(self.app.url(path))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    /// A booking on `date`, paid and accepted.
    async fn accepted(&self, token: &str, date: NaiveDate) -> Value {
        let res = self
            .post(token, "/api/v1/bookings", json!({"package_id": self.wedding, "event_date": date, "location": "Gedung", "payment_option": "dp"}))
            .await;
        assert_eq!(res.status(), 201);
        let b: Value = res.json().await.unwrap();
        let form = Form::new()
            .text("kind", "dp")
            .text("bank_account_id", self.bank.clone())
            .part(
                "proof",
                Part::bytes(crate::scene::JPEG.to_vec()).file_name("a.jpg"),
            );
        let p: Value = self
            .app
            .client
            .post(self.app.url(&format!(
                "/api/v1/bookings/{}/payments",
                b["id"].as_str().unwrap()
            )))
            .bearer_auth(token)
            .multipart(form)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let b: Value = self
            .post(
                &self.staff,
                &format!("/api/v1/payments/{}/approve", p["id"].as_str().unwrap()),
                json!({}),
            )
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(b["status"], "accepted");
        b
    }
}

#[tokio::test]
async fn an_approved_reschedule_moves_the_booking_and_frees_the_old_date() {
    let c = ctx().await;
    let b = c.accepted(&c.client, day(30)).await;
    let id = b["id"].as_str().unwrap();
    let path = format!("/api/v1/bookings/{id}/requests");

    let res = c.post(&c.client, &path, json!({"kind": "reschedule", "reason": "Keluarga besar berhalangan", "new_date": day(45)})).await;
    assert_eq!(res.status(), 201);
    let req: Value = res.json().await.unwrap();
    assert_eq!(req["status"], "pending");
    assert_error(
        c.post(
            &c.client,
            &path,
            json!({"kind": "cancel", "reason": "Berubah pikiran"}),
        )
        .await,
        409,
        "conflict",
    )
    .await;
    assert_eq!(
        c.get(&c.client, &format!("/api/v1/bookings/{id}")).await["status"],
        "accepted"
    );
    let queue: Vec<Value> =
        serde_json::from_value(c.get(&c.admin, "/api/v1/requests").await).unwrap();
    assert_eq!(queue.len(), 1);

    let approve = format!("/api/v1/requests/{}/approve", req["id"].as_str().unwrap());
    assert_error(
        c.post(&c.staff, &approve, json!({})).await,
        403,
        "forbidden",
    )
    .await;
    let res = c
        .post(
            &c.admin,
            &approve,
            json!({"note": "Sampai jumpa di tanggal baru"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["status"], "approved");
    let moved = c.get(&c.client, &format!("/api/v1/bookings/{id}")).await;
    assert_eq!(moved["event_date"], day(45).to_string());
    assert_eq!(moved["status"], "accepted");
    assert_error(c.post(&c.admin, &approve, json!({})).await, 409, "conflict").await;

    // The old date is free for someone else.
    let other = c.app.signed_in_client().await.1["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let res = c.post(&other, "/api/v1/bookings", json!({"package_id": c.wedding, "event_date": day(30), "location": "Gedung", "payment_option": "dp"})).await;
    assert_eq!(res.status(), 201);
}

#[tokio::test]
async fn a_reschedule_onto_a_taken_date_changes_nothing() {
    let c = ctx().await;
    let mine = c.accepted(&c.client, day(30)).await;
    let other = c.app.signed_in_client().await.1["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    c.accepted(&other, day(31)).await;
    let req: Value = c
        .post(
            &c.client,
            &format!("/api/v1/bookings/{}/requests", mine["id"].as_str().unwrap()),
            json!({"kind": "reschedule", "reason": "Pindah tanggal", "new_date": day(31)}),
        )
        .await
        .json()
        .await
        .unwrap();
    let approve = format!("/api/v1/requests/{}/approve", req["id"].as_str().unwrap());
    assert_error(
        c.post(&c.admin, &approve, json!({})).await,
        409,
        "slot_unavailable",
    )
    .await;
    let still = c
        .get(
            &c.client,
            &format!("/api/v1/bookings/{}", mine["id"].as_str().unwrap()),
        )
        .await;
    assert_eq!(still["event_date"], day(30).to_string());
    let reqs: Vec<Value> = serde_json::from_value(
        c.get(
            &c.client,
            &format!("/api/v1/bookings/{}/requests", mine["id"].as_str().unwrap()),
        )
        .await,
    )
    .unwrap();
    assert_eq!(
        reqs[0]["status"], "pending",
        "a failed approval leaves the request open"
    );
    // The admin can still decline it, and the client can ask again.
    assert_error(
        c.post(
            &c.admin,
            &format!("/api/v1/requests/{}/decline", req["id"].as_str().unwrap()),
            json!({}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let res = c
        .post(
            &c.admin,
            &format!("/api/v1/requests/{}/decline", req["id"].as_str().unwrap()),
            json!({"note": "Tanggal itu sudah penuh"}),
        )
        .await;
    assert_eq!(res.json::<Value>().await.unwrap()["status"], "declined");
    let res = c
        .post(
            &c.client,
            &format!("/api/v1/bookings/{}/requests", mine["id"].as_str().unwrap()),
            json!({"kind": "reschedule", "reason": "Coba tanggal lain", "new_date": day(33)}),
        )
        .await;
    assert_eq!(res.status(), 201);
}

#[tokio::test]
async fn an_approved_cancel_request_cancels_and_frees_the_slot() {
    let c = ctx().await;
    let b = c.accepted(&c.client, day(30)).await;
    let id = b["id"].as_str().unwrap();
    let path = format!("/api/v1/bookings/{id}/requests");
    assert_error(
        c.post(&c.client, &path, json!({"kind": "cancel", "reason": ""}))
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert_error(
        c.post(
            &c.client,
            &path,
            json!({"kind": "reschedule", "reason": "Pindah", "new_date": Utc::now().date_naive()}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let req: Value = c
        .post(
            &c.client,
            &path,
            json!({"kind": "cancel", "reason": "Acara dibatalkan keluarga"}),
        )
        .await
        .json()
        .await
        .unwrap();
    let res = c
        .post(
            &c.admin,
            &format!("/api/v1/requests/{}/approve", req["id"].as_str().unwrap()),
            json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        c.get(&c.client, &format!("/api/v1/bookings/{id}")).await["status"],
        "cancelled"
    );
    assert_error(
        c.post(
            &c.client,
            &path,
            json!({"kind": "cancel", "reason": "Lagi"}),
        )
        .await,
        409,
        "invalid_transition",
    )
    .await;
    let events: Vec<Value> = serde_json::from_value(
        c.get(&c.client, &format!("/api/v1/bookings/{id}/events"))
            .await,
    )
    .unwrap();
    assert_eq!(events.last().unwrap()["to_status"], "cancelled");
}

#[tokio::test]
async fn requests_are_only_for_the_owners_accepted_bookings() {
    let c = ctx().await;
    let res = c.post(&c.client, "/api/v1/bookings", json!({"package_id": c.wedding, "event_date": day(30), "location": "Gedung", "payment_option": "dp"})).await;
    let unpaid: Value = res.json().await.unwrap();
    let path = format!(
        "/api/v1/bookings/{}/requests",
        unpaid["id"].as_str().unwrap()
    );
    assert_error(
        c.post(
            &c.client,
            &path,
            json!({"kind": "cancel", "reason": "Tidak jadi"}),
        )
        .await,
        409,
        "invalid_transition",
    )
    .await;
    let stranger = c.app.signed_in_client().await.1["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_error(
        c.post(
            &stranger,
            &path,
            json!({"kind": "cancel", "reason": "Tidak jadi"}),
        )
        .await,
        404,
        "not_found",
    )
    .await;
    assert_error(
        c.app
            .client
            .get(c.app.url("/api/v1/requests"))
            .bearer_auth(&c.staff)
            .send()
            .await
            .unwrap(),
        403,
        "forbidden",
    )
    .await;
}
