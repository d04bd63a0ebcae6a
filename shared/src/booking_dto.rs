//! Request and response bodies of the booking and availability endpoints.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::booking::{BookingStatus, ServiceKind};
use crate::money::Rupiah;
use crate::FieldErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentOption {
    /// Down payment now (settings percentage), the balance before the event.
    Dp,
    /// Everything now ("Lunas").
    Full,
}

impl PaymentOption {
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentOption::Dp => "dp",
            PaymentOption::Full => "full",
        }
    }

    pub fn parse(s: &str) -> Option<PaymentOption> {
        match s {
            "dp" => Some(PaymentOption::Dp),
            "full" => Some(PaymentOption::Full),
            _ => None,
        }
    }
}

/// A new booking. The price comes from the package and the settings, never from here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateBookingRequest {
    pub package_id: Uuid,
    /// `YYYY-MM-DD`, studio local date.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub event_date: NaiveDate,
    /// `HH:MM`, studio local time; required for timed packages, ignored for full-day ones.
    #[serde(default)]
    pub start_time: Option<String>,
    pub location: String,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
    #[serde(default)]
    pub notes: Option<String>,
    pub payment_option: PaymentOption,
}

/// The parts of a booking request that can be checked without the database.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidBookingRequest {
    pub start_minute: Option<u32>,
    pub location: String,
    pub coordinates: Option<(f64, f64)>,
    pub notes: Option<String>,
}

impl CreateBookingRequest {
    pub fn validate(&self) -> Result<ValidBookingRequest, FieldErrors> {
        let mut errors = FieldErrors::new();
        let start_minute = match self
            .start_time
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(t) => match parse_hhmm(t) {
                Some(m) => Some(m),
                None => {
                    errors.insert(
                        "start_time".into(),
                        "Jam mulai tidak valid, contoh: 09:00.".into(),
                    );
                    None
                }
            },
        };
        let location = self.location.trim().to_owned();
        if location.chars().count() < 3 || location.chars().count() > 300 {
            errors.insert(
                "location".into(),
                "Lokasi acara wajib diisi (3–300 karakter).".into(),
            );
        }
        let coordinates = match (self.latitude, self.longitude) {
            (None, None) => None,
            (Some(lat), Some(lng))
                if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lng) =>
            {
                Some((lat, lng))
            }
            _ => {
                errors.insert("latitude".into(), "Koordinat peta tidak valid.".into());
                None
            }
        };
        let notes = self
            .notes
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned);
        if notes.as_ref().is_some_and(|n| n.chars().count() > 2000) {
            errors.insert("notes".into(), "Catatan maksimal 2000 karakter.".into());
        }
        if errors.is_empty() {
            Ok(ValidBookingRequest {
                start_minute,
                location,
                coordinates,
                notes,
            })
        } else {
            Err(errors)
        }
    }
}

/// `HH:MM` (24-hour) to minutes after midnight.
pub fn parse_hhmm(s: &str) -> Option<u32> {
    let t = NaiveTime::parse_from_str(s.trim(), "%H:%M").ok()?;
    Some(chrono::Timelike::hour(&t) * 60 + chrono::Timelike::minute(&t))
}

