//! Packages, bank accounts and studio settings: what the studio offers and
//! the rules bookings follow.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::booking::ServiceKind;
use crate::money::Rupiah;
use crate::FieldErrors;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Package {
    pub id: Uuid,
    pub service_kind: ServiceKind,
    pub name: String,
    pub description: String,
    pub inclusions: Vec<String>,
    /// Whole rupiah.
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub price: Rupiah,
    /// Occupies the whole day; otherwise `duration_hours` from a start time.
    pub full_day: bool,
    pub duration_hours: Option<i32>,
    pub active: bool,
    pub sort_order: i32,
}

/// Create or replace a package (admin).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PackageInput {
    pub service_kind: ServiceKind,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub inclusions: Vec<String>,
    pub price: i64,
    pub full_day: bool,
    #[serde(default)]
    pub duration_hours: Option<i32>,
    #[serde(default = "yes")]
    pub active: bool,
    #[serde(default)]
    pub sort_order: i32,
}

fn yes() -> bool {
    true
}

impl PackageInput {
    /// Trims text and checks the rules; the cleaned input or per-field errors.
    pub fn validate(&self) -> Result<PackageInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = self.name.trim().to_owned();
        if name.chars().count() < 2 || name.chars().count() > 100 {
            errors.insert("name".into(), "Nama paket 2–100 karakter.".into());
        }
        let description = self.description.trim().to_owned();
        if description.chars().count() > 2000 {
            errors.insert(
                "description".into(),
                "Deskripsi maksimal 2000 karakter.".into(),
            );
        }
        let inclusions: Vec<String> = self
            .inclusions
            .iter()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        if inclusions.len() > 40 || inclusions.iter().any(|s| s.chars().count() > 200) {
            errors.insert(
                "inclusions".into(),
                "Maksimal 40 item, masing-masing 200 karakter.".into(),
            );
        }
        if self.price <= 0 || self.price > 10_000_000_000 {
            errors.insert("price".into(), "Harga harus lebih dari Rp 0.".into());
        }
        let duration_hours = if self.full_day {
            None
        } else {
            match self.duration_hours {
                Some(h) if (1..=16).contains(&h) => Some(h),
                _ => {
                    errors.insert(
                        "duration_hours".into(),
                        "Isi durasi 1–16 jam, atau pilih sepanjang hari.".into(),
                    );
                    None
                }
            }
        };
        if errors.is_empty() {
            Ok(PackageInput {
                name,
                description,
                inclusions,
                duration_hours,
                ..self.clone()
            })
        } else {
            Err(errors)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BankAccount {
    pub id: Uuid,
    /// e.g. `BCA`, `BRI`, `Mandiri`.
    pub bank: String,
    /// Digits only.
    pub account_number: String,
    pub holder_name: String,
    pub active: bool,
    pub sort_order: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BankAccountInput {
    pub bank: String,
    /// Spaces and dashes are removed; the rest must be digits.
    pub account_number: String,
    pub holder_name: String,
    #[serde(default = "yes")]
    pub active: bool,
    #[serde(default)]
    pub sort_order: i32,
}

impl BankAccountInput {
    pub fn validate(&self) -> Result<BankAccountInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let bank = self.bank.trim().to_owned();
        if bank.is_empty() || bank.chars().count() > 50 {
            errors.insert(
                "bank".into(),
                "Nama bank wajib diisi (maks. 50 karakter).".into(),
            );
        }
        let number: String = self
            .account_number
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '.'))
            .collect();
        if !(5..=20).contains(&number.len()) || !number.chars().all(|c| c.is_ascii_digit()) {
            errors.insert("account_number".into(), "Nomor rekening 5–20 angka.".into());
        }
        let holder = self.holder_name.trim().to_owned();
        if holder.chars().count() < 2 || holder.chars().count() > 100 {
            errors.insert(
                "holder_name".into(),
                "Nama pemilik rekening 2–100 karakter.".into(),
            );
        }
        if errors.is_empty() {
            Ok(BankAccountInput {
                bank,
                account_number: number,
                holder_name: holder,
                ..self.clone()
            })
        } else {
            Err(errors)
        }
    }
}

/// The studio's settings; the superadmin edits them. Fields added later take
/// their defaults when a stored row lacks them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct StudioSettings {
    pub name: String,
    pub address: String,
    pub email: String,
    pub phone: String,
    /// IANA name, default `Asia/Jakarta` (WIB).
    pub timezone: String,
    /// Down payment, percent of the total (1–100, default 15).
    pub dp_percent: u8,
    /// Minutes a new booking waits for its first proof (default 60).
    pub payment_deadline_minutes: u32,
    /// Minutes to upload again after a rejected proof (default 60).
    pub reupload_window_minutes: u32,
    /// Bookings that may overlap at any instant (default 1).
    pub capacity: u32,
    /// Earliest event date, in days after today (default 1: "H+1").
    pub min_lead_days: u32,
    /// The balance is due this many days before the event (default 7).
    pub balance_due_days: u32,
    /// The balance reminder goes out this many days before it is due (default 3).
    pub balance_reminder_days: u32,
    /// Also send notifications by WhatsApp (needs the gateway configured on
    /// the server: `APP_WHATSAPP__URL`, `APP_WHATSAPP__TOKEN`). Off by default.
    pub whatsapp_enabled: bool,
}

