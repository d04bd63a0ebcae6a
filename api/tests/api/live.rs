//! The live channel: a WebSocket per signed-in tab, and the same events by
//! `GET /events?after=` for clients that poll.

use std::time::{Duration, Instant};

use futures_util::StreamExt;
use sea_orm::ConnectionTrait;
use serde_json::Value;
use tokio_tungstenite::tungstenite::{self, Message};

use crate::helpers::{assert_error, TestApp};
use crate::scene::scene;

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

fn ws_url(app: &TestApp, token: &str, after: Option<i64>) -> String {
    let base = app.address.replace("http://", "ws://");
    match after {
        Some(a) => format!("{base}/api/v1/ws?access_token={token}&after={a}"),
        None => format!("{base}/api/v1/ws?access_token={token}"),
    }
}

async fn connect(app: &TestApp, token: &str) -> Socket {
    let (socket, res) = tokio_tungstenite::connect_async(ws_url(app, token, None))
        .await
        .expect("socket opens");
    assert_eq!(res.status(), 101);
    socket
}

/// The next event frame within `within`, or None.
async fn next_event(socket: &mut Socket, within: Duration) -> Option<Value> {
    let deadline = Instant::now() + within;
    loop {
        let left = deadline.checked_duration_since(Instant::now())?;
        match tokio::time::timeout(left, socket.next()).await {
            Ok(Some(Ok(Message::Text(t)))) => return Some(serde_json::from_str(&t).unwrap()),
            Ok(Some(Ok(_))) => continue,
            _ => return None,
        }
    }
}

/// Waits for a booking event with `status` for `booking_id`.
async fn booking_event(socket: &mut Socket, booking_id: &str, status: &str) -> Value {
    loop {
        let e = next_event(socket, Duration::from_secs(1))
            .await
            .unwrap_or_else(|| panic!("no {status} event for {booking_id} within a second"));
        if e["kind"] == "booking"
            && e["booking"]["booking_id"] == booking_id
            && e["booking"]["status"] == status
        {
            return e;
        }
    }
}

#[tokio::test]
async fn the_owner_sees_the_approval_within_a_second_and_nobody_else_does() {
    let s = scene().await;
    let (other, _) = s.another_client().await;
    let (booking, payment) = s.booked_and_paid(&s.client, 30).await;
    let id = booking["id"].as_str().unwrap();
    let (other_booking, _) = s.booked_and_paid(&other, 31).await;

    let mut mine = connect(&s.app, &s.client).await;
    let mut theirs = connect(&s.app, &other).await;
    let mut crew = connect(&s.app, &s.admin).await;

    let started = Instant::now();
    s.approve(&payment).await;
    let e = booking_event(&mut mine, id, "accepted").await;
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(e["booking"]["from"], "waiting_approval");
    assert!(e["seq"].as_i64().unwrap() > 0);
    // The notification follows on the same socket, with the unread count.
    let n = loop {
        let e = next_event(&mut mine, Duration::from_secs(1)).await.unwrap();
        if e["kind"] == "notification" {
            break e;
        }
    };
    assert_eq!(n["notification"]["kind"], "payment_approved");
    assert_eq!(n["notification"]["booking_id"], id);
    assert!(n["unread"].as_u64().unwrap() >= 1);

    // The crew hears of every booking; the other client of none but theirs.
    booking_event(&mut crew, id, "accepted").await;
    while let Some(e) = next_event(&mut theirs, Duration::from_millis(400)).await {
        assert_ne!(e["booking"]["booking_id"], id, "leaked: {e}");
        assert_ne!(e["notification"]["booking_id"], id, "leaked: {e}");
    }
    assert_ne!(other_booking["id"], booking["id"]);
}

/// Waits for the notification about `booking_id`.
async fn notification_about(socket: &mut Socket, booking_id: &str) -> Value {
    loop {
        let e = next_event(socket, Duration::from_secs(1))
            .await
            .unwrap_or_else(|| panic!("no notification about {booking_id} within a second"));
        if e["kind"] == "notification" && e["notification"]["booking_id"] == booking_id {
            return e;
        }
    }
}

#[tokio::test]
async fn a_new_booking_reaches_client_and_crew_with_their_exact_unread_counts() {
    let s = scene().await;
    // Some unread news already waiting on both sides.
    s.book(&s.client, 40).await;
    let mut mine = connect(&s.app, &s.client).await;
    let mut crew = connect(&s.app, &s.admin).await;

    let booking = s.book(&s.client, 41).await;
    let id = booking["id"].as_str().unwrap();
    booking_event(&mut crew, id, "waiting_payment").await;
    for (socket, token, kind) in [
        (&mut mine, &s.client, "booking_created"),
        (&mut crew, &s.admin, "booking_created"),
    ] {
        let n = notification_about(socket, id).await;
        assert_eq!(n["notification"]["kind"], kind);
        let count: Value = s
            .get(token, "/api/v1/notifications/unread-count")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(n["unread"], count["unread"], "{n}");
        assert_eq!(
            count["unread"], 2,
            "the earlier booking's notice and this one"
        );
    }
}

