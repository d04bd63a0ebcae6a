//! The booking invoice as a PDF, in Indonesian.
//!
//! [`InvoiceData`] is plain owned data with no database types, so the route
//! and the mailer gather it from whatever they hold and [`render`] stays a
//! pure function: same data, same bytes, testable without a database.

pub mod cache;
pub(crate) mod fonts;
mod render;
pub mod sample;
pub(crate) mod text;
pub(crate) mod text_codes;

#[cfg(test)]
mod tests;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

pub use render::render;

/// Everything printed on one invoice. Amounts are whole rupiah.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceData {
    pub studio: StudioHeader,
    /// `INV-2026-00042` once the booking is accepted. `None` prints a
    /// provisional bill ("TAGIHAN SEMENTARA") identified by the booking code.
    pub number: Option<String>,
    /// `ODR-2026-00042`.
    pub booking_code: String,
    /// Printed as the studio-local (WIB) date.
    pub issued_at: DateTime<Utc>,
    /// Payment deadline, printed with its WIB time.
    pub due: Option<DateTime<Utc>>,
    pub billed_to: BilledTo,
    pub service: ServiceInfo,
    pub money: MoneySummary,
    pub payments: Vec<PaymentLine>,
    pub bank_accounts: Vec<BankAccountLine>,
    pub stamp: Option<Stamp>,
}

/// The studio's name and contact details for the letterhead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StudioHeader {
    pub name: String,
    pub address: String,
    pub email: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BilledTo {
    pub full_name: String,
    pub email: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceInfo {
    /// The service kind as shown to clients, e.g. `Wedding`.
    pub kind_label: String,
    pub package_name: String,
    /// Studio-local date of the shoot.
    pub event_date: NaiveDate,
    /// Studio-local start and end; `None` for a full-day package
    /// ("Sepanjang Hari").
    pub time: Option<(NaiveTime, NaiveTime)>,
    pub location: String,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MoneySummary {
    pub total: i64,
    pub dp_percent: u8,
    pub dp_amount: i64,
    pub paid: i64,
    pub remaining: i64,
}

/// One payment received or claimed, in the order it should be listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentLine {
    /// When the payment was made (printed as the WIB date).
    pub date: DateTime<Utc>,
    /// `DP`, `Pelunasan` or `Lunas`.
    pub kind_label: String,
    pub amount: i64,
    /// e.g. `Disetujui`, `Menunggu Verifikasi`, `Ditolak`.
    pub status_label: String,
}

/// An account clients may transfer to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankAccountLine {
    pub bank: String,
    pub account_number: String,
    pub holder: String,
}

/// A status stamp across the top of the invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stamp {
    /// Fully paid and approved.
    Lunas,
    /// The booking was cancelled; `note` (the reason or refund terms) is
    /// printed under the stamp when given.
    Dibatalkan { note: Option<String> },
}
