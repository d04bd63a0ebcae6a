//! Exports and the monthly report, opened with real parsers (`csv`,
//! `calamine`, `pdftotext`) and checked against the database.

use std::io::Cursor;

use api::entities::{bookings, payments};
use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;

use crate::helpers::assert_error;
use crate::scene::{scene, Scene, JPEG};

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

async fn approved_at(s: &Scene, payment: &str, at: DateTime<Utc>) {
    let id: uuid::Uuid = payment.parse().unwrap();
    payments::Entity::update_many()
        .col_expr(payments::Column::ReviewedAt, Expr::value(at.fixed_offset()))
        .filter(payments::Column::Id.eq(id))
        .exec(&s.app.db)
        .await
        .unwrap();
}

async fn event_on(s: &Scene, booking: &Value, day: NaiveDate) {
    let id: uuid::Uuid = booking["id"].as_str().unwrap().parse().unwrap();
    bookings::Entity::update_many()
        .col_expr(bookings::Column::EventDate, Expr::value(day))
        .filter(bookings::Column::Id.eq(id))
        .exec(&s.app.db)
        .await
        .unwrap();
}

/// What the database says was approved in [from, to).
async fn db_total(s: &Scene, from: DateTime<Utc>, to: DateTime<Utc>) -> (i64, usize) {
    let rows = payments::Entity::find()
        .filter(payments::Column::Status.eq("approved"))
        .filter(payments::Column::ReviewedAt.gte(from.fixed_offset()))
        .filter(payments::Column::ReviewedAt.lt(to.fixed_offset()))
        .all(&s.app.db)
        .await
        .unwrap();
    (rows.iter().map(|p| p.amount).sum(), rows.len())
}

async fn download(s: &Scene, token: &str, path: &str) -> (String, Vec<u8>) {
    let res = s.get(token, path).await;
    assert_eq!(res.status(), 200, "{path}");
    let disposition = res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    (disposition, res.bytes().await.unwrap().to_vec())
}

/// January 2026 in Jakarta: approvals just inside both ends, one just past
/// the end (00:30 WIB on 1 February), one in December, one still pending.
async fn january(s: &Scene) -> Vec<Value> {
    let mut booked = Vec::new();
    let (b1, p1) = s.booked_and_paid(&s.client, 40).await;
    s.approve(&p1).await;
    approved_at(s, &p1, utc(2025, 12, 31, 17, 5)).await; // 1 Jan 00:05 WIB
    let (b2, p2) = s.booked_and_paid(&s.client, 41).await;
    s.approve(&p2).await;
    approved_at(s, &p2, utc(2026, 1, 31, 16, 30)).await; // 31 Jan 23:30 WIB
    let (other, _) = s.another_client().await;
    let (b3, p3) = s.booked_and_paid(&other, 42).await;
    s.approve(&p3).await;
    approved_at(s, &p3, utc(2026, 1, 31, 17, 30)).await; // 1 Feb 00:30 WIB
    let (b4, p4) = s.booked_and_paid(&other, 43).await;
    s.approve(&p4).await;
    approved_at(s, &p4, utc(2025, 12, 15, 3, 0)).await;
    let waiting = s.book(&s.client, 44).await;
    assert_eq!(
        s.upload(&s.client, &waiting, "dp", JPEG, "dp.jpg")
            .await
            .status(),
        201
    );
    event_on(s, &b1, NaiveDate::from_ymd_opt(2026, 1, 20).unwrap()).await;
    event_on(s, &b2, NaiveDate::from_ymd_opt(2026, 1, 25).unwrap()).await;
    event_on(s, &b4, NaiveDate::from_ymd_opt(2025, 12, 20).unwrap()).await;
    booked.extend([b1, b2, b3, b4]);
    booked
}

#[tokio::test]
async fn the_transactions_csv_has_a_bom_and_matches_the_database() {
    let s = scene().await;
    january(&s).await;
    let path = "/api/v1/exports/transactions.csv?from=2026-01-01&to=2026-01-31";
    assert_error(s.get(&s.staff, path).await, 403, "forbidden").await;
    assert_error(s.get(&s.client, path).await, 403, "forbidden").await;
    let bad = "/api/v1/exports/transactions.csv?from=2026-02-01&to=2026-01-01";
    assert_error(s.get(&s.admin, bad).await, 400, "bad_request").await;

    let (disposition, bytes) = download(&s, &s.admin, path).await;
    assert!(
        disposition.contains("transaksi-2026-01-01-2026-01-31.csv"),
        "{disposition}"
    );
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "no byte order mark"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "Tanggal disetujui");
    let amount = headers.iter().position(|h| h == "Jumlah (Rp)").unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let sum: i64 = rows.iter().map(|r| r[amount].parse::<i64>().unwrap()).sum();
    let (expected, n) = db_total(&s, utc(2025, 12, 31, 17, 0), utc(2026, 1, 31, 17, 0)).await;
    assert_eq!((sum, rows.len()), (expected, n));
    assert_eq!(n, 2);
    // Times are the studio's: the first approval reads 1 January 00:05.
    assert_eq!(&rows[0][0], "2026-01-01 00:05");
    assert_eq!(&rows[1][0], "2026-01-31 23:30");
    assert!(rows[0][1].starts_with("ODR-"));

    // The export itself is in the audit log.
    let log: Value = s
        .get(&s.admin, "/api/v1/audit?action=export.transactions")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(log["total"], 1);
    assert!(log["items"][0]["summary"].as_str().unwrap().contains("CSV"));
}

