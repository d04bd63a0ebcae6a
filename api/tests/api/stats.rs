//! The dashboard's figures, checked against what the test did, across a
//! month boundary in the studio's timezone.

use chrono::{Datelike, Duration, Utc};
use serde_json::{json, Value};

use crate::helpers::assert_error;
use crate::scene::{scene, JPEG};

#[tokio::test]
async fn the_dashboard_counts_in_studio_time_and_only_for_admins() {
    let s = scene().await;
    let path = "/api/v1/stats/dashboard";
    assert_error(s.get(&s.staff, path).await, 403, "forbidden").await;
    assert_error(s.get(&s.client, path).await, 403, "forbidden").await;
    let res = s.app.client.get(s.app.url(path)).send().await.unwrap();
    assert_eq!(res.status(), 401);

    // Two approvals either side of midnight starting this month in Jakarta
    // (17:00 UTC the day before): one is last month's, one this month's.
    let today = (Utc::now() + Duration::hours(7)).date_naive();
    let first = today.with_day(1).unwrap();
    let boundary = first.and_hms_opt(0, 0, 0).unwrap().and_utc() - Duration::hours(7);
    let (last_month, p1) = s.booked_and_paid(&s.client, 30).await;
    s.approve(&p1).await;
    let (other, _) = s.another_client().await;
    let (this_month, p2) = s.booked_and_paid(&other, 31).await;
    s.approve(&p2).await;
    for (payment, at) in [
        (&p1, boundary - Duration::minutes(30)),
        (&p2, boundary + Duration::minutes(30)),
    ] {
        use api::entities::payments;
        use sea_orm::{sea_query::Expr, ColumnTrait, EntityTrait, QueryFilter};
        let id: uuid::Uuid = payment.parse().unwrap();
        payments::Entity::update_many()
            .col_expr(payments::Column::ReviewedAt, Expr::value(at.fixed_offset()))
            .filter(payments::Column::Id.eq(id))
            .exec(&s.app.db)
            .await
            .unwrap();
    }
    // A proof waiting for review, for a shoot in nine days.
    let soon = s.book(&s.client, 9).await;
    let res = s.upload(&s.client, &soon, "dp", JPEG, "dp.jpg").await;
    assert_eq!(res.status(), 201);

    let res = s.get(&s.admin, path).await;
    assert_eq!(res.status(), 200);
    let stats: Value = res.json().await.unwrap();
    let month = |d: chrono::NaiveDate| d.format("%Y-%m").to_string();
    let previous = first - Duration::days(1);
    assert_eq!(stats["month"], month(today));
    let dp = |b: &Value| b["dp_amount"].as_i64().unwrap();
    assert_eq!(stats["revenue_this_month"], dp(&this_month));
    let months = stats["revenue_by_month"].as_array().unwrap();
    assert_eq!(months.len(), 12);
    assert_eq!(
        months[11],
        json!({"month": month(today), "amount": dp(&this_month)})
    );
    assert_eq!(
        months[10],
        json!({"month": month(previous), "amount": dp(&last_month)})
    );
    assert!(months[..10].iter().all(|m| m["amount"] == 0));
    assert_eq!(stats["proofs_waiting"], 1);
    assert_eq!(stats["clients_total"], 2);

    let by_status: Vec<(String, u64)> = stats["bookings_by_status"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["status"].as_str().unwrap().to_owned(),
                c["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(by_status.len(), 7, "every status, zeros included");
    let n = |status: &str| by_status.iter().find(|(s, _)| s == status).unwrap().1;
    assert_eq!(n("accepted"), 2);
    assert_eq!(n("waiting_approval"), 1);
    assert_eq!(n("cancelled"), 0);

    let upcoming = stats["upcoming"].as_array().unwrap();
    assert_eq!(
        upcoming.len(),
        1,
        "only the shoot within 14 days: {upcoming:?}"
    );
    assert_eq!(upcoming[0]["booking_id"], soon["id"]);
    assert_eq!(upcoming[0]["event_date"], soon["event_date"]);
    assert_eq!(upcoming[0]["status"], "waiting_approval");
}
