//! The back office's clients: list with totals, search, one client's page.

use serde_json::Value;

use crate::helpers::assert_error;
use crate::scene::scene;

#[tokio::test]
async fn clients_are_listed_with_their_totals_and_searchable() {
    let s = scene().await;
    let (b1, p1) = s.booked_and_paid(&s.client, 20).await;
    s.approve(&p1).await;
    s.book(&s.client, 21).await;
    let (other, other_email) = s.another_client().await;
    s.book(&other, 22).await;

    assert_error(s.get(&s.staff, "/api/v1/clients").await, 403, "forbidden").await;
    assert_error(s.get(&s.client, "/api/v1/clients").await, 403, "forbidden").await;

    let page: Value = s
        .get(&s.admin, "/api/v1/clients")
        .await
        .json()
        .await
        .unwrap();
    // Only clients, newest first: the crew accounts are not in the list.
    assert_eq!(page["total"], 2, "{page}");
    let first = &page["items"][0];
    assert_eq!(first["user"]["email"], other_email.as_str());
    assert_eq!(first["bookings"], 1);
    assert_eq!(first["total_paid"], 0);
    let mine = &page["items"][1];
    assert_eq!(mine["user"]["email"], s.client_email.as_str());
    assert_eq!(mine["bookings"], 2);
    assert_eq!(mine["total_paid"], b1["dp_amount"]);

    let found: Value = s
        .get(
            &s.admin,
            &format!("/api/v1/clients?q={}", s.client_email.to_uppercase()),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(found["total"], 1);
    let paged: Value = s
        .get(&s.admin, "/api/v1/clients?per_page=1&page=2")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            paged["total"].as_u64(),
            paged["items"].as_array().unwrap().len()
        ),
        (Some(2), 1)
    );
    assert_error(
        s.get(&s.admin, "/api/v1/clients?per_page=0").await,
        400,
        "bad_request",
    )
    .await;

    let id = mine["user"]["id"].as_str().unwrap();
    let detail: Value = s
        .get(&s.admin, &format!("/api/v1/clients/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(detail["summary"]["bookings"], 2);
    let bookings = detail["bookings"].as_array().unwrap();
    assert_eq!(bookings.len(), 2);
    // Newest event first.
    assert!(bookings[0]["event_date"].as_str() > bookings[1]["event_date"].as_str());

    // A crew member's id is not a client's page.
    let me: Value = s.get(&s.staff, "/api/v1/me").await.json().await.unwrap();
    let crew = me["id"].as_str().unwrap();
    assert_error(
        s.get(&s.admin, &format!("/api/v1/clients/{crew}")).await,
        404,
        "not_found",
    )
    .await;
}
