//! A booking's invoice: its number (given at first acceptance) and the PDF,
//! gathered from the database into `invoice::InvoiceData` and rendered.

use chrono::{DateTime, Datelike, NaiveTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseTransaction};
use shared::payment_dto::{PaymentKind, PaymentStatus};
use shared::{BookingStatus, ServiceKind};
use uuid::Uuid;

use super::calendar::studio_tz;
use super::create::next_counter;
use crate::error::ApiError;
use crate::invoice::{
    BankAccountLine, BilledTo, InvoiceData, MoneySummary, PaymentLine, ServiceInfo, Stamp,
    StudioHeader,
};
use crate::repo;
use crate::studio_cache::Studio;

pub struct InvoicePdf {
    /// `INV-2026-00017.pdf`, or `ODR-2026-00042.pdf` before acceptance.
    pub file_name: String,
    pub bytes: actix_web::web::Bytes,
}

/// The next `INV-YYYY-NNNNN` of the studio's current year, from a counter in
/// the caller's transaction: numbers are gap-free because a rolled-back
/// acceptance rolls its number back too.
pub async fn next_number(
    txn: &DatabaseTransaction,
    now: DateTime<Utc>,
) -> Result<String, ApiError> {
    let settings = repo::settings::get(txn).await?;
    let year = now.with_timezone(&studio_tz(&settings.timezone)).year();
    let seq = next_counter(txn, "invoice", year).await?;
    Ok(format!("INV-{year}-{seq:05}"))
}

fn time_of(minute: Option<i32>) -> Option<NaiveTime> {
    let m = u32::try_from(minute?).ok()?;
    NaiveTime::from_hms_opt(m / 60, m % 60, 0)
}

/// Everything the PDF prints, as the booking and the studio stand now.
pub async fn load(db: &impl ConnectionTrait, booking_id: Uuid) -> Result<InvoiceData, ApiError> {
    let b = repo::bookings::find(db, booking_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let client = repo::users::find(db, b.client_id).await?;
    load_for(db, &b, client.as_ref(), &Studio::read(db).await?).await
}

/// [`load`] for a booking row and its client already read, with the
/// studio's details from the caller (`studio_cache`).
pub async fn load_for(
    db: &impl ConnectionTrait,
    b: &crate::entities::bookings::Model,
    client: Option<&crate::entities::users::Model>,
    studio: &Studio,
) -> Result<InvoiceData, ApiError> {
    let payments = repo::payments::for_booking(db, b.id).await?;
    let Studio { settings, banks } = studio;
    let status = BookingStatus::parse(&b.status);
    let remaining = (b.total - b.paid).max(0);
    let stamp = match status {
        Some(BookingStatus::Cancelled) => Some(Stamp::Dibatalkan {
            note: Some(if b.invoice_number.is_some() {
                "Booking dibatalkan. Sesuai kebijakan studio, DP yang sudah dibayar tidak dapat dikembalikan.".into()
            } else {
                "Booking dibatalkan sebelum pembayaran disetujui.".into()
            }),
        }),
        Some(BookingStatus::Expired) => Some(Stamp::Dibatalkan {
            note: Some("Pembayaran tidak diterima sebelum batas waktu; slot telah dilepas.".into()),
        }),
        Some(BookingStatus::Accepted | BookingStatus::Done) if remaining == 0 => Some(Stamp::Lunas),
        _ => None,
    };
    let time = match (b.full_day, time_of(b.start_minute), time_of(b.end_minute)) {
        (false, Some(start), Some(end)) => Some((start, end)),
        _ => None,
    };
    Ok(InvoiceData {
        studio: StudioHeader {
            name: settings.name.clone(),
            address: settings.address.clone(),
            email: settings.email.clone(),
            phone: settings.phone.clone(),
        },
        number: b.invoice_number.clone(),
        booking_code: b.code.clone(),
        issued_at: b.invoiced_at.unwrap_or(b.created_at).to_utc(),
        due: match status {
            Some(BookingStatus::WaitingPayment) => b.payment_deadline.map(|d| d.to_utc()),
            _ => None,
        },
        billed_to: BilledTo {
            full_name: client.map(|c| c.full_name.clone()).unwrap_or_default(),
            email: client.map(|c| c.email.clone()).unwrap_or_default(),
            phone: client.map(|c| c.phone.clone()).unwrap_or_default(),
        },
        service: ServiceInfo {
            kind_label: ServiceKind::parse(&b.service_kind)
                .map_or_else(|| b.service_kind.clone(), |k| k.label_id().to_owned()),
            package_name: b.package_name.clone(),
            event_date: b.event_date,
            time,
            location: b.location.clone(),
            notes: b.notes.clone(),
        },
        money: MoneySummary {
            total: b.total,
            dp_percent: settings.dp_percent,
            dp_amount: b.dp_amount,
            paid: b.paid,
            remaining,
        },
        payments: payments
            .iter()
            .filter(|p| p.status != PaymentStatus::Rejected.as_str())
            .map(|p| PaymentLine {
                date: p.created_at.to_utc(),
                kind_label: PaymentKind::parse(&p.kind)
                    .map_or_else(|| p.kind.clone(), |k| k.label_id().to_owned()),
                amount: p.amount,
                status_label: PaymentStatus::parse(&p.status)
                    .map_or_else(|| p.status.clone(), |s| s.label_id().to_owned()),
            })
            .collect(),
        bank_accounts: banks
            .iter()
            .map(|a| BankAccountLine {
                bank: a.bank.clone(),
                account_number: a.account_number.clone(),
                holder: a.holder_name.clone(),
            })
            .collect(),
        stamp,
    })
}

pub async fn render_for(
    db: &impl ConnectionTrait,
    booking_id: Uuid,
) -> Result<InvoicePdf, ApiError> {
    render(load(db, booking_id).await?).await
}

/// The PDF of a booking row and its client already read (and checked by
/// the caller).
pub async fn render_for_row(
    db: &impl ConnectionTrait,
    b: &crate::entities::bookings::Model,
    client: Option<&crate::entities::users::Model>,
    studio: &Studio,
) -> Result<InvoicePdf, ApiError> {
    render(load_for(db, b, client, studio).await?).await
}

async fn render(data: InvoiceData) -> Result<InvoicePdf, ApiError> {
    let file_name = format!(
        "{}.pdf",
        data.number.as_deref().unwrap_or(&data.booking_code)
    );
    let bytes = crate::invoice::cache::render(data)
        .await
        .map_err(ApiError::Internal)?;
    Ok(InvoicePdf { file_name, bytes })
}