#[tokio::test]
async fn a_bad_or_expired_token_never_opens_a_socket() {
    let s = scene().await;
    for token in ["", "not-a-token", "eyJhbGciOiJIUzI1NiJ9.e30.sig"] {
        match tokio_tungstenite::connect_async(ws_url(&s.app, token, None)).await {
            Err(tungstenite::Error::Http(res)) => assert_eq!(res.status(), 401),
            other => panic!("socket with {token:?} was not refused: {other:?}"),
        }
    }
    let me: Value = s.app.get_me(&s.client).await.json().await.unwrap();
    let user = uuid::Uuid::parse_str(me["id"].as_str().unwrap()).unwrap();
    let expired = s
        .app
        .state
        .jwt
        .issue(
            user,
            shared::Role::Client,
            0,
            chrono::Utc::now() - chrono::Duration::hours(2),
        )
        .unwrap();
    match tokio_tungstenite::connect_async(ws_url(&s.app, &expired, None)).await {
        Err(tungstenite::Error::Http(res)) => assert_eq!(res.status(), 401),
        other => panic!("expired token was not refused: {other:?}"),
    }
    // A plain GET without the upgrade is a clear 4xx, not a 500.
    let res = s
        .app
        .client
        .get(s.app.url("/api/v1/ws"))
        .bearer_auth(&s.client)
        .send()
        .await
        .unwrap();
    assert_error(res, 400, "bad_request").await;
}

#[tokio::test]
async fn a_reconnecting_tab_and_a_polling_app_catch_up_from_their_cursor() {
    let s = scene().await;
    let (booking, payment) = s.booked_and_paid(&s.client, 30).await;
    let id = booking["id"].as_str().unwrap();

    // Without a cursor: where to start. From 0: everything so far.
    let start: Value = s
        .get(&s.client, "/api/v1/events")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(start["events"].as_array().unwrap().len(), 0);
    assert!(start["cursor"].as_i64().unwrap() > 0);
    let feed: Value = s
        .get(&s.client, "/api/v1/events?after=0")
        .await
        .json()
        .await
        .unwrap();
    let cursor = feed["cursor"].as_i64().unwrap();
    let kinds: Vec<&str> = feed["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"booking") && kinds.contains(&"notification"),
        "{kinds:?}"
    );
    let again: Value = s
        .get(&s.client, &format!("/api/v1/events?after={cursor}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again["events"].as_array().unwrap().len(), 0);
    assert_eq!(again["cursor"], cursor);

    // The approval happens while the tab is away…
    s.approve(&payment).await;
    let later: Value = s
        .get(&s.client, &format!("/api/v1/events?after={cursor}"))
        .await
        .json()
        .await
        .unwrap();
    assert!(later["events"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["booking"]["booking_id"] == id && e["booking"]["status"] == "accepted"));

    // …and a socket opened with `after` replays it first.
    let (mut socket, _) = tokio_tungstenite::connect_async(ws_url(&s.app, &s.client, Some(cursor)))
        .await
        .unwrap();
    booking_event(&mut socket, id, "accepted").await;

    // Another client's feed holds none of it; bad cursors are a 400.
    let (other, _) = s.another_client().await;
    let theirs: Value = s
        .get(&other, "/api/v1/events?after=0")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(theirs["events"].as_array().unwrap().len(), 0, "{theirs}");
    assert_error(
        s.get(&s.client, "/api/v1/events?after=-1").await,
        400,
        "bad_request",
    )
    .await;
    assert_error(
        s.get(&s.client, "/api/v1/events?limit=0").await,
        400,
        "bad_request",
    )
    .await;
    let res = s
        .app
        .client
        .get(s.app.url("/api/v1/events"))
        .send()
        .await
        .unwrap();
    assert_error(res, 401, "unauthorized").await;
}

async fn feed_len(s: &crate::scene::Scene) -> usize {
    let feed: Value = s
        .get(&s.client, "/api/v1/events?after=0")
        .await
        .json()
        .await
        .unwrap();
    feed["events"].as_array().unwrap().len()
}

#[tokio::test]
async fn the_feed_forgets_events_after_thirty_days() {
    let s = scene().await;
    s.booked_and_paid(&s.client, 30).await;
    assert!(feed_len(&s).await > 0);
    let now = s.app.state.clock.now();
    let pruned = api::live::feed::prune(&s.app.db, now + chrono::Duration::days(29))
        .await
        .unwrap();
    assert_eq!(pruned, 0);
    api::live::feed::prune(&s.app.db, now + chrono::Duration::days(31))
        .await
        .unwrap();
    assert_eq!(feed_len(&s).await, 0);
}

#[tokio::test]
async fn a_socket_on_another_instance_hears_the_change() {
    let s = scene().await;
    let (booking, payment) = s.booked_and_paid(&s.client, 30).await;
    let id = booking["id"].as_str().unwrap();
    // A second server on the same database, as a replica behind a load
    // balancer would be: its own hub and dispatcher.
    let mut settings = (*s.app.state.settings).clone();
    settings.bind = "127.0.0.1:0".into();
    let clock: std::sync::Arc<dyn api::clock::Clock> = s.app.clock.clone();
    let replica = api::startup::Application::build_with(settings, s.app.db.clone(), clock)
        .await
        .unwrap();
    let url = format!(
        "ws://127.0.0.1:{}/api/v1/ws?access_token={}",
        replica.port(),
        s.client
    );
    tokio::spawn(replica.run_until_stopped());
    let (mut socket, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    // PostgreSQL wakes the replica by NOTIFY; SQLite by its one-second poll.
    let pg = s.app.db.get_database_backend() == sea_orm::DbBackend::Postgres;
    let within = Duration::from_millis(if pg { 1000 } else { 2500 });
    let started = Instant::now();
    s.approve(&payment).await;
    loop {
        let e = next_event(&mut socket, within)
            .await
            .expect("the replica delivered the change");
        if e["booking"]["booking_id"] == id && e["booking"]["status"] == "accepted" {
            break;
        }
    }
    assert!(started.elapsed() < within);
}
