//! The back office in a browser: an admin filters the bookings, opens the
//! calendar and finds the shoot there, and downloads the transactions CSV,
//! which is read back with the `csv` crate.

use std::time::{Duration, Instant};

use chrono::{Datelike, Duration as Days, Utc};
use fantoccini::Locator;
use serde_json::{json, Value};
use shared::Role;

use crate::browser::{launch, Browser};
use crate::setup::{account, sign_in, TINY_JPEG};

/// A client books `days` ahead; with `paid`, the DP proof is uploaded and
/// the admin approves it. Returns the booking.
async fn booking(b: &Browser, client: &str, admin: &str, days: i64, paid: bool) -> Value {
    let app = &b.app;
    let get = |p: &str| app.client.get(app.url(p)).send();
    let pkgs: Vec<Value> = get("/api/v1/packages?kind=wedding")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let banks: Vec<Value> = get("/api/v1/bank-accounts")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let res = app
        .client
        .post(app.url("/api/v1/bookings"))
        .bearer_auth(client)
        .json(&json!({
            "package_id": pkgs[0]["id"],
            "event_date": (Utc::now() + Days::hours(7) + Days::days(days)).date_naive().to_string(),
            "location": "Gereja HKBP Saribudolok",
            "payment_option": "dp",
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let booking: Value = res.json().await.unwrap();
    if paid {
        let form = reqwest::multipart::Form::new()
            .text("kind", "dp")
            .text(
                "bank_account_id",
                banks[0]["id"].as_str().unwrap().to_owned(),
            )
            .part(
                "proof",
                reqwest::multipart::Part::bytes(TINY_JPEG.to_vec())
                    .file_name("dp.jpg")
                    .mime_str("image/jpeg")
                    .unwrap(),
            );
        let id = booking["id"].as_str().unwrap();
        let res = app
            .client
            .post(app.url(&format!("/api/v1/bookings/{id}/payments")))
            .bearer_auth(client)
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
        let payment: Value = res.json().await.unwrap();
        let res = app
            .client
            .post(app.url(&format!(
                "/api/v1/payments/{}/approve",
                payment["id"].as_str().unwrap()
            )))
            .bearer_auth(admin)
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
    }
    booking
}

async fn rows(b: &Browser) -> usize {
    b.client
        .find_all(Locator::Css("[data-testid=booking-row]"))
        .await
        .unwrap_or_default()
        .len()
}

#[tokio::test]
#[ignore = "needs the built SPA and Chromium: run with `cargo xtask test`"]
async fn an_admin_filters_bookings_opens_the_calendar_and_downloads_the_csv() {
    let b = launch().await;
    api::seed_catalogue::seed(&b.app.db).await.unwrap();
    let (_, client) = account(&b, Role::Client, "Sari Dewi").await;
    let (admin_email, admin) = account(&b, Role::Admin, "Admin Studio").await;
    let accepted = booking(&b, &client, &admin, 3, true).await;
    booking(&b, &client, &admin, 4, false).await;

    sign_in(&b, &admin_email, "/admin").await;

    // Bookings: two in all, one once filtered to "accepted".
    b.open("/admin/booking").await;
    b.wait_text("[data-testid=bookings-count]", "2").await;
    b.el("#status")
        .await
        .select_by_value("accepted")
        .await
        .unwrap();
    b.click("[data-testid=apply-filters]").await;
    let deadline = Instant::now() + Duration::from_secs(15);
    while rows(&b).await != 1 {
        assert!(
            Instant::now() < deadline,
            "the status filter never left one row"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let row = b.el("[data-testid=booking-row]").await;
    assert_eq!(
        row.attr("data-booking-id").await.unwrap().as_deref(),
        accepted["id"].as_str()
    );

    // Calendar: the accepted shoot is on its day, and opens the booking.
    // Its page is a chunk not loaded yet: the loading bar runs while the
    // router fetches it, and is gone once the calendar shows.
    b.client
        .execute(
            "window.__routeBarSeen = false; \
             const bar = document.querySelector('[data-testid=route-loading]'); \
             new MutationObserver(() => { \
               if (bar.classList.contains('active')) window.__routeBarSeen = true; \
             }).observe(bar, { attributes: true });",
            vec![],
        )
        .await
        .unwrap();
    b.click("a[href='/admin/kalender']").await;
    b.wait_path("/admin/kalender").await;
    b.el("#calendar").await;
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let bar = b
            .client
            .execute(
                "const bar = document.querySelector('[data-testid=route-loading]'); \
                 return [window.__routeBarSeen, bar.classList.contains('active'), \
                         bar.getAttribute('aria-hidden')];",
                vec![],
            )
            .await
            .unwrap();
        if bar == json!([true, false, "true"]) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the route loading bar (seen, active, aria-hidden): {bar}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let event =
        chrono::NaiveDate::parse_from_str(accepted["event_date"].as_str().unwrap(), "%Y-%m-%d")
            .unwrap();
    let today = (Utc::now() + Days::hours(7)).date_naive();
    if (event.year(), event.month()) != (today.year(), today.month()) {
        b.click("[data-testid=calendar-next]").await;
    }
    let id = accepted["id"].as_str().unwrap();
    let chip = format!("[data-date='{event}'] a.cal-booking[data-booking-id='{id}']");
    b.click(&chip).await;
    b.wait_path(&format!("/admin/booking/{id}")).await;

    // Reports: the CSV of this month's transactions lands in the download folder.
    b.open("/admin/laporan").await;
    b.click("#export-csv").await;
    b.wait_text("#export-done", ".csv").await;
    let deadline = Instant::now() + Duration::from_secs(15);
    let file = loop {
        let found = std::fs::read_dir(&b.downloads)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "csv"));
        if let Some(f) = found {
            break f;
        }
        assert!(Instant::now() < deadline, "no CSV was downloaded");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("transaksi-"), "{name}");
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 1);
    assert_eq!(&records[0][1], accepted["code"].as_str().unwrap());
    assert_eq!(
        records[0][9].parse::<i64>().unwrap(),
        accepted["dp_amount"].as_i64().unwrap()
    );
    b.close().await;
}