#[tokio::test]
async fn the_transactions_xlsx_has_typed_cells_and_a_total() {
    let s = scene().await;
    january(&s).await;
    let (_, bytes) = download(
        &s,
        &s.admin,
        "/api/v1/exports/transactions.xlsx?from=2025-12-01&to=2026-01-31",
    )
    .await;
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let sheet = wb.worksheet_range("Transaksi").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    assert_eq!(rows[0][9], Data::String("Jumlah (Rp)".into()));
    let (expected, n) = db_total(&s, utc(2025, 11, 30, 17, 0), utc(2026, 1, 31, 17, 0)).await;
    assert_eq!(n, 3);
    let body = &rows[1..=n];
    let mut sum = 0i64;
    for row in body {
        assert!(
            matches!(row[0], Data::DateTime(_)),
            "date cell: {:?}",
            row[0]
        );
        match row[9] {
            Data::Float(f) => sum += f as i64,
            ref other => panic!("amount is not a number: {other:?}"),
        }
    }
    assert_eq!(sum, expected);
    // Oldest first: December's approval, then January's.
    let first = match &body[0][0] {
        Data::DateTime(d) => d.as_datetime().unwrap(),
        _ => unreachable!(),
    };
    assert_eq!(first.to_string(), "2025-12-15 10:00:00");
    let total = rows[n + 1];
    assert_eq!(total[8], Data::String("Total".into()));
    assert_eq!(total[9], Data::Float(expected as f64));
}

#[tokio::test]
async fn the_monthly_report_compares_with_the_month_before_in_every_format() {
    let s = scene().await;
    january(&s).await;
    assert_error(
        s.get(&s.staff, "/api/v1/reports/monthly?month=2026-01")
            .await,
        403,
        "forbidden",
    )
    .await;
    assert_error(
        s.get(&s.admin, "/api/v1/reports/monthly?month=2026-13")
            .await,
        400,
        "bad_request",
    )
    .await;

    let report: Value = s
        .get(&s.admin, "/api/v1/reports/monthly?month=2026-01")
        .await
        .json()
        .await
        .unwrap();
    let (jan, _) = db_total(&s, utc(2025, 12, 31, 17, 0), utc(2026, 1, 31, 17, 0)).await;
    let (dec, _) = db_total(&s, utc(2025, 11, 30, 17, 0), utc(2025, 12, 31, 17, 0)).await;
    assert_eq!(report["previous_month"], "2025-12");
    assert_eq!(report["revenue_total"], jan);
    assert_eq!(report["revenue_total_previous"], dec);
    assert_eq!(report["bookings_total"], 2);
    assert_eq!(report["bookings_total_previous"], 1);
    let wedding = report["revenue_by_kind"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kind"] == "wedding")
        .unwrap();
    assert_eq!(
        (wedding["amount"].as_i64(), wedding["previous"].as_i64()),
        (Some(jan), Some(dec))
    );
    assert_eq!(report["payments"].as_array().unwrap().len(), 2);
    // Both January shoots are weddings (accepted, or done once the
    // lifecycle job has passed their date).
    let pairs = report["bookings_by_kind_status"].as_array().unwrap();
    assert!(pairs.iter().all(|p| p["kind"] == "wedding"), "{pairs:?}");
    assert_eq!(
        pairs
            .iter()
            .map(|p| p["count"].as_i64().unwrap())
            .sum::<i64>(),
        2
    );

    let (disposition, pdf) =
        download(&s, &s.admin, "/api/v1/reports/monthly.pdf?month=2026-01").await;
    assert!(disposition.contains("laporan-2026-01.pdf"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("laporan.pdf");
    std::fs::write(&file, &pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", file.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Laporan Bulanan Januari 2026"), "{text}");
    assert!(text.contains("Desember 2025"), "{text}");
    assert!(text.contains(&shared::Rupiah(jan).format()), "{text}");
    assert!(text.contains(&shared::Rupiah(dec).format()), "{text}");
    assert!(text.contains("Pembayaran Disetujui"));

    let (_, xlsx) = download(&s, &s.admin, "/api/v1/reports/monthly.xlsx?month=2026-01").await;
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(xlsx)).unwrap();
    let summary = wb.worksheet_range("Ringkasan").unwrap();
    let revenue = summary
        .rows()
        .find(|r| r[0] == Data::String("Pendapatan (disetujui)".into()))
        .unwrap();
    assert_eq!(
        (revenue[1].clone(), revenue[2].clone()),
        (Data::Float(jan as f64), Data::Float(dec as f64))
    );
    let pay = wb.worksheet_range("Pembayaran").unwrap();
    let amounts: i64 = pay
        .rows()
        .skip(1)
        .filter(|r| r[4] != Data::String("Total".into()))
        .map(|r| match r[5] {
            Data::Float(f) => f as i64,
            ref other => panic!("{other:?}"),
        })
        .sum();
    assert_eq!(amounts, jan);

    // Reports downloaded are logged; the JSON view is not.
    let log: Value = s
        .get(&s.admin, "/api/v1/audit?action=report.monthly")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(log["total"], 2);
}
