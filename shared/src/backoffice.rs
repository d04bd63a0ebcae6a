//! The back office beyond the dashboard: staff and roles, clients, the audit
//! log, exports and the monthly report.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::auth::User;
use crate::booking_dto::Booking;
use crate::password::{check_full_name, check_password};
use crate::{BookingStatus, Role, ServiceKind};
use crate::{Email, FieldErrors, Phone};

/// `POST /api/v1/users` (superadmin): a crew account. Without a password the
/// person gets an invitation email with a link to choose one (valid 72 hours).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateStaff {
    pub full_name: String,
    pub email: String,
    pub phone: String,
    /// `staff`, `admin` or `superadmin`.
    pub role: Role,
    /// 8–128 characters; omit to send an invitation instead.
    #[serde(default)]
    pub password: Option<String>,
}

/// A [`CreateStaff`] that passed validation.
#[derive(Debug, Clone)]
pub struct ValidStaff {
    pub full_name: String,
    pub email: Email,
    pub phone: Phone,
    pub role: Role,
    pub password: Option<String>,
}

impl CreateStaff {
    pub fn validate(&self) -> Result<ValidStaff, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut note = |field: &str, r: Result<(), &'static str>| {
            if let Err(m) = r {
                errors.insert(field.into(), m.into());
            }
        };
        let full_name = check_full_name(&self.full_name);
        let email = Email::parse(&self.email);
        let phone = Phone::parse(&self.phone);
        note("full_name", full_name.as_ref().map(|_| ()).map_err(|m| *m));
        note("email", email.as_ref().map(|_| ()).map_err(|m| *m));
        note("phone", phone.as_ref().map(|_| ()).map_err(|m| *m));
        let password = self.password.as_deref().filter(|p| !p.is_empty());
        if let Some(p) = password {
            note("password", check_password(p));
        }
        if !self.role.is_crew() {
            note(
                "role",
                Err("Pilih peran kru: staff, admin atau superadmin."),
            );
        }
        match (full_name, email, phone) {
            (Ok(full_name), Ok(email), Ok(phone)) if errors.is_empty() => Ok(ValidStaff {
                full_name,
                email,
                phone,
                role: self.role,
                password: password.map(str::to_owned),
            }),
            _ => Err(errors),
        }
    }
}

/// `PATCH /api/v1/users/{id}` (superadmin). Changing the role or disabling
/// ends the account's sessions at once: its access and refresh tokens stop
/// working with the next request.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateUser {
    #[serde(default)]
    pub role: Option<Role>,
    #[serde(default)]
    pub active: Option<bool>,
}

/// A client in the back office list: totals from SQL aggregates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClientSummary {
    pub user: User,
    /// All bookings ever made, whatever their status.
    pub bookings: u64,
    /// Sum of approved payments, rupiah.
    pub total_paid: i64,
    /// The latest event date among the bookings.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub last_event_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClientPage {
    pub items: Vec<ClientSummary>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

/// `GET /api/v1/clients/{id}`: the client with every booking, newest event
/// first. The conversation is at `/api/v1/conversations/{id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClientDetail {
    pub summary: ClientSummary,
    pub bookings: Vec<Booking>,
}

/// One staff action. The log is append-only: no endpoint changes or removes
/// an entry, and the database refuses UPDATE and DELETE on the table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub actor_id: Option<Uuid>,
    /// The actor's name when the action happened.
    pub actor_name: String,
    pub actor_role: Role,
    /// One of [`AUDIT_ACTIONS`], e.g. `payment.approve`.
    pub action: String,
    /// `booking`, `payment`, `package`, `user`, …
    pub entity: String,
    pub entity_id: Option<String>,
    /// A human line, e.g. `ODR-2026-00042: DP Rp 1.500.000 disetujui`.
    pub summary: String,
    /// The changed fields before the action (JSON object), if any.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub before: Option<serde_json::Value>,
    /// The changed fields after the action (JSON object), if any.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub after: Option<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditPage {
    pub items: Vec<AuditEntry>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

