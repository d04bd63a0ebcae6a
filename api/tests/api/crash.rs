//! The API killed with SIGKILL in the middle of a booking load, then started
//! again on the same data: every booking a client was told about (201) is
//! there with its history, nothing half written, and the outbox delivers
//! what was queued before the crash (a message the dead process had claimed
//! waits out its two-minute lease, then goes). SQLite (the embedded
//! default): the real binary on its own data folder.

use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, Database, Statement};
use serde_json::{json, Value};

use crate::helpers::{mail_sink, new_client, PASSWORD};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn start(data: &std::path::Path, seed: bool) -> (Child, String) {
    let port = free_port();
    let mut args = vec!["serve"];
    if seed {
        args.push("--seed-demo");
    }
    let child = Command::new(env!("CARGO_BIN_EXE_api"))
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("APP_BIND", format!("127.0.0.1:{port}"))
        .env("APP_DATA_DIR", data)
        .env("APP_WEB_DIST", data.join("no-spa"))
        .env(
            "APP_SMTP_URL",
            format!("smtp://127.0.0.1:{}", mail_sink().port),
        )
        .env("APP_RATE_LIMIT__AUTH_PER_MINUTE", "1000")
        .env("APP_WORKERS", "2")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(30);
    while !reqwest::get(format!("{base}/health"))
        .await
        .is_ok_and(|r| r.status() == 200)
    {
        assert!(Instant::now() < deadline, "the server did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    (child, base)
}

#[tokio::test]
async fn a_sigkill_mid_load_loses_no_acknowledged_booking() {
    let data = tempfile::tempdir().unwrap();
    let (mut server, base) = start(data.path(), true).await;
    let http = reqwest::Client::new();
    let packages: Vec<Value> = http
        .get(format!("{base}/api/v1/packages?kind=wedding"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let package = packages[0]["id"].clone();
    let mut tokens = Vec::new();
    for _ in 0..4 {
        let who = new_client();
        let res = http
            .post(format!("{base}/api/v1/auth/register"))
            .json(&who)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
        let session: Value = http
            .post(format!("{base}/api/v1/auth/login"))
            .json(&json!({"identifier": who["email"], "password": PASSWORD}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        tokens.push(session["access_token"].as_str().unwrap().to_owned());
    }

    // Four clients book distinct dates as fast as they can.
    let acked: Arc<Mutex<Vec<(usize, String)>>> = Arc::default();
    let mut load = Vec::new();
    for (t, token) in tokens.iter().enumerate() {
        let (http, base, token, acked, package) = (
            http.clone(),
            base.clone(),
            token.clone(),
            acked.clone(),
            package.clone(),
        );
        load.push(tokio::spawn(async move {
            for i in 0..2000 {
                let day = chrono::Utc::now() + chrono::Duration::days(30 + t as i64 + 4 * i);
                let sent = http
                    .post(format!("{base}/api/v1/bookings"))
                    .bearer_auth(&token)
                    .json(&json!({"package_id": package, "event_date": day.date_naive().to_string(), "location": "Saribudolok", "payment_option": "dp"}))
                    .send()
                    .await;
                let Ok(res) = sent else { return };
                if res.status() != 201 {
                    return;
                }
                let Ok(body) = res.json::<Value>().await else { return };
                acked.lock().unwrap().push((t, body["id"].as_str().unwrap().to_owned()));
            }
        }));
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    while acked.lock().unwrap().len() < 40 {
        assert!(Instant::now() < deadline, "the load never got going");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    server.kill().unwrap(); // SIGKILL
    server.wait().unwrap();
    for task in load {
        task.await.unwrap();
    }
    let acked = acked.lock().unwrap().clone();

    let (mut server, base) = start(data.path(), false).await;
    for (t, id) in &acked {
        let res = http
            .get(format!("{base}/api/v1/bookings/{id}"))
            .bearer_auth(&tokens[*t])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "acknowledged booking {id} lost");
        let booking: Value = res.json().await.unwrap();
        assert_eq!(booking["status"], "waiting_payment");
    }

    // Nothing half written: every booking row has its creation event, and
    // the queued messages all go out after the restart.
    let db = Database::connect(format!(
        "sqlite://{}?mode=rw",
        data.path().join("aruna.db").display()
    ))
    .await
    .unwrap();
    let count = |sql: &'static str| {
        let db = &db;
        async move {
            let row = db
                .query_one(Statement::from_string(db.get_database_backend(), sql))
                .await
                .unwrap()
                .unwrap();
            row.try_get_by_index::<i64>(0).unwrap()
        }
    };
    let clients_bookings = count(
        "SELECT COUNT(*) FROM bookings b JOIN users u ON u.id = b.client_id WHERE u.email LIKE 'sari.%'",
    )
    .await;
    assert!(clients_bookings >= i64::try_from(acked.len()).unwrap());
    assert_eq!(
        count("SELECT COUNT(*) FROM bookings b WHERE NOT EXISTS (SELECT 1 FROM booking_events e WHERE e.booking_id = b.id)").await,
        0,
        "a booking without its history"
    );
    let deadline = Instant::now() + Duration::from_secs(170);
    loop {
        let pending = count("SELECT COUNT(*) FROM email_outbox WHERE status <> 'sent'").await;
        if pending == 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{pending} messages still queued after the restart"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    server.kill().ok();
    server.wait().ok();
}
