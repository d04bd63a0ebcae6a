//! Invoices: numbered at acceptance without gaps, downloadable by the owner
//! and the crew only, stamped by the booking's state.

use serde_json::{json, Value};

use crate::helpers::assert_error;
use crate::scene::{scene, Scene, JPEG};

async fn pdf_text(s: &Scene, token: &str, booking: &Value) -> (String, String) {
    let res = s
        .get(
            token,
            &format!(
                "/api/v1/bookings/{}/invoice.pdf",
                booking["id"].as_str().unwrap()
            ),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    let disposition = res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    let bytes = res.bytes().await.unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert!(bytes.len() < 100 * 1024, "{} bytes", bytes.len());
    (
        disposition,
        pdf_extract::extract_text_from_mem(&bytes).unwrap(),
    )
}

#[tokio::test]
async fn invoice_numbers_come_at_acceptance_without_gaps() {
    let s = scene().await;
    let (a, pay_a) = s.booked_and_paid(&s.client, 30).await;
    let (other, _) = s.another_client().await;
    let (b, pay_b) = s.booked_and_paid(&other, 32).await;
    // An unaccepted booking has a provisional bill, no number.
    assert!(a["invoice_number"].is_null());
    let (disposition, text) = pdf_text(&s, &s.client, &a).await;
    assert!(
        disposition.contains(a["code"].as_str().unwrap()),
        "{disposition}"
    );
    assert!(text.contains("TAGIHAN SEMENTARA"), "{text}");

    // A rejected proof does not use up a number.
    let res = s
        .post(
            &s.staff,
            &format!("/api/v1/payments/{pay_b}/reject"),
            json!({"reason": "Bukti buram"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let accepted_a = s.approve(&pay_a).await;
    let res = s.upload(&other, &b, "dp", JPEG, "again.jpg").await;
    let pay_b2: Value = res.json().await.unwrap();
    let accepted_b = s.approve(pay_b2["id"].as_str().unwrap()).await;
    let year = chrono::Utc::now().format("%Y").to_string();
    assert_eq!(accepted_a["invoice_number"], format!("INV-{year}-00001"));
    assert_eq!(accepted_b["invoice_number"], format!("INV-{year}-00002"));

    let (disposition, text) = pdf_text(&s, &s.client, &accepted_a).await;
    assert!(disposition.contains(&format!("INV-{year}-00001.pdf")));
    assert!(text.contains(&format!("INV-{year}-00001")), "{text}");
    assert!(text.contains(a["code"].as_str().unwrap()));
    let dp = accepted_a["dp_amount"].as_i64().unwrap();
    assert!(text.contains(&shared::Rupiah(dp).to_string()), "{text}");
    assert!(!text.contains("LUNAS"), "a DP is not paid in full: {text}");

    // The balance paid and approved: LUNAS.
    let res = s
        .upload(&s.client, &accepted_a, "balance", JPEG, "lunas.jpg")
        .await;
    assert_eq!(res.status(), 201);
    let balance: Value = res.json().await.unwrap();
    let settled = s.approve(balance["id"].as_str().unwrap()).await;
    assert_eq!(settled["remaining"], 0);
    assert_eq!(settled["invoice_number"], accepted_a["invoice_number"]);
    let (_, text) = pdf_text(&s, &s.staff, &settled).await;
    assert!(text.contains("LUNAS"), "{text}");
    let total = settled["total"].as_i64().unwrap();
    assert!(text.contains(&shared::Rupiah(total).to_string()));
    assert!(
        text.contains(&shared::terbilang::rupiah_in_words(total)),
        "{text}"
    );
}

#[tokio::test]
async fn only_the_owner_and_the_crew_download_an_invoice() {
    let s = scene().await;
    let booking = s.book(&s.client, 30).await;
    let path = format!(
        "/api/v1/bookings/{}/invoice.pdf",
        booking["id"].as_str().unwrap()
    );
    let (other, _) = s.another_client().await;
    assert_error(s.get(&other, &path).await, 404, "not_found").await;
    let res = s.app.client.get(s.app.url(&path)).send().await.unwrap();
    assert_error(res, 401, "unauthorized").await;
    // Whoever downloads it, it is billed to the booking's client.
    let client = &booking["client"];
    for token in [&s.client, &s.staff, &s.admin] {
        let (_, text) = pdf_text(&s, token, &booking).await;
        for field in ["full_name", "email"] {
            let value = client[field].as_str().unwrap();
            assert!(!value.is_empty() && text.contains(value), "{value}: {text}");
        }
    }
    let res = s
        .get(&s.client, "/api/v1/bookings/not-a-uuid/invoice.pdf")
        .await;
    assert!(res.status().is_client_error(), "{}", res.status());

    // Cancelled: DIBATALKAN.
    let res = s
        .post(
            &s.client,
            &format!(
                "/api/v1/bookings/{}/cancel",
                booking["id"].as_str().unwrap()
            ),
            json!({"reason": "Berubah rencana"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let (_, text) = pdf_text(&s, &s.client, &booking).await;
    assert!(text.contains("DIBATALKAN"), "{text}");
}

/// The studio's name and bank accounts on an invoice are kept between
/// writes (`studio_cache`), and a change through the API prints at once,
/// however long the caches' TTL.
#[tokio::test]
async fn the_invoice_prints_the_studios_details_as_just_saved() {
    let s = crate::scene::scene_with(|c| c.private_cache_ms = 60_000).await;
    let owner = s.app.signed_in_as(shared::Role::Superadmin).await["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let booking = s.book(&s.client, 30).await;
    let (_, before) = pdf_text(&s, &s.staff, &booking).await;
    assert!(!before.contains("Studio Baru Sekali"), "{before}");
    assert!(!before.contains("9876543210"), "{before}");

    let mut settings: Value = s
        .get(&owner, "/api/v1/settings")
        .await
        .json()
        .await
        .unwrap();
    settings["name"] = json!("Studio Baru Sekali");
    let res = s
        .app
        .client
        .put(s.app.url("/api/v1/settings"))
        .bearer_auth(&owner)
        .json(&settings)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let res = s
        .post(
            &owner,
            "/api/v1/bank-accounts",
            json!({"bank": "Mandiri", "account_number": "9876543210", "holder_name": "Studio Baru"}),
        )
        .await;
    assert_eq!(res.status(), 201);

    let (_, after) = pdf_text(&s, &s.staff, &booking).await;
    assert!(after.contains("Studio Baru Sekali"), "{after}");
    assert!(after.contains("9876543210"), "{after}");
}