/// Minutes after midnight to `HH:MM`; 1440 is `24:00`.
pub fn format_hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingPackage {
    pub id: Uuid,
    pub service_kind: ServiceKind,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingClient {
    pub id: Uuid,
    pub full_name: String,
    pub email: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Booking {
    pub id: Uuid,
    /// `ODR-2026-00042`
    pub code: String,
    /// `INV-2026-00017`, given when the booking is first accepted.
    pub invoice_number: Option<String>,
    pub status: BookingStatus,
    pub package: BookingPackage,
    pub client: BookingClient,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(serialize_with = "crate::wire_time::date")]
    pub event_date: NaiveDate,
    /// `HH:MM`, or null for full-day packages.
    pub start_time: Option<String>,
    pub end_time: Option<String>,
    pub full_day: bool,
    pub location: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub notes: Option<String>,
    pub payment_option: PaymentOption,
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub total: Rupiah,
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub dp_amount: Rupiah,
    /// What the client transfers first: the DP, or the total for "Lunas".
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub amount_due_now: Rupiah,
    /// Sum of approved payments.
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub paid: Rupiah,
    #[cfg_attr(feature = "openapi", schema(value_type = i64))]
    pub remaining: Rupiah,
    /// When an unpaid booking lets go of its slot.
    #[serde(serialize_with = "crate::wire_time::maybe_instant")]
    pub payment_deadline: Option<DateTime<Utc>>,
    /// After a rejected proof: until when a new one may be uploaded.
    #[serde(serialize_with = "crate::wire_time::maybe_instant")]
    pub reupload_until: Option<DateTime<Utc>>,
    #[serde(serialize_with = "crate::wire_time::instant")]
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingPage {
    pub items: Vec<Booking>,
    pub page: u64,
    pub per_page: u64,
    /// How many bookings match, counted at most [`BOOKING_COUNT_AHEAD`]
    /// past this page's start: a larger list is not counted to its end.
    pub total: u64,
    /// Whether more than `total` match (shown as "1.000+").
    #[serde(default)]
    pub total_capped: bool,
}

impl BookingPage {
    /// The count as a list shows it: `37`, or `1.000+` when counting
    /// stopped (`1,000+` in English).
    pub fn total_label(&self, english: bool) -> String {
        let n = crate::money::group_thousands(self.total, if english { ',' } else { '.' });
        if self.total_capped {
            format!("{n}+")
        } else {
            n
        }
    }
}

/// A booking list counts its matches this far past the page asked for,
/// so the cost of a page does not grow with the studio's history.
pub const BOOKING_COUNT_AHEAD: u64 = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DayState {
    Free,
    PartlyBooked,
    Full,
    Blocked,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimeRange {
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DayAvailability {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub date: NaiveDate,
    pub state: DayState,
    /// False before the earliest bookable day (no same-day booking).
    pub bookable: bool,
    /// Ranges with no place left, for picking a start time.
    pub full_ranges: Vec<TimeRange>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capped_count_reads_as_a_floor() {
        let page = |total, total_capped| BookingPage {
            items: vec![],
            page: 1,
            per_page: 20,
            total,
            total_capped,
        };
        assert_eq!(page(37, false).total_label(false), "37");
        assert_eq!(page(1000, true).total_label(false), "1.000+");
        assert_eq!(page(1000, true).total_label(true), "1,000+");
        assert_eq!(page(12_345, false).total_label(false), "12.345");
        // An older server's answer, without the flag, reads as exact.
        let old: BookingPage =
            serde_json::from_str(r#"{"items":[],"page":1,"per_page":20,"total":5}"#).unwrap();
        assert!(!old.total_capped);
    }

    fn req() -> CreateBookingRequest {
        CreateBookingRequest {
            package_id: Uuid::nil(),
            event_date: NaiveDate::from_ymd_opt(2026, 12, 9).unwrap(),
            start_time: Some("09:30".into()),
            location: "  Gereja HKBP Saribudolok ".into(),
            latitude: None,
            longitude: None,
            notes: Some("  ".into()),
            payment_option: PaymentOption::Dp,
        }
    }

    #[test]
    fn hhmm_round_trips() {
        assert_eq!(parse_hhmm("09:30"), Some(570));
        assert_eq!(parse_hhmm("24:00"), None);
        assert_eq!(parse_hhmm("9.30"), None);
        assert_eq!(format_hhmm(570), "09:30");
        assert_eq!(format_hhmm(1440), "24:00");
    }

    #[test]
    fn a_booking_request_is_cleaned() {
        let v = req().validate().unwrap();
        assert_eq!(v.start_minute, Some(570));
        assert_eq!(v.location, "Gereja HKBP Saribudolok");
        assert_eq!(v.notes, None);
    }

    #[test]
    fn bad_booking_requests_name_their_fields() {
        let bad = CreateBookingRequest {
            start_time: Some("25:00".into()),
            location: "x".into(),
            latitude: Some(100.0),
            longitude: None,
            ..req()
        };
        let e = bad.validate().unwrap_err();
        for f in ["start_time", "location", "latitude"] {
            assert!(e.contains_key(f), "{f}");
        }
    }
}

/// A day or a time range the studio closes (holiday, private event).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Block {
    pub id: Uuid,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub date: NaiveDate,
    /// `HH:MM`; both null when the whole day is closed.
    pub start_time: Option<String>,
    pub end_time: Option<String>,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BlockInput {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub date: NaiveDate,
    #[serde(default)]
    pub start_time: Option<String>,
    #[serde(default)]
    pub end_time: Option<String>,
    pub reason: String,
}

impl BlockInput {
    /// The range in minutes (`None` for the whole day) and the trimmed reason.
    pub fn validate(&self) -> Result<(Option<(u32, u32)>, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let reason = self.reason.trim().to_owned();
        if reason.is_empty() || reason.chars().count() > 200 {
            errors.insert(
                "reason".into(),
                "Tuliskan alasan (maks. 200 karakter).".into(),
            );
        }
        let blank = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
        };
        let range = match (blank(&self.start_time), blank(&self.end_time)) {
            (None, None) => None,
            (Some(s), Some(e)) => match (
                parse_hhmm(&s),
                if e == "24:00" {
                    Some(1440)
                } else {
                    parse_hhmm(&e)
                },
            ) {
                (Some(s), Some(e)) if s < e => Some((s, e)),
                _ => {
                    errors.insert(
                        "end_time".into(),
                        "Jam selesai harus setelah jam mulai.".into(),
                    );
                    None
                }
            },
            _ => {
                errors.insert(
                    "start_time".into(),
                    "Isi jam mulai dan selesai, atau kosongkan keduanya untuk sehari penuh.".into(),
                );
                None
            }
        };
        if errors.is_empty() {
            Ok((range, reason))
        } else {
            Err(errors)
        }
    }
}
