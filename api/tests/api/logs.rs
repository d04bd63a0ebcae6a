//! No personal data in the logs: the real server binary runs the way it
//! runs in production (JSON logs, the default filter) while a client
//! registers, fails a login, signs in, asks for a password reset, books with
//! notes, uploads a proof and chats; everything it printed is then searched
//! for the client's email, phone, password, tokens and reset token.
//! SQLite only: what is logged does not depend on the database.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::Utc;
use reqwest::multipart::{Form, Part};
use serde_json::{json, Value};

use crate::helpers::{find_link, mail_sink, new_client, PASSWORD};
use crate::scene::JPEG;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn the_server_logs_no_personal_data() {
    let port = free_port();
    let data = tempfile::tempdir().unwrap();
    let mut server = Command::new(env!("CARGO_BIN_EXE_api"))
        .args(["serve", "--seed-demo"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("APP_BIND", format!("127.0.0.1:{port}"))
        .env("APP_DATA_DIR", data.path())
        .env("APP_WEB_DIST", data.path().join("no-spa"))
        .env(
            "APP_SMTP_URL",
            format!("smtp://127.0.0.1:{}", mail_sink().port),
        )
        .env("APP_PUBLIC_URL", "https://studio.example")
        .env("APP_LOG_FORMAT", "json")
        .env("APP_WORKERS", "1")
        // The production filter, with the API's own debug lines on too.
        .env("RUST_LOG", "info,sqlx=warn,sea_orm=warn,api=debug")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let mut up = false;
    for _ in 0..300 {
        if http
            .get(format!("{base}/health"))
            .send()
            .await
            .is_ok_and(|r| r.status() == 200)
        {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "the server did not start");

    let who = new_client();
    let email = who["email"].as_str().unwrap().to_owned();
    let phone = who["phone"].as_str().unwrap().to_owned();
    let post = |path: &str, body: Value| http.post(format!("{base}{path}")).json(&body).send();
    assert_eq!(
        post("/api/v1/auth/register", who.clone())
            .await
            .unwrap()
            .status(),
        201
    );
    let wrong = post(
        "/api/v1/auth/login",
        json!({"identifier": email, "password": "Salah12345"}),
    );
    assert_eq!(wrong.await.unwrap().status(), 401);
    let session: Value = post(
        "/api/v1/auth/login",
        json!({"identifier": phone, "password": PASSWORD}),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let access = session["access_token"].as_str().unwrap().to_owned();
    let refresh = session["refresh_token"].as_str().unwrap().to_owned();
    let user_id = session["user"]["id"].as_str().unwrap().to_owned();
    let res = post("/api/v1/auth/password/forgot", json!({"email": email}))
        .await
        .unwrap();
    assert_eq!(res.status(), 202);
    let mail = mail_sink().wait_for(&email).await;
    let link = find_link(&mail.text, "https://studio.example/reset-password?token=");
    let reset_token = link.split("token=").nth(1).unwrap().to_owned();

    let get = |path: &str| {
        http.get(format!("{base}{path}"))
            .bearer_auth(&access)
            .send()
    };
    let packages: Vec<Value> = get("/api/v1/packages?kind=wedding")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let banks: Vec<Value> = get("/api/v1/bank-accounts")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let notes = format!("Hubungi saya di {phone} atau {email}");
    let booking: Value = http
        .post(format!("{base}/api/v1/bookings"))
        .bearer_auth(&access)
        .json(&json!({
            "package_id": packages[0]["id"],
            "event_date": (Utc::now() + chrono::Duration::days(40)).date_naive().to_string(),
            "location": "Jl. Melati 7, Saribudolok",
            "notes": notes,
            "payment_option": "dp",
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let form = Form::new()
        .text("kind", "dp")
        .text(
            "bank_account_id",
            banks[0]["id"].as_str().unwrap().to_owned(),
        )
        .part(
            "proof",
            Part::bytes(JPEG.to_vec())
                .file_name(format!("{email}.jpg"))
                .mime_str("image/jpeg")
                .unwrap(),
        );
    let res = http
        .post(format!(
            "{base}/api/v1/bookings/{}/payments",
            booking["id"].as_str().unwrap()
        ))
        .bearer_auth(&access)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let res = http
        .post(format!("{base}/api/v1/conversations/{user_id}/messages"))
        .bearer_auth(&access)
        .json(&json!({"body": format!("WA saya {phone}, email {email}")}))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.status());
    // A search with personal data in the query string, and a refresh.
    let _ = get(&format!("/api/v1/bookings?q={email}")).await.unwrap();
    let res = get(&format!("/api/v1/bookings?page=x&q={email}&phone={phone}"))
        .await
        .unwrap();
    assert_eq!(res.status(), 400, "a bad query is logged as a warning");
    let res = post("/api/v1/auth/refresh", json!({"refresh_token": refresh}))
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    // Let the outbox and jobs log what they log.
    tokio::time::sleep(Duration::from_millis(1500)).await;

    let _ = server.kill();
    let _ = server.wait();
    let mut out = String::new();
    server
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    server
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let in_requests = out.lines().filter(|l| l.contains("request_id")).count();
    assert!(in_requests >= 4, "too little was logged to judge:\n{out}");
    assert!(
        out.contains("\"http.status_code\":400"),
        "the bad query was not logged:\n{out}"
    );

    let national = phone.trim_start_matches('0');
    let secrets = [
        ("email", email.as_str()),
        ("email local part", email.split('@').next().unwrap()),
        ("phone", national),
        ("password", PASSWORD),
        ("access token", access.as_str()),
        ("refresh token", refresh.as_str()),
        ("reset token", reset_token.as_str()),
    ];
    for (what, secret) in secrets {
        if let Some(line) = out.lines().find(|l| l.contains(secret)) {
            panic!("the {what} appears in the logs: {line}");
        }
    }
}