impl Default for StudioSettings {
    fn default() -> Self {
        StudioSettings {
            name: "Aruna Moment".into(),
            address: "Saribudolok, Simalungun, Sumatera Utara".into(),
            email: "halo@arunamoment.id".into(),
            phone: "+6281200000001".into(),
            timezone: "Asia/Jakarta".into(),
            dp_percent: 15,
            payment_deadline_minutes: 60,
            reupload_window_minutes: 60,
            capacity: 1,
            min_lead_days: 1,
            balance_due_days: 7,
            balance_reminder_days: 3,
            whatsapp_enabled: false,
        }
    }
}

impl StudioSettings {
    /// Checks ranges; the timezone itself is checked by the server, which has
    /// the time zone database.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        if self.name.trim().is_empty() {
            errors.insert("name".into(), "Nama studio wajib diisi.".into());
        }
        if crate::Email::parse(&self.email).is_err() {
            errors.insert("email".into(), "Email studio tidak valid.".into());
        }
        if crate::Phone::parse(&self.phone).is_err() {
            errors.insert("phone".into(), "Nomor WhatsApp studio tidak valid.".into());
        }
        if !(1..=100).contains(&self.dp_percent) {
            errors.insert("dp_percent".into(), "DP antara 1 dan 100 persen.".into());
        }
        if !(5..=10_080).contains(&self.payment_deadline_minutes) {
            errors.insert(
                "payment_deadline_minutes".into(),
                "Batas bayar 5 menit – 7 hari.".into(),
            );
        }
        if !(5..=10_080).contains(&self.reupload_window_minutes) {
            errors.insert(
                "reupload_window_minutes".into(),
                "Jendela unggah ulang 5 menit – 7 hari.".into(),
            );
        }
        if !(1..=50).contains(&self.capacity) {
            errors.insert("capacity".into(), "Kapasitas kru 1–50.".into());
        }
        if self.min_lead_days < 1 || self.min_lead_days > 365 {
            errors.insert(
                "min_lead_days".into(),
                "Minimal H+1, maksimal 365 hari.".into(),
            );
        }
        if self.balance_due_days > 365 {
            errors.insert("balance_due_days".into(), "Maksimal 365 hari.".into());
        }
        if self.balance_reminder_days > 60 {
            errors.insert("balance_reminder_days".into(), "Maksimal 60 hari.".into());
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pkg() -> PackageInput {
        PackageInput {
            service_kind: ServiceKind::Portrait,
            name: "  Potret Keluarga ".into(),
            description: "".into(),
            inclusions: vec![" 20 foto edit ".into(), "".into()],
            price: 750_000,
            full_day: false,
            duration_hours: Some(2),
            active: true,
            sort_order: 0,
        }
    }

    #[test]
    fn package_input_is_cleaned() {
        let ok = pkg().validate().unwrap();
        assert_eq!(ok.name, "Potret Keluarga");
        assert_eq!(ok.inclusions, vec!["20 foto edit"]);
        let full = PackageInput {
            full_day: true,
            duration_hours: Some(3),
            ..pkg()
        }
        .validate()
        .unwrap();
        assert_eq!(full.duration_hours, None);
    }

    #[test]
    fn package_input_rules() {
        for (case, bad, field) in [
            ("zero price", PackageInput { price: 0, ..pkg() }, "price"),
            (
                "timed without hours",
                PackageInput {
                    duration_hours: None,
                    ..pkg()
                },
                "duration_hours",
            ),
            (
                "too long",
                PackageInput {
                    duration_hours: Some(30),
                    ..pkg()
                },
                "duration_hours",
            ),
            (
                "no name",
                PackageInput {
                    name: " ".into(),
                    ..pkg()
                },
                "name",
            ),
        ] {
            assert!(bad.validate().unwrap_err().contains_key(field), "{case}");
        }
    }

    #[test]
    fn bank_numbers_keep_digits_only() {
        let b = BankAccountInput {
            bank: " BCA ".into(),
            account_number: "123-456 7890".into(),
            holder_name: "Aruna Moment".into(),
            active: true,
            sort_order: 0,
        };
        assert_eq!(b.validate().unwrap().account_number, "1234567890");
        let bad = BankAccountInput {
            account_number: "12ab".into(),
            ..b
        };
        assert!(bad.validate().unwrap_err().contains_key("account_number"));
    }

    #[test]
    fn default_settings_are_valid() {
        assert!(StudioSettings::default().validate().is_ok());
        let bad = StudioSettings {
            dp_percent: 0,
            capacity: 0,
            ..StudioSettings::default()
        };
        let e = bad.validate().unwrap_err();
        assert!(e.contains_key("dp_percent") && e.contains_key("capacity"));
    }
}
