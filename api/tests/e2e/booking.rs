use std::io::Write;
use std::time::{Duration, Instant};

use fantoccini::Locator;
use shared::Role;

use crate::browser::{launch, Browser};
use crate::helpers::{new_client, PASSWORD};
use crate::setup::{sign_in, TINY_JPEG};

async fn sign_out(b: &Browser) {
    b.click("[data-testid=logout]").await;
    b.el("a[href='/login']").await;
}

/// Waits until the path satisfies `want`, and returns it.
async fn wait_path_where(b: &Browser, what: &str, want: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let url = b.client.current_url().await.unwrap();
        if want(url.path()) {
            return url.path().to_owned();
        }
        assert!(Instant::now() < deadline, "never reached {what} (at {url})");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Clicks the first bookable day, moving on a month while the shown one has
/// none (near a month's end the next bookable day is in the next month).
async fn pick_first_open_day(b: &Browser) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut months_moved = 0;
    loop {
        let open = b
            .client
            .find_all(Locator::Css(
                "[data-testid=calendar] button[data-date]:not([disabled])",
            ))
            .await
            .unwrap();
        if let Some(day) = open.first() {
            let date = day.attr("data-date").await.unwrap().unwrap();
            day.click().await.unwrap();
            return date;
        }
        // Loaded and empty: this month has no bookable day left.
        if b.client
            .find(Locator::Css("[data-testid=calendar-none]"))
            .await
            .is_ok()
        {
            assert!(months_moved < 3, "no bookable day in three months");
            b.click("[data-testid=calendar-next]").await;
            months_moved += 1;
        }
        assert!(
            Instant::now() < deadline,
            "the calendar never offered a day"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
#[ignore = "needs chromium and the built SPA; run by `cargo xtask test`"]
async fn a_client_books_pays_by_transfer_and_sees_the_booking_accepted_after_review() {
    let b = launch().await;
    api::seed_catalogue::seed(&b.app.db).await.unwrap();
    let client = new_client();
    let res = b.app.register(&client).await;
    assert_eq!(res.status().as_u16(), 201, "registering the client");
    let client_email = client["email"].as_str().unwrap();

    // The client signs in and books the first package of the pricelist.
    sign_in(&b, client_email, "/akun").await;
    b.open("/harga").await;
    b.click("[data-testid=choose-package]").await;
    b.wait_path("/booking").await;
    b.el("[data-testid=chosen-package]").await;
    b.click("[data-testid=wizard-next]").await;
    b.el("[data-testid=calendar]").await;
    let date = pick_first_open_day(&b).await;
    b.wait_text("[data-testid=wizard-step] .chosen-date", "Tanggal dipilih")
        .await;
    b.click("[data-testid=wizard-next]").await;
    // Timed packages ask for a start time; full-day ones go straight on.
    if b.client.find(Locator::Css("#start_time")).await.is_ok() {
        b.el("#start_time").await.select_by_index(1).await.unwrap();
        b.click("[data-testid=wizard-next]").await;
    }
    b.fill("#location", "Gereja HKBP Saribudolok").await;
    b.click("[data-testid=wizard-next]").await;
    b.click("input[name=payment_option][value=dp]").await;
    b.click("[data-testid=confirm-booking]").await;

    // The payment page of the new booking: upload a transfer proof.
    let pay_path = wait_path_where(&b, "the payment page", |p| {
        p.starts_with("/akun/booking/") && p.ends_with("/bayar")
    })
    .await;
    b.el("[data-testid=countdown]").await;
    b.el("#bank_account_id").await;
    let mut proof = tempfile::Builder::new()
        .prefix("bukti-transfer-")
        .suffix(".jpg")
        .tempfile()
        .unwrap();
    proof.write_all(TINY_JPEG).unwrap();
    proof.flush().unwrap();
    b.el("input[type=file]#proof")
        .await
        .send_keys(&proof.path().display().to_string())
        .await
        .unwrap();
    b.el("[data-testid=file-preview]").await;
    b.click("[data-testid=upload-proof]").await;
    b.wait_text(
        "[data-testid=notice]",
        "Bukti terkirim, menunggu konfirmasi studio",
    )
    .await;
    b.el(&format!(
        "a[data-testid=to-booking][href='{}']",
        pay_path.trim_end_matches("/bayar")
    ))
    .await;
    sign_out(&b).await;

    // An admin approves the proof from the review queue.
    let admin = new_client();
    let admin_email = admin["email"].as_str().unwrap();
    api::seed::create_user(
        &b.app.db,
        "Admin Studio",
        admin_email,
        admin["phone"].as_str().unwrap(),
        PASSWORD,
        Role::Admin,
    )
    .await
    .unwrap();
    sign_in(&b, admin_email, "/admin").await;
    b.click("a[href='/admin/pembayaran']").await;
    b.wait_path("/admin/pembayaran").await;
    b.wait_text("[data-testid=review-item]", "Sari Dewi").await;
    b.click("[data-testid=review-item] [data-testid=approve]")
        .await;
    b.wait_text("[data-testid=notice]", "disetujui").await;
    b.el("[data-testid=review-empty]").await;
    sign_out(&b).await;

    // The client sees the booking accepted.
    sign_in(&b, client_email, "/akun").await;
    b.wait_text(
        "[data-testid=booking-card] [data-testid=status-badge][data-status=accepted]",
        "Diterima",
    )
    .await;
    let card = b
        .el("[data-testid=booking-card]")
        .await
        .text()
        .await
        .unwrap();
    let shown = indonesian_date(&date);
    assert!(card.contains(&shown), "the card shows {shown}: {card}");
    b.close().await;
}

/// `2026-12-09` → `9 Desember 2026`, as the SPA writes dates.
fn indonesian_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ];
    let d = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d").unwrap();
    use chrono::Datelike;
    format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

#[tokio::test]
#[ignore = "needs chromium and the built SPA; run by `cargo xtask test`"]
async fn the_booking_page_flips_to_accepted_live_and_offers_the_invoice() {
    let b = launch().await;
    api::seed_catalogue::seed(&b.app.db).await.unwrap();
    let http = &b.app.client;
    let client = new_client();
    let session: serde_json::Value = b.app.register(&client).await.json().await.unwrap();
    let token = session["access_token"].as_str().unwrap();
    let packages: Vec<serde_json::Value> = http
        .get(b.app.url("/api/v1/packages?kind=wedding"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let banks: Vec<serde_json::Value> = http
        .get(b.app.url("/api/v1/bank-accounts"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let day = (chrono::Utc::now() + chrono::Duration::days(40)).date_naive();
    let booking: serde_json::Value = http
        .post(b.app.url("/api/v1/bookings"))
        .bearer_auth(token)
        .json(&serde_json::json!({
            "package_id": packages[0]["id"],
            "event_date": day.to_string(),
            "location": "Balai Desa Saribudolok",
            "payment_option": "dp",
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = booking["id"].as_str().unwrap();
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
    let payment: serde_json::Value = http
        .post(b.app.url(&format!("/api/v1/bookings/{id}/payments")))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();

    // The client watches their booking, waiting for the studio.
    sign_in(&b, client["email"].as_str().unwrap(), "/akun").await;
    b.open(&format!("/akun/booking/{id}")).await;
    b.el("#booking-status[data-status=waiting_approval]").await;
    b.el("#download-invoice[data-kind=bill]").await;
    b.el("#notification-bell[data-live=socket]").await;

    // The studio approves elsewhere; the page follows without a reload.
    let staff = new_client();
    api::seed::create_user(
        &b.app.db,
        "Kru Studio",
        staff["email"].as_str().unwrap(),
        staff["phone"].as_str().unwrap(),
        PASSWORD,
        Role::Staff,
    )
    .await
    .unwrap();
    let staff_session: serde_json::Value = b
        .app
        .login(staff["email"].as_str().unwrap(), PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let res = http
        .post(b.app.url(&format!(
            "/api/v1/payments/{}/approve",
            payment["id"].as_str().unwrap()
        )))
        .bearer_auth(staff_session["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    b.el("#booking-status[data-status=accepted]").await;
    b.el("#download-invoice[data-kind=invoice]").await;
    b.wait_text("#invoice-number", "INV-").await;
    b.el("#notification-badge:not([data-count='0'])").await;

    // The bell leads to the list; reading all clears the badge.
    b.click("#notification-bell").await;
    b.wait_path("/akun/notifikasi").await;
    b.wait_text("[data-testid=notification-item]", "disetujui")
        .await;
    b.click("#mark-all-read").await;
    b.el("#notification-badge[data-count='0']").await;
    b.close().await;
}
