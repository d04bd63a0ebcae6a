use chrono::{Duration, NaiveDate, TimeZone, Utc};
use serde_json::{json, Value};
use shared::Role;

use crate::helpers::{assert_error, spawn_app, TestApp};

/// Seeds the demo pricelist; returns (full-day wedding id, 2-hour portrait id).
async fn packages(app: &TestApp) -> (String, String) {
    api::seed_catalogue::seed(&app.db).await.unwrap();
    let pkgs: Vec<Value> = app
        .client
        .get(app.url("/api/v1/packages"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = |pred: &dyn Fn(&Value) -> bool| {
        pkgs.iter().find(|p| pred(p)).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    (
        id(&|p| p["service_kind"] == "wedding" && p["full_day"] == true),
        id(&|p| p["service_kind"] == "portrait" && p["duration_hours"] == 2),
    )
}

fn in_days(n: i64) -> NaiveDate {
    // Far enough ahead that the studio's "tomorrow" rule never interferes.
    (Utc::now() + Duration::days(n)).date_naive()
}

fn booking(package_id: &str, date: NaiveDate, start: Option<&str>) -> Value {
    json!({
        "package_id": package_id,
        "event_date": date.to_string(),
        "start_time": start,
        "location": "Gedung Serbaguna Saribudolok",
        "payment_option": "dp",
    })
}

async fn book(app: &TestApp, token: &str, body: &Value) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/bookings"))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

async fn client_token(app: &TestApp) -> String {
    app.signed_in_client().await.1["access_token"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn a_client_books_a_full_day_package_at_the_package_price() {
    let app = spawn_app().await;
    let (wedding, _) = packages(&app).await;
    let token = client_token(&app).await;
    let mut body = booking(&wedding, in_days(30), None);
    body["price"] = json!(1); // clients never set prices: ignored
    body["total"] = json!(1);

    let res = book(&app, &token, &body).await;

    assert_eq!(res.status(), 201);
    let b: Value = res.json().await.unwrap();
    let year = chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Jakarta)
        .format("%Y")
        .to_string();
    assert_eq!(b["code"], format!("ODR-{year}-00001"));
    assert_eq!(b["status"], "waiting_payment");
    assert_eq!(b["total"], 3_500_000);
    assert_eq!(b["dp_amount"], 525_000);
    assert_eq!(b["amount_due_now"], 525_000);
    assert_eq!(b["remaining"], 3_500_000);
    assert_eq!(b["full_day"], true);
    assert_eq!(b["start_time"], Value::Null);
    assert_eq!(b["package"]["name"], "Akad Nikah");
    let deadline: chrono::DateTime<Utc> = b["payment_deadline"].as_str().unwrap().parse().unwrap();
    let mins = (deadline - Utc::now()).num_minutes();
    assert!((58..=60).contains(&mins), "deadline in {mins} min");
    assert_eq!(app.count("booking_events").await, 1);

    // The day is now taken, for everyone.
    let other = client_token(&app).await;
    assert_error(
        book(&app, &other, &booking(&wedding, in_days(30), None)).await,
        409,
        "slot_unavailable",
    )
    .await;
    let next = book(&app, &other, &booking(&wedding, in_days(31), None)).await;
    let next: Value = next.json().await.unwrap();
    assert_eq!(
        next["code"],
        format!("ODR-{year}-00002"),
        "codes are gap-free"
    );
}

#[tokio::test]
async fn full_payment_asks_for_the_total_and_dp_rounds_up_to_a_thousand() {
    let app = spawn_app().await;
    let owner = app.signed_in_as(Role::Admin).await;
    let res = app
        .client
        .post(app.url("/api/v1/packages"))
        .bearer_auth(owner["access_token"].as_str().unwrap())
        .json(&json!({"service_kind": "event", "name": "Acara Ganjil", "price": 1_234_567, "full_day": true}))
        .send()
        .await
        .unwrap();
    let pkg: Value = res.json().await.unwrap();
    let token = client_token(&app).await;
    let b: Value = book(
        &app,
        &token,
        &booking(pkg["id"].as_str().unwrap(), in_days(20), None),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(b["dp_amount"], 186_000);
    let mut full = booking(pkg["id"].as_str().unwrap(), in_days(21), None);
    full["payment_option"] = json!("full");
    let b: Value = book(&app, &token, &full).await.json().await.unwrap();
    assert_eq!(b["amount_due_now"], 1_234_567);
}

#[tokio::test]
async fn timed_sessions_share_a_day_without_overlapping() {
    let app = spawn_app().await;
    let (_, portrait) = packages(&app).await;
    let token = client_token(&app).await;
    let day = in_days(15);
    let b: Value = book(&app, &token, &booking(&portrait, day, Some("09:00")))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (b["start_time"].as_str(), b["end_time"].as_str()),
        (Some("09:00"), Some("11:00"))
    );
    assert_eq!(
        book(&app, &token, &booking(&portrait, day, Some("11:00")))
            .await
            .status(),
        201
    );
    assert_error(
        book(&app, &token, &booking(&portrait, day, Some("10:00"))).await,
        409,
        "slot_unavailable",
    )
    .await;
    assert_error(
        book(&app, &token, &booking(&portrait, day, Some("12:59"))).await,
        409,
        "slot_unavailable",
    )
    .await;
    let err = assert_error(
        book(&app, &token, &booking(&portrait, day, None)).await,
        422,
        "validation_failed",
    )
    .await;
    assert!(err["fields"]["start_time"].is_string());
    let err = assert_error(
        book(&app, &token, &booking(&portrait, day, Some("23:00"))).await,
        422,
        "validation_failed",
    )
    .await;
    assert!(err["fields"]["start_time"].is_string());

    let days: Vec<Value> = app
        .client
        .get(app.url(&format!("/api/v1/availability?from={day}&to={day}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(days[0]["state"], "partly_booked");
    assert_eq!(
        days[0]["full_ranges"],
        json!([{"start": "09:00", "end": "13:00"}])
    );
}

#[tokio::test]
async fn the_date_rule_uses_the_studio_timezone() {
    let app = spawn_app().await;
    let (wedding, _) = packages(&app).await;
    let token = client_token(&app).await;
    // 01:00 WIB on 9 December is still 8 December in UTC.
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 12, 8, 18, 0, 0).unwrap());
    let today = booking(
        &wedding,
        NaiveDate::from_ymd_opt(2026, 12, 9).unwrap(),
        None,
    );
    let err = assert_error(book(&app, &token, &today).await, 422, "validation_failed").await;
    assert!(
        err["fields"]["event_date"]
            .as_str()
            .unwrap()
            .contains("10-12-2026"),
        "{err}"
    );
    let tomorrow = booking(
        &wedding,
        NaiveDate::from_ymd_opt(2026, 12, 10).unwrap(),
        None,
    );
    assert_eq!(book(&app, &token, &tomorrow).await.status(), 201);
}

#[tokio::test]
async fn an_unpaid_booking_frees_its_slot_at_the_deadline() {
    let app = spawn_app().await;
    let (wedding, _) = packages(&app).await;
    let first = client_token(&app).await;
    let second = client_token(&app).await;
    let day = in_days(40);
    assert_eq!(
        book(&app, &first, &booking(&wedding, day, None))
            .await
            .status(),
        201
    );
    assert_error(
        book(&app, &second, &booking(&wedding, day, None)).await,
        409,
        "slot_unavailable",
    )
    .await;
    app.clock.advance(Duration::minutes(61));
    assert_eq!(
        book(&app, &second, &booking(&wedding, day, None))
            .await
            .status(),
        201
    );
}

#[tokio::test]
async fn a_block_closes_the_day() {
    let app = spawn_app().await;
    let (wedding, _) = packages(&app).await;
    let token = client_token(&app).await;
    let day = in_days(50);
    use sea_orm::{ActiveModelTrait, Set};
    api::entities::blocks::ActiveModel {
        id: Set(uuid::Uuid::new_v4()),
        date: Set(day),
        start_minute: Set(None),
        end_minute: Set(None),
        reason: Set("Libur Natal".into()),
        created_by: Set(None),
        created_at: Set(Utc::now().fixed_offset()),
    }
    .insert(&app.db)
    .await
    .unwrap();
    assert_error(
        book(&app, &token, &booking(&wedding, day, None)).await,
        409,
        "slot_unavailable",
    )
    .await;
    let days: Vec<Value> = app
        .client
        .get(app.url(&format!(
            "/api/v1/availability?from={day}&to={}",
            day + Duration::days(1)
        )))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(days[0]["state"], "blocked");
    assert_eq!(days[0]["bookable"], false);
    assert_eq!(days[1]["state"], "free");
    assert_eq!(days[1]["bookable"], true);
}

#[tokio::test]
async fn fifty_clients_racing_for_the_last_place_get_exactly_one_booking() {
    let app = spawn_app().await;
    let (wedding, _) = packages(&app).await;
    let mut tokens = Vec::new();
    for _ in 0..50 {
        tokens.push(client_token(&app).await);
    }
    let body = booking(&wedding, in_days(60), None);
    let results = futures_util::future::join_all(tokens.iter().map(|t| book(&app, t, &body))).await;
    let statuses: Vec<u16> = results.iter().map(|r| r.status().as_u16()).collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        49,
        "{statuses:?}"
    );
    assert_eq!(app.count("bookings").await, 1);
}

#[tokio::test]
async fn clients_see_only_their_own_bookings_and_crew_sees_all() {
    let app = spawn_app().await;
    let (wedding, _) = packages(&app).await;
    let alice = client_token(&app).await;
    let bob = client_token(&app).await;
    let a: Value = book(&app, &alice, &booking(&wedding, in_days(70), None))
        .await
        .json()
        .await
        .unwrap();
    let b: Value = book(&app, &bob, &booking(&wedding, in_days(71), None))
        .await
        .json()
        .await
        .unwrap();
    assert_ne!(a["client"]["email"], b["client"]["email"]);
    let get = |token: String, path: String| {
        let c = app.client.clone();
        let url = app.url(&path);
        async move { c.get(url).bearer_auth(token).send().await.unwrap() }
    };
    let a_path = format!("/api/v1/bookings/{}", a["id"].as_str().unwrap());
    assert_eq!(get(alice.clone(), a_path.clone()).await.status(), 200);
    assert_error(get(bob.clone(), a_path.clone()).await, 404, "not_found").await;
    let mine: Value = get(bob.clone(), "/api/v1/bookings?q=ODR".into())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["total"], 1);
    assert_eq!(mine["items"][0]["id"], b["id"]);
    assert_eq!(mine["items"][0]["client"], b["client"]);

    let staff = app.signed_in_as(Role::Staff).await["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(get(staff.clone(), a_path).await.status(), 200);
    let all: Value = get(
        staff.clone(),
        "/api/v1/bookings?status=waiting_payment&per_page=1".into(),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(all["total"], 2);
    assert_eq!(all["items"].as_array().unwrap().len(), 1);
    // Each booking of a page of several clients' bookings with its own
    // client.
    let both: Value = get(
        staff.clone(),
        "/api/v1/bookings?status=waiting_payment".into(),
    )
    .await
    .json()
    .await
    .unwrap();
    let mut listed: Vec<(&Value, &Value)> = both["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| (&item["id"], &item["client"]))
        .collect();
    listed.sort_by_key(|(id, _)| *id == &b["id"]);
    assert_eq!(listed, [(&a["id"], &a["client"]), (&b["id"], &b["client"])]);
    let found: Value = get(
        staff.clone(),
        format!("/api/v1/bookings?q={}", a["code"].as_str().unwrap()),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(found["total"], 1);
    assert_eq!(found["items"][0]["client"]["email"], a["client"]["email"]);
    assert_error(
        book(&app, &staff, &booking(&wedding, in_days(72), None)).await,
        403,
        "forbidden",
    )
    .await;
    assert_error(
        get(staff, "/api/v1/bookings?status=lost".into()).await,
        400,
        "bad_request",
    )
    .await;
}

#[tokio::test]
async fn bad_booking_requests_are_4xx_and_write_nothing() {
    let app = spawn_app().await;
    let (wedding, _) = packages(&app).await;
    let token = client_token(&app).await;
    let cases: &[(&str, Value, u16)] = &[
        (
            "unknown package",
            json!({"package_id": uuid::Uuid::new_v4().to_string()}),
            422,
        ),
        ("bad date", json!({"event_date": "2026-13-40"}), 400),
        ("past date", json!({"event_date": "2020-01-01"}), 422),
        ("no location", json!({"location": " "}), 422),
        ("half coordinates", json!({"latitude": 2.9}), 422),
        (
            "bad payment option",
            json!({"payment_option": "later"}),
            400,
        ),
    ];
    for (case, patch, status) in cases {
        let mut body = booking(&wedding, in_days(80), None);
        for (k, v) in patch.as_object().unwrap() {
            body[k] = v.clone();
        }
        let res = book(&app, &token, &body).await;
        assert_eq!(res.status().as_u16(), *status, "case {case}");
    }
    assert_error(
        app.client
            .get(app.url("/api/v1/availability?from=2026-12-10&to=2026-12-01"))
            .send()
            .await
            .unwrap(),
        400,
        "bad_request",
    )
    .await;
    assert_error(
        app.client
            .get(app.url("/api/v1/availability?from=2026-01-01&to=2026-12-31"))
            .send()
            .await
            .unwrap(),
        400,
        "bad_request",
    )
    .await;
    assert_error(
        app.client
            .get(app.url("/api/v1/availability"))
            .send()
            .await
            .unwrap(),
        400,
        "bad_request",
    )
    .await;
    assert_error(
        app.client
            .post(app.url("/api/v1/bookings"))
            .json(&booking(&wedding, in_days(80), None))
            .send()
            .await
            .unwrap(),
        401,
        "unauthorized",
    )
    .await;
    assert_eq!(app.count("bookings").await, 0);
    assert_eq!(app.count("booking_events").await, 0);
}

#[tokio::test]
async fn a_booked_package_is_deactivated_not_deleted() {
    let app = spawn_app().await;
    let (wedding, portrait) = packages(&app).await;
    let token = client_token(&app).await;
    book(&app, &token, &booking(&wedding, in_days(30), None)).await;
    let admin = app.signed_in_as(Role::Admin).await["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let del = |id: String| {
        app.client
            .delete(app.url(&format!("/api/v1/packages/{id}")))
            .bearer_auth(&admin)
            .send()
    };
    let res = del(wedding.clone()).await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["active"], false);
    assert_eq!(del(portrait).await.unwrap().status(), 204);
    let b: Value = app
        .client
        .get(app.url("/api/v1/bookings"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(b["items"][0]["package"]["id"], wedding.as_str());
}

/// A long list is counted only 1,000 past the page asked for, and says
/// so; a page near its end counts it exactly.
#[tokio::test]
async fn a_long_booking_list_is_counted_only_so_far() {
    use api::entities::bookings;
    use sea_orm::{ActiveModelTrait as _, EntityTrait as _, IntoActiveModel as _};

    let s = crate::scene::scene().await;
    let first = s.book(&s.client, 30).await;
    let id = uuid::Uuid::parse_str(first["id"].as_str().unwrap()).unwrap();
    let model = bookings::Entity::find_by_id(id)
        .one(&s.app.db)
        .await
        .unwrap()
        .unwrap();
    let copies: Vec<bookings::ActiveModel> = (0..1020)
        .map(|i| {
            let mut m = model.clone();
            m.id = uuid::Uuid::new_v4();
            m.code = format!("AM-COUNT-{i:04}");
            m.into_active_model().reset_all()
        })
        .collect();
    for chunk in copies.chunks(100) {
        bookings::Entity::insert_many(chunk.to_vec())
            .exec(&s.app.db)
            .await
            .unwrap();
    }
    let page = |q: &'static str| {
        let s = &s;
        async move {
            let res = s.get(&s.admin, &format!("/api/v1/bookings?{q}")).await;
            assert_eq!(res.status(), 200, "{q}");
            res.json::<Value>().await.unwrap()
        }
    };
    let p1 = page("per_page=20").await;
    assert_eq!(
        (p1["total"].as_u64(), p1["total_capped"].as_bool()),
        (Some(1000), Some(true))
    );
    assert_eq!(p1["items"].as_array().unwrap().len(), 20);
    let deep = page("per_page=20&page=51").await;
    assert_eq!(
        (deep["total"].as_u64(), deep["total_capped"].as_bool()),
        (Some(1021), Some(false))
    );
    assert_eq!(deep["items"].as_array().unwrap().len(), 20);
    let last = page("per_page=20&page=52").await;
    assert_eq!(last["items"].as_array().unwrap().len(), 1);
    assert_eq!(
        last["total"], 1021,
        "the last page knows the total without counting"
    );
    let past = page("per_page=20&page=60").await;
    assert_eq!(past["items"].as_array().unwrap().len(), 0);
    assert_eq!(
        (past["total"].as_u64(), past["total_capped"].as_bool()),
        (Some(1021), Some(false))
    );
    let none = page("per_page=20&status=done").await;
    assert_eq!(
        (none["total"].as_u64(), none["total_capped"].as_bool()),
        (Some(0), Some(false))
    );
}

/// A list shows each booking exactly as the booking read alone does:
/// timed and full-day, with and without notes, coordinates, deadlines or
/// an invoice number, to its client and to the crew.
#[tokio::test]
async fn a_listed_booking_is_the_booking_read_alone() {
    let s = crate::scene::scene().await;
    let packages: Vec<Value> = s
        .get(&s.client, "/api/v1/packages")
        .await
        .json()
        .await
        .unwrap();
    let timed = packages
        .iter()
        .find(|p| p["full_day"] == false)
        .expect("the catalogue has a timed package");
    let res = s
        .post(
            &s.client,
            "/api/v1/bookings",
            json!({
                "package_id": timed["id"],
                "event_date": in_days(40).to_string(),
                "start_time": "09:30",
                "location": "Taman \"Bunga\" Nusantara, Cipanas",
                "latitude": -6.7342,
                "longitude": 106.827_154_254_913_33,
                "notes": "Baris 1\nBaris 2 — ✓",
                "payment_option": "full",
            }),
        )
        .await;
    assert_eq!(res.status(), 201);
    // The booking answered at creation (built, not read back) is the one
    // stored.
    let created: Value = res.json().await.unwrap();
    let id = created["id"].as_str().unwrap();
    let stored: Value = s
        .get(&s.client, &format!("/api/v1/bookings/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(created, stored);
    s.book(&s.client, 41).await;
    let (_, payment) = s.booked_and_paid(&s.client, 42).await;
    let accepted = s.approve(&payment).await;
    assert!(accepted["invoice_number"].is_string());

    for token in [&s.client, &s.admin] {
        let list: Value = s.get(token, "/api/v1/bookings").await.json().await.unwrap();
        let items = list["items"].as_array().unwrap();
        assert_eq!(items.len(), 3);
        assert_eq!(list["total"], 3);
        for item in items {
            let id = item["id"].as_str().unwrap();
            let alone: Value = s
                .get(token, &format!("/api/v1/bookings/{id}"))
                .await
                .json()
                .await
                .unwrap();
            assert_eq!(item, &alone);
            // And as the entity read by sea-orm shows it (what every
            // other booking answer is built from).
            let stored = api::repo::bookings::find(&s.app.db, id.parse().unwrap())
                .await
                .unwrap()
                .unwrap();
            let client = api::repo::users::find(&s.app.db, stored.client_id)
                .await
                .unwrap();
            let entity = api::repo::bookings::to_dto(&stored, client.as_ref());
            assert_eq!(item, &serde_json::to_value(entity).unwrap());
        }
        let dates: Vec<&str> = items
            .iter()
            .map(|b| b["event_date"].as_str().unwrap())
            .collect();
        let mut latest_first = dates.clone();
        latest_first.sort_unstable_by(|a, b| b.cmp(a));
        assert_eq!(dates, latest_first);
    }
}
