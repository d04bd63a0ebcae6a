//! The benchmark's data set (`api bench-data`) reads like a studio's
//! history through the API, on either database.

use std::collections::HashSet;

use serde_json::Value;

use crate::helpers::spawn_app;

async fn get(app: &crate::helpers::TestApp, token: &str, path: &str) -> reqwest::Response {
    let res = app
        .client
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{path}");
    res
}

#[tokio::test]
async fn accepted_bookings_of_the_bench_data_carry_invoice_numbers() {
    let app = spawn_app().await;
    let sizes = api::bench_data::Sizes {
        bookings: 240,
        clients: 8,
        portfolio_images: 4,
        chat_messages: 20,
    };
    api::bench_data::generate(&app.db, sizes).await.unwrap();
    let res = app
        .login("bench0@example.com", api::bench_data::BENCH_PASSWORD)
        .await;
    assert_eq!(res.status(), 200);
    let token = res.json::<Value>().await.unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_owned();

    let mut all = Vec::new();
    for page in 1.. {
        let path = format!("/api/v1/bookings?per_page=100&page={page}");
        let body: Value = get(&app, &token, &path).await.json().await.unwrap();
        let items = body["items"].as_array().unwrap();
        if items.is_empty() {
            break;
        }
        all.extend(items.iter().cloned());
    }
    assert_eq!(all.len(), 240);
    let mut numbers = HashSet::new();
    let mut accepted = None;
    for b in &all {
        // A booking was accepted when its first payment was approved: it
        // has paid something, and got its number then.
        let paid = b["paid"].as_i64().unwrap();
        let number = b["invoice_number"].as_str();
        assert_eq!(number.is_some(), paid > 0, "{b}");
        if matches!(b["status"].as_str(), Some("accepted" | "done")) {
            let number = number.expect("an accepted booking has an invoice number");
            assert!(number.starts_with("INV-BENCH-"), "{number}");
            accepted.get_or_insert(b);
        }
        if let Some(number) = number {
            assert!(numbers.insert(number.to_owned()), "{number} twice");
        }
    }
    let b = accepted.expect("some accepted or done bookings");
    let pdf = get(
        &app,
        &token,
        &format!("/api/v1/bookings/{}/invoice.pdf", b["id"].as_str().unwrap()),
    )
    .await
    .bytes()
    .await
    .unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    for want in [&b["invoice_number"], &b["client"]["email"]] {
        assert!(text.contains(want.as_str().unwrap()), "{want}: {text}");
    }
}
