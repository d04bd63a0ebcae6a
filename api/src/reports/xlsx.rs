//! XLSX files: real number and date cells, rupiah formats.
//!
//! The transactions export writes its sheet in rust_xlsxwriter's constant
//! memory mode (each row goes to a temporary file as soon as the next one
//! starts) on a blocking thread, then zips straight into the response
//! stream, so memory does not grow with the number of rows.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rust_xlsxwriter::{Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError};
use sea_orm::DatabaseConnection;
use shared::backoffice::MonthlyReport;
use shared::payment_dto::PaymentKind;
use tokio::sync::mpsc;

use super::csv::{local, payment_label, service_label, BATCH, HEADERS};
use super::rows::{self, Names, TxRow};
use super::stream::{BlockingSink, Chunk};

/// Excel's last row, less the header and the total.
const MAX_ROWS: u32 = 1_048_574;

pub struct Formats {
    header: Format,
    money: Format,
    datetime: Format,
    total: Format,
    total_money: Format,
    title: Format,
}

impl Formats {
    pub fn new() -> Self {
        let money = "\"Rp\" #,##0";
        Self {
            header: Format::new().set_bold().set_background_color("#F3EDE4"),
            money: Format::new().set_num_format(money),
            datetime: Format::new()
                .set_num_format("dd/mm/yyyy hh:mm")
                .set_align(FormatAlign::Left),
            total: Format::new().set_bold(),
            total_money: Format::new().set_bold().set_num_format(money),
            title: Format::new().set_bold().set_font_size(14),
        }
    }
}

impl Default for Formats {
    fn default() -> Self {
        Self::new()
    }
}

fn money(n: i64) -> f64 {
    // Rupiah amounts are far below 2^53: exact as a double.
    n as f64
}

fn widths(sheet: &mut Worksheet, widths: &[f64]) -> Result<(), XlsxError> {
    for (col, w) in (0u16..).zip(widths) {
        sheet.set_column_width(col, *w)?;
    }
    Ok(())
}

fn write_tx_row(
    sheet: &mut Worksheet,
    r: u32,
    row: &TxRow,
    names: &Names,
    tz: Tz,
    f: &Formats,
) -> Result<(), XlsxError> {
    sheet.write_datetime_with_format(r, 0, local(row.approved_utc(), tz), &f.datetime)?;
    sheet.write_string(r, 1, &row.booking_code)?;
    sheet.write_string(r, 2, row.invoice_number.as_deref().unwrap_or(""))?;
    sheet.write_string(r, 3, &row.client_name)?;
    sheet.write_string(r, 4, &row.client_phone)?;
    sheet.write_string(r, 5, service_label(row))?;
    sheet.write_string(r, 6, &row.package_name)?;
    sheet.write_string(r, 7, payment_label(row))?;
    sheet.write_string(r, 8, names.bank(row))?;
    sheet.write_number_with_format(r, 9, money(row.amount), &f.money)?;
    sheet.write_string(r, 10, names.reviewer(row))?;
    Ok(())
}

/// Writes the transactions sheet from batches arriving on `batches`, then
/// the workbook into `sink`. Runs on a blocking thread.
fn write_transactions(
    mut batches: mpsc::Receiver<Vec<TxRow>>,
    names: Names,
    tz: Tz,
    sink: BlockingSink,
) -> Result<(), XlsxError> {
    let f = Formats::new();
    let mut wb = Workbook::new();
    let sheet = wb.add_worksheet_with_constant_memory()?;
    sheet.set_name("Transaksi")?;
    widths(
        sheet,
        &[
            17.0, 16.0, 16.0, 24.0, 16.0, 11.0, 24.0, 12.0, 22.0, 15.0, 18.0,
        ],
    )?;
    sheet.set_freeze_panes(1, 0)?;
    for (col, h) in (0u16..).zip(HEADERS) {
        sheet.write_string_with_format(0, col, h, &f.header)?;
    }
    let mut r: u32 = 0;
    let mut total: i64 = 0;
    while let Some(batch) = batches.blocking_recv() {
        for row in &batch {
            if r >= MAX_ROWS {
                return Err(XlsxError::RowColumnLimitError);
            }
            r += 1;
            total += row.amount;
            write_tx_row(sheet, r, row, &names, tz, &f)?;
        }
    }
    let last = r + 1;
    sheet.write_string_with_format(last, 8, "Total", &f.total)?;
    let sum = Formula::new(format!("=SUM(J2:J{})", r.max(1) + 1)).set_result(total.to_string());
    sheet.write_formula_with_format(last, 9, sum, &f.total_money)?;
    let mut sink = sink;
    wb.save_to_writer(&mut sink)?;
    std::io::Write::flush(&mut sink)?;
    Ok(())
}

