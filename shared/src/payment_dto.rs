//! Payments, their review, and the other booking actions' bodies.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::booking::BookingStatus;
use crate::money::Rupiah;

/// Largest proof file accepted.
pub const MAX_PROOF_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentKind {
    /// The down payment.
    Dp,
    /// Everything at once ("Lunas").
    Full,
    /// What remains after the DP ("pelunasan").
    Balance,
}

impl PaymentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentKind::Dp => "dp",
            PaymentKind::Full => "full",
            PaymentKind::Balance => "balance",
        }
    }

    pub fn parse(s: &str) -> Option<PaymentKind> {
        match s {
            "dp" => Some(PaymentKind::Dp),
            "full" => Some(PaymentKind::Full),
            "balance" => Some(PaymentKind::Balance),
            _ => None,
        }
    }

    pub fn label_id(self) -> &'static str {
        match self {
            PaymentKind::Dp => "DP",
            PaymentKind::Full => "Lunas",
            PaymentKind::Balance => "Pelunasan",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            PaymentKind::Dp => "Down payment",
            PaymentKind::Full => "Paid in full",
            PaymentKind::Balance => "Balance",
        }
    }

    /// The label in English or, by default, Indonesian.
    pub fn label(self, english: bool) -> &'static str {
        if english {
            self.label_en()
        } else {
            self.label_id()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentStatus {
    Pending,
    Approved,
    Rejected,
}

impl PaymentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentStatus::Pending => "pending",
            PaymentStatus::Approved => "approved",
            PaymentStatus::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<PaymentStatus> {
        match s {
            "pending" => Some(PaymentStatus::Pending),
            "approved" => Some(PaymentStatus::Approved),
            "rejected" => Some(PaymentStatus::Rejected),
            _ => None,
        }
    }

    pub fn label_id(self) -> &'static str {
        match self {
            PaymentStatus::Pending => "Menunggu pemeriksaan",
            PaymentStatus::Approved => "Disetujui",
            PaymentStatus::Rejected => "Ditolak",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            PaymentStatus::Pending => "Awaiting review",
            PaymentStatus::Approved => "Approved",
            PaymentStatus::Rejected => "Rejected",
        }
    }

    /// The label in English or, by default, Indonesian.
    pub fn label(self, english: bool) -> &'static str {
        if english {
            self.label_en()
        } else {
            self.label_id()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Payment {
    pub id: Uuid,
    pub booking_id: Uuid,
    pub booking_code: String,
    pub kind: PaymentKind,
    /// Set from the booking, never by the client.
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub amount: Rupiah,
    pub bank_account_id: Uuid,
    pub status: PaymentStatus,
    /// Why it was rejected.
    pub reason: Option<String>,
    /// `GET` this (with the bearer token) for the proof file.
    pub proof_url: String,
    pub proof_content_type: String,
    pub created_at: DateTime<Utc>,
    pub reviewed_at: Option<DateTime<Utc>>,
}

/// A proof waiting for the crew, with what they need to judge it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewItem {
    pub payment: Payment,
    pub client_name: String,
    pub client_phone: String,
    pub package_name: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub event_date: NaiveDate,
    pub booking_status: BookingStatus,
    pub bank: String,
    pub account_number: String,
}

/// One page of the review queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewPage {
    pub items: Vec<ReviewItem>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RejectPaymentRequest {
    /// Shown to the client: what was wrong and what to send instead.
    pub reason: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingActionRequest {
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingEvent {
    pub from_status: Option<BookingStatus>,
    pub to_status: BookingStatus,
    pub actor_role: Option<crate::Role>,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    Cancel,
    Reschedule,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    Pending,
    Approved,
    Declined,
}

/// Ask the studio to cancel or move an accepted booking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateRequestBody {
    pub kind: RequestKind,
    pub reason: String,
    /// Reschedule only: the new date.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub new_date: Option<NaiveDate>,
    /// Reschedule of a timed package: the new start, `HH:MM`.
    #[serde(default)]
    pub new_start_time: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingRequest {
    pub id: Uuid,
    pub booking_id: Uuid,
    pub booking_code: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub reason: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub new_date: Option<NaiveDate>,
    pub new_start_time: Option<String>,
    pub decision_note: Option<String>,
    pub created_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecideRequestBody {
    /// Shown to the client; required when declining.
    #[serde(default)]
    pub note: Option<String>,
}
