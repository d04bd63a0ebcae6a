use serde_json::Value;

use crate::helpers::{assert_error, spawn_app, spawn_app_with, PASSWORD};

#[tokio::test]
async fn login_works_with_email_in_any_case_and_phone_in_any_form() {
    let app = spawn_app().await;
    let (body, _) = app.signed_in_client().await;
    let email = body["email"].as_str().unwrap();
    let local = body["phone"].as_str().unwrap(); // 0812xxxxxxxx
    let national = &local[1..];

    for identifier in [
        email.to_owned(),
        email.to_uppercase(),
        local.to_owned(),
        format!("62{national}"),
        format!("+62 {}-{}", &national[..3], &national[3..]),
    ] {
        let res = app.login(&identifier, PASSWORD).await;
        assert_eq!(res.status(), 200, "login with {identifier}");
        let tokens: Value = res.json().await.unwrap();
        assert_eq!(tokens["user"]["email"], email);
    }
}

#[tokio::test]
async fn wrong_password_and_unknown_account_give_the_same_401() {
    let app = spawn_app().await;
    let (body, _) = app.signed_in_client().await;

    let wrong = assert_error(
        app.login(body["email"].as_str().unwrap(), "Salah12345")
            .await,
        401,
        "invalid_credentials",
    )
    .await;
    let unknown = assert_error(
        app.login("nobody@example.com", PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
    let unknown_phone = assert_error(
        app.login("081299999999", PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
    assert_eq!(wrong, unknown);
    assert_eq!(wrong, unknown_phone);
}

#[tokio::test]
async fn an_identifier_that_is_neither_email_nor_phone_is_a_422() {
    let app = spawn_app().await;
    let err = assert_error(
        app.login("not-a-thing", PASSWORD).await,
        422,
        "validation_failed",
    )
    .await;
    assert!(err["fields"]["identifier"].is_string());
}

#[tokio::test]
async fn too_many_logins_from_one_address_get_429_with_retry_after() {
    let app = spawn_app_with(|s| s.rate_limit.auth_per_minute = 5).await;
    for _ in 0..5 {
        assert_eq!(
            app.login("nobody@example.com", PASSWORD).await.status(),
            401
        );
    }
    let res = app.login("nobody@example.com", PASSWORD).await;
    let retry: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry));
    assert_error(res, 429, "rate_limited").await;
    // Registration has its own allowance.
    assert_eq!(app.signed_in_client().await.1["token_type"], "Bearer");
}

/// An account hashed with older Argon2 parameters signs in as before, and
/// that sign-in rehashes its password with the current ones; its sessions
/// go on.
#[tokio::test]
async fn a_password_hashed_with_older_parameters_is_upgraded_at_sign_in() {
    use argon2::password_hash::{rand_core::OsRng, PasswordHasher as _, SaltString};
    use sea_orm::{ConnectionTrait as _, Statement};

    let app = spawn_app().await;
    let (body, session) = app.signed_in_client().await;
    let email = body["email"].as_str().unwrap();
    let old = argon2::Argon2::default()
        .hash_password(PASSWORD.as_bytes(), &SaltString::generate(&mut OsRng))
        .unwrap()
        .to_string();
    assert!(old.contains("m=19456,t=2"), "{old}");
    let stored = || async {
        let row = app
            .db
            .query_one(Statement::from_sql_and_values(
                app.db.get_database_backend(),
                "SELECT password_hash FROM users WHERE email = $1",
                [email.into()],
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get::<String>("", "password_hash").unwrap()
    };
    app.db
        .execute(Statement::from_sql_and_values(
            app.db.get_database_backend(),
            "UPDATE users SET password_hash = $1 WHERE email = $2",
            [old.clone().into(), email.into()],
        ))
        .await
        .unwrap();

    assert_eq!(app.login(email, PASSWORD).await.status(), 200);
    let upgraded = stored().await;
    assert!(
        upgraded.starts_with("$argon2id$v=19$m=7168,t=5,p=1$"),
        "{upgraded}"
    );
    assert_eq!(app.login(email, PASSWORD).await.status(), 200);
    assert_eq!(
        stored().await,
        upgraded,
        "hashed once, not at every sign-in"
    );
    assert_error(
        app.login(email, "Salah12345").await,
        401,
        "invalid_credentials",
    )
    .await;
    let token = session["access_token"].as_str().unwrap();
    assert_eq!(app.get_me(token).await.status(), 200, "sessions go on");
}
