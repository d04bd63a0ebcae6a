//! The studio's own words and pictures on the public site: hero slides on the
//! home page, the about text and photo, FAQ entries and contact details.
//! Admins edit them; `GET /api/v1/site` serves them to everyone.
//!
//! Texts are Indonesian first; each has an optional English version that the
//! site shows to visitors who chose English (falling back to Indonesian).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Email, FieldErrors, Phone};

/// Hero slides on the home page, at most.
pub const MAX_HERO_SLIDES: usize = 8;
pub const CAPTION_MAX: usize = 120;
pub const ABOUT_MIN: usize = 20;
pub const ABOUT_MAX: usize = 4000;
pub const QUESTION_MIN: usize = 5;
pub const QUESTION_MAX: usize = 200;
pub const ANSWER_MIN: usize = 5;
pub const ANSWER_MAX: usize = 2000;
pub const FAQ_MAX: usize = 50;

/// A processed photo: display size (≤ 1600 px) and a 480 px thumbnail, both
/// JPEG under content-hashed names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SitePhoto {
    /// `/media/site/<hash>-<id>.jpg`
    pub url: String,
    pub thumb_url: String,
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HeroSlide {
    pub id: Uuid,
    pub photo: SitePhoto,
    /// Indonesian caption, may be empty.
    pub caption: String,
    /// English caption, empty when not translated.
    pub caption_en: String,
    pub position: i32,
}

/// `PATCH /api/v1/site/hero/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaptionInput {
    #[serde(default)]
    pub caption: String,
    #[serde(default)]
    pub caption_en: String,
}

impl CaptionInput {
    /// Trimmed captions, or the field errors.
    pub fn validate(&self) -> Result<CaptionInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let caption = short_text(&self.caption, 0, CAPTION_MAX, "caption", &mut errors);
        let caption_en = short_text(&self.caption_en, 0, CAPTION_MAX, "caption_en", &mut errors);
        done(
            errors,
            CaptionInput {
                caption,
                caption_en,
            },
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AboutContent {
    /// Indonesian, paragraphs separated by blank lines.
    pub text: String,
    /// English, empty when not translated.
    pub text_en: String,
    pub photo: Option<SitePhoto>,
}

/// `PUT /api/v1/site/about`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AboutInput {
    pub text: String,
    #[serde(default)]
    pub text_en: String,
}

impl AboutInput {
    pub fn validate(&self) -> Result<AboutInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let text = long_text(&self.text, ABOUT_MIN, ABOUT_MAX, "text", &mut errors);
        let text_en = if self.text_en.trim().is_empty() {
            String::new()
        } else {
            long_text(&self.text_en, ABOUT_MIN, ABOUT_MAX, "text_en", &mut errors)
        };
        done(errors, AboutInput { text, text_en })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FaqEntry {
    pub id: Uuid,
    pub question: String,
    pub answer: String,
    /// English, empty when not translated.
    pub question_en: String,
    pub answer_en: String,
    pub position: i32,
}

/// `POST /api/v1/site/faq`, `PUT /api/v1/site/faq/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FaqInput {
    pub question: String,
    pub answer: String,
    #[serde(default)]
    pub question_en: String,
    #[serde(default)]
    pub answer_en: String,
}

impl FaqInput {
    /// Trimmed texts, or the field errors. The English pair is all or nothing.
    pub fn validate(&self) -> Result<FaqInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let question = short_text(
            &self.question,
            QUESTION_MIN,
            QUESTION_MAX,
            "question",
            &mut errors,
        );
        let answer = long_text(&self.answer, ANSWER_MIN, ANSWER_MAX, "answer", &mut errors);
        let (q_en, a_en) = (self.question_en.trim(), self.answer_en.trim());
        let (question_en, answer_en) = match (q_en.is_empty(), a_en.is_empty()) {
            (true, true) => (String::new(), String::new()),
            (false, true) => {
                errors.insert(
                    "answer_en".into(),
                    "Isi juga jawabannya dalam bahasa Inggris, atau kosongkan keduanya.".into(),
                );
                (String::new(), String::new())
            }
            (true, false) => {
                errors.insert(
                    "question_en".into(),
                    "Isi juga pertanyaannya dalam bahasa Inggris, atau kosongkan keduanya.".into(),
                );
                (String::new(), String::new())
            }
            (false, false) => (
                short_text(q_en, QUESTION_MIN, QUESTION_MAX, "question_en", &mut errors),
                long_text(a_en, ANSWER_MIN, ANSWER_MAX, "answer_en", &mut errors),
            ),
        };
        done(
            errors,
            FaqInput {
                question,
                answer,
                question_en,
                answer_en,
            },
        )
    }
}

