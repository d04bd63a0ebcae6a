//! The site's content: everyone reads it in one call; admins edit hero
//! slides, the about text and photo, the FAQ and the contact details; every
//! edit is audited and nothing half written stays behind.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat};
use reqwest::multipart::{Form, Part};
use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::assert_error;
use crate::scene::{scene, Scene};

fn png(w: u32, h: u32) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    DynamicImage::new_rgb8(w, h)
        .write_to(&mut out, ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

async fn site(s: &Scene) -> Value {
    let res = s
        .app
        .client
        .get(s.app.url("/api/v1/site"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

async fn send(
    s: &Scene,
    method: Method,
    token: &str,
    path: &str,
    body: Value,
) -> reqwest::Response {
    s.app
        .client
        .request(method, s.app.url(path))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn upload(
    s: &Scene,
    method: Method,
    token: &str,
    path: &str,
    bytes: Vec<u8>,
    caption: Option<&str>,
) -> reqwest::Response {
    let mut form = Form::new().part(
        "image",
        Part::bytes(bytes)
            .file_name("foto")
            .mime_str("image/png")
            .unwrap(),
    );
    if let Some(c) = caption {
        form = form.text("caption", c.to_owned());
    }
    s.app
        .client
        .request(method, s.app.url(path))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

fn files(s: &Scene) -> usize {
    let dir = s.app.state.settings.data_dir.join("uploads/site");
    std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
}

async fn fetch(s: &Scene, url: &str) -> reqwest::Response {
    s.app.client.get(s.app.url(url)).send().await.unwrap()
}

#[tokio::test]
async fn the_site_starts_with_the_studios_policies_and_contact() {
    let s = scene().await;
    let site = site(&s).await;
    assert_eq!(site["hero"].as_array().unwrap().len(), 0);
    assert!(site["about"]["text"]
        .as_str()
        .unwrap()
        .contains("Saribudolok"));
    assert!(!site["about"]["text_en"].as_str().unwrap().is_empty());
    let faq = site["faq"].as_array().unwrap();
    assert!(faq.len() >= 8, "{faq:?}");
    let all: String = faq
        .iter()
        .map(|f| format!("{} {}", f["question"], f["answer"]))
        .collect();
    for policy in ["15%", "hangus", "7 hari", "H+1", "14–30 hari kerja"] {
        assert!(all.contains(policy), "FAQ lacks {policy}");
    }
    assert!(faq
        .iter()
        .all(|f| !f["answer_en"].as_str().unwrap().is_empty()));
    let positions: Vec<i64> = faq
        .iter()
        .map(|f| f["position"].as_i64().unwrap())
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(
        site["contact"]["whatsapp_url"],
        "https://wa.me/6285740109107"
    );
    assert!(site["contact"]["hours"].as_str().unwrap().contains("WIB"));
}

#[tokio::test]
async fn admins_manage_hero_slides_within_eight() {
    let s = scene().await;
    let before = files(&s);
    let res = upload(
        &s,
        Method::POST,
        &s.admin,
        "/api/v1/site/hero",
        png(2400, 1200),
        Some("Senja di Danau Toba"),
    )
    .await;
    assert_eq!(res.status(), 201);
    let first: Value = res.json().await.unwrap();
    assert_eq!(first["caption"], "Senja di Danau Toba");
    assert_eq!(first["photo"]["width"], 1600, "resized for display");
    assert_eq!(first["photo"]["height"], 800);
    let url = first["photo"]["url"].as_str().unwrap();
    assert!(url.starts_with("/media/site/"), "{url}");
    let img = fetch(&s, url).await;
    assert_eq!(img.status(), 200);
    assert_eq!(img.headers()["content-type"], "image/jpeg");
    assert!(img.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
    assert_eq!(
        fetch(&s, first["photo"]["thumb_url"].as_str().unwrap())
            .await
            .status(),
        200
    );
    assert_eq!(files(&s), before + 2);

    // Refused: not an image, a caption too long, a crew member, a client.
    let res = upload(
        &s,
        Method::POST,
        &s.admin,
        "/api/v1/site/hero",
        b"<html></html>".to_vec(),
        None,
    )
    .await;
    assert_error(res, 415, "unsupported_media_type").await;
    let long = "x".repeat(121);
    let res = upload(
        &s,
        Method::POST,
        &s.admin,
        "/api/v1/site/hero",
        png(10, 10),
        Some(&long),
    )
    .await;
    let err = assert_error(res, 422, "validation_failed").await;
    assert!(err["fields"]["caption"].is_string());
    for token in [&s.staff, &s.client] {
        let res = upload(
            &s,
            Method::POST,
            token,
            "/api/v1/site/hero",
            png(10, 10),
            None,
        )
        .await;
        assert_error(res, 403, "forbidden").await;
    }
    assert_eq!(files(&s), before + 2, "a refused upload left a file");

    // Up to eight slides, then 409 and no file.
    for _ in 1..8 {
        let res = upload(
            &s,
            Method::POST,
            &s.admin,
            "/api/v1/site/hero",
            png(30, 20),
            None,
        )
        .await;
        assert_eq!(res.status(), 201);
    }
    let res = upload(
        &s,
        Method::POST,
        &s.admin,
        "/api/v1/site/hero",
        png(30, 20),
        None,
    )
    .await;
    assert_error(res, 409, "conflict").await;
    assert_eq!(files(&s), before + 16);

    // Reorder: the last slide first; a partial order is refused.
    let ids: Vec<String> = site(&s).await["hero"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_owned())
        .collect();
    let mut order = ids.clone();
    order.rotate_right(1);
    let res = send(
        &s,
        Method::PUT,
        &s.admin,
        "/api/v1/site/hero/order",
        json!({"ids": order}),
    )
    .await;
    assert_eq!(res.status(), 200);
    let now: Vec<String> = site(&s).await["hero"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(now, order);
    let res = send(
        &s,
        Method::PUT,
        &s.admin,
        "/api/v1/site/hero/order",
        json!({"ids": &ids[..3]}),
    )
    .await;
    assert_error(res, 422, "validation_failed").await;

    // Captions in both languages; then delete removes the files.
    let id = first["id"].as_str().unwrap();
    let res = send(
        &s,
        Method::PATCH,
        &s.admin,
        &format!("/api/v1/site/hero/{id}"),
        json!({"caption": "Pagi di Saribudolok", "caption_en": "Morning in Saribudolok"}),
    )
    .await;
    assert_eq!(res.status(), 200);
    let slide: Value = res.json().await.unwrap();
    assert_eq!(slide["caption_en"], "Morning in Saribudolok");
    let res = send(
        &s,
        Method::DELETE,
        &s.admin,
        &format!("/api/v1/site/hero/{id}"),
        json!({}),
    )
    .await;
    assert_eq!(res.status(), 204);
    assert_eq!(fetch(&s, url).await.status(), 404);
    assert_eq!(files(&s), before + 14);
    assert_eq!(site(&s).await["hero"].as_array().unwrap().len(), 7);
    let res = send(
        &s,
        Method::DELETE,
        &s.admin,
        &format!("/api/v1/site/hero/{id}"),
        json!({}),
    )
    .await;
    assert_error(res, 404, "not_found").await;
}

#[tokio::test]
async fn admins_edit_about_faq_and_contact_and_every_edit_is_audited() {
    let s = scene().await;
    let audit_before = s.app.count("audit_log").await;

    // About: text, then a photo, replaced, then removed (old files go).
    let text = "Kami studio kecil di Saribudolok yang bercerita lewat gambar.";
    let res = send(
        &s,
        Method::PUT,
        &s.admin,
        "/api/v1/site/about",
        json!({"text": text, "text_en": ""}),
    )
    .await;
    assert_eq!(res.status(), 200);
    let res = send(
        &s,
        Method::PUT,
        &s.admin,
        "/api/v1/site/about",
        json!({"text": "pendek"}),
    )
    .await;
    let err = assert_error(res, 422, "validation_failed").await;
    assert!(err["fields"]["text"].is_string());
    let res = upload(
        &s,
        Method::PUT,
        &s.admin,
        "/api/v1/site/about/photo",
        png(800, 1000),
        None,
    )
    .await;
    assert_eq!(res.status(), 200);
    let about: Value = res.json().await.unwrap();
    assert_eq!(about["text"], text, "the photo keeps the text");
    let first_url = about["photo"]["url"].as_str().unwrap().to_owned();
    let res = upload(
        &s,
        Method::PUT,
        &s.admin,
        "/api/v1/site/about/photo",
        png(900, 600),
        None,
    )
    .await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        fetch(&s, &first_url).await.status(),
        404,
        "the replaced photo is gone"
    );
    assert_eq!(files(&s), 2);
    let res = send(
        &s,
        Method::DELETE,
        &s.admin,
        "/api/v1/site/about/photo",
        json!({}),
    )
    .await;
    assert_eq!(res.status(), 200);
    assert!(site(&s).await["about"]["photo"].is_null());
    assert_eq!(files(&s), 0);

    // FAQ: add, edit, reorder, delete; English is all or nothing.
    let n = site(&s).await["faq"].as_array().unwrap().len();
    let res = send(&s, Method::POST, &s.admin, "/api/v1/site/faq", json!({"question": "Apakah bisa foto di Danau Toba?", "answer": "Bisa, dengan biaya transportasi yang disepakati.", "question_en": "Can you shoot at Lake Toba?"})).await;
    let err = assert_error(res, 422, "validation_failed").await;
    assert!(err["fields"]["answer_en"].is_string());
    let res = send(&s, Method::POST, &s.admin, "/api/v1/site/faq", json!({"question": "Apakah bisa foto di Danau Toba?", "answer": "Bisa, dengan biaya transportasi yang disepakati."})).await;
    assert_eq!(res.status(), 201);
    let added: Value = res.json().await.unwrap();
    let id = added["id"].as_str().unwrap();
    let res = send(&s, Method::PUT, &s.admin, &format!("/api/v1/site/faq/{id}"), json!({"question": "Apakah bisa foto di Danau Toba?", "answer": "Bisa.", "question_en": "Lake Toba?", "answer_en": "Yes, gladly."})).await;
    assert_eq!(res.status(), 200);
    let faq = site(&s).await["faq"].as_array().unwrap().clone();
    assert_eq!(faq.len(), n + 1);
    assert_eq!(faq[n]["answer_en"], "Yes, gladly.", "added at the end");
    let mut ids: Vec<String> = faq
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect();
    ids.rotate_right(1);
    let res = send(
        &s,
        Method::PUT,
        &s.admin,
        "/api/v1/site/faq/order",
        json!({"ids": ids}),
    )
    .await;
    assert_eq!(res.status(), 200);
    assert_eq!(site(&s).await["faq"][0]["id"], id);
    assert_eq!(
        send(
            &s,
            Method::DELETE,
            &s.admin,
            &format!("/api/v1/site/faq/{id}"),
            json!({})
        )
        .await
        .status(),
        204
    );
    assert_eq!(site(&s).await["faq"].as_array().unwrap().len(), n);

    // Contact: normalised, bad fields named, crew refused.
    let res = send(&s, Method::PUT, &s.admin, "/api/v1/site/contact", json!({"whatsapp": "0812-3456-7890", "email": "Halo@ArunaMoment.id", "address": "Jl. Merdeka 1, Saribudolok", "hours": "Senin – Sabtu, 09.00 – 18.00 WIB", "instagram": "@arunamoment"})).await;
    assert_eq!(res.status(), 200);
    let contact = site(&s).await["contact"].clone();
    assert_eq!(contact["whatsapp"], "+6281234567890");
    assert_eq!(contact["whatsapp_url"], "https://wa.me/6281234567890");
    assert_eq!(contact["email"], "halo@arunamoment.id");
    assert_eq!(contact["instagram"], "arunamoment");
    let res = send(&s, Method::PUT, &s.admin, "/api/v1/site/contact", json!({"whatsapp": "12", "email": "x", "address": "", "hours": "", "maps_url": "javascript:alert(1)"})).await;
    let err = assert_error(res, 422, "validation_failed").await;
    for f in ["whatsapp", "email", "address", "hours", "maps_url"] {
        assert!(err["fields"][f].is_string(), "{f}");
    }
    let res = send(&s, Method::PUT, &s.staff, "/api/v1/site/contact", json!({})).await;
    assert_error(res, 403, "forbidden").await;
    assert_eq!(
        site(&s).await["contact"],
        contact,
        "refused edits changed nothing"
    );

    // about ×4, faq ×4, contact ×1
    assert_eq!(s.app.count("audit_log").await, audit_before + 9);
    let res = s.get(&s.admin, "/api/v1/audit?action=site.contact").await;
    let page: Value = res.json().await.unwrap();
    let entry = &page["items"][0];
    assert_eq!(entry["after"]["email"], "halo@arunamoment.id");
    assert_eq!(entry["before"]["email"], "arunapicturee@gmail.com");
}
