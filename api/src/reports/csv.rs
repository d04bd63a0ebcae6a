//! The transactions export as CSV: UTF-8 with a byte order mark (so Excel
//! reads the names right), comma-separated, amounts as plain integers.

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;
use sea_orm::DatabaseConnection;
use shared::payment_dto::PaymentKind;
use shared::ServiceKind;
use tokio::sync::mpsc;

use super::rows::{self, Names, TxRow};
use super::stream::Chunk;

/// Rows read from the database per query.
pub const BATCH: u64 = 2_000;

/// The columns of both transaction exports, in order.
pub const HEADERS: [&str; 11] = [
    "Tanggal disetujui",
    "Kode pesanan",
    "Nomor invoice",
    "Klien",
    "WhatsApp",
    "Layanan",
    "Paket",
    "Jenis pembayaran",
    "Rekening tujuan",
    "Jumlah (Rp)",
    "Disetujui oleh",
];

pub fn local(at: DateTime<Utc>, tz: Tz) -> NaiveDateTime {
    at.with_timezone(&tz).naive_local()
}

pub fn service_label(row: &TxRow) -> &'static str {
    ServiceKind::parse(&row.service_kind).map_or("", ServiceKind::label_id)
}

pub fn payment_label(row: &TxRow) -> &'static str {
    PaymentKind::parse(&row.payment_kind).map_or("", PaymentKind::label_id)
}

fn record(row: &TxRow, names: &Names, tz: Tz) -> [String; 11] {
    [
        local(row.approved_utc(), tz)
            .format("%Y-%m-%d %H:%M")
            .to_string(),
        row.booking_code.clone(),
        row.invoice_number.clone().unwrap_or_default(),
        row.client_name.clone(),
        row.client_phone.clone(),
        service_label(row).to_owned(),
        row.package_name.clone(),
        payment_label(row).to_owned(),
        names.bank(row).to_owned(),
        row.amount.to_string(),
        names.reviewer(row).to_owned(),
    ]
}

fn encode(rows: &[TxRow], names: &Names, tz: Tz, header: bool) -> Result<Vec<u8>, csv::Error> {
    let mut out = Vec::with_capacity(rows.len() * 160 + 256);
    if header {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    {
        let mut w = csv::Writer::from_writer(&mut out);
        if header {
            w.write_record(HEADERS)?;
        }
        for row in rows {
            w.write_record(record(row, names, tz))?;
        }
        w.flush()?;
    }
    Ok(out)
}

/// Reads approved payments in [from, to) batch by batch and sends each as a
/// CSV chunk; ends the stream with an error if the database fails midway.
pub async fn produce(
    db: DatabaseConnection,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    tz: Tz,
    tx: mpsc::Sender<Chunk>,
) {
    let result: Result<(), String> = async {
        let names = Names::load(&db).await.map_err(|e| format!("{e:?}"))?;
        let mut cursor = None;
        let mut first = true;
        loop {
            let batch = rows::batch(&db, from, to, cursor, BATCH)
                .await
                .map_err(|e| format!("{e:?}"))?;
            if batch.is_empty() && !first {
                return Ok(());
            }
            let bytes = encode(&batch, &names, tz, first).map_err(|e| e.to_string())?;
            first = false;
            if tx.send(Ok(bytes.into())).await.is_err() {
                return Ok(()); // the client went away
            }
            if u64::try_from(batch.len()).unwrap_or(0) < BATCH {
                return Ok(());
            }
            cursor = rows::cursor_after(&batch);
        }
    }
    .await;
    if let Err(why) = result {
        tracing::error!(error = %why, "CSV export failed midway");
        let _ = tx.send(Err(std::io::Error::other(why))).await;
    }
}