/// New order of hero slides or FAQ entries: every id exactly once.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SiteOrder {
    pub ids: Vec<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactDetails {
    /// E.164, `+6285740109107`.
    pub whatsapp: String,
    /// `https://wa.me/6285740109107`.
    pub whatsapp_url: String,
    pub email: String,
    pub address: String,
    /// Opening hours in Indonesian, e.g. `Senin – Jumat, 09.00 – 17.00 WIB`.
    pub hours: String,
    pub hours_en: String,
    /// Instagram handle without `@`, may be empty.
    pub instagram: String,
    /// A map link (https), may be empty.
    pub maps_url: String,
}

/// `PUT /api/v1/site/contact`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactInput {
    /// Any common form: `0857 4010 9107`, `+62 857…`.
    pub whatsapp: String,
    pub email: String,
    pub address: String,
    pub hours: String,
    #[serde(default)]
    pub hours_en: String,
    #[serde(default)]
    pub instagram: String,
    #[serde(default)]
    pub maps_url: String,
}

impl ContactInput {
    /// Normalised details (phone in E.164, lower-case email, handle without
    /// `@`), or the field errors.
    pub fn validate(&self) -> Result<ContactDetails, FieldErrors> {
        let mut errors = FieldErrors::new();
        let whatsapp = Phone::parse(&self.whatsapp)
            .map_err(|e| errors.insert("whatsapp".into(), e.into()))
            .ok();
        let email = Email::parse(&self.email)
            .map_err(|e| errors.insert("email".into(), e.into()))
            .ok();
        let address = short_text(&self.address, 5, 200, "address", &mut errors);
        let hours = short_text(&self.hours, 5, 120, "hours", &mut errors);
        let hours_en = short_text(&self.hours_en, 0, 120, "hours_en", &mut errors);
        let instagram = self.instagram.trim().trim_start_matches('@').to_owned();
        if !instagram.is_empty()
            && (instagram.len() > 30
                || !instagram
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_'))
        {
            errors.insert(
                "instagram".into(),
                "Tulis nama akun Instagram saja, contoh: arunamoment.".into(),
            );
        }
        let maps_url = self.maps_url.trim().to_owned();
        if !maps_url.is_empty()
            && (!maps_url.starts_with("https://")
                || maps_url.len() > 500
                || maps_url.chars().any(|c| c.is_whitespace() || c == '"'))
        {
            errors.insert(
                "maps_url".into(),
                "Tautan peta harus diawali https:// (salin dari Google Maps).".into(),
            );
        }
        match (whatsapp, email) {
            (Some(phone), Some(email)) if errors.is_empty() => Ok(ContactDetails {
                whatsapp_url: format!("https://wa.me/{}", phone.wa_digits()),
                whatsapp: phone.as_str().to_owned(),
                email: email.as_str().to_owned(),
                address,
                hours,
                hours_en,
                instagram,
                maps_url,
            }),
            _ => Err(errors),
        }
    }
}

impl Default for ContactDetails {
    /// The studio's details as its current site shows them.
    fn default() -> Self {
        ContactDetails {
            whatsapp: "+6285740109107".into(),
            whatsapp_url: "https://wa.me/6285740109107".into(),
            email: "arunapicturee@gmail.com".into(),
            address: "Saribudolok, Simalungun, Sumatera Utara 21167".into(),
            hours: "Senin – Jumat, 09.00 – 17.00 WIB".into(),
            hours_en: "Monday – Friday, 09:00 – 17:00 WIB (UTC+7)".into(),
            instagram: "initialh21".into(),
            maps_url: String::new(),
        }
    }
}

/// `GET /api/v1/site`: everything the public pages need in one response.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SiteContent {
    pub hero: Vec<HeroSlide>,
    pub about: AboutContent,
    pub faq: Vec<FaqEntry>,
    pub contact: ContactDetails,
}

