//! Testimonials: a client reviews a finished booking once; it shows on the
//! site only after an admin approves it.

use serde_json::{json, Value};

use crate::helpers::assert_error;
use crate::scene::scene;

#[tokio::test]
async fn a_done_booking_is_reviewed_once_and_shown_after_approval() {
    let s = scene().await;
    let (booking, payment) = s.booked_and_paid(&s.client, 15).await;
    s.approve(&payment).await;
    let id = booking["id"].as_str().unwrap();
    let review = format!("/api/v1/bookings/{id}/review");
    let body = json!({"rating": 5, "text": "Fotonya indah, kru ramah dan tepat waktu."});

    // Not before the shoot is done.
    assert_error(
        s.post(&s.client, &review, body.clone()).await,
        409,
        "invalid_transition",
    )
    .await;
    let res = s
        .post(
            &s.admin,
            &format!("/api/v1/bookings/{id}/complete"),
            json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_error(s.get(&s.client, &review).await, 404, "not_found").await;

    // Only its own client, with stars and words.
    let (other, _) = s.another_client().await;
    assert_error(
        s.post(&other, &review, body.clone()).await,
        404,
        "not_found",
    )
    .await;
    assert_error(
        s.post(&s.staff, &review, body.clone()).await,
        403,
        "forbidden",
    )
    .await;
    let err = assert_error(
        s.post(&s.client, &review, json!({"rating": 6, "text": "ok"}))
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert!(err["fields"]["rating"].is_string() && err["fields"]["text"].is_string());

    let res = s.post(&s.client, &review, body.clone()).await;
    assert_eq!(res.status(), 201);
    let mine: Value = res.json().await.unwrap();
    assert_eq!(mine["status"], "pending");
    assert_eq!(mine["service_kind"], "wedding");
    assert_error(s.post(&s.client, &review, body).await, 409, "conflict").await;
    let again: Value = s.get(&s.client, &review).await.json().await.unwrap();
    assert_eq!(again["id"], mine["id"]);

    // Hidden from the public until approved; the author is first name + initial.
    let public =
        |s: &crate::scene::Scene| s.app.client.get(s.app.url("/api/v1/testimonials")).send();
    let list: Value = public(&s).await.unwrap().json().await.unwrap();
    assert_eq!(list["total"], 0);
    assert_error(
        s.get(&s.staff, "/api/v1/testimonials/manage").await,
        403,
        "forbidden",
    )
    .await;
    let queue: Value = s
        .get(&s.admin, "/api/v1/testimonials/manage")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(queue["total"], 1);
    assert_eq!(queue["items"][0]["booking_code"], booking["code"]);
    let tid = mine["id"].as_str().unwrap();
    let res = s
        .post(
            &s.admin,
            &format!("/api/v1/testimonials/{tid}/approve"),
            json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let list: Value = public(&s).await.unwrap().json().await.unwrap();
    assert_eq!(list["total"], 1);
    let shown = &list["items"][0];
    assert_eq!(shown["rating"], 5);
    let author = shown["author"].as_str().unwrap();
    assert!(author.ends_with('.') && !author.contains('@'), "{author}");

    // Hide, then delete: gone from the site, logged.
    assert_eq!(
        s.post(
            &s.admin,
            &format!("/api/v1/testimonials/{tid}/hide"),
            json!({})
        )
        .await
        .status(),
        200
    );
    let list: Value = public(&s).await.unwrap().json().await.unwrap();
    assert_eq!(list["total"], 0);
    let hidden: Value = s
        .get(&s.admin, "/api/v1/testimonials/manage?status=hidden")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(hidden["total"], 1);
    let res = s
        .app
        .client
        .delete(s.app.url(&format!("/api/v1/testimonials/{tid}")))
        .bearer_auth(&s.admin)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    let log: Value = s
        .get(&s.admin, "/api/v1/audit?entity=testimonial")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(log["total"], 3);
}
