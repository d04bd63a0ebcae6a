//! Testimonials in a browser: the client reviews a finished shoot from the
//! booking page, an admin approves it, and it appears on the public page.

use serde_json::{json, Value};
use shared::Role;

use crate::browser::{launch, Browser};
use crate::setup::{account, sign_in, TINY_JPEG};

const REVIEW: &str = "Fotonya indah sekali, krunya ramah dan sabar.";

/// A booking taken through payment and marked done by the admin.
async fn done_booking(b: &Browser, client: &str, admin: &str) -> String {
    let app = &b.app;
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
    let booking: Value = app
        .client
        .post(app.url("/api/v1/bookings"))
        .bearer_auth(client)
        .json(&json!({
            "package_id": pkgs[0]["id"],
            "event_date": (chrono::Utc::now() + chrono::Duration::days(20)).date_naive().to_string(),
            "location": "Gereja HKBP Saribudolok",
            "payment_option": "dp",
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = booking["id"].as_str().unwrap().to_owned();
    let form = reqwest::multipart::Form::new()
        .text("kind", "dp")
        .text(
            "bank_account_id",
            banks[0]["id"].as_str().unwrap().to_owned(),
        )
        .part(
            "proof",
            reqwest::multipart::Part::bytes(TINY_JPEG.to_vec())
                .file_name("dp.jpg")
                .mime_str("image/jpeg")
                .unwrap(),
        );
    let payment: Value = app
        .client
        .post(app.url(&format!("/api/v1/bookings/{id}/payments")))
        .bearer_auth(client)
        .multipart(form)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for path in [
        format!(
            "/api/v1/payments/{}/approve",
            payment["id"].as_str().unwrap()
        ),
        format!("/api/v1/bookings/{id}/complete"),
    ] {
        let res = app
            .client
            .post(app.url(&path))
            .bearer_auth(admin)
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{path}");
    }
    id
}

#[tokio::test]
#[ignore = "needs the built SPA and Chromium: run with `cargo xtask test`"]
async fn a_client_reviews_a_finished_shoot_and_it_shows_after_approval() {
    let b = launch().await;
    api::seed_catalogue::seed(&b.app.db).await.unwrap();
    let (client_email, client) = account(&b, Role::Client, "Sari Dewi").await;
    let (admin_email, admin) = account(&b, Role::Admin, "Admin Studio").await;
    let booking = done_booking(&b, &client, &admin).await;

    sign_in(&b, &client_email, "/akun").await;
    b.open(&format!("/akun/booking/{booking}")).await;
    b.click("label.star[data-value='5']").await;
    b.fill("#review-text", REVIEW).await;
    b.click("#review-submit").await;
    b.wait_text("[data-testid=my-review]", "Menunggu persetujuan studio")
        .await;
    // The admin works in another browser session.
    b.client
        .execute("localStorage.clear(); sessionStorage.clear();", vec![])
        .await
        .unwrap();
    sign_in(&b, &admin_email, "/admin").await;
    b.open("/admin/testimoni").await;
    b.wait_text("[data-testid=testimonial-row]", REVIEW).await;
    b.click("[data-testid=testimonial-row] .approve").await;
    b.wait_text("[data-testid=notice]", "").await;

    b.open("/testimoni").await;
    b.wait_text("[data-testid=testimonial]", REVIEW).await;
    b.wait_text("[data-testid=testimonial]", "Sari D.").await;
    b.close().await;
}
