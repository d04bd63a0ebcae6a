//! The portfolio: admins write posts and upload photos (checked, resized,
//! stripped), everyone reads published posts, clients like photos, shared
//! links carry a preview.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat};
use reqwest::multipart::{Form, Part};
use serde_json::{json, Value};
use shared::Role;

use crate::helpers::assert_error;
use crate::scene::{scene, scene_with, Scene};

fn encoded(w: u32, h: u32, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    DynamicImage::new_rgb8(w, h)
        .write_to(&mut out, format)
        .unwrap();
    out.into_inner()
}

/// A JPEG carrying an EXIF block with a GPS-looking note in it.
fn jpeg_with_exif(w: u32, h: u32) -> Vec<u8> {
    let plain = encoded(w, h, ImageFormat::Jpeg);
    let payload = b"Exif\0\0GPS 2.9N 98.5E secret-camera-serial";
    let len = u16::try_from(payload.len() + 2).unwrap().to_be_bytes();
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1, len[0], len[1]]);
    out.extend_from_slice(payload);
    out.extend_from_slice(&plain[2..]);
    out
}

async fn upload(
    s: &Scene,
    token: &str,
    post: &str,
    bytes: Vec<u8>,
    mime: &str,
) -> reqwest::Response {
    let form = Form::new().part(
        "image",
        Part::bytes(bytes).file_name("foto").mime_str(mime).unwrap(),
    );
    s.app
        .client
        .post(s.app.url(&format!("/api/v1/portfolio/{post}/images")))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn send(
    s: &Scene,
    method: reqwest::Method,
    token: Option<&str>,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let mut req = s.app.client.request(method, s.app.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    req.send().await.unwrap()
}

/// GET without a token, as JSON.
async fn anon<T: serde::de::DeserializeOwned>(s: &Scene, path: &str) -> T {
    s.app
        .client
        .get(s.app.url(path))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

async fn category(s: &Scene, slug: &str) -> String {
    let cats: Vec<Value> = anon(s, "/api/v1/portfolio/categories").await;
    cats.iter().find(|c| c["slug"] == slug).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn post(s: &Scene, title: &str, published: bool) -> Value {
    let res = s
        .post(
            &s.admin,
            "/api/v1/portfolio",
            json!({"category_id": category(s, "wedding").await, "title": title, "story": "Hari bahagia di Saribudolok", "published": published}),
        )
        .await;
    assert_eq!(res.status(), 201);
    res.json().await.unwrap()
}

#[tokio::test]
async fn admins_publish_photos_resized_and_without_exif() {
    let s = scene().await;
    // The studio's categories exist from the start; admins add more.
    let cats: Vec<Value> = anon(&s, "/api/v1/portfolio/categories").await;
    let slugs: Vec<&str> = cats.iter().filter_map(|c| c["slug"].as_str()).collect();
    assert_eq!(slugs, ["wedding", "prewedding", "mbs", "martuppol"]);
    let res = s
        .post(
            &s.admin,
            "/api/v1/portfolio/categories",
            json!({"name": "Sesi Keluarga"}),
        )
        .await;
    assert_eq!(res.status(), 201);
    assert_eq!(res.json::<Value>().await.unwrap()["slug"], "sesi-keluarga");
    assert_eq!(
        s.post(
            &s.admin,
            "/api/v1/portfolio/categories",
            json!({"name": "sesi keluarga"})
        )
        .await
        .status(),
        409
    );
    assert_error(
        s.post(
            &s.staff,
            "/api/v1/portfolio/categories",
            json!({"name": "X"}),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    let err = assert_error(
        s.post(
            &s.admin,
            "/api/v1/portfolio",
            json!({"category_id": uuid::Uuid::new_v4(), "title": " "}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert!(
        err["fields"]["title"].is_string() && err["fields"]["category_id"].is_string(),
        "{err}"
    );

    let draft = post(&s, "Sari & Budi", false).await;
    let id = draft["id"].as_str().unwrap();
    let res = upload(&s, &s.admin, id, jpeg_with_exif(2400, 1200), "image/jpeg").await;
    assert_eq!(res.status(), 201);
    let image: Value = res.json().await.unwrap();
    assert_eq!(
        (image["width"].as_u64(), image["height"].as_u64()),
        (Some(1600), Some(800))
    );

    // The stored files: JPEG, no EXIF, cached for a year.
    for (url, width) in [(&image["url"], 1600), (&image["thumb_url"], 480)] {
        let res = s
            .app
            .client
            .get(s.app.url(url.as_str().unwrap()))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-type"], "image/jpeg");
        assert!(res.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable"));
        let bytes = res.bytes().await.unwrap();
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif"),
            "EXIF left in {url}"
        );
        assert!(!bytes.windows(6).any(|w| w == b"secret"));
        assert_eq!(image::load_from_memory(&bytes).unwrap().width(), width);
    }

    // Unpublished: only admins see it.
    let public: Value = anon(&s, "/api/v1/portfolio").await;
    assert_eq!(public["total"], 0);
    assert_eq!(
        send(
            &s,
            reqwest::Method::GET,
            None,
            &format!("/api/v1/portfolio/{id}"),
            None
        )
        .await
        .status(),
        404
    );
    let admin_view: Value = s
        .get(&s.admin, "/api/v1/portfolio")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(admin_view["total"], 1);
    let mut edit = json!({"category_id": draft["category"]["id"], "title": "Sari & Budi", "story": "Pemberkatan dan adat", "published": true});
    let res = send(
        &s,
        reqwest::Method::PUT,
        Some(&s.admin),
        &format!("/api/v1/portfolio/{id}"),
        Some(edit.clone()),
    )
    .await;
    assert_eq!(res.status(), 200);
    let public: Value = anon(&s, "/api/v1/portfolio?category=wedding").await;
    assert_eq!(public["total"], 1);
    assert_eq!(public["items"][0]["images"][0]["id"], image["id"]);
    let other: Value = anon(&s, "/api/v1/portfolio?category=mbs").await;
    assert_eq!(other["total"], 0);
    edit["title"] = json!("");
    assert_eq!(
        send(
            &s,
            reqwest::Method::PUT,
            Some(&s.admin),
            &format!("/api/v1/portfolio/{id}"),
            Some(edit)
        )
        .await
        .status(),
        422
    );

    // Reorder, then delete a photo: its files go too.
    let second: Value = upload(
        &s,
        &s.admin,
        id,
        encoded(300, 200, ImageFormat::Png),
        "image/png",
    )
    .await
    .json()
    .await
    .unwrap();
    let order = json!({"image_ids": [second["id"], image["id"]]});
    let res = send(
        &s,
        reqwest::Method::PUT,
        Some(&s.admin),
        &format!("/api/v1/portfolio/{id}/images/order"),
        Some(order),
    )
    .await;
    assert_eq!(res.status(), 200);
    let reordered: Value = res.json().await.unwrap();
    assert_eq!(reordered["images"][0]["id"], second["id"]);
    let bad = json!({"image_ids": [second["id"]]});
    assert_eq!(
        send(
            &s,
            reqwest::Method::PUT,
            Some(&s.admin),
            &format!("/api/v1/portfolio/{id}/images/order"),
            Some(bad)
        )
        .await
        .status(),
        422
    );
    let path = format!("/api/v1/portfolio/images/{}", image["id"].as_str().unwrap());
    assert_eq!(
        send(&s, reqwest::Method::DELETE, Some(&s.admin), &path, None)
            .await
            .status(),
        204
    );
    let gone = s
        .app
        .client
        .get(s.app.url(image["url"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), 404);

    // Every change is in the audit log.
    let log: Value = s
        .get(&s.admin, "/api/v1/audit?entity=portfolio")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(log["total"], 6, "{log}");
}

#[tokio::test]
async fn hostile_uploads_are_refused_and_nothing_is_stored() {
    let s = scene().await;
    let p = post(&s, "Uji unggah", true).await;
    let id = p["id"].as_str().unwrap();
    let files = || {
        std::fs::read_dir(s.app.state.settings.data_dir.join("uploads/portfolio"))
            .map(|d| d.count())
            .unwrap_or(0)
    };
    let before = files();
    // HTML, a PDF, and HTML posing as a JPEG by its Content-Type.
    for (bytes, mime) in [
        (
            b"<html><script>alert(1)</script></html>".to_vec(),
            "text/html",
        ),
        (
            b"%PDF-1.7\n/JavaScript (app.alert(1))".to_vec(),
            "application/pdf",
        ),
        (b"<svg onload=alert(1)></svg>".to_vec(), "image/jpeg"),
    ] {
        assert_error(
            upload(&s, &s.admin, id, bytes, mime).await,
            415,
            "unsupported_media_type",
        )
        .await;
    }
    // A PNG that claims to be 100,000 pixels square.
    let mut bomb = encoded(1, 1, ImageFormat::Png);
    bomb[16..20].copy_from_slice(&100_000u32.to_be_bytes());
    bomb[20..24].copy_from_slice(&100_000u32.to_be_bytes());
    assert_error(
        upload(&s, &s.admin, id, bomb, "image/png").await,
        422,
        "validation_failed",
    )
    .await;
    // Over 10 MB.
    let mut big = encoded(10, 10, ImageFormat::Png);
    big.resize(10 * 1024 * 1024 + 10, 0);
    assert_error(
        upload(&s, &s.admin, id, big, "image/png").await,
        413,
        "payload_too_large",
    )
    .await;
    // Not multipart at all.
    let res = s
        .post(
            &s.admin,
            &format!("/api/v1/portfolio/{id}/images"),
            json!({"image": "x"}),
        )
        .await;
    assert_error(res, 415, "unsupported_media_type").await;
    assert_eq!(files(), before, "a refused upload left a file");

    // Ten photos at most.
    for _ in 0..10 {
        assert_eq!(
            upload(
                &s,
                &s.admin,
                id,
                encoded(40, 30, ImageFormat::Png),
                "image/png"
            )
            .await
            .status(),
            201
        );
    }
    assert_error(
        upload(
            &s,
            &s.admin,
            id,
            encoded(40, 30, ImageFormat::Png),
            "image/png",
        )
        .await,
        409,
        "conflict",
    )
    .await;
    assert_eq!(files(), before + 20, "ten photos, each with a thumbnail");
    // Staff and clients cannot upload.
    assert_error(
        upload(
            &s,
            &s.staff,
            id,
            encoded(4, 3, ImageFormat::Png),
            "image/png",
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    let res = s.app.client.get(s.app.url("/health")).send().await.unwrap();
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn clients_like_photos_once_even_all_at_once() {
    let s = scene().await;
    let popular = post(&s, "Paling disukai", true).await;
    let quiet = post(&s, "Sepi", true).await;
    let draft = post(&s, "Draf", false).await;
    let mut images = Vec::new();
    for p in [&popular, &quiet, &draft] {
        let img: Value = upload(
            &s,
            &s.admin,
            p["id"].as_str().unwrap(),
            encoded(40, 30, ImageFormat::Png),
            "image/png",
        )
        .await
        .json()
        .await
        .unwrap();
        images.push(format!(
            "/api/v1/portfolio/images/{}/like",
            img["id"].as_str().unwrap()
        ));
    }
    let like = &images[0];
    assert_error(
        send(&s, reqwest::Method::PUT, None, like, None).await,
        401,
        "unauthorized",
    )
    .await;
    assert_error(
        send(&s, reqwest::Method::PUT, Some(&s.staff), like, None).await,
        403,
        "forbidden",
    )
    .await;
    assert_error(
        send(&s, reqwest::Method::PUT, Some(&s.client), &images[2], None).await,
        404,
        "not_found",
    )
    .await;

    // Eight clients like at the same moment, one of them twice.
    let mut tokens = vec![s.client.clone()];
    for _ in 0..7 {
        tokens.push(
            s.app.signed_in_as(Role::Client).await["access_token"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    let calls = tokens
        .iter()
        .chain(std::iter::once(&tokens[0]))
        .map(|t| send(&s, reqwest::Method::PUT, Some(t), like, None));
    for res in futures_util::future::join_all(calls).await {
        assert_eq!(res.status(), 200);
    }
    let state: Value = send(&s, reqwest::Method::PUT, Some(&s.client), like, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (state["liked"].as_bool(), state["like_count"].as_u64()),
        (Some(true), Some(8))
    );
    let mine: Value = s
        .get(&s.client, "/api/v1/portfolio?sort=popular")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["items"][0]["id"], popular["id"]);
    assert_eq!(mine["items"][0]["like_count"], 8);
    assert_eq!(mine["items"][0]["images"][0]["liked"], true);
    assert_eq!(mine["items"][1]["images"][0]["liked"], false);
    let anonymous: Value = anon(&s, "/api/v1/portfolio?sort=popular").await;
    assert_eq!(anonymous["items"][0]["images"][0]["liked"], false);

    // Unlike: idempotent too.
    for _ in 0..2 {
        let state: Value = send(&s, reqwest::Method::DELETE, Some(&s.client), like, None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            (state["liked"].as_bool(), state["like_count"].as_u64()),
            (Some(false), Some(7))
        );
    }
    let post: Value = anon(
        &s,
        &format!("/api/v1/portfolio/{}", popular["id"].as_str().unwrap()),
    )
    .await;
    assert_eq!(post["like_count"], 7);
}

#[tokio::test]
async fn a_shared_post_link_carries_its_preview() {
    let dist = tempfile::tempdir().unwrap();
    std::fs::write(
        dist.path().join("index.html"),
        "<!doctype html><html><head><title>Aruna Moment</title></head><body></body></html>",
    )
    .unwrap();
    let path = dist.path().to_path_buf();
    let s = scene_with(move |settings| settings.web_dist = path).await;
    let p = post(&s, "Sari & Budi <3", true).await;
    let id = p["id"].as_str().unwrap();
    let img: Value = upload(
        &s,
        &s.admin,
        id,
        encoded(800, 600, ImageFormat::Png),
        "image/png",
    )
    .await
    .json()
    .await
    .unwrap();
    let res = s
        .app
        .client
        .get(s.app.url(&format!("/portfolio/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(
        html.contains(r#"<meta property="og:title" content="Sari &amp; Budi &lt;3">"#),
        "{html}"
    );
    let image_url = format!(
        r#"content="https://studio.example{}""#,
        img["url"].as_str().unwrap()
    );
    assert!(html.contains(&image_url), "{html}");
    assert!(html.contains("Hari bahagia di Saribudolok"));
    // Other pages, and unknown or unpublished posts, get the plain shell.
    let plain = s
        .app
        .client
        .get(s.app.url(&format!("/portfolio/{}", uuid::Uuid::new_v4())))
        .send()
        .await
        .unwrap();
    assert!(!plain.text().await.unwrap().contains("og:title"));
}
