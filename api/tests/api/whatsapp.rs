//! WhatsApp through the gateway channel, against a local fake gateway that
//! records what it receives and fails on demand.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use serde_json::json;

use crate::scene::{scene_with, Scene};

#[derive(Default)]
struct Gateway {
    /// (Authorization header, target, message) of each accepted request.
    received: Mutex<Vec<(String, String, String)>>,
    failing: AtomicBool,
    refused: Mutex<usize>,
}

async fn send(
    gw: web::Data<Arc<Gateway>>,
    req: HttpRequest,
    form: web::Form<std::collections::HashMap<String, String>>,
) -> HttpResponse {
    if gw.failing.load(Ordering::SeqCst) {
        *gw.refused.lock().unwrap() += 1;
        return HttpResponse::ServiceUnavailable().body("down for maintenance");
    }
    let auth = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    gw.received.lock().unwrap().push((
        auth,
        form.get("target").cloned().unwrap_or_default(),
        form.get("message").cloned().unwrap_or_default(),
    ));
    HttpResponse::Ok().json(json!({"status": true, "detail": "success! message in queue"}))
}

fn start_gateway() -> (Arc<Gateway>, String) {
    let gw = Arc::new(Gateway::default());
    let data = web::Data::new(gw.clone());
    let server = HttpServer::new(move || {
        App::new()
            .app_data(data.clone())
            .route("/send", web::post().to(send))
    })
    .workers(1)
    .bind("127.0.0.1:0")
    .unwrap();
    let port = server.addrs()[0].port();
    tokio::spawn(server.run());
    (gw, format!("http://127.0.0.1:{port}/send"))
}

async fn enable_whatsapp(s: &Scene) {
    let mut studio = api::repo::settings::get(&s.app.db).await.unwrap();
    studio.whatsapp_enabled = true;
    api::repo::settings::put(&s.app.db, &studio, chrono::Utc::now())
        .await
        .unwrap();
}

async fn wait_until(mut done: impl FnMut() -> bool) {
    for _ in 0..100 {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("condition not met within 10 s");
}

#[tokio::test]
async fn the_studio_whatsapps_clients_and_retries_a_failing_gateway() {
    let (gw, url) = start_gateway();
    let s = scene_with(|c| {
        c.whatsapp.url = url;
        c.whatsapp.token = "rahasia-gateway".to_owned().into();
    })
    .await;
    // Off until the studio turns it on.
    s.book(&s.client, 30).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(gw.received.lock().unwrap().is_empty());

    enable_whatsapp(&s).await;
    let me: serde_json::Value = s.app.get_me(&s.client).await.json().await.unwrap();
    let phone = me["phone"]
        .as_str()
        .unwrap()
        .trim_start_matches('+')
        .to_owned();
    let booking = s.book(&s.client, 33).await;
    s.app.state.kick();
    wait_until(|| !gw.received.lock().unwrap().is_empty()).await;
    {
        let got = gw.received.lock().unwrap();
        let (auth, target, message) = &got[0];
        assert_eq!(auth, "rahasia-gateway");
        assert_eq!(target, &phone);
        assert!(
            message.contains(booking["code"].as_str().unwrap()),
            "{message}"
        );
        assert!(message.contains("/akun/booking/"), "{message}");
    }

    // The gateway fails: the message waits, with its error, and goes once
    // the gateway is back.
    gw.failing.store(true, Ordering::SeqCst);
    let res = s
        .upload(&s.client, &booking, "dp", crate::scene::JPEG, "dp.jpg")
        .await;
    assert_eq!(res.status(), 201);
    s.app.state.kick();
    wait_until(|| *gw.refused.lock().unwrap() >= 1).await;
    gw.failing.store(false, Ordering::SeqCst);
    s.app.clock.advance(chrono::Duration::minutes(10));
    s.app.state.kick();
    let to_client = |gw: &Gateway| -> Vec<String> {
        let got = gw.received.lock().unwrap();
        got.iter()
            .filter(|(_, target, _)| target == &phone)
            .map(|(_, _, m)| m.clone())
            .collect()
    };
    wait_until(|| to_client(&gw).len() >= 2).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let got = to_client(&gw);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].contains("Bukti pembayaran"), "{}", got[1]);
    // The crew heard of the proof too.
    assert!(gw
        .received
        .lock()
        .unwrap()
        .iter()
        .any(|(_, target, m)| target != &phone && m.contains("menunggu pemeriksaan")));
}
