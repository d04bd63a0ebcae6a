use crate::helpers::{assert_error, spawn_app, spawn_app_with, TestApp};

#[tokio::test]
async fn health_reports_the_database_up() {
    let app = spawn_app().await;
    let res = app.client.get(app.url("/health")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], "up");
}

/// A crowd asking at once (at startup, or as the last good ping's trust
/// runs out) shares one ping: all up while the database answers, all 503
/// once it does not.
#[tokio::test]
async fn a_crowd_shares_the_health_ping_good_or_bad() {
    let app = spawn_app().await;
    let crowd = || async {
        let asks = (0..24).map(|_| async {
            let res = app.client.get(app.url("/health")).send().await.unwrap();
            let status = res.status().as_u16();
            let body: serde_json::Value = res.json().await.unwrap();
            (status, body["database"].as_str().unwrap().to_owned())
        });
        futures_util::future::join_all(asks).await
    };
    assert!(crowd().await.iter().all(|(s, db)| *s == 200 && db == "up"));
    app.db.clone().close().await.unwrap();
    // The good ping is trusted for a second; after it, every answer is 503.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let down = crowd().await;
    assert!(
        down.iter().all(|(s, db)| *s == 503 && db == "down"),
        "{down:?}"
    );
}

#[tokio::test]
async fn unknown_api_paths_answer_a_json_404() {
    let app = spawn_app().await;
    for path in ["/api/v1/nope", "/api/v2/me", "/api"] {
        let res = app.client.get(app.url(path)).send().await.unwrap();
        assert_error(res, 404, "not_found").await;
    }
}

#[tokio::test]
async fn responses_carry_security_headers() {
    let app = spawn_app().await;
    let res = app.client.get(app.url("/health")).send().await.unwrap();
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert_eq!(res.headers()["x-frame-options"], "DENY");
    assert!(
        res.headers().get("strict-transport-security").is_none(),
        "no HSTS from a development server on plain HTTP"
    );

    let prod = spawn_app_with(|s| s.env = api::config::AppEnv::Production).await;
    let res = prod.client.get(prod.url("/health")).send().await.unwrap();
    assert_eq!(
        res.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
}

async fn preflight(app: &TestApp, origin: &str) -> reqwest::Response {
    app.client
        .request(reqwest::Method::OPTIONS, app.url("/api/v1/me"))
        .header("origin", origin)
        .header("access-control-request-method", "GET")
        .header("access-control-request-headers", "authorization")
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn cors_is_closed_by_default_and_opens_only_to_configured_origins() {
    let app = spawn_app().await;
    let res = preflight(&app, "https://evil.example").await;
    assert!(res.headers().get("access-control-allow-origin").is_none());
    let res = app
        .client
        .get(app.url("/api/v1/packages"))
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert!(res.headers().get("access-control-allow-origin").is_none());

    let app = spawn_app_with(|s| s.cors_origins = "https://app.arunamoment.id".into()).await;
    let res = preflight(&app, "https://app.arunamoment.id").await;
    assert!(res.status().is_success(), "{}", res.status());
    assert_eq!(
        res.headers()["access-control-allow-origin"],
        "https://app.arunamoment.id"
    );
    assert!(res
        .headers()
        .get("access-control-allow-credentials")
        .is_none());
    let res = preflight(&app, "https://evil.example").await;
    assert!(res.headers().get("access-control-allow-origin").is_none());
    let res = app
        .client
        .get(app.url("/api/v1/packages"))
        .header("origin", "https://app.arunamoment.id")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()["access-control-allow-origin"],
        "https://app.arunamoment.id"
    );
}

#[tokio::test]
async fn the_spa_is_served_with_a_fallback_and_cache_headers() {
    let dist = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dist.path().join("pkg")).unwrap();
    std::fs::write(
        dist.path().join("index.html"),
        "<!doctype html><title>SPA</title>",
    )
    .unwrap();
    std::fs::write(dist.path().join("pkg/app-0123abcd.js"), "export default 1;").unwrap();
    let path = dist.path().to_path_buf();
    let app = spawn_app_with(|s| s.web_dist = path).await;

    // A deep client route gets index.html, revalidated on every visit, with a CSP.
    let res = app
        .client
        .get(app.url("/akun/profil"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-cache");
    assert!(res.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("default-src 'self'"));
    assert!(res.text().await.unwrap().contains("<title>SPA</title>"));

    // Hashed assets are cached for a year.
    let res = app
        .client
        .get(app.url("/pkg/app-0123abcd.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));

    // A release build's precompressed twin goes to browsers that take
    // brotli, as is; others get the file (compressed on the fly or not).
    let wasm: Vec<u8> = (0..20_000u32)
        .flat_map(|i| (i % 251).to_le_bytes())
        .collect();
    std::fs::write(dist.path().join("pkg/app-0123abcd_bg.wasm"), &wasm).unwrap();
    std::fs::write(
        dist.path().join("pkg/app-0123abcd_bg.wasm.br"),
        b"pretend-brotli",
    )
    .unwrap();
    let res = app
        .client
        .get(app.url("/pkg/app-0123abcd_bg.wasm"))
        .header("accept-encoding", "gzip, br;q=1.0")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-encoding"], "br");
    assert_eq!(res.headers()["content-type"], "application/wasm");
    assert_eq!(res.headers()["vary"], "accept-encoding");
    assert!(res.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
    assert_eq!(&res.bytes().await.unwrap()[..], b"pretend-brotli");
    let res = app
        .client
        .get(app.url("/pkg/app-0123abcd_bg.wasm"))
        .header("accept-encoding", "identity")
        .send()
        .await
        .unwrap();
    assert!(res.headers().get("content-encoding").is_none());
    assert_eq!(res.bytes().await.unwrap().len(), wasm.len());
    // The .br files themselves are not addressable.
    let res = app
        .client
        .get(app.url("/pkg/app-0123abcd_bg.wasm.br"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);

    // A missing asset is a 404, not the SPA shell; the API still answers JSON.
    let res = app
        .client
        .get(app.url("/pkg/missing.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    assert_error(
        app.client
            .get(app.url("/api/v1/nope"))
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn interactive_docs_and_spec_are_served_offline() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let spec: serde_json::Value = res.json().await.unwrap();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3.1"));
    let res = app.client.get(app.url("/api/docs/")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(
        html.to_lowercase().contains("swagger"),
        "Swagger UI page expected: {html}"
    );
    assert!(!html.contains("cdn."), "docs must not load from a CDN");
}
