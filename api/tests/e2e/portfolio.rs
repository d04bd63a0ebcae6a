//! The portfolio in a browser: a visitor filters by category, a shared
//! post URL opens the post directly, and a client likes a photo.

use std::time::{Duration, Instant};

use fantoccini::Locator;
use serde_json::{json, Value};
use shared::Role;

use crate::browser::{launch, Browser};
use crate::setup::{account, png, sign_in};

/// A published post in `slug` with one photo; returns (post id, image id).
async fn post(b: &Browser, admin: &str, slug: &str, title: &str) -> (String, String) {
    let app = &b.app;
    let cats: Vec<Value> = app
        .client
        .get(app.url("/api/v1/portfolio/categories"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let category = cats.iter().find(|c| c["slug"] == slug).unwrap()["id"].clone();
    let created: Value = app
        .client
        .post(app.url("/api/v1/portfolio"))
        .bearer_auth(admin)
        .json(&json!({"category_id": category, "title": title, "story": "Cerita hari itu", "published": true}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    let form = reqwest::multipart::Form::new().part(
        "image",
        reqwest::multipart::Part::bytes(png(640, 480, 0))
            .file_name("a.png")
            .mime_str("image/png")
            .unwrap(),
    );
    let image: Value = app
        .client
        .post(app.url(&format!("/api/v1/portfolio/{id}/images")))
        .bearer_auth(admin)
        .multipart(form)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    (id, image["id"].as_str().unwrap().to_owned())
}

async fn cards(b: &Browser) -> Vec<String> {
    let mut ids = Vec::new();
    for el in b
        .client
        .find_all(Locator::Css("#portfolio-grid a.portfolio-card"))
        .await
        .unwrap_or_default()
    {
        if let Ok(Some(id)) = el.attr("data-post-id").await {
            ids.push(id);
        }
    }
    ids
}

async fn wait_cards(b: &Browser, want: &[&str]) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let mut have = cards(b).await;
        have.sort();
        let mut expected: Vec<String> = want.iter().map(|s| (*s).to_owned()).collect();
        expected.sort();
        if have == expected {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "cards {have:?}, want {expected:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
#[ignore = "needs the built SPA and Chromium: run with `cargo xtask test`"]
async fn visitors_browse_by_category_open_a_shared_post_and_clients_like() {
    let b = launch().await;
    api::seed_catalogue::seed(&b.app.db).await.unwrap();
    let (_, admin) = account(&b, Role::Admin, "Admin Studio").await;
    let (wedding, image) = post(&b, &admin, "wedding", "Sari & Budi").await;
    let (mbs, _) = post(&b, &admin, "mbs", "Martumpol Rina").await;

    // A visitor filters by category.
    b.open("/portfolio").await;
    wait_cards(&b, &[&wedding, &mbs]).await;
    b.click("button.category-chip[data-slug='mbs']").await;
    wait_cards(&b, &[&mbs]).await;
    b.click("button.category-chip[data-slug='']").await;
    wait_cards(&b, &[&wedding, &mbs]).await;

    // A shared link opens the post itself.
    b.open(&format!("/portfolio/{wedding}")).await;
    b.wait_text("h1", "Sari & Budi").await;
    b.el("#share-button").await;

    // A client signs in and likes the photo; the count moves at once.
    let (email, _) = account(&b, Role::Client, "Sari Dewi").await;
    sign_in(&b, &email, "/akun").await;
    b.open(&format!("/portfolio/{wedding}")).await;
    let button = format!("button.like-button[data-image-id='{image}']");
    b.wait_text(&format!("{button} .like-count"), "0").await;
    b.click(&button).await;
    b.wait_text(&format!("{button} .like-count"), "1").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let post: Value = b
            .app
            .client
            .get(b.app.url(&format!("/api/v1/portfolio/{wedding}")))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if post["like_count"] == 1 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the like never reached the server"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let pressed = b.el(&button).await.attr("aria-pressed").await.unwrap();
    assert_eq!(pressed.as_deref(), Some("true"));
    b.close().await;
}
