use serde_json::Value;

use crate::helpers::{assert_error, find_link, mail_sink, spawn_app, PASSWORD, PUBLIC_URL};

#[tokio::test]
async fn a_forgotten_password_is_reset_from_the_emailed_link() {
    let app = spawn_app().await;
    let (body, old_session) = app.signed_in_client().await;
    let email = body["email"].as_str().unwrap();
    let old_access = old_session["access_token"].as_str().unwrap();
    assert_eq!(app.get_me(old_access).await.status(), 200);

    // A poisoned Host header must not reach the link.
    let res = app
        .client
        .post(app.url("/api/v1/auth/password/forgot"))
        .header("x-forwarded-host", "evil.example")
        .json(&serde_json::json!({"email": email.to_uppercase()}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 202);

    let mail = mail_sink().wait_for(email).await;
    assert!(
        mail.subject.contains("Atur ulang kata sandi"),
        "{}",
        mail.subject
    );
    let link = find_link(&mail.text, &format!("{PUBLIC_URL}/reset-password?token="));
    assert!(mail.html.unwrap().contains(&link));
    assert!(!mail.text.contains("evil.example"));
    let token = link.split("token=").nth(1).unwrap();

    let res = app.reset_password(token, "BaruSekali9").await;
    assert_eq!(res.status(), 200);
    // The access token signed in before the reset stops at once.
    assert_error(app.get_me(old_access).await, 401, "unauthorized").await;

    assert_eq!(app.login(email, "BaruSekali9").await.status(), 200);
    assert_error(app.login(email, PASSWORD).await, 401, "invalid_credentials").await;
    assert_error(
        app.refresh(old_session["refresh_token"].as_str().unwrap())
            .await,
        401,
        "invalid_token",
    )
    .await;
    // Single use.
    assert_error(
        app.reset_password(token, "LagiBaru99").await,
        401,
        "invalid_token",
    )
    .await;
    // The account owner is told the password changed.
    let notice = mail_sink().wait_for_nth(email, 2).await;
    assert!(notice.subject.contains("telah diubah"));
}

#[tokio::test]
async fn the_reset_request_answers_the_same_for_unknown_emails() {
    let app = spawn_app().await;
    let (body, _) = app.signed_in_client().await;
    let known = app.forgot_password(body["email"].as_str().unwrap()).await;
    let unknown = app.forgot_password("nobody.here@example.com").await;
    assert_eq!(known.status(), 202);
    assert_eq!(unknown.status(), 202);
    let (a, b): (Value, Value) = (known.json().await.unwrap(), unknown.json().await.unwrap());
    assert_eq!(a, b);
    mail_sink().wait_for(body["email"].as_str().unwrap()).await;
    assert_eq!(mail_sink().count_to("nobody.here@example.com"), 0);
    assert_eq!(app.count("password_resets").await, 1);
}

#[tokio::test]
async fn reset_links_expire_after_30_minutes() {
    let app = spawn_app().await;
    let (body, _) = app.signed_in_client().await;
    let email = body["email"].as_str().unwrap();
    app.forgot_password(email).await;
    let mail = mail_sink().wait_for(email).await;
    let link = find_link(&mail.text, &format!("{PUBLIC_URL}/reset-password?token="));
    let token = link.split("token=").nth(1).unwrap();

    app.clock.advance(chrono::Duration::minutes(31));
    assert_error(
        app.reset_password(token, "BaruSekali9").await,
        401,
        "invalid_token",
    )
    .await;
    assert_eq!(
        app.login(email, PASSWORD).await.status(),
        200,
        "password unchanged"
    );
}

#[tokio::test]
async fn reset_refuses_weak_passwords_and_made_up_tokens() {
    let app = spawn_app().await;
    let err = assert_error(
        app.reset_password("whatever", "weak").await,
        422,
        "validation_failed",
    )
    .await;
    assert!(err["fields"]["new_password"].is_string());
    assert_error(
        app.reset_password("made-up", "BaruSekali9").await,
        401,
        "invalid_token",
    )
    .await;
    assert_error(
        app.forgot_password("not-an-email").await,
        422,
        "validation_failed",
    )
    .await;
}