/// Reads approved payments in [from, to) batch by batch and streams the XLSX.
pub async fn produce_transactions(
    db: DatabaseConnection,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    tz: Tz,
    tx: mpsc::Sender<Chunk>,
) {
    let names = match Names::load(&db).await {
        Ok(n) => n,
        Err(e) => {
            let _ = tx.send(Err(std::io::Error::other(format!("{e:?}")))).await;
            return;
        }
    };
    let (rows_tx, rows_rx) = mpsc::channel::<Vec<TxRow>>(2);
    let err_tx = tx.clone();
    let writer = actix_web::rt::task::spawn_blocking(move || {
        let sink = BlockingSink::new(tx);
        write_transactions(rows_rx, names, tz, sink)
    });
    let mut cursor = None;
    let fetched: Result<(), String> = async {
        loop {
            let batch = rows::batch(&db, from, to, cursor, BATCH)
                .await
                .map_err(|e| format!("{e:?}"))?;
            let done = u64::try_from(batch.len()).unwrap_or(0) < BATCH;
            cursor = rows::cursor_after(&batch);
            if !batch.is_empty() && rows_tx.send(batch).await.is_err() {
                return Err("the XLSX writer stopped".to_owned());
            }
            if done {
                return Ok(());
            }
        }
    }
    .await;
    drop(rows_tx);
    let written = writer.await;
    let failure = match (fetched, written) {
        (Err(why), _) => Some(why),
        (Ok(()), Ok(Err(e))) => Some(e.to_string()),
        (Ok(()), Err(e)) => Some(e.to_string()),
        (Ok(()), Ok(Ok(()))) => None,
    };
    if let Some(why) = failure {
        tracing::error!(error = %why, "XLSX export failed midway");
        let _ = err_tx.send(Err(std::io::Error::other(why))).await;
    }
}

fn change(now: i64, prev: i64) -> String {
    shared::backoffice::change_percent(now, prev)
        .map_or_else(|| "–".to_owned(), |p| format!("{p:+}%"))
}

/// The monthly report as a workbook: a summary sheet and the payments.
pub fn monthly(report: &MonthlyReport, tz: Tz) -> Result<Vec<u8>, XlsxError> {
    let f = Formats::new();
    let mut wb = Workbook::new();
    let sheet = wb.add_worksheet();
    sheet.set_name("Ringkasan")?;
    widths(sheet, &[26.0, 18.0, 18.0, 12.0])?;
    sheet.write_string_with_format(0, 0, format!("Laporan bulanan {}", report.month), &f.title)?;
    let mut r = 2;
    for (col, h) in (0u16..).zip([
        "",
        report.month.as_str(),
        report.previous_month.as_str(),
        "Perubahan",
    ]) {
        sheet.write_string_with_format(r, col, h, &f.header)?;
    }
    r += 1;
    sheet.write_string(r, 0, "Pesanan (tanggal acara)")?;
    sheet.write_number(
        r,
        1,
        money(i64::try_from(report.bookings_total).unwrap_or(i64::MAX)),
    )?;
    sheet.write_number(
        r,
        2,
        money(i64::try_from(report.bookings_total_previous).unwrap_or(i64::MAX)),
    )?;
    sheet.write_string(
        r,
        3,
        change(
            i64::try_from(report.bookings_total).unwrap_or(0),
            i64::try_from(report.bookings_total_previous).unwrap_or(0),
        ),
    )?;
    r += 1;
    sheet.write_string(r, 0, "Pendapatan (disetujui)")?;
    sheet.write_number_with_format(r, 1, money(report.revenue_total), &f.money)?;
    sheet.write_number_with_format(r, 2, money(report.revenue_total_previous), &f.money)?;
    sheet.write_string(
        r,
        3,
        change(report.revenue_total, report.revenue_total_previous),
    )?;

    r += 2;
    for (col, h) in (0u16..).zip([
        "Pendapatan per layanan",
        report.month.as_str(),
        report.previous_month.as_str(),
        "Perubahan",
    ]) {
        sheet.write_string_with_format(r, col, h, &f.header)?;
    }
    for k in &report.revenue_by_kind {
        r += 1;
        sheet.write_string(r, 0, k.kind.label_id())?;
        sheet.write_number_with_format(r, 1, money(k.amount), &f.money)?;
        sheet.write_number_with_format(r, 2, money(k.previous), &f.money)?;
        sheet.write_string(r, 3, change(k.amount, k.previous))?;
    }

    r += 2;
    for (col, h) in (0u16..).zip(["Pesanan per layanan", "Status", "Jumlah"]) {
        sheet.write_string_with_format(r, col, h, &f.header)?;
    }
    for c in &report.bookings_by_kind_status {
        r += 1;
        sheet.write_string(r, 0, c.kind.label_id())?;
        sheet.write_string(r, 1, c.status.label_id())?;
        sheet.write_number(r, 2, money(i64::try_from(c.count).unwrap_or(i64::MAX)))?;
    }

    let pay = wb.add_worksheet();
    pay.set_name("Pembayaran")?;
    widths(pay, &[17.0, 16.0, 24.0, 11.0, 12.0, 15.0])?;
    pay.set_freeze_panes(1, 0)?;
    for (col, h) in (0u16..).zip([
        "Tanggal disetujui",
        "Kode pesanan",
        "Klien",
        "Layanan",
        "Jenis pembayaran",
        "Jumlah (Rp)",
    ]) {
        pay.write_string_with_format(0, col, h, &f.header)?;
    }
    let mut r: u32 = 0;
    for p in &report.payments {
        r += 1;
        pay.write_datetime_with_format(r, 0, local(p.approved_at, tz), &f.datetime)?;
        pay.write_string(r, 1, &p.booking_code)?;
        pay.write_string(r, 2, &p.client_name)?;
        pay.write_string(r, 3, p.kind.label_id())?;
        pay.write_string(
            r,
            4,
            PaymentKind::parse(&p.payment_kind).map_or("", PaymentKind::label_id),
        )?;
        pay.write_number_with_format(r, 5, money(p.amount), &f.money)?;
    }
    let total: i64 = report.payments.iter().map(|p| p.amount).sum();
    pay.write_string_with_format(r + 1, 4, "Total", &f.total)?;
    let sum = Formula::new(format!("=SUM(F2:F{})", r.max(1) + 1)).set_result(total.to_string());
    pay.write_formula_with_format(r + 1, 5, sum, &f.total_money)?;
    wb.save_to_buffer()
}
