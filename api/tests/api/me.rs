use serde_json::{json, Value};

use crate::helpers::{assert_error, mail_sink, spawn_app, PASSWORD};

#[tokio::test]
async fn a_client_updates_the_profile() {
    let app = spawn_app().await;
    let (_, tokens) = app.signed_in_client().await;
    let token = tokens["access_token"].as_str().unwrap();

    let res = app
        .patch_me(
            token,
            &json!({"full_name": "  Sari   Dewi Lestari ", "phone": "+62 813 1111 2222"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let user: Value = res.json().await.unwrap();
    assert_eq!(user["full_name"], "Sari Dewi Lestari");
    assert_eq!(user["phone"], "+6281311112222");
    assert_eq!(user["email"], tokens["user"]["email"], "absent fields stay");

    let me: Value = app.get_me(token).await.json().await.unwrap();
    assert_eq!(me, user);
    // The new number signs in.
    assert_eq!(app.login("081311112222", PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn profile_updates_refuse_taken_and_invalid_values() {
    let app = spawn_app().await;
    let (other, _) = app.signed_in_client().await;
    let (mine, tokens) = app.signed_in_client().await;
    let token = tokens["access_token"].as_str().unwrap();

    assert_error(
        app.patch_me(token, &json!({"email": other["email"]})).await,
        409,
        "email_taken",
    )
    .await;
    assert_error(
        app.patch_me(token, &json!({"phone": other["phone"]})).await,
        409,
        "phone_taken",
    )
    .await;
    // Keeping one's own values is not a conflict.
    assert_eq!(
        app.patch_me(
            token,
            &json!({"email": mine["email"], "phone": mine["phone"]})
        )
        .await
        .status(),
        200
    );
    let err = assert_error(
        app.patch_me(token, &json!({"email": "bad", "full_name": ""}))
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert!(err["fields"]["email"].is_string() && err["fields"]["full_name"].is_string());
    assert_error(
        app.patch_me("nope", &json!({"full_name": "X Y"})).await,
        401,
        "unauthorized",
    )
    .await;
}

#[tokio::test]
async fn changing_the_password_signs_out_other_sessions() {
    let app = spawn_app().await;
    let (body, tokens) = app.signed_in_client().await;
    let email = body["email"].as_str().unwrap();
    let other_session: Value = app.login(email, PASSWORD).await.json().await.unwrap();
    let token = tokens["access_token"].as_str().unwrap();
    // Signed-in reads trust the account from memory for a moment; this
    // one puts it there, so the refusal below proves the change forgets it.
    assert_eq!(app.get_me(token).await.status(), 200);

    let err = assert_error(
        app.change_password(token, "Salah12345", "BaruSekali9")
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert!(err["fields"]["current_password"].is_string());
    let err = assert_error(
        app.change_password(token, PASSWORD, "weak").await,
        422,
        "validation_failed",
    )
    .await;
    assert!(err["fields"]["new_password"].is_string());

    let res = app.change_password(token, PASSWORD, "BaruSekali9").await;
    assert_eq!(res.status(), 200);
    let fresh: Value = res.json().await.unwrap();
    assert_error(app.get_me(token).await, 401, "unauthorized").await;
    let fresh_access = fresh["access_token"].as_str().unwrap();
    assert_eq!(app.get_me(fresh_access).await.status(), 200);

    assert_error(app.login(email, PASSWORD).await, 401, "invalid_credentials").await;
    assert_eq!(app.login(email, "BaruSekali9").await.status(), 200);
    assert_error(
        app.refresh(other_session["refresh_token"].as_str().unwrap())
            .await,
        401,
        "invalid_token",
    )
    .await;
    assert_eq!(
        app.refresh(fresh["refresh_token"].as_str().unwrap())
            .await
            .status(),
        200
    );
    let mail = mail_sink().wait_for(email).await;
    assert!(mail.subject.contains("telah diubah"));
}
