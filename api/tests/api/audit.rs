//! The audit log: staff actions with who, what, before → after; filters;
//! the table refuses UPDATE and DELETE.

use sea_orm::{ConnectionTrait, Statement};
use serde_json::{json, Value};

use crate::helpers::assert_error;
use crate::scene::scene;

#[tokio::test]
async fn staff_actions_are_logged_and_the_log_cannot_be_rewritten() {
    let s = scene().await;
    let (booking, payment) = s.booked_and_paid(&s.client, 25).await;
    s.approve(&payment).await;
    let res = s
        .post(
            &s.admin,
            "/api/v1/blocks",
            json!({"date": "2027-02-14", "reason": "Libur studio"}),
        )
        .await;
    assert_eq!(res.status(), 201);
    // A client's own cancel is not a staff action.
    let mine = s.book(&s.client, 26).await;
    let res = s
        .post(
            &s.client,
            &format!("/api/v1/bookings/{}/cancel", mine["id"].as_str().unwrap()),
            json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);

    assert_error(s.get(&s.staff, "/api/v1/audit").await, 403, "forbidden").await;
    let log: Value = s.get(&s.admin, "/api/v1/audit").await.json().await.unwrap();
    assert_eq!(log["total"], 2, "{log}");
    let (block, approval) = (&log["items"][0], &log["items"][1]);
    assert_eq!(block["action"], "block.create");
    assert!(block["summary"].as_str().unwrap().contains("2027-02-14"));
    assert_eq!(approval["action"], "payment.approve");
    assert_eq!(approval["actor_role"], "staff");
    assert_eq!(approval["actor_name"], "Kru Studio");
    assert_eq!(approval["entity_id"], payment.as_str());
    assert!(approval["summary"]
        .as_str()
        .unwrap()
        .starts_with(booking["code"].as_str().unwrap()));
    assert_eq!(approval["before"]["payment"], "pending");
    assert_eq!(approval["after"]["payment"], "approved");
    assert_eq!(approval["before"]["booking_status"], "waiting_approval");
    assert_eq!(approval["after"]["booking_status"], "accepted");

    let only: Value = s
        .get(&s.admin, "/api/v1/audit?action=payment.approve")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(only["total"], 1);
    let none: Value = s
        .get(&s.admin, "/api/v1/audit?from=2000-01-01&to=2000-01-31")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(none["total"], 0);
    assert_error(
        s.get(&s.admin, "/api/v1/audit?from=2026-02-01&to=2026-01-01")
            .await,
        400,
        "bad_request",
    )
    .await;

    // Append-only, enforced by the database itself.
    let db = &s.app.db;
    for sql in [
        "UPDATE audit_log SET summary = 'rewritten'",
        "DELETE FROM audit_log",
    ] {
        let res = db
            .execute(Statement::from_string(db.get_database_backend(), sql))
            .await;
        assert!(res.is_err(), "{sql} was allowed");
    }
    assert_eq!(s.app.count("audit_log").await, 2);
}
