use serde_json::{json, Value};
use shared::Role;

use crate::helpers::{assert_error, spawn_app, TestApp};

fn package(kind: &str, name: &str, price: i64, full_day: bool) -> Value {
    json!({
        "service_kind": kind,
        "name": name,
        "description": "Dokumentasi lengkap",
        "inclusions": ["1 fotografer", "  50 foto edit  ", ""],
        "price": price,
        "full_day": full_day,
        "duration_hours": if full_day { Value::Null } else { json!(2) },
    })
}

async fn send(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
) -> reqwest::Response {
    let mut req = app.client.request(method, app.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(b) = body {
        req = req.json(b);
    }
    req.send().await.unwrap()
}

fn token(v: &Value) -> String {
    v["access_token"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn admins_manage_packages_and_the_public_sees_active_ones() {
    let app = spawn_app().await;
    let admin = token(&app.signed_in_as(Role::Admin).await);
    use reqwest::Method;

    let res = send(
        &app,
        Method::POST,
        "/api/v1/packages",
        Some(&admin),
        Some(&package("wedding", "Paket Akad", 5_000_000, true)),
    )
    .await;
    assert_eq!(res.status(), 201);
    let akad: Value = res.json().await.unwrap();
    assert_eq!(akad["inclusions"], json!(["1 fotografer", "50 foto edit"]));
    assert_eq!(akad["duration_hours"], Value::Null);
    assert_eq!(akad["active"], true);
    let res = send(
        &app,
        Method::POST,
        "/api/v1/packages",
        Some(&admin),
        Some(&package("portrait", "Potret Keluarga", 750_000, false)),
    )
    .await;
    let portrait: Value = res.json().await.unwrap();

    // Deactivate the portrait package: it leaves the public pricelist.
    let mut edit = package("portrait", "Potret Keluarga", 800_000, false);
    edit["active"] = json!(false);
    let res = send(
        &app,
        Method::PUT,
        &format!("/api/v1/packages/{}", portrait["id"].as_str().unwrap()),
        Some(&admin),
        Some(&edit),
    )
    .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["price"], 800_000);

    let public: Vec<Value> = send(&app, Method::GET, "/api/v1/packages", None, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(public.len(), 1);
    assert_eq!(public[0]["name"], "Paket Akad");
    let all: Vec<Value> = send(
        &app,
        Method::GET,
        "/api/v1/packages?include_inactive=true",
        Some(&admin),
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(all.len(), 2);
    let weddings: Vec<Value> = send(
        &app,
        Method::GET,
        "/api/v1/packages?kind=wedding",
        None,
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(weddings.len(), 1);
    assert_error(
        send(
            &app,
            Method::GET,
            &format!("/api/v1/packages/{}", portrait["id"].as_str().unwrap()),
            None,
            None,
        )
        .await,
        404,
        "not_found",
    )
    .await;
    assert_eq!(
        send(
            &app,
            Method::GET,
            &format!("/api/v1/packages/{}", akad["id"].as_str().unwrap()),
            None,
            None
        )
        .await
        .status(),
        200
    );

    let res = send(
        &app,
        Method::DELETE,
        &format!("/api/v1/packages/{}", akad["id"].as_str().unwrap()),
        Some(&admin),
        None,
    )
    .await;
    assert_eq!(res.status(), 204);
    assert_eq!(app.count("packages").await, 1);
}

#[tokio::test]
async fn only_admins_change_the_catalogue() {
    let app = spawn_app().await;
    let (_, client) = app.signed_in_client().await;
    let staff = token(&app.signed_in_as(Role::Staff).await);
    let client = token(&client);
    use reqwest::Method;
    let body = package("event", "Acara Kantor", 2_000_000, false);
    assert_error(
        send(&app, Method::POST, "/api/v1/packages", None, Some(&body)).await,
        401,
        "unauthorized",
    )
    .await;
    assert_error(
        send(
            &app,
            Method::POST,
            "/api/v1/packages",
            Some(&client),
            Some(&body),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    assert_error(
        send(
            &app,
            Method::POST,
            "/api/v1/packages",
            Some(&staff),
            Some(&body),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    assert_error(
        send(
            &app,
            Method::GET,
            "/api/v1/packages?include_inactive=true",
            Some(&client),
            None,
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    assert_error(
        send(
            &app,
            Method::GET,
            "/api/v1/bank-accounts?include_inactive=true",
            None,
            None,
        )
        .await,
        401,
        "unauthorized",
    )
    .await;
    let bank =
        json!({"bank": "BCA", "account_number": "1234567890", "holder_name": "Aruna Moment"});
    assert_error(
        send(
            &app,
            Method::POST,
            "/api/v1/bank-accounts",
            Some(&staff),
            Some(&bank),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    let admin = token(&app.signed_in_as(Role::Admin).await);
    let settings: Value = send(&app, Method::GET, "/api/v1/settings", None, None)
        .await
        .json()
        .await
        .unwrap();
    assert_error(
        send(
            &app,
            Method::PUT,
            "/api/v1/settings",
            Some(&admin),
            Some(&settings),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    assert_eq!(app.count("packages").await, 0);
    assert_eq!(app.count("bank_accounts").await, 0);
}

#[tokio::test]
async fn invalid_packages_are_refused_per_field() {
    let app = spawn_app().await;
    let admin = token(&app.signed_in_as(Role::Admin).await);
    use reqwest::Method;
    let cases: &[(&str, Value, &str)] = &[
        ("zero price", json!({"price": 0}), "price"),
        ("negative price", json!({"price": -5}), "price"),
        (
            "timed without hours",
            json!({"full_day": false, "duration_hours": null}),
            "duration_hours",
        ),
        ("blank name", json!({"name": "  "}), "name"),
    ];
    for (case, patch, field) in cases {
        let mut body = package("portrait", "Potret", 500_000, false);
        for (k, v) in patch.as_object().unwrap() {
            body[k] = v.clone();
        }
        let err = assert_error(
            send(
                &app,
                Method::POST,
                "/api/v1/packages",
                Some(&admin),
                Some(&body),
            )
            .await,
            422,
            "validation_failed",
        )
        .await;
        assert!(err["fields"][field].is_string(), "case {case}: {err}");
    }
    let mut bad_kind = package("portrait", "Potret", 500_000, false);
    bad_kind["service_kind"] = json!("funeral");
    assert_error(
        send(
            &app,
            Method::POST,
            "/api/v1/packages",
            Some(&admin),
            Some(&bad_kind),
        )
        .await,
        400,
        "bad_request",
    )
    .await;
    let mut float_price = package("portrait", "Potret", 500_000, false);
    float_price["price"] = json!(500000.5);
    assert_error(
        send(
            &app,
            Method::POST,
            "/api/v1/packages",
            Some(&admin),
            Some(&float_price),
        )
        .await,
        400,
        "bad_request",
    )
    .await;
    assert_error(
        send(
            &app,
            Method::PUT,
            "/api/v1/packages/not-a-uuid",
            Some(&admin),
            Some(&package("portrait", "P", 1, false)),
        )
        .await,
        404,
        "not_found",
    )
    .await;
    assert_eq!(app.count("packages").await, 0);
}

#[tokio::test]
async fn bank_accounts_are_managed_and_listed() {
    let app = spawn_app().await;
    let admin = token(&app.signed_in_as(Role::Admin).await);
    use reqwest::Method;
    let res = send(&app, Method::POST, "/api/v1/bank-accounts", Some(&admin), Some(&json!({"bank": " BCA ", "account_number": "123-456 7890", "holder_name": "Aruna Moment"}))).await;
    assert_eq!(res.status(), 201);
    let bca: Value = res.json().await.unwrap();
    assert_eq!(bca["account_number"], "1234567890");
    assert_eq!(bca["bank"], "BCA");
    let id = bca["id"].as_str().unwrap();
    let res = send(&app, Method::PUT, &format!("/api/v1/bank-accounts/{id}"), Some(&admin), Some(&json!({"bank": "BCA", "account_number": "1234567890", "holder_name": "Aruna Moment", "active": false}))).await;
    assert_eq!(res.status(), 200);
    let public: Vec<Value> = send(&app, Method::GET, "/api/v1/bank-accounts", None, None)
        .await
        .json()
        .await
        .unwrap();
    assert!(public.is_empty());
    let err = assert_error(
        send(
            &app,
            Method::POST,
            "/api/v1/bank-accounts",
            Some(&admin),
            Some(&json!({"bank": "", "account_number": "12ab", "holder_name": "A"})),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    for f in ["bank", "account_number", "holder_name"] {
        assert!(err["fields"][f].is_string(), "{f}");
    }
    assert_eq!(
        send(
            &app,
            Method::DELETE,
            &format!("/api/v1/bank-accounts/{id}"),
            Some(&admin),
            None
        )
        .await
        .status(),
        204
    );
    assert_error(
        send(
            &app,
            Method::DELETE,
            &format!("/api/v1/bank-accounts/{id}"),
            Some(&admin),
            None,
        )
        .await,
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn the_superadmin_sets_the_booking_rules() {
    let app = spawn_app().await;
    let owner = token(&app.signed_in_as(Role::Superadmin).await);
    use reqwest::Method;
    let defaults: Value = send(&app, Method::GET, "/api/v1/settings", None, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(defaults["dp_percent"], 15);
    assert_eq!(defaults["timezone"], "Asia/Jakarta");
    assert_eq!(defaults["payment_deadline_minutes"], 60);
    assert_eq!(defaults["capacity"], 1);
    assert_eq!(defaults["min_lead_days"], 1);

    let mut changed = defaults.clone();
    changed["dp_percent"] = json!(30);
    changed["capacity"] = json!(2);
    changed["phone"] = json!("0812 3456 7890");
    let res = send(
        &app,
        Method::PUT,
        "/api/v1/settings",
        Some(&owner),
        Some(&changed),
    )
    .await;
    assert_eq!(res.status(), 200);
    let saved: Value = send(&app, Method::GET, "/api/v1/settings", None, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(saved["dp_percent"], 30);
    assert_eq!(saved["capacity"], 2);
    assert_eq!(saved["phone"], "+6281234567890");

    let mut bad = defaults.clone();
    bad["timezone"] = json!("Mars/Olympus");
    bad["dp_percent"] = json!(0);
    let err = assert_error(
        send(
            &app,
            Method::PUT,
            "/api/v1/settings",
            Some(&owner),
            Some(&bad),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert!(err["fields"]["timezone"].is_string() && err["fields"]["dp_percent"].is_string());
    let mut negative = defaults;
    negative["capacity"] = json!(-1);
    assert_error(
        send(
            &app,
            Method::PUT,
            "/api/v1/settings",
            Some(&owner),
            Some(&negative),
        )
        .await,
        400,
        "bad_request",
    )
    .await;
    let still: Value = send(&app, Method::GET, "/api/v1/settings", None, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(still["dp_percent"], 30);
}

#[tokio::test]
async fn the_demo_seed_fills_every_kind_once() {
    let app = spawn_app().await;
    api::seed::seed_demo(&app.db, app.state.storage.as_ref())
        .await
        .unwrap();
    api::seed::seed_demo(&app.db, app.state.storage.as_ref())
        .await
        .unwrap();
    let pkgs: Vec<Value> = app
        .client
        .get(app.url("/api/v1/packages"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for kind in ["wedding", "prewedding", "portrait", "event"] {
        assert!(
            pkgs.iter().any(|p| p["service_kind"] == kind),
            "no {kind} package"
        );
    }
    assert!(
        pkgs.iter().any(|p| p["full_day"] == true) && pkgs.iter().any(|p| p["duration_hours"] == 2)
    );
    assert_eq!(app.count("packages").await, 9);
    assert_eq!(app.count("bank_accounts").await, 2);
    assert_eq!(app.count("users").await, 3);

    // The demo client has a booking in every status, and the crew a proof to review.
    assert_eq!(app.count("bookings").await, 8);
    let rows = <api::entities::bookings::Entity as sea_orm::EntityTrait>::find()
        .all(&app.db)
        .await
        .unwrap();
    for status in shared::BookingStatus::ALL {
        assert!(
            rows.iter().any(|b| b.status == status.as_str()),
            "no {status:?} sample"
        );
    }
    // Accepted samples were invoiced, with distinct numbers; waiting ones not.
    let accepted = rows.iter().find(|b| b.status == "accepted").unwrap();
    assert!(accepted
        .invoice_number
        .as_deref()
        .is_some_and(|n| n.starts_with("INV-")));
    let waiting = rows.iter().find(|b| b.status == "waiting_payment").unwrap();
    assert!(waiting.invoice_number.is_none());
    let mut numbers: Vec<_> = rows
        .iter()
        .filter_map(|b| b.invoice_number.clone())
        .collect();
    let issued = numbers.len();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), issued);
    let owner = app.login("owner@arunamoment.id", "x").await;
    assert_eq!(
        owner.status(),
        401,
        "demo passwords are random, never a default"
    );
    let staff = app.signed_in_as(shared::Role::Staff).await;
    let queue: Value = app
        .client
        .get(app.url("/api/v1/payments"))
        .bearer_auth(staff["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(queue["total"], 1);
    let proof = app
        .client
        .get(app.url(queue["items"][0]["payment"]["proof_url"].as_str().unwrap()))
        .bearer_auth(staff["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(proof.headers()["content-type"], "image/png");
}
