//! Two API processes (the real binary, twice) on one database, as replicas
//! behind a load balancer: what happens through one reaches sockets on the
//! other, and jobs and outbox messages still happen once.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use sea_orm::ConnectionTrait;
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;

use crate::helpers::{mail_sink, TEST_JWT_SECRET};
use crate::scene::{scene, Scene};

/// One `api serve` process; killed when dropped.
struct Replica {
    child: Child,
    base: String,
}

impl Drop for Replica {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn start_replica(s: &Scene, data_dir: &std::path::Path) -> Replica {
    let port = free_port();
    let settings = &s.app.state.settings;
    let child = Command::new(env!("CARGO_BIN_EXE_api"))
        .arg("serve")
        .env("DATABASE_URL", &settings.database_url)
        .env("APP_BIND", format!("127.0.0.1:{port}"))
        .env("APP_JWT_SECRET", TEST_JWT_SECRET)
        .env("APP_SMTP_URL", &settings.smtp_url)
        .env("APP_MAIL_FROM", &settings.mail_from)
        .env("APP_PUBLIC_URL", &settings.public_url)
        .env("APP_DATA_DIR", data_dir)
        .env("APP_WEB_DIST", "/nonexistent-web-dist")
        .env("APP_WORKERS", "1")
        // Long enough that only an invalidation can refresh it.
        .env("APP_PRIVATE_CACHE_MS", "60000")
        .env("APP_RUN_JOBS", "true")
        .env("APP_LOG_FORMAT", "json")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the api binary starts");
    let replica = Replica {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let up = s
            .app
            .client
            .get(format!("{}/health", replica.base))
            .send()
            .await
            .is_ok_and(|r| r.status() == 200);
        if up {
            return replica;
        }
        assert!(
            Instant::now() < deadline,
            "replica on {port} did not come up"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Waits for the first event `matches` accepts, at most `within`.
async fn wait_for(socket: &mut Socket, within: Duration, matches: impl Fn(&Value) -> bool) {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        let frame = tokio::time::timeout_at(deadline, socket.next())
            .await
            .expect("the event arrived in time");
        if let Some(Ok(Message::Text(t))) = frame {
            if matches(&serde_json::from_str(&t).unwrap()) {
                return;
            }
        }
    }
}

#[tokio::test]
async fn two_processes_share_sockets_jobs_and_the_outbox() {
    let s = scene().await;
    let pg = s.app.db.get_database_backend() == sea_orm::DbBackend::Postgres;
    // PostgreSQL wakes the other process with NOTIFY; SQLite has its
    // one-second poll.
    let within = Duration::from_millis(if pg { 1000 } else { 2500 });

    // An unpaid booking already past its deadline: both processes' jobs
    // find it at start-up, and only one may expire it.
    let (late_client, late_email) = s.another_client().await;
    let late = s.book(&late_client, 50).await;
    {
        use api::entities::bookings;
        use sea_orm::{sea_query::Expr, ColumnTrait, EntityTrait, QueryFilter};
        let id: uuid::Uuid = late["id"].as_str().unwrap().parse().unwrap();
        let past = chrono::Utc::now() - chrono::Duration::hours(1);
        let res = bookings::Entity::update_many()
            .col_expr(
                bookings::Column::PaymentDeadline,
                Expr::value(past.fixed_offset()),
            )
            .filter(bookings::Column::Id.eq(id))
            .exec(&s.app.db)
            .await
            .unwrap();
        assert_eq!(res.rows_affected, 1);
    }
    let (booking, payment) = s.booked_and_paid(&s.client, 30).await;
    let client_id = s
        .get(&s.client, "/api/v1/me")
        .await
        .json::<Value>()
        .await
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let data = tempfile::tempdir().unwrap();
    let a = start_replica(&s, data.path()).await;
    let b = start_replica(&s, data.path()).await;

    let url = format!(
        "{}/api/v1/ws?access_token={}",
        a.base.replace("http://", "ws://"),
        s.client
    );
    let (mut socket, _) = tokio_tungstenite::connect_async(url).await.unwrap();

    // A chat message sent through B reaches the client's socket on A.
    let started = Instant::now();
    let res = s
        .app
        .client
        .post(format!(
            "{}/api/v1/conversations/{client_id}/messages",
            b.base
        ))
        .bearer_auth(&s.staff)
        .json(&json!({"body": "Halo dari replika B"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    wait_for(&mut socket, within, |e| {
        e["kind"] == "chat" && e["chat"]["body"] == "Halo dari replika B"
    })
    .await;
    let chat_latency = started.elapsed();

    // The client's view of the booking, kept in A's private cache.
    let on_a = |path: String| {
        let (s, base) = (&s, &a.base);
        async move {
            let res = s
                .app
                .client
                .get(format!("{base}{path}"))
                .bearer_auth(&s.client)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200);
            res.json::<Value>().await.unwrap()
        }
    };
    let mine = format!("/api/v1/bookings/{}", booking["id"].as_str().unwrap());
    assert_eq!(on_a(mine.clone()).await["status"], "waiting_approval");

    // So does an approval made through B.
    let started = Instant::now();
    let res = s
        .app
        .client
        .post(format!("{}/api/v1/payments/{payment}/approve", b.base))
        .bearer_auth(&s.staff)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    wait_for(&mut socket, within, |e| {
        e["kind"] == "booking"
            && e["booking"]["booking_id"] == booking["id"]
            && e["booking"]["status"] == "accepted"
    })
    .await;
    let booking_latency = started.elapsed();
    // The event that reached A also emptied its caches: reloading on it
    // shows the approval, not the answer A kept.
    assert_eq!(on_a(mine).await["status"], "accepted");
    eprintln!("replica delivery: chat {chat_latency:?}, booking {booking_latency:?}");

    // The invoice email and the expiry happened once, whoever did them.
    let invoice = mail_sink()
        .wait_for_subject(&s.client_email, "disetujui")
        .await;
    assert!(!invoice.attachments.is_empty());
    mail_sink()
        .wait_for_subject(&late_email, "kedaluwarsa")
        .await;
    // Time for a duplicate to show up if any process were to send one.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let approvals = mail_sink()
        .all_to(&s.client_email)
        .into_iter()
        .filter(|m| m.subject.contains("disetujui"))
        .count();
    assert_eq!(approvals, 1);
    let expiries = mail_sink()
        .all_to(&late_email)
        .into_iter()
        .filter(|m| m.subject.contains("kedaluwarsa"))
        .count();
    assert_eq!(expiries, 1);
    let events = s
        .get(
            &s.admin,
            &format!("/api/v1/bookings/{}/events", late["id"].as_str().unwrap()),
        )
        .await
        .json::<Value>()
        .await
        .unwrap();
    let expired = events
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["to_status"] == "expired")
        .count();
    assert_eq!(expired, 1, "{events}");
    drop((a, b));
}

/// Two API processes, thirty clients, one date with room for one booking:
/// requests alternate between the processes and all go at once. Exactly one
/// booking is taken, on SQLite (one file, two processes) and PostgreSQL.
#[tokio::test]
async fn two_processes_racing_for_one_date_book_it_exactly_once() {
    let s = scene().await;
    let data = tempfile::tempdir().unwrap();
    let replica = start_replica(&s, data.path()).await;
    let mut tokens = Vec::new();
    for _ in 0..30 {
        tokens.push(s.another_client().await.0);
    }
    let body = json!({
        "package_id": s.wedding,
        "event_date": (chrono::Utc::now() + chrono::Duration::days(75)).date_naive().to_string(),
        "location": "Gereja HKBP Saribudolok",
        "payment_option": "dp",
    });
    let calls = tokens.iter().enumerate().map(|(i, token)| {
        let base = if i % 2 == 0 {
            s.app.url("")
        } else {
            replica.base.clone()
        };
        s.app
            .client
            .post(format!("{base}/api/v1/bookings"))
            .bearer_auth(token)
            .json(&body)
            .send()
    });
    let statuses: Vec<u16> = futures_util::future::join_all(calls)
        .await
        .into_iter()
        .map(|r| r.unwrap().status().as_u16())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        29,
        "{statuses:?}"
    );
    assert_eq!(s.app.count("bookings").await, 1);
}
