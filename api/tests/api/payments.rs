use chrono::Duration;
use serde_json::{json, Value};

use crate::helpers::assert_error;
use crate::scene::{scene, JPEG};

#[tokio::test]
async fn dp_then_balance_are_paid_reviewed_and_the_booking_settles() {
    let s = scene().await;
    let booking = s.book(&s.client, 30).await;
    let id = booking["id"].as_str().unwrap();

    let res = s.upload(&s.client, &booking, "dp", JPEG, "bukti.jpg").await;
    assert_eq!(res.status(), 201);
    let dp: Value = res.json().await.unwrap();
    assert_eq!(dp["amount"], booking["dp_amount"]);
    assert_eq!(dp["status"], "pending");
    let b: Value = s
        .get(&s.client, &format!("/api/v1/bookings/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(b["status"], "waiting_approval");

    // The proof reaches the crew's queue and is served privately.
    let queue: Value = s
        .get(&s.staff, "/api/v1/payments")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(queue["total"], 1);
    assert_eq!(
        queue["items"][0]["payment"]["booking_code"],
        booking["code"]
    );
    let proof = s.get(&s.staff, dp["proof_url"].as_str().unwrap()).await;
    assert_eq!(proof.status(), 200);
    assert_eq!(proof.headers()["content-type"], "image/jpeg");
    assert_eq!(proof.headers()["x-content-type-options"], "nosniff");
    assert!(proof.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains(booking["code"].as_str().unwrap()));
    assert_eq!(proof.bytes().await.unwrap().as_ref(), JPEG);

    let res = s
        .post(
            &s.staff,
            &format!("/api/v1/payments/{}/approve", dp["id"].as_str().unwrap()),
            json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let b: Value = res.json().await.unwrap();
    assert_eq!(b["status"], "accepted");
    assert_eq!(b["paid"], booking["dp_amount"]);
    let remaining = b["remaining"].as_i64().unwrap();
    assert_eq!(
        remaining,
        booking["total"].as_i64().unwrap() - booking["dp_amount"].as_i64().unwrap()
    );

    // The DP cannot be paid twice; the balance can.
    assert_error(
        s.upload(&s.client, &booking, "dp", JPEG, "a.jpg").await,
        409,
        "invalid_transition",
    )
    .await;
    let res = s
        .upload(&s.client, &booking, "balance", JPEG, "pelunasan.jpg")
        .await;
    assert_eq!(res.status(), 201);
    let balance: Value = res.json().await.unwrap();
    assert_eq!(balance["amount"], remaining);
    let b: Value = s
        .post(
            &s.admin,
            &format!(
                "/api/v1/payments/{}/approve",
                balance["id"].as_str().unwrap()
            ),
            json!({}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(b["status"], "accepted");
    assert_eq!(b["remaining"], 0);
    assert_eq!(b["paid"], booking["total"]);
    assert_error(
        s.upload(&s.client, &booking, "balance", JPEG, "b.jpg")
            .await,
        409,
        "invalid_transition",
    )
    .await;

    let events: Vec<Value> = s
        .get(&s.client, &format!("/api/v1/bookings/{id}/events"))
        .await
        .json()
        .await
        .unwrap();
    let path: Vec<&str> = events
        .iter()
        .map(|e| e["to_status"].as_str().unwrap())
        .collect();
    assert_eq!(
        path,
        [
            "waiting_payment",
            "waiting_approval",
            "accepted",
            "accepted"
        ]
    );
}

#[tokio::test]
async fn a_rejected_proof_can_be_replaced_in_its_window_and_expires_after() {
    let s = scene().await;
    let booking = s.book(&s.client, 30).await;
    let id = booking["id"].as_str().unwrap();
    let first: Value = s
        .upload(&s.client, &booking, "dp", JPEG, "a.jpg")
        .await
        .json()
        .await
        .unwrap();
    let pay = |p: &Value| format!("/api/v1/payments/{}/reject", p["id"].as_str().unwrap());

    let err = assert_error(
        s.post(&s.staff, &pay(&first), json!({"reason": ""})).await,
        422,
        "validation_failed",
    )
    .await;
    assert!(err["fields"]["reason"].is_string());
    let b: Value = s
        .post(
            &s.staff,
            &pay(&first),
            json!({"reason": "Nominal tidak sesuai"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(b["status"], "rejected");
    assert_error(
        s.post(&s.staff, &pay(&first), json!({"reason": "lagi"}))
            .await,
        409,
        "conflict",
    )
    .await;

    let payments: Vec<Value> = s
        .get(&s.client, &format!("/api/v1/bookings/{id}/payments"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(payments[0]["reason"], "Nominal tidak sesuai");

    // Within the window the client uploads again.
    let second: Value = s
        .upload(&s.client, &booking, "dp", JPEG, "b.jpg")
        .await
        .json()
        .await
        .unwrap();
    let b: Value = s
        .get(&s.client, &format!("/api/v1/bookings/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(b["status"], "waiting_approval");
    s.post(&s.staff, &pay(&second), json!({"reason": "Buram"}))
        .await;

    // The window passes: the slot is free at once, and the job expires the booking.
    s.app.clock.advance(Duration::minutes(61));
    assert_error(
        s.upload(&s.client, &booking, "dp", JPEG, "c.jpg").await,
        409,
        "invalid_transition",
    )
    .await;
    let other = s.app.signed_in_client().await.1["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let day = booking["event_date"].as_str().unwrap();
    let days: Vec<Value> = s
        .get(&other, &format!("/api/v1/availability?from={day}&to={day}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(days[0]["state"], "free");
    assert_eq!(
        api::jobs::lifecycle::run_once(&s.app.state).await.unwrap(),
        1
    );
    let b: Value = s
        .get(&s.client, &format!("/api/v1/bookings/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(b["status"], "expired");
    assert_eq!(
        api::jobs::lifecycle::run_once(&s.app.state).await.unwrap(),
        0
    );
}

#[tokio::test]
async fn hostile_or_wrong_uploads_are_refused_and_nothing_is_stored() {
    let s = scene().await;
    let booking = s.book(&s.client, 30).await;
    let html = b"<html><body><script>alert(document.cookie)</script></body></html>";
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";
    let mut polyglot = JPEG.to_vec();
    polyglot.extend_from_slice(b"<script>alert(1)</script>");
    let big = {
        let mut v = JPEG.to_vec();
        v.resize(5 * 1024 * 1024 + 1, 0);
        v
    };
    assert_error(
        s.upload(&s.client, &booking, "dp", html, "bukti.jpg").await,
        415,
        "unsupported_media_type",
    )
    .await;
    assert_error(
        s.upload(&s.client, &booking, "dp", svg, "bukti.svg").await,
        415,
        "unsupported_media_type",
    )
    .await;
    assert_error(
        s.upload(&s.client, &booking, "dp", &polyglot, "bukti.jpg")
            .await,
        415,
        "unsupported_media_type",
    )
    .await;
    assert_error(
        s.upload(&s.client, &booking, "dp", &big, "besar.jpg").await,
        413,
        "payload_too_large",
    )
    .await;
    assert_error(
        s.upload(&s.client, &booking, "dp", b"", "kosong.jpg").await,
        422,
        "validation_failed",
    )
    .await;
    assert_error(
        s.upload(&s.client, &booking, "full", JPEG, "a.jpg").await,
        422,
        "validation_failed",
    )
    .await;
    assert_error(
        s.upload(&s.client, &booking, "cash", JPEG, "a.jpg").await,
        422,
        "validation_failed",
    )
    .await;
    let res = s
        .app
        .client
        .post(s.app.url(&format!(
            "/api/v1/bookings/{}/payments",
            booking["id"].as_str().unwrap()
        )))
        .bearer_auth(&s.client)
        .json(&json!({"kind": "dp"}))
        .send()
        .await
        .unwrap();
    assert_error(res, 415, "unsupported_media_type").await;
    assert_eq!(s.app.count("payments").await, 0);
    assert_eq!(s.uploads(), 0);
    let b: Value = s
        .get(
            &s.client,
            &format!("/api/v1/bookings/{}", booking["id"].as_str().unwrap()),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(b["status"], "waiting_payment");
}

#[tokio::test]
async fn only_the_owner_pays_and_only_the_crew_reviews() {
    let s = scene().await;
    let booking = s.book(&s.client, 30).await;
    let stranger = s.app.signed_in_client().await.1["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_error(
        s.upload(&stranger, &booking, "dp", JPEG, "a.jpg").await,
        404,
        "not_found",
    )
    .await;
    // Crew never pay as a client: refused by role, before the upload is read.
    assert_error(
        s.upload(&s.staff, &booking, "dp", JPEG, "a.jpg").await,
        403,
        "forbidden",
    )
    .await;
    let dp: Value = s
        .upload(&s.client, &booking, "dp", JPEG, "a.jpg")
        .await
        .json()
        .await
        .unwrap();
    assert_error(
        s.upload(&s.client, &booking, "dp", JPEG, "b.jpg").await,
        409,
        "invalid_transition",
    )
    .await;
    let approve = format!("/api/v1/payments/{}/approve", dp["id"].as_str().unwrap());
    assert_error(
        s.post(&s.client, &approve, json!({})).await,
        403,
        "forbidden",
    )
    .await;
    assert_error(
        s.get(&stranger, dp["proof_url"].as_str().unwrap()).await,
        404,
        "not_found",
    )
    .await;
    assert_error(s.get(&stranger, "/api/v1/payments").await, 403, "forbidden").await;
    assert_eq!(
        s.get(&s.client, dp["proof_url"].as_str().unwrap())
            .await
            .status(),
        200
    );
    assert_error(
        s.get(
            &stranger,
            &format!(
                "/api/v1/bookings/{}/payments",
                booking["id"].as_str().unwrap()
            ),
        )
        .await,
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn cancelling_frees_the_slot_and_a_cancelled_booking_cannot_be_revived() {
    let s = scene().await;
    let booking = s.book(&s.client, 30).await;
    let id = booking["id"].as_str().unwrap();
    let dp: Value = s
        .upload(&s.client, &booking, "dp", JPEG, "a.jpg")
        .await
        .json()
        .await
        .unwrap();

    let b: Value = s
        .post(
            &s.client,
            &format!("/api/v1/bookings/{id}/cancel"),
            json!({"reason": "Tanggal berubah"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(b["status"], "cancelled");

    // Approving its pending proof now fails as a whole: the payment stays pending.
    assert_error(
        s.post(
            &s.staff,
            &format!("/api/v1/payments/{}/approve", dp["id"].as_str().unwrap()),
            json!({}),
        )
        .await,
        409,
        "invalid_transition",
    )
    .await;
    let payments: Vec<Value> = s
        .get(&s.client, &format!("/api/v1/bookings/{id}/payments"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(payments[0]["status"], "pending");
    let b: Value = s
        .get(&s.client, &format!("/api/v1/bookings/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(b["status"], "cancelled");
    assert_eq!(b["paid"], 0);

    // The date is free again.
    let again = s.book(&s.client, 30).await;
    assert_eq!(again["status"], "waiting_payment");
}

#[tokio::test]
async fn after_acceptance_only_an_admin_cancels_and_the_job_completes_past_events() {
    let s = scene().await;
    let booking = s.book(&s.client, 3).await;
    let id = booking["id"].as_str().unwrap();
    let dp: Value = s
        .upload(&s.client, &booking, "dp", JPEG, "a.jpg")
        .await
        .json()
        .await
        .unwrap();
    s.post(
        &s.staff,
        &format!("/api/v1/payments/{}/approve", dp["id"].as_str().unwrap()),
        json!({}),
    )
    .await;
    assert_error(
        s.post(
            &s.client,
            &format!("/api/v1/bookings/{id}/cancel"),
            json!({}),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    assert_error(
        s.post(
            &s.staff,
            &format!("/api/v1/bookings/{id}/cancel"),
            json!({}),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    assert_error(
        s.post(
            &s.staff,
            &format!("/api/v1/bookings/{id}/complete"),
            json!({}),
        )
        .await,
        403,
        "forbidden",
    )
    .await;

    // Nothing happens before the event day is over…
    assert_eq!(
        api::jobs::lifecycle::run_once(&s.app.state).await.unwrap(),
        0
    );
    // …and the day after, the booking is done by itself.
    s.app.clock.advance(Duration::days(5));
    assert_eq!(
        api::jobs::lifecycle::run_once(&s.app.state).await.unwrap(),
        1
    );
    let b: Value = s
        .get(&s.client, &format!("/api/v1/bookings/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(b["status"], "done");
    assert_error(
        s.post(
            &s.admin,
            &format!("/api/v1/bookings/{id}/cancel"),
            json!({}),
        )
        .await,
        409,
        "invalid_transition",
    )
    .await;

    let other = s.book(&s.client, 40).await;
    let dp: Value = s
        .upload(&s.client, &other, "dp", JPEG, "a.jpg")
        .await
        .json()
        .await
        .unwrap();
    s.post(
        &s.staff,
        &format!("/api/v1/payments/{}/approve", dp["id"].as_str().unwrap()),
        json!({}),
    )
    .await;
    let b: Value = s
        .post(
            &s.admin,
            &format!("/api/v1/bookings/{}/cancel", other["id"].as_str().unwrap()),
            json!({"reason": "Permintaan klien"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(b["status"], "cancelled");
}

#[tokio::test]
async fn unpaid_bookings_expire_by_themselves() {
    let s = scene().await;
    let booking = s.book(&s.client, 30).await;
    s.app.clock.advance(Duration::minutes(59));
    assert_eq!(
        api::jobs::lifecycle::run_once(&s.app.state).await.unwrap(),
        0
    );
    s.app.clock.advance(Duration::minutes(2));
    assert_eq!(
        api::jobs::lifecycle::run_once(&s.app.state).await.unwrap(),
        1
    );
    let b: Value = s
        .get(
            &s.client,
            &format!("/api/v1/bookings/{}", booking["id"].as_str().unwrap()),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(b["status"], "expired");
    assert_error(
        s.upload(&s.client, &booking, "dp", JPEG, "late.jpg").await,
        409,
        "invalid_transition",
    )
    .await;
}

#[tokio::test]
async fn a_client_hides_a_finished_booking_from_their_list_only() {
    let s = scene().await;
    let live = s.book(&s.client, 30).await;
    let gone = s.book(&s.client, 31).await;
    let hide = |b: &Value| format!("/api/v1/bookings/{}/hide", b["id"].as_str().unwrap());
    assert_error(
        s.post(&s.client, &hide(&live), json!({})).await,
        409,
        "invalid_transition",
    )
    .await;
    s.post(
        &s.client,
        &format!("/api/v1/bookings/{}/cancel", gone["id"].as_str().unwrap()),
        json!({}),
    )
    .await;
    let stranger = s.app.signed_in_client().await.1["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_error(
        s.post(&stranger, &hide(&gone), json!({})).await,
        404,
        "not_found",
    )
    .await;
    assert_eq!(
        s.post(&s.client, &hide(&gone), json!({})).await.status(),
        204
    );

    let mine: Value = s
        .get(&s.client, "/api/v1/bookings")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["total"], 1);
    assert_eq!(mine["items"][0]["id"], live["id"]);
    let all: Value = s
        .get(&s.staff, "/api/v1/bookings")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(all["total"], 2, "the studio still sees it");
}
