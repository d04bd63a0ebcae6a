//! Chat: one conversation per client with the studio, read marks, the
//! inbox, notifications for whoever is not looking, reminders by email for
//! whoever is away, and the live socket's chat frames.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::Message;

use crate::helpers::{assert_error, mail_sink};
use crate::scene::{scene, scene_with, Scene};

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn me(s: &Scene, token: &str) -> Value {
    s.get(token, "/api/v1/me").await.json().await.unwrap()
}

async fn my_id(s: &Scene, token: &str) -> String {
    me(s, token).await["id"].as_str().unwrap().to_owned()
}

async fn say(s: &Scene, token: &str, client_id: &str, body: &str) -> Value {
    let res = s
        .post(
            token,
            &format!("/api/v1/conversations/{client_id}/messages"),
            json!({ "body": body }),
        )
        .await;
    assert_eq!(res.status(), 201, "sending {body:?}");
    res.json().await.unwrap()
}

async fn json_of(s: &Scene, token: &str, path: &str) -> Value {
    let res = s.get(token, path).await;
    assert_eq!(res.status(), 200, "GET {path}");
    res.json().await.unwrap()
}

async fn connect(s: &Scene, token: &str) -> Socket {
    let url = format!(
        "{}/api/v1/ws?access_token={token}",
        s.app.address.replace("http://", "ws://")
    );
    tokio_tungstenite::connect_async(url).await.unwrap().0
}

/// The next frame of `kind`, skipping others, within two seconds.
async fn next_of(socket: &mut Socket, kind: &str) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(2);
    loop {
        let frame = tokio::time::timeout_at(deadline, socket.next())
            .await
            .unwrap_or_else(|_| panic!("no {kind} event within two seconds"));
        if let Some(Ok(Message::Text(t))) = frame {
            let e: Value = serde_json::from_str(&t).unwrap();
            if e["kind"] == kind {
                return e;
            }
        }
    }
}

/// The close frame's code, within two seconds.
async fn closed_with(socket: &mut Socket) -> Option<CloseCode> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(2);
    loop {
        match tokio::time::timeout_at(deadline, socket.next())
            .await
            .ok()?
        {
            Some(Ok(Message::Close(frame))) => return frame.map(|f| f.code),
            Some(Ok(_)) => continue,
            _ => return None,
        }
    }
}

async fn chat_notices(s: &Scene, token: &str) -> Vec<Value> {
    let page = json_of(s, token, "/api/v1/notifications?per_page=100").await;
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "chat_message")
        .cloned()
        .collect()
}

