use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::{encode, EncodingKey, Header};
use serde_json::{json, Value};

use crate::helpers::{assert_error, spawn_app, TEST_JWT_SECRET};

fn claims(sub: &str, role: &str, exp_offset: i64) -> Value {
    let now = chrono::Utc::now().timestamp();
    json!({"sub": sub, "role": role, "iss": "aruna-moment", "iat": now, "nbf": now, "exp": now + exp_offset})
}

fn sign(claims: &Value, secret: &str) -> String {
    encode(
        &Header::default(),
        claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

#[tokio::test]
async fn bad_access_tokens_are_refused_with_401() {
    let app = spawn_app().await;
    let (_, tokens) = app.signed_in_client().await;
    let good = tokens["access_token"].as_str().unwrap();
    let id = tokens["user"]["id"].as_str().unwrap();
    let parts: Vec<&str> = good.split('.').collect();

    let raised_role = {
        let payload = URL_SAFE_NO_PAD.encode(claims(id, "superadmin", 600).to_string());
        format!("{}.{}.{}", parts[0], payload, parts[2])
    };
    let alg_none = {
        let header = URL_SAFE_NO_PAD.encode(r#"{"alg":"none","typ":"JWT"}"#);
        let payload = URL_SAFE_NO_PAD.encode(claims(id, "client", 600).to_string());
        format!("{header}.{payload}.")
    };
    // HS/RS confusion: a header naming RS256 (or HS512) over a body signed
    // with the real secret. Only HS256 is accepted, whatever the signature.
    let lying_alg = |alg: &str| {
        let header = URL_SAFE_NO_PAD.encode(format!(r#"{{"alg":"{alg}","typ":"JWT"}}"#));
        let payload = URL_SAFE_NO_PAD.encode(claims(id, "client", 600).to_string());
        let message = format!("{header}.{payload}");
        let signature = jsonwebtoken::crypto::sign(
            message.as_bytes(),
            &EncodingKey::from_secret(TEST_JWT_SECRET.as_bytes()),
            jsonwebtoken::Algorithm::HS256,
        )
        .unwrap();
        format!("{message}.{signature}")
    };
    let hs512 = encode(
        &Header::new(jsonwebtoken::Algorithm::HS512),
        &claims(id, "client", 600),
        &EncodingKey::from_secret(TEST_JWT_SECRET.as_bytes()),
    )
    .unwrap();
    // The same construction naming HS256 is a valid token: the refusals
    // below are for the algorithm, not for a broken signature.
    assert_eq!(app.get_me(&lying_alg("HS256")).await.status(), 200);
    let cases = [
        ("alg RS256 header, HMAC signature", lying_alg("RS256")),
        ("alg HS512 with the right key", hs512),
        ("tampered claims (role raised)", raised_role),
        ("alg none", alg_none),
        (
            "expired",
            sign(&claims(id, "client", -120), TEST_JWT_SECRET),
        ),
        (
            "wrong key",
            sign(
                &claims(id, "client", 600),
                "another-secret-another-secret-another",
            ),
        ),
        (
            "not yet valid",
            sign(
                &json!({"sub": id, "role": "client", "iss": "aruna-moment", "iat": 0, "nbf": chrono::Utc::now().timestamp() + 3600, "exp": chrono::Utc::now().timestamp() + 7200}),
                TEST_JWT_SECRET,
            ),
        ),
        (
            "wrong issuer",
            sign(
                &json!({"sub": id, "role": "client", "iss": "evil", "iat": 0, "nbf": 0, "exp": chrono::Utc::now().timestamp() + 600}),
                TEST_JWT_SECRET,
            ),
        ),
        ("garbage", "not.a.jwt".to_owned()),
    ];
    for (case, token) in cases {
        let res = app.get_me(&token).await;
        assert_eq!(res.status(), 401, "case {case}");
        assert_error(res, 401, "unauthorized").await;
    }
    // Not a bearer scheme at all.
    let res = app
        .client
        .get(app.url("/api/v1/me"))
        .header("authorization", format!("Basic {good}"))
        .send()
        .await
        .unwrap();
    assert_error(res, 401, "unauthorized").await;
    let res = app.client.get(app.url("/api/v1/me")).send().await.unwrap();
    assert_error(res, 401, "unauthorized").await;
    // And the genuine one still works.
    assert_eq!(app.get_me(good).await.status(), 200);
}

#[tokio::test]
async fn refresh_rotates_and_each_refresh_token_works_once() {
    let app = spawn_app().await;
    let (_, first) = app.signed_in_client().await;
    let r1 = first["refresh_token"].as_str().unwrap();

    let res = app.refresh(r1).await;
    assert_eq!(res.status(), 200);
    let second: Value = res.json().await.unwrap();
    let r2 = second["refresh_token"].as_str().unwrap();
    assert_ne!(r1, r2);
    assert_eq!(
        app.get_me(second["access_token"].as_str().unwrap())
            .await
            .status(),
        200
    );

    let res = app.refresh(r2).await;
    assert_eq!(res.status(), 200);
    let third: Value = res.json().await.unwrap();
    assert!(third["refresh_token"].is_string());
}

#[tokio::test]
async fn reusing_a_spent_refresh_token_revokes_the_whole_session() {
    let app = spawn_app().await;
    let (_, first) = app.signed_in_client().await;
    let r1 = first["refresh_token"].as_str().unwrap().to_owned();
    let second: Value = app.refresh(&r1).await.json().await.unwrap();
    let r2 = second["refresh_token"].as_str().unwrap();

    // An attacker replays the stolen, already-spent token…
    assert_error(app.refresh(&r1).await, 401, "invalid_token").await;
    // …and the legitimate holder's newer token dies with it.
    assert_error(app.refresh(r2).await, 401, "invalid_token").await;
}

#[tokio::test]
async fn other_sessions_survive_a_reuse_in_one_session() {
    let app = spawn_app().await;
    let (body, first) = app.signed_in_client().await;
    let other: Value = app
        .login(body["email"].as_str().unwrap(), crate::helpers::PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let r1 = first["refresh_token"].as_str().unwrap();
    app.refresh(r1).await;
    app.refresh(r1).await;
    assert_eq!(
        app.refresh(other["refresh_token"].as_str().unwrap())
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn logout_revokes_the_refresh_token_and_is_idempotent() {
    let app = spawn_app().await;
    let (_, tokens) = app.signed_in_client().await;
    let r = tokens["refresh_token"].as_str().unwrap();
    let res = app
        .post_json("/api/v1/auth/logout", &json!({"refresh_token": r}))
        .await;
    assert_eq!(res.status(), 204);
    assert_error(app.refresh(r).await, 401, "invalid_token").await;
    let res = app
        .post_json("/api/v1/auth/logout", &json!({"refresh_token": r}))
        .await;
    assert_eq!(res.status(), 204);
}

#[tokio::test]
async fn unknown_and_expired_refresh_tokens_are_refused() {
    let app = spawn_app().await;
    assert_error(app.refresh("made-up-token").await, 401, "invalid_token").await;
    let (_, tokens) = app.signed_in_client().await;
    app.clock.advance(chrono::Duration::days(31));
    assert_error(
        app.refresh(tokens["refresh_token"].as_str().unwrap()).await,
        401,
        "invalid_token",
    )
    .await;
}

/// Read-then-write transactions (refresh) racing other writers (reset mail
/// queued and delivered by the outbox worker) must wait, never fail with a
/// busy database.
#[tokio::test]
async fn concurrent_refreshes_and_mail_never_hit_a_busy_database() {
    let app = spawn_app().await;
    let mut sessions = Vec::new();
    for _ in 0..20 {
        sessions.push(app.signed_in_client().await);
    }
    let refreshes = sessions
        .iter()
        .map(|(_, t)| app.refresh(t["refresh_token"].as_str().unwrap()));
    let resets = sessions
        .iter()
        .map(|(b, _)| app.forgot_password(b["email"].as_str().unwrap()));
    let (a, b) = tokio::join!(
        futures_util::future::join_all(refreshes),
        futures_util::future::join_all(resets)
    );
    let statuses: Vec<u16> = a
        .iter()
        .chain(b.iter())
        .map(|r| r.status().as_u16())
        .collect();
    assert!(
        statuses.iter().all(|s| *s == 200 || *s == 202),
        "{statuses:?}"
    );
}
