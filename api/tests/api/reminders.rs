//! Reminders: balance due and the shoot (H-7, H-1), each once, never after a
//! cancellation.

use chrono::{Duration, NaiveTime, TimeZone, Utc};
use serde_json::{json, Value};

use crate::scene::scene;

async fn kinds(s: &crate::scene::Scene, token: &str, kind: &str) -> usize {
    let page: Value = s
        .get(token, "/api/v1/notifications?per_page=100")
        .await
        .json()
        .await
        .unwrap();
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == kind)
        .count()
}

#[tokio::test]
async fn reminders_go_out_once_on_their_day_and_never_after_cancelling() {
    let s = scene().await;
    let (booking, payment) = s.booked_and_paid(&s.client, 30).await;
    s.approve(&payment).await;
    let (other, _) = s.another_client().await;
    let (cancelled, pay2) = s.booked_and_paid(&other, 31).await;
    s.approve(&pay2).await;
    let res = s
        .post(
            &s.admin,
            &format!(
                "/api/v1/bookings/{}/cancel",
                cancelled["id"].as_str().unwrap()
            ),
            json!({"reason": "Permintaan klien lewat telepon"}),
        )
        .await;
    assert_eq!(res.status(), 200);

    let event: chrono::NaiveDate = booking["event_date"].as_str().unwrap().parse().unwrap();
    // 09:00 WIB on a given day before the event.
    let at = |days_before: i64| {
        Utc.from_utc_datetime(&(event - Duration::days(days_before)).and_time(NaiveTime::MIN))
            + Duration::hours(2)
    };
    let run = || api::notify::reminders::run_once(&s.app.state);

    // Far out: nothing yet.
    s.app.clock.set(at(20));
    assert_eq!(run().await.unwrap(), 0);
    // Balance due 7 days before, reminded 3 days before that.
    s.app.clock.set(at(10));
    assert_eq!(run().await.unwrap(), 1);
    assert_eq!(run().await.unwrap(), 0, "sent once");
    assert_eq!(kinds(&s, &s.client, "balance_due").await, 1);
    // H-7 and H-1.
    s.app.clock.set(at(7));
    assert_eq!(run().await.unwrap(), 1);
    s.app.clock.set(at(5));
    assert_eq!(run().await.unwrap(), 0);
    s.app.clock.set(at(1));
    assert_eq!(run().await.unwrap(), 1);
    assert_eq!(run().await.unwrap(), 0);
    assert_eq!(kinds(&s, &s.client, "shoot_reminder").await, 2);
    let page: Value = s
        .get(&s.client, "/api/v1/notifications?per_page=1")
        .await
        .json()
        .await
        .unwrap();
    assert!(page["items"][0]["title"]
        .as_str()
        .unwrap()
        .contains("besok"));
    // The cancelled booking's client heard nothing of reminders.
    assert_eq!(kinds(&s, &other, "shoot_reminder").await, 0);
    assert_eq!(kinds(&s, &other, "balance_due").await, 0);
    assert_eq!(kinds(&s, &other, "booking_cancelled").await, 1);
}
