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

/// The dashboard reads running totals that database triggers keep. After
/// the API's writes (creation, approval, rejection, cancellation) and an
/// operator's edits in SQL (an amount, a review time, a deleted booking),
/// they equal a recount of the rows.
#[tokio::test]
async fn the_running_totals_equal_a_recount() {
    use api::entities::{bookings, payments};
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    let s = scene().await;
    let (_, approved) = s.booked_and_paid(&s.client, 30).await;
    s.approve(&approved).await;
    let (_, moved) = s.booked_and_paid(&s.client, 31).await;
    s.approve(&moved).await;
    let (_, rejected) = s.booked_and_paid(&s.client, 32).await;
    let res = s
        .post(
            &s.staff,
            &format!("/api/v1/payments/{rejected}/reject"),
            json!({"reason": "Nominal tidak sesuai"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let cancelled = s.book(&s.client, 33).await;
    let res = s
        .post(
            &s.client,
            &format!(
                "/api/v1/bookings/{}/cancel",
                cancelled["id"].as_str().unwrap()
            ),
            json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let deleted = s.book(&s.client, 34).await;
    s.book(&s.client, 35).await;

    let db = &s.app.db;
    let id = |v: &str| v.parse::<uuid::Uuid>().unwrap();
    payments::Entity::update_many()
        .col_expr(
            payments::Column::Amount,
            Expr::col(payments::Column::Amount).add(250_000),
        )
        .filter(payments::Column::Id.eq(id(&approved)))
        .exec(db)
        .await
        .unwrap();
    payments::Entity::update_many()
        .col_expr(
            payments::Column::ReviewedAt,
            Expr::value((Utc::now() - Duration::days(40)).fixed_offset()),
        )
        .filter(payments::Column::Id.eq(id(&moved)))
        .exec(db)
        .await
        .unwrap();
    bookings::Entity::delete_by_id(id(deleted["id"].as_str().unwrap()))
        .exec(db)
        .await
        .unwrap();

    let kept: Vec<(String, i64)> = pairs(
        db,
        "SELECT status, n FROM booking_status_counts WHERE n <> 0 ORDER BY status",
    )
    .await;
    let recount: Vec<(String, i64)> = pairs(
        db,
        "SELECT status, CAST(COUNT(*) AS BIGINT) FROM bookings GROUP BY status ORDER BY status",
    )
    .await;
    assert_eq!(kept, recount);
    assert_eq!(
        recount.iter().map(|(_, n)| n).sum::<i64>(),
        5,
        "six booked, one deleted: {recount:?}"
    );

    let mut slots = std::collections::BTreeMap::<i64, i64>::new();
    for p in payments::Entity::find()
        .filter(payments::Column::Status.eq("approved"))
        .all(db)
        .await
        .unwrap()
    {
        let at = p.reviewed_at.expect("an approval has its time");
        *slots.entry(at.timestamp().div_euclid(900)).or_default() += p.amount;
    }
    let kept: std::collections::BTreeMap<i64, i64> = pairs(
        db,
        "SELECT slot, amount FROM revenue_slots WHERE amount <> 0",
    )
    .await;
    assert_eq!(kept, slots);
    assert_eq!(slots.len(), 2, "two approvals, 40 days apart: {slots:?}");
}

/// The first two columns of every row `sql` returns.
async fn pairs<A, B, C>(db: &sea_orm::DatabaseConnection, sql: &str) -> C
where
    A: sea_orm::TryGetable,
    B: sea_orm::TryGetable,
    C: FromIterator<(A, B)>,
{
    use sea_orm::{ConnectionTrait, Statement};
    db.query_all(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .into_iter()
        .map(|r| {
            (
                r.try_get_by_index::<A>(0).unwrap(),
                r.try_get_by_index::<B>(1).unwrap(),
            )
        })
        .collect()
}
