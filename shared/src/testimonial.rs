//! Testimonials: a client reviews a finished (`done`) booking once; it shows
//! publicly after an admin approves it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{FieldErrors, ServiceKind};

pub const TEXT_MIN: usize = 10;
pub const TEXT_MAX: usize = 2000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TestimonialStatus {
    /// Waiting for an admin.
    Pending,
    /// Shown on the site.
    Approved,
    /// Kept, but not shown.
    Hidden,
}

impl TestimonialStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Hidden => "hidden",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Pending, Self::Approved, Self::Hidden]
            .into_iter()
            .find(|v| v.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Self::Pending => "Menunggu",
            Self::Approved => "Tampil",
            Self::Hidden => "Disembunyikan",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Self::Pending => "Pending",
            Self::Approved => "Shown",
            Self::Hidden => "Hidden",
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

/// `POST /api/v1/bookings/{id}/review` (the booking's client, once, after
/// the shoot is done).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewInput {
    /// 1–5 stars.
    pub rating: u8,
    /// 10–2,000 characters.
    pub text: String,
}

impl ReviewInput {
    /// The trimmed text, or the fields in error.
    pub fn validate(&self) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::new();
        if !(1..=5).contains(&self.rating) {
            errors.insert("rating".into(), "Pilih 1 sampai 5 bintang.".into());
        }
        let text = self.text.trim().to_owned();
        let n = text.chars().count();
        if n < TEXT_MIN {
            errors.insert(
                "text".into(),
                "Ceritakan sedikit lebih banyak (minimal 10 karakter).".into(),
            );
        } else if n > TEXT_MAX {
            errors.insert("text".into(), "Ulasan maksimal 2.000 karakter.".into());
        } else if text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r')
        {
            errors.insert(
                "text".into(),
                "Ulasan berisi karakter yang tidak diizinkan.".into(),
            );
        }
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(errors)
        }
    }
}

/// A testimonial as the public site shows it: the client's first name and
/// initial only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Testimonial {
    pub id: Uuid,
    /// "Sari D."
    pub author: String,
    pub service_kind: ServiceKind,
    pub rating: u8,
    pub text: String,
    pub status: TestimonialStatus,
    pub created_at: DateTime<Utc>,
}

/// A testimonial in the back office: with its booking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TestimonialAdmin {
    pub testimonial: Testimonial,
    pub booking_id: Uuid,
    pub booking_code: String,
    pub client_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TestimonialPage {
    pub items: Vec<Testimonial>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TestimonialAdminPage {
    pub items: Vec<TestimonialAdmin>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

/// "Sari D." from "Sari Dewi Lestari"; a one-word name stays whole.
pub fn public_author(full_name: &str) -> String {
    let mut words = full_name.split_whitespace();
    let first = words.next().unwrap_or("Klien");
    match words.next().and_then(|w| w.chars().next()) {
        Some(initial) => format!("{first} {}.", initial.to_uppercase()),
        None => first.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authors_are_first_name_and_initial() {
        assert_eq!(public_author("Sari Dewi Lestari"), "Sari D.");
        assert_eq!(public_author("  budi  "), "budi");
        assert_eq!(public_author("Rina élan"), "Rina É.");
        assert_eq!(public_author(""), "Klien");
    }

    #[test]
    fn reviews_need_stars_and_words() {
        let ok = ReviewInput {
            rating: 5,
            text: "  Hasil fotonya indah sekali! ".into(),
        };
        assert_eq!(ok.validate().unwrap(), "Hasil fotonya indah sekali!");
        let bad = ReviewInput {
            rating: 0,
            text: "ok".into(),
        };
        let e = bad.validate().unwrap_err();
        assert!(e.contains_key("rating") && e.contains_key("text"));
    }
}
