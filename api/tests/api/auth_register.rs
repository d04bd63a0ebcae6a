use serde_json::{json, Value};

use crate::helpers::{assert_error, new_client, spawn_app, PASSWORD};

#[tokio::test]
async fn register_creates_a_client_and_signs_it_in() {
    let app = spawn_app().await;
    let mut body = new_client();
    body["email"] = json!("  Sari.Dewi@Example.COM ");
    body["phone"] = json!("0812-7777-1234");

    let res = app.register(&body).await;

    assert_eq!(res.status(), 201);
    let tokens: Value = res.json().await.unwrap();
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], 900);
    assert!(tokens["refresh_token"].as_str().unwrap().len() >= 40);
    let user = &tokens["user"];
    assert_eq!(user["email"], "sari.dewi@example.com");
    assert_eq!(user["phone"], "+6281277771234");
    assert_eq!(user["role"], "client");
    assert!(user.get("password_hash").is_none());
    let me: Value = app
        .get_me(tokens["access_token"].as_str().unwrap())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["id"], user["id"]);
}

#[tokio::test]
async fn duplicate_email_or_phone_is_a_409_naming_the_field() {
    let app = spawn_app().await;
    let first = new_client();
    assert_eq!(app.register(&first).await.status(), 201);

    let mut same_email = new_client();
    same_email["email"] = json!(first["email"].as_str().unwrap().to_uppercase());
    let body = assert_error(app.register(&same_email).await, 409, "email_taken").await;
    assert!(body["fields"]["email"].is_string());

    // The same number written another way is the same number.
    let mut same_phone = new_client();
    let local = first["phone"].as_str().unwrap();
    same_phone["phone"] = json!(format!("+62 {}", &local[1..]));
    let body = assert_error(app.register(&same_phone).await, 409, "phone_taken").await;
    assert!(body["fields"]["phone"].is_string());

    assert_eq!(
        app.count("users").await,
        1,
        "refused registrations write nothing"
    );
    assert_eq!(app.count("refresh_tokens").await, 1);
}

#[tokio::test]
async fn invalid_fields_are_a_422_with_a_message_per_field() {
    let app = spawn_app().await;
    let cases: &[(&str, Value, &[&str])] = &[
        ("empty name", json!({"full_name": " "}), &["full_name"]),
        (
            "email without domain",
            json!({"email": "sari@"}),
            &["email"],
        ),
        (
            "email with spaces",
            json!({"email": "sa ri@mail.com"}),
            &["email"],
        ),
        (
            "foreign phone",
            json!({"phone": "+1 415 555 0100"}),
            &["phone"],
        ),
        ("landline", json!({"phone": "021 555 1234"}), &["phone"]),
        (
            "letters in phone",
            json!({"phone": "0812abcd123"}),
            &["phone"],
        ),
        ("short password", json!({"password": "Ab1"}), &["password"]),
        (
            "password without digit",
            json!({"password": "RahasiaSekali"}),
            &["password"],
        ),
        (
            "password without upper",
            json!({"password": "rahasia123"}),
            &["password"],
        ),
        (
            "everything wrong",
            json!({"full_name": "", "email": "x", "phone": "1", "password": "x"}),
            &["email", "full_name", "password", "phone"],
        ),
    ];
    for (case, patch, fields) in cases {
        let mut body = new_client();
        for (k, v) in patch.as_object().unwrap() {
            body[k] = v.clone();
        }
        let res = app.register(&body).await;
        assert_eq!(res.status(), 422, "case {case}");
        let err: Value = res.json().await.unwrap();
        assert_eq!(err["code"], "validation_failed", "case {case}");
        let got: Vec<&str> = err["fields"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(&got, fields, "case {case}");
    }
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn malformed_bodies_are_4xx_in_the_shared_shape() {
    let app = spawn_app().await;
    let url = app.url("/api/v1/auth/register");
    let send = |body: String, ctype: &'static str| {
        app.client
            .post(url.clone())
            .header("content-type", ctype)
            .body(body)
            .send()
    };

    assert_error(
        send("{not json".into(), "application/json").await.unwrap(),
        400,
        "bad_request",
    )
    .await;
    assert_error(
        send(r#"{"email": "a@b.co"}"#.into(), "application/json")
            .await
            .unwrap(),
        400,
        "bad_request",
    )
    .await;
    assert_error(
        send(
            r#"{"full_name": 5, "email": "a@b.co", "phone": "0812345678", "password": "x"}"#.into(),
            "application/json",
        )
        .await
        .unwrap(),
        400,
        "bad_request",
    )
    .await;
    assert_error(
        send("[]".into(), "application/json").await.unwrap(),
        400,
        "bad_request",
    )
    .await;
    assert_error(
        send(new_client().to_string(), "text/plain").await.unwrap(),
        415,
        "unsupported_media_type",
    )
    .await;
    let huge = json!({"full_name": "x".repeat(100_000), "email": "a@b.co", "phone": "0812345678", "password": PASSWORD});
    assert_error(
        send(huge.to_string(), "application/json").await.unwrap(),
        413,
        "payload_too_large",
    )
    .await;
    assert_eq!(app.count("users").await, 0);
}
