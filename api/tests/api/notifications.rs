//! In-app notifications: every booking event lands with the right people,
//! unread counts, mark one or all read, and nobody reads another's.

use serde_json::{json, Value};

use crate::helpers::assert_error;
use crate::scene::scene;

async fn page(s: &crate::scene::Scene, token: &str) -> Value {
    let res = s.get(token, "/api/v1/notifications?per_page=50").await;
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

fn kinds(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn each_booking_event_notifies_the_client_and_the_crew() {
    let s = scene().await;
    let (booking, payment) = s.booked_and_paid(&s.client, 30).await;
    let id = booking["id"].as_str().unwrap();

    let crew = page(&s, &s.staff).await;
    assert_eq!(kinds(&crew), ["proof_received", "booking_created"]);
    assert_eq!(crew["items"][0]["link"], "/admin/pembayaran");

    // Rejected with a reason, then approved.
    let rejected = s
        .post(
            &s.staff,
            &format!("/api/v1/payments/{payment}/reject"),
            json!({"reason": "Nominal tidak sesuai"}),
        )
        .await;
    assert_eq!(rejected.status(), 200);
    let res = s
        .upload(&s.client, &booking, "dp", crate::scene::JPEG, "dp2.jpg")
        .await;
    let second: Value = res.json().await.unwrap();
    s.approve(second["id"].as_str().unwrap()).await;

    let mine = page(&s, &s.client).await;
    assert_eq!(
        kinds(&mine),
        [
            "payment_approved",
            "proof_received",
            "payment_rejected",
            "proof_received",
            "booking_created"
        ]
    );
    let rejection = &mine["items"][2];
    assert!(rejection["body"]
        .as_str()
        .unwrap()
        .contains("Nominal tidak sesuai"));
    assert!(rejection["body"].as_str().unwrap().contains("WIB"));
    assert_eq!(rejection["link"], format!("/akun/booking/{id}/bayar"));
    assert_eq!(mine["unread"], 5);
    assert_eq!(mine["total"], 5);
    assert!(mine["items"][0]["title"]
        .as_str()
        .unwrap()
        .contains(booking["code"].as_str().unwrap()));
}

#[tokio::test]
async fn notifications_are_read_one_or_all_and_only_by_their_owner() {
    let s = scene().await;
    s.booked_and_paid(&s.client, 30).await;
    let (other, _) = s.another_client().await;

    let mine = page(&s, &s.client).await;
    assert_eq!(mine["unread"], 2);
    let first = mine["items"][0]["id"].as_str().unwrap().to_owned();

    // Another user cannot read (or learn about) it.
    let res = s
        .post(
            &other,
            &format!("/api/v1/notifications/{first}/read"),
            json!({}),
        )
        .await;
    assert_error(res, 404, "not_found").await;

    let res = s
        .post(
            &s.client,
            &format!("/api/v1/notifications/{first}/read"),
            json!({}),
        )
        .await;
    assert_eq!(res.json::<Value>().await.unwrap()["unread"], 1);
    // Twice is fine.
    let res = s
        .post(
            &s.client,
            &format!("/api/v1/notifications/{first}/read"),
            json!({}),
        )
        .await;
    assert_eq!(res.json::<Value>().await.unwrap()["unread"], 1);
    let count: Value = s
        .get(&s.client, "/api/v1/notifications/unread-count")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(count["unread"], 1);
    let unread_only: Value = s
        .get(&s.client, "/api/v1/notifications?unread=true")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(unread_only["total"], 1);

    let res = s
        .post(&s.client, "/api/v1/notifications/read-all", json!({}))
        .await;
    assert_eq!(res.json::<Value>().await.unwrap()["unread"], 0);
    let after = page(&s, &s.client).await;
    assert!(after["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["read"] == true));
    assert_eq!(page(&s, &other).await["total"], 0);

    assert_error(
        s.get(&s.client, "/api/v1/notifications?per_page=0").await,
        400,
        "bad_request",
    )
    .await;
    let res = s
        .app
        .client
        .get(s.app.url("/api/v1/notifications"))
        .send()
        .await
        .unwrap();
    assert_error(res, 401, "unauthorized").await;
}

#[tokio::test]
async fn unread_counts_stop_at_a_hundred() {
    use api::entities::notifications;
    use sea_orm::{EntityTrait, Set};

    let s = scene().await;
    let me = s.app.get_me(&s.client).await.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .parse::<uuid::Uuid>()
        .unwrap();
    let now = chrono::Utc::now().fixed_offset();
    let backlog: Vec<notifications::ActiveModel> = (0..104)
        .map(|i| notifications::ActiveModel {
            id: Set(uuid::Uuid::new_v4()),
            user_id: Set(me),
            kind: Set("booking_created".into()),
            title: Set(format!("Lama {i}")),
            body: Set("Belum dibaca".into()),
            link: Set(None),
            booking_id: Set(None),
            read_at: Set(None),
            created_at: Set(now),
        })
        .collect();
    notifications::Entity::insert_many(backlog)
        .exec(&s.app.db)
        .await
        .unwrap();

    let count: Value = s
        .get(&s.client, "/api/v1/notifications/unread-count")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(count["unread"], 100, "100 means 100 or more");
    let listed = page(&s, &s.client).await;
    assert_eq!(listed["unread"], 100);
    assert_eq!(listed["total"], 104, "the list itself is counted in full");

    let res = s
        .post(&s.client, "/api/v1/notifications/read-all", json!({}))
        .await;
    assert_eq!(res.json::<Value>().await.unwrap()["unread"], 0);
}