#[tokio::test]
async fn a_client_and_the_studio_talk_and_read_marks_follow() {
    let s = scene().await;
    let client_id = my_id(&s, &s.client).await;
    let path = format!("/api/v1/conversations/{client_id}");

    let empty = json_of(&s, &s.client, &format!("{path}/messages")).await;
    assert_eq!(empty["messages"], json!([]));
    assert_eq!(empty["cursor"], 0);

    let first = say(&s, &s.client, &client_id, "Halo, jadwal Juni masih ada?").await;
    assert_eq!(first["from_studio"], false);
    assert_eq!(first["client_id"], client_id.as_str());

    // The studio's inbox and badge.
    let inbox = json_of(&s, &s.staff, "/api/v1/conversations").await;
    assert_eq!(inbox["total"], 1);
    let row = &inbox["items"][0];
    assert_eq!(row["client_id"], client_id.as_str());
    assert_eq!(row["last_message"], "Halo, jadwal Juni masih ada?");
    assert_eq!(row["unread_by_studio"], 1);
    let unanswered = json_of(&s, &s.admin, "/api/v1/conversations?unanswered=true").await;
    assert_eq!(unanswered["total"], 1);
    let badge = json_of(&s, &s.staff, "/api/v1/conversations/unread").await;
    assert_eq!(badge, json!({"unread": 1, "conversations": 1}));

    // Answering marks the client's message read and answers the conversation.
    let reply = say(&s, &s.staff, &client_id, "Masih kak, tanggal berapa?").await;
    assert_eq!(reply["from_studio"], true);
    assert_eq!(reply["sender_id"], my_id(&s, &s.staff).await.as_str());
    let page = json_of(&s, &s.client, &format!("{path}/messages")).await;
    assert_eq!(page["messages"].as_array().unwrap().len(), 2);
    assert!(page["studio_read_through"].as_i64().unwrap() >= first["seq"].as_i64().unwrap());
    assert_eq!(page["client_read_through"], first["seq"]);
    let unanswered = json_of(&s, &s.admin, "/api/v1/conversations?unanswered=true").await;
    assert_eq!(unanswered["total"], 0);
    let badge = json_of(&s, &s.staff, "/api/v1/conversations/unread").await;
    assert_eq!(badge["unread"], 0);

    // The client's badge until they read.
    let badge = json_of(&s, &s.client, "/api/v1/conversations/unread").await;
    assert_eq!(badge, json!({"unread": 1, "conversations": 1}));
    let res = s.post(&s.client, &format!("{path}/read"), json!({})).await;
    assert_eq!(res.status(), 200);
    let badge: Value = res.json().await.unwrap();
    assert_eq!(badge["unread"], 0);
    let summary = json_of(&s, &s.client, &path).await;
    assert_eq!(summary["client_read_through"], reply["seq"]);

    // A polling app catches up from its cursor.
    let cursor = page["cursor"].as_i64().unwrap();
    let none = json_of(&s, &s.client, &format!("{path}/messages?after={cursor}")).await;
    assert_eq!(none["messages"], json!([]));
    assert_eq!(none["cursor"], cursor);
    let third = say(&s, &s.client, &client_id, "Tanggal 14").await;
    let new = json_of(&s, &s.client, &format!("{path}/messages?after={cursor}")).await;
    assert_eq!(new["messages"][0]["id"], third["id"]);
    assert_eq!(new["cursor"], third["seq"]);
}

#[tokio::test]
async fn history_loads_backwards_page_by_page() {
    let s = scene().await;
    let client_id = my_id(&s, &s.client).await;
    let path = format!("/api/v1/conversations/{client_id}/messages");
    for i in 0..35 {
        say(&s, &s.client, &client_id, &format!("pesan {i}")).await;
    }
    let latest = json_of(&s, &s.client, &path).await;
    let msgs = latest["messages"].as_array().unwrap();
    assert_eq!(msgs.len(), 30);
    assert_eq!(msgs[0]["body"], "pesan 5");
    assert_eq!(msgs[29]["body"], "pesan 34");
    assert_eq!(latest["more"], true);
    let before = msgs[0]["seq"].as_i64().unwrap();
    let older = json_of(&s, &s.client, &format!("{path}?before={before}")).await;
    let older = older.as_object().unwrap();
    assert_eq!(older["messages"].as_array().unwrap().len(), 5);
    assert_eq!(older["messages"][0]["body"], "pesan 0");
    assert_eq!(older["more"], false);
    let res = s.get(&s.client, &format!("{path}?after=1&before=5")).await;
    assert_error(res, 400, "bad_request").await;
    let res = s.get(&s.client, &format!("{path}?limit=500")).await;
    assert_error(res, 400, "bad_request").await;
}