/// Every action the audit log records, with its Indonesian label.
pub const AUDIT_ACTIONS: &[(&str, &str)] = &[
    ("booking.cancel", "Pesanan dibatalkan"),
    ("booking.complete", "Pesanan selesai"),
    ("payment.approve", "Pembayaran disetujui"),
    ("payment.reject", "Pembayaran ditolak"),
    ("request.approve", "Permintaan disetujui"),
    ("request.decline", "Permintaan ditolak"),
    ("package.create", "Paket dibuat"),
    ("package.update", "Paket diubah"),
    ("package.delete", "Paket dihapus"),
    ("bank_account.create", "Rekening dibuat"),
    ("bank_account.update", "Rekening diubah"),
    ("bank_account.delete", "Rekening dihapus"),
    ("portfolio.category", "Kategori portofolio dibuat"),
    ("portfolio.create", "Portofolio dibuat"),
    ("portfolio.update", "Portofolio diubah"),
    ("portfolio.delete", "Portofolio dihapus"),
    ("portfolio.image", "Foto portofolio diubah"),
    ("site.hero", "Gambar beranda diubah"),
    ("site.about", "Teks tentang kami diubah"),
    ("site.faq", "FAQ diubah"),
    ("site.contact", "Kontak diubah"),
    ("testimonial.decide", "Testimoni diputuskan"),
    ("testimonial.delete", "Testimoni dihapus"),
    ("block.create", "Jadwal ditutup"),
    ("block.delete", "Jadwal dibuka"),
    ("settings.update", "Pengaturan diubah"),
    ("user.create", "Akun kru dibuat"),
    ("user.update", "Akun diubah"),
    ("export.transactions", "Ekspor transaksi"),
    ("report.monthly", "Laporan bulanan"),
];

/// The Indonesian label of an audit action (the code itself if unknown).
pub fn audit_label(action: &str) -> &str {
    AUDIT_ACTIONS
        .iter()
        .find(|(code, _)| *code == action)
        .map_or(action, |(_, label)| label)
}

/// Bookings of one kind and status in the report month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KindStatusCount {
    pub kind: ServiceKind,
    pub status: BookingStatus,
    pub count: u64,
}

/// Approved payments for one service kind, this month and the month before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KindRevenue {
    pub kind: ServiceKind,
    pub amount: i64,
    pub previous: i64,
}

/// A payment in the report or the transactions export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportPayment {
    pub payment_id: Uuid,
    pub booking_code: String,
    pub client_name: String,
    pub kind: ServiceKind,
    /// `dp`, `full` or `balance`.
    pub payment_kind: String,
    pub amount: i64,
    pub approved_at: DateTime<Utc>,
}

/// `GET /api/v1/reports/monthly?month=YYYY-MM` (admin+): bookings are counted
/// by event date, revenue by approval time, both in the studio's timezone.
/// The same figures are in `monthly.pdf` and `monthly.xlsx`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthlyReport {
    /// `YYYY-MM`.
    pub month: String,
    pub previous_month: String,
    pub bookings_total: u64,
    pub bookings_total_previous: u64,
    pub revenue_total: i64,
    pub revenue_total_previous: i64,
    /// Non-zero pairs only, by kind then lifecycle order.
    pub bookings_by_kind_status: Vec<KindStatusCount>,
    /// Every kind, zeros included.
    pub revenue_by_kind: Vec<KindRevenue>,
    /// Payments approved in the month, in approval order.
    pub payments: Vec<ReportPayment>,
    pub generated_at: DateTime<Utc>,
}

/// Percentage change from `previous` to `now`, rounded; none when there was
/// nothing before.
pub fn change_percent(now: i64, previous: i64) -> Option<i64> {
    if previous == 0 {
        return None;
    }
    // Round half away from zero in integers: 2 * 100 * diff / previous, then halve.
    let twice = (i128::from(now) - i128::from(previous)) * 200 / i128::from(previous);
    let rounded = (twice + twice.signum()) / 2;
    i64::try_from(rounded).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_is_rounded_and_absent_without_a_base() {
        assert_eq!(change_percent(150, 100), Some(50));
        assert_eq!(change_percent(50, 100), Some(-50));
        assert_eq!(change_percent(1, 3), Some(-67));
        assert_eq!(change_percent(2, 3), Some(-33));
        assert_eq!(change_percent(10, 0), None);
    }

    #[test]
    fn every_action_has_a_label() {
        assert_eq!(audit_label("payment.approve"), "Pembayaran disetujui");
        assert_eq!(audit_label("unknown.thing"), "unknown.thing");
        let mut codes: Vec<_> = AUDIT_ACTIONS.iter().map(|(c, _)| *c).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), AUDIT_ACTIONS.len());
    }
}
