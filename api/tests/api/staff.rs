//! Staff and roles: the owner creates and invites crew, changes roles and
//! disables accounts; a changed or disabled account's tokens stop at once.

use serde_json::{json, Value};
use shared::Role;

use crate::helpers::{assert_error, find_link, mail_sink, new_client, PASSWORD, PUBLIC_URL};
use crate::scene::scene;

fn token(v: &Value) -> String {
    v["access_token"].as_str().unwrap().to_owned()
}

async fn patch(s: &crate::scene::Scene, token: &str, id: &str, body: Value) -> reqwest::Response {
    s.app
        .client
        .patch(s.app.url(&format!("/api/v1/users/{id}")))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_owner_creates_crew_and_an_invitation_sets_the_password() {
    let s = scene().await;
    let owner = token(&s.app.signed_in_as(Role::Superadmin).await);
    let person = new_client();
    let email = person["email"].as_str().unwrap();
    let body = json!({
        "full_name": "Rina Fotografer",
        "email": email,
        "phone": person["phone"],
        "role": "staff",
    });
    // Only the owner manages people.
    assert_error(
        s.post(&s.admin, "/api/v1/users", body.clone()).await,
        403,
        "forbidden",
    )
    .await;
    assert_error(
        s.post(&s.staff, "/api/v1/users", body.clone()).await,
        403,
        "forbidden",
    )
    .await;
    // Clients are not crew; bad fields are named.
    let mut bad = body.clone();
    bad["role"] = json!("client");
    bad["email"] = json!("bukan-email");
    let err = assert_error(
        s.post(&owner, "/api/v1/users", bad).await,
        422,
        "validation_failed",
    )
    .await;
    assert!(
        err["fields"]["role"].is_string() && err["fields"]["email"].is_string(),
        "{err}"
    );

    let res = s.post(&owner, "/api/v1/users", body.clone()).await;
    assert_eq!(res.status(), 201);
    let user: Value = res.json().await.unwrap();
    assert_eq!(
        (user["role"].as_str(), user["active"].as_bool()),
        (Some("staff"), Some(true))
    );
    // The same email again is a conflict.
    assert_eq!(s.post(&owner, "/api/v1/users", body).await.status(), 409);

    // Nobody knows the password until the invitation is used.
    let mail = mail_sink().wait_for(email).await;
    assert!(mail.subject.contains("Undangan"), "{}", mail.subject);
    let link = find_link(&mail.text, &format!("{PUBLIC_URL}/reset-password?token="));
    let invite = link.split("token=").nth(1).unwrap();
    assert_eq!(
        s.app.reset_password(invite, "KruBaru123").await.status(),
        200
    );
    let res = s.app.login(email, "KruBaru123").await;
    assert_eq!(res.status(), 200);
    let session: Value = res.json().await.unwrap();
    assert_eq!(session["user"]["role"], "staff");
    // Staff see the payment queue, not the people.
    assert_eq!(
        s.get(&token(&session), "/api/v1/payments").await.status(),
        200
    );
    assert_eq!(
        s.get(&token(&session), "/api/v1/clients").await.status(),
        403
    );

    // With a password given, no invitation: the account signs in at once.
    let other = new_client();
    let res = s
        .post(
            &owner,
            "/api/v1/users",
            json!({"full_name": "Adi Admin", "email": other["email"], "phone": other["phone"],
                   "role": "admin", "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 201);
    assert_eq!(
        s.app
            .login(other["email"].as_str().unwrap(), PASSWORD)
            .await
            .status(),
        200
    );

    // Both creations are in the audit log, with who did it.
    let log: Value = s
        .get(&owner, "/api/v1/audit?action=user.create")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(log["total"], 2, "{log}");
    assert_eq!(log["items"][0]["actor_role"], "superadmin");
    assert_eq!(log["items"][0]["after"]["role"], "admin");
}

#[tokio::test]
async fn a_role_change_or_disabling_ends_the_sessions_at_once() {
    let s = scene().await;
    let owner_session = s.app.signed_in_as(Role::Superadmin).await;
    let owner = token(&owner_session);
    let owner_id = owner_session["user"]["id"].as_str().unwrap().to_owned();
    let crew = s.app.signed_in_as(Role::Staff).await;
    let crew_token = token(&crew);
    let crew_id = crew["user"]["id"].as_str().unwrap().to_owned();
    let crew_email = crew["user"]["email"].as_str().unwrap().to_owned();
    assert_eq!(s.get(&crew_token, "/api/v1/payments").await.status(), 200);

    // Promote to admin: the old token is retired with the next request.
    let res = patch(&s, &owner, &crew_id, json!({"role": "admin"})).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["role"], "admin");
    assert_error(s.get(&crew_token, "/api/v1/me").await, 401, "unauthorized").await;
    assert_error(
        s.app.refresh(crew["refresh_token"].as_str().unwrap()).await,
        401,
        "invalid_token",
    )
    .await;
    let again: Value = s
        .app
        .login(&crew_email, PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let admin_token = token(&again);
    assert_eq!(again["user"]["role"], "admin");
    assert_eq!(s.get(&admin_token, "/api/v1/clients").await.status(), 200);

    // Disable: the token fails at once, sign-in is refused, sockets too.
    let res = patch(&s, &owner, &crew_id, json!({"active": false})).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["active"], false);
    assert_error(s.get(&admin_token, "/api/v1/me").await, 401, "unauthorized").await;
    assert_error(s.app.login(&crew_email, PASSWORD).await, 403, "forbidden").await;
    let ws = format!(
        "{}/api/v1/ws?access_token={admin_token}",
        s.app.address.replace("http", "ws")
    );
    match tokio_tungstenite::connect_async(ws).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(res)) => assert_eq!(res.status(), 401),
        other => panic!("a disabled account's socket was not refused: {other:?}"),
    }
    // Enabled again, the account signs in; old tokens stay retired.
    assert_eq!(
        patch(&s, &owner, &crew_id, json!({"active": true}))
            .await
            .status(),
        200
    );
    assert_eq!(s.app.login(&crew_email, PASSWORD).await.status(), 200);
    assert_eq!(s.get(&admin_token, "/api/v1/me").await.status(), 401);

    // The owner cannot lock themselves out; clients cannot become crew.
    let err = assert_error(
        patch(&s, &owner, &owner_id, json!({"role": "staff"})).await,
        422,
        "validation_failed",
    )
    .await;
    assert!(err["fields"]["role"].is_string(), "{err}");
    let me: Value = s.get(&s.client, "/api/v1/me").await.json().await.unwrap();
    let client_id = me["id"].as_str().unwrap();
    assert_eq!(
        patch(&s, &owner, client_id, json!({"role": "admin"}))
            .await
            .status(),
        422
    );
    assert_eq!(patch(&s, &owner, client_id, json!({})).await.status(), 422);
    assert_eq!(
        patch(
            &s,
            &owner,
            &uuid::Uuid::new_v4().to_string(),
            json!({"active": false})
        )
        .await
        .status(),
        404
    );
    // Admins cannot manage people.
    assert_error(
        patch(&s, &s.admin, &crew_id, json!({"active": false})).await,
        403,
        "forbidden",
    )
    .await;

    // Every change is logged with before → after.
    let log: Value = s
        .get(
            &owner,
            &format!("/api/v1/audit?action=user.update&entity_id={crew_id}"),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(log["total"], 3, "{log}");
    let first = &log["items"][2];
    assert_eq!(first["before"], json!({"role": "staff"}));
    assert_eq!(first["after"], json!({"role": "admin"}));
    assert_eq!(log["items"][1]["after"], json!({"active": false}));
}

#[tokio::test]
async fn a_password_change_retires_the_other_access_tokens() {
    let s = scene().await;
    let (body, first) = s.app.signed_in_client().await;
    let email = body["email"].as_str().unwrap();
    let second: Value = s.app.login(email, PASSWORD).await.json().await.unwrap();
    let res = s
        .app
        .change_password(&token(&first), PASSWORD, "GantiSandi77")
        .await;
    assert_eq!(res.status(), 200);
    let fresh: Value = res.json().await.unwrap();
    // The other device's access token stops now, not when it expires.
    assert_error(
        s.get(&token(&second), "/api/v1/me").await,
        401,
        "unauthorized",
    )
    .await;
    assert_error(
        s.get(&token(&first), "/api/v1/me").await,
        401,
        "unauthorized",
    )
    .await;
    assert_eq!(s.get(&token(&fresh), "/api/v1/me").await.status(), 200);
}