#[tokio::test]
async fn nobody_reads_or_writes_someone_elses_conversation() {
    let s = scene().await;
    let a = my_id(&s, &s.client).await;
    let (other, _) = s.another_client().await;
    say(&s, &s.client, &a, "rahasia").await;
    for path in [
        format!("/api/v1/conversations/{a}"),
        format!("/api/v1/conversations/{a}/messages"),
    ] {
        assert_error(s.get(&other, &path).await, 404, "not_found").await;
        let res = s.app.client.get(s.app.url(&path)).send().await.unwrap();
        assert_eq!(res.status(), 401);
    }
    let res = s
        .post(
            &other,
            &format!("/api/v1/conversations/{a}/messages"),
            json!({"body": "hai"}),
        )
        .await;
    assert_error(res, 404, "not_found").await;
    let res = s
        .post(
            &other,
            &format!("/api/v1/conversations/{a}/read"),
            json!({}),
        )
        .await;
    assert_error(res, 404, "not_found").await;
    // The inbox is the crew's.
    assert_error(
        s.get(&other, "/api/v1/conversations").await,
        403,
        "forbidden",
    )
    .await;
    // A staff member's id is not a conversation.
    let staff_id = my_id(&s, &s.staff).await;
    let res = s
        .post(
            &s.admin,
            &format!("/api/v1/conversations/{staff_id}/messages"),
            json!({"body": "x"}),
        )
        .await;
    assert_error(res, 404, "not_found").await;
    // Staff cannot write as the client: the sender is always the caller.
    let res = s
        .post(
            &s.staff,
            &format!("/api/v1/conversations/{a}/messages"),
            json!({"body": "saya klien", "from_studio": false, "sender_id": a}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let m: Value = res.json().await.unwrap();
    assert_eq!(m["from_studio"], true);
    assert_eq!(m["sender_id"], staff_id.as_str());
    // B's own conversation has none of A's messages.
    let b = my_id(&s, &other).await;
    let page = json_of(&s, &other, &format!("/api/v1/conversations/{b}/messages")).await;
    assert_eq!(page["messages"], json!([]));
}

#[tokio::test]
async fn bodies_are_checked_and_kept_as_text() {
    let s = scene().await;
    let a = my_id(&s, &s.client).await;
    let path = format!("/api/v1/conversations/{a}/messages");
    for bad in ["", "   \n", &"a".repeat(4001)] {
        let res = s.post(&s.client, &path, json!({"body": bad})).await;
        let body = assert_error(res, 422, "validation_failed").await;
        assert!(body["fields"]["body"].is_string());
    }
    let res = s.post(&s.client, &path, json!({"nope": 1})).await;
    assert_eq!(res.status(), 400);
    let long = say(&s, &s.client, &a, &"é".repeat(4000)).await;
    assert_eq!(long["body"].as_str().unwrap().chars().count(), 4000);
    let script = "<script>alert('x')</script>";
    let m = say(&s, &s.client, &a, script).await;
    assert_eq!(m["body"], script);
    let page = json_of(&s, &s.staff, &path).await;
    assert_eq!(page["messages"][1]["body"], script);

    // A booking reference: the client's own only.
    let mine = s.book(&s.client, 40).await;
    let (other, _) = s.another_client().await;
    let theirs = s.book(&other, 41).await;
    let res = s
        .post(
            &s.client,
            &path,
            json!({"body": "soal ini", "booking_id": theirs["id"]}),
        )
        .await;
    let body = assert_error(res, 422, "validation_failed").await;
    assert!(body["fields"]["booking_id"].is_string());
    let res = s
        .post(
            &s.staff,
            &path,
            json!({"body": "soal ini", "booking_id": mine["id"]}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let m: Value = res.json().await.unwrap();
    assert_eq!(m["booking"]["id"], mine["id"]);
    assert_eq!(m["booking"]["code"], mine["code"]);
}

#[tokio::test]
async fn a_resend_with_the_same_key_is_stored_once() {
    let s = scene().await;
    let a = my_id(&s, &s.client).await;
    let path = format!("/api/v1/conversations/{a}/messages");
    let key = uuid::Uuid::new_v4();
    let body = json!({"body": "sekali saja", "client_key": key});
    let first = s.post(&s.client, &path, body.clone()).await;
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();
    let again = s.post(&s.client, &path, body).await;
    assert_eq!(again.status(), 200);
    let again: Value = again.json().await.unwrap();
    assert_eq!(first["id"], again["id"]);
    assert_eq!(again["client_key"], key.to_string());
    assert_eq!(s.app.count("chat_messages").await, 1);
    let inbox = json_of(&s, &s.staff, "/api/v1/conversations").await;
    assert_eq!(inbox["items"][0]["unread_by_studio"], 1);
}

#[tokio::test]
async fn sending_too_fast_is_refused() {
    let s = scene_with(|c| c.rate_limit.chat_per_minute = 3).await;
    let a = my_id(&s, &s.client).await;
    for i in 0..3 {
        say(&s, &s.client, &a, &format!("pesan {i}")).await;
    }
    let res = s
        .post(
            &s.client,
            &format!("/api/v1/conversations/{a}/messages"),
            json!({"body": "lagi"}),
        )
        .await;
    assert!(res.headers().contains_key("retry-after"));
    assert_error(res, 429, "rate_limited").await;
    assert_eq!(s.app.count("chat_messages").await, 3);
    // Others still write.
    say(&s, &s.staff, &a, "kami di sini").await;
}

#[tokio::test]
async fn messages_and_read_marks_arrive_live_on_both_sides() {
    let s = scene().await;
    let a = my_id(&s, &s.client).await;
    let (other, _) = s.another_client().await;
    let mut client = connect(&s, &s.client).await;
    let mut staff = connect(&s, &s.staff).await;
    let mut stranger = connect(&s, &other).await;

    let sent = say(&s, &s.client, &a, "Halo studio").await;
    let e = next_of(&mut staff, "chat").await;
    assert_eq!(e["chat"]["id"], sent["id"]);
    assert_eq!(e["chat"]["body"], "Halo studio");
    let e = next_of(&mut client, "chat").await;
    assert_eq!(e["chat"]["id"], sent["id"]);

    // The reply, then the studio's read mark that answering made.
    let reply = say(&s, &s.staff, &a, "Halo kak").await;
    let e = next_of(&mut client, "chat").await;
    assert_eq!(e["chat"]["from_studio"], true);
    let e = next_of(&mut client, "chat_read").await;
    assert_eq!(e["chat_read"]["by_studio"], true);
    assert_eq!(e["chat_read"]["read_through"], reply["seq"]);

    let res = s
        .post(
            &s.client,
            &format!("/api/v1/conversations/{a}/read"),
            json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    // The staff socket also had the studio's own read mark; then the client's.
    let e = next_of(&mut staff, "chat_read").await;
    assert_eq!(e["chat_read"]["by_studio"], true);
    let e = next_of(&mut staff, "chat_read").await;
    assert_eq!(e["chat_read"]["by_studio"], false);
    assert_eq!(e["chat_read"]["client_id"], a.as_str());

    // The other client heard nothing of it.
    let frame = tokio::time::timeout(Duration::from_millis(300), stranger.next()).await;
    assert!(
        !matches!(frame, Ok(Some(Ok(Message::Text(_))))),
        "a stranger got {frame:?}"
    );
}

#[tokio::test]
async fn oversized_or_malformed_frames_close_the_socket_and_nothing_else() {
    let s = scene().await;
    let mut big = connect(&s, &s.client).await;
    big.send(Message::text("x".repeat(70 * 1024)))
        .await
        .unwrap();
    assert_eq!(closed_with(&mut big).await, Some(CloseCode::Size));

    let mut bad = connect(&s, &s.client).await;
    bad.send(Message::text("{not json")).await.unwrap();
    assert_eq!(closed_with(&mut bad).await, Some(CloseCode::Invalid));

    let mut unknown = connect(&s, &s.client).await;
    unknown
        .send(Message::text(r#"{"type":"shout","loud":true}"#))
        .await
        .unwrap();
    assert_eq!(closed_with(&mut unknown).await, Some(CloseCode::Invalid));

    // A good command keeps the socket open; the server is fine.
    let a = my_id(&s, &s.client).await;
    let mut good = connect(&s, &s.client).await;
    good.send(Message::text(
        json!({"type": "watch", "client_id": a}).to_string(),
    ))
    .await
    .unwrap();
    say(&s, &s.staff, &a, "masih hidup").await;
    assert_eq!(
        next_of(&mut good, "chat").await["chat"]["body"],
        "masih hidup"
    );
    let health = s.app.client.get(s.app.url("/health")).send().await.unwrap();
    assert_eq!(health.status(), 200);
}

#[tokio::test]
async fn whoever_is_not_looking_gets_one_notification_per_conversation() {
    let s = scene().await;
    let a = my_id(&s, &s.client).await;
    // The staff member has the conversation open; the admin does not.
    let mut staff = connect(&s, &s.staff).await;
    staff
        .send(Message::text(
            json!({"type": "watch", "client_id": a}).to_string(),
        ))
        .await
        .unwrap();
    // The watch frame is handled before the next message is.
    tokio::time::sleep(Duration::from_millis(300)).await;

    say(&s, &s.client, &a, "Pertanyaan pertama").await;
    say(&s, &s.client, &a, "Pertanyaan kedua").await;
    assert!(chat_notices(&s, &s.staff).await.is_empty());
    let admin = chat_notices(&s, &s.admin).await;
    assert_eq!(
        admin.len(),
        1,
        "one notification per conversation: {admin:?}"
    );
    assert_eq!(admin[0]["link"], format!("/admin/chat/{a}"));
    assert_eq!(admin[0]["read"], false);

    // The studio answering clears it; the client, not watching, gets one.
    say(&s, &s.staff, &a, "Jawaban").await;
    assert_eq!(chat_notices(&s, &s.admin).await[0]["read"], true);
    let client = chat_notices(&s, &s.client).await;
    assert_eq!(client.len(), 1);
    assert_eq!(client[0]["link"], "/akun/chat");
    assert_eq!(client[0]["title"], "Pesan baru dari Aruna Moment");
    // Reading the chat clears the client's.
    s.post(
        &s.client,
        &format!("/api/v1/conversations/{a}/read"),
        json!({}),
    )
    .await;
    assert_eq!(chat_notices(&s, &s.client).await[0]["read"], true);
}

async fn outbox_subjects(s: &Scene, to: &str) -> usize {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    api::entities::email_outbox::Entity::find()
        .filter(api::entities::email_outbox::Column::ToAddress.eq(to))
        .filter(api::entities::email_outbox::Column::Subject.contains("Pesan baru"))
        .count(&s.app.db)
        .await
        .unwrap() as usize
}

#[tokio::test]
async fn someone_away_gets_one_email_an_hour_and_someone_around_none() {
    let s = scene().await;
    let a = my_id(&s, &s.client).await;
    let client_email = s.client_email.clone();
    let staff_email = me(&s, &s.staff).await["email"].as_str().unwrap().to_owned();
    let run = || api::chat::alerts::run_once(&s.app.state);

    say(&s, &s.client, &a, "Halo, ada yang bisa bantu?").await;
    assert_eq!(run().await.unwrap(), 0, "not yet: it is fresh");
    s.app.clock.advance(chrono::Duration::minutes(6));
    // Staff and admin are both away: one email each.
    assert_eq!(run().await.unwrap(), 2);
    assert_eq!(outbox_subjects(&s, &staff_email).await, 1);
    let mail = mail_sink()
        .wait_for_subject(&staff_email, "Pesan baru")
        .await;
    assert!(
        mail.text.contains("Halo, ada yang bisa bantu?"),
        "{}",
        mail.text
    );
    // More messages within the hour send nothing more.
    say(&s, &s.client, &a, "Halo?").await;
    s.app.clock.advance(chrono::Duration::minutes(10));
    assert_eq!(run().await.unwrap(), 0);
    s.app.clock.advance(chrono::Duration::minutes(55));
    assert_eq!(run().await.unwrap(), 2);
    assert_eq!(outbox_subjects(&s, &staff_email).await, 2);

    // The client has the app open: no email for them.
    let mut socket = connect(&s, &s.client).await;
    say(&s, &s.staff, &a, "Maaf menunggu, kak").await;
    s.app.clock.advance(chrono::Duration::minutes(6));
    socket
        .send(Message::text(r#"{"type":"unwatch"}"#))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(run().await.unwrap(), 0);
    assert_eq!(outbox_subjects(&s, &client_email).await, 0);
    // Gone for a while: one email.
    drop(socket);
    tokio::time::sleep(Duration::from_millis(300)).await;
    s.app.clock.advance(chrono::Duration::minutes(6));
    assert_eq!(run().await.unwrap(), 1);
    assert_eq!(outbox_subjects(&s, &client_email).await, 1);
}