/// The English text when there is one and English is wanted, else Indonesian.
pub fn pick<'a>(id: &'a str, en: &'a str, english: bool) -> &'a str {
    if english && !en.trim().is_empty() {
        en
    } else {
        id
    }
}

fn has_bad_chars(s: &str, multiline: bool) -> bool {
    s.chars()
        .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\r')))
}

fn checked(
    raw: &str,
    min: usize,
    max: usize,
    field: &str,
    multiline: bool,
    errors: &mut FieldErrors,
) -> String {
    let s = raw.trim().to_owned();
    let n = s.chars().count();
    let message = if n < min && n == 0 {
        Some("Wajib diisi.".to_owned())
    } else if n < min {
        Some(format!("Minimal {min} karakter."))
    } else if n > max {
        Some(format!("Maksimal {max} karakter."))
    } else if has_bad_chars(&s, multiline) {
        Some("Berisi karakter yang tidak diizinkan.".to_owned())
    } else {
        None
    };
    if let Some(m) = message {
        errors.insert(field.into(), m);
    }
    s
}

fn short_text(raw: &str, min: usize, max: usize, field: &str, e: &mut FieldErrors) -> String {
    checked(raw, min, max, field, false, e)
}

fn long_text(raw: &str, min: usize, max: usize, field: &str, e: &mut FieldErrors) -> String {
    checked(raw, min, max, field, true, e)
}

fn done<T>(errors: FieldErrors, value: T) -> Result<T, FieldErrors> {
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_details_are_normalised() {
        let input = ContactInput {
            whatsapp: "0857-4010-9107".into(),
            email: " Studio@Example.COM ".into(),
            address: "Saribudolok, Simalungun".into(),
            hours: "Senin – Jumat, 09.00 – 17.00 WIB".into(),
            hours_en: String::new(),
            instagram: "@arunamoment".into(),
            maps_url: "https://maps.app.goo.gl/abc".into(),
        };
        let c = input.validate().unwrap();
        assert_eq!(c.whatsapp, "+6285740109107");
        assert_eq!(c.whatsapp_url, "https://wa.me/6285740109107");
        assert_eq!(c.email, "studio@example.com");
        assert_eq!(c.instagram, "arunamoment");
    }

    #[test]
    fn bad_contact_details_name_their_fields() {
        let input = ContactInput {
            whatsapp: "12".into(),
            email: "nope".into(),
            address: "".into(),
            hours: "x".into(),
            hours_en: String::new(),
            instagram: "a b".into(),
            maps_url: "javascript:alert(1)".into(),
        };
        let e = input.validate().unwrap_err();
        for f in [
            "whatsapp",
            "email",
            "address",
            "hours",
            "instagram",
            "maps_url",
        ] {
            assert!(e.contains_key(f), "{f}: {e:?}");
        }
    }

    #[test]
    fn faq_english_is_all_or_nothing() {
        let mut f = FaqInput {
            question: "Apakah DP bisa dikembalikan?".into(),
            answer: "Tidak, DP hangus bila pesanan dibatalkan.".into(),
            question_en: "Is the DP refundable?".into(),
            answer_en: String::new(),
        };
        assert!(f.validate().unwrap_err().contains_key("answer_en"));
        f.answer_en = "No, the down payment is forfeited on cancellation.".into();
        assert_eq!(f.validate().unwrap().question_en, "Is the DP refundable?");
        f.question = "  ".into();
        assert_eq!(
            f.validate()
                .unwrap_err()
                .get("question")
                .map(String::as_str),
            Some("Wajib diisi.")
        );
    }

    #[test]
    fn about_and_captions_are_bounded() {
        let long = "a".repeat(ABOUT_MAX + 1);
        let e = AboutInput {
            text: long,
            text_en: String::new(),
        }
        .validate()
        .unwrap_err();
        assert!(e.contains_key("text"));
        let c = CaptionInput {
            caption: "Senja di Danau Toba\u{0007}".into(),
            caption_en: String::new(),
        };
        assert!(c.validate().unwrap_err().contains_key("caption"));
    }

    #[test]
    fn english_falls_back_to_indonesian() {
        assert_eq!(pick("Halo", "", true), "Halo");
        assert_eq!(pick("Halo", "Hello", true), "Hello");
        assert_eq!(pick("Halo", "Hello", false), "Halo");
    }
}
