use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Per-field messages, keyed by the JSON field name.
pub type FieldErrors = BTreeMap<String, String>;

/// Every error code the API can answer with. Clients match on these, never on
/// the message text, so a code once shipped keeps its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The body or query did not parse (malformed JSON, wrong types).
    BadRequest,
    /// The request parsed but some fields are invalid; see `fields`.
    ValidationFailed,
    /// No valid credentials, or they expired.
    Unauthorized,
    /// Email/phone and password did not match an account.
    InvalidCredentials,
    /// The refresh or reset token is unknown, spent or expired.
    InvalidToken,
    /// Signed in, but the role may not do this.
    Forbidden,
    NotFound,
    /// The address exists, but not for this HTTP method.
    MethodNotAllowed,
    /// The email is already registered.
    EmailTaken,
    /// The phone number is already registered.
    PhoneTaken,
    /// The resource changed or exists already.
    Conflict,
    /// The date or time has no place left, or the studio blocked it.
    SlotUnavailable,
    /// The booking's status does not allow this action (state machine).
    InvalidTransition,
    /// The body arrived too slowly (an upload stalled); send it again.
    RequestTimeout,
    PayloadTooLarge,
    UnsupportedMediaType,
    /// Too many attempts; retry after the `Retry-After` seconds.
    RateLimited,
    /// Something failed on our side; the cause is in the server log.
    Internal,
    /// A dependency (database) is down; retry shortly.
    Unavailable,
    /// The server's disk is full: the upload was not stored.
    StorageFull,
}

impl ErrorCode {
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::BadRequest => 400,
            ErrorCode::ValidationFailed => 422,
            ErrorCode::Unauthorized | ErrorCode::InvalidCredentials | ErrorCode::InvalidToken => {
                401
            }
            ErrorCode::Forbidden => 403,
            ErrorCode::NotFound => 404,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::EmailTaken
            | ErrorCode::PhoneTaken
            | ErrorCode::Conflict
            | ErrorCode::SlotUnavailable
            | ErrorCode::InvalidTransition => 409,
            ErrorCode::RequestTimeout => 408,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::RateLimited => 429,
            ErrorCode::Internal => 500,
            ErrorCode::Unavailable => 503,
            ErrorCode::StorageFull => 507,
        }
    }

    /// A default Indonesian message, used when the server has nothing more
    /// specific to say and by the SPA for errors without a body.
    pub fn default_message(self) -> &'static str {
        match self {
            ErrorCode::BadRequest => {
                "Permintaan tidak dapat dibaca. Periksa kembali data yang dikirim."
            }
            ErrorCode::ValidationFailed => {
                "Beberapa isian belum benar. Periksa kolom yang ditandai."
            }
            ErrorCode::Unauthorized => "Sesi Anda berakhir. Silakan masuk kembali.",
            ErrorCode::InvalidCredentials => "Email/nomor WhatsApp atau kata sandi salah.",
            ErrorCode::InvalidToken => {
                "Tautan atau token tidak berlaku lagi. Silakan minta yang baru."
            }
            ErrorCode::Forbidden => "Anda tidak memiliki akses untuk tindakan ini.",
            ErrorCode::NotFound => "Data tidak ditemukan.",
            ErrorCode::MethodNotAllowed => "Metode HTTP ini tidak didukung di alamat tersebut.",
            ErrorCode::EmailTaken => {
                "Email sudah terdaftar. Silakan masuk atau gunakan email lain."
            }
            ErrorCode::PhoneTaken => {
                "Nomor WhatsApp sudah terdaftar. Silakan masuk atau gunakan nomor lain."
            }
            ErrorCode::Conflict => "Data berubah atau sudah ada. Muat ulang lalu coba lagi.",
            ErrorCode::SlotUnavailable => {
                "Jadwal tersebut sudah penuh atau ditutup. Silakan pilih tanggal atau jam lain."
            }
            ErrorCode::InvalidTransition => {
                "Tindakan ini tidak bisa dilakukan pada status booking saat ini. Muat ulang halaman."
            }
            ErrorCode::RequestTimeout => {
                "Koneksi terlalu lambat, data belum diterima utuh. Periksa jaringan lalu kirim lagi."
            }
            ErrorCode::PayloadTooLarge => "Ukuran data terlalu besar.",
            ErrorCode::UnsupportedMediaType => "Jenis data tidak didukung.",
            ErrorCode::RateLimited => "Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.",
            ErrorCode::Internal => {
                "Terjadi kesalahan di server kami. Silakan coba lagi sebentar lagi."
            }
            ErrorCode::Unavailable => "Layanan sedang sibuk. Silakan coba lagi sebentar lagi.",
            ErrorCode::StorageFull => {
                "Penyimpanan server sedang penuh, berkas Anda belum tersimpan. Coba lagi nanti atau hubungi studio."
            }
        }
    }
}

/// The one error body of the API: `{"code": "...", "message": "...", "fields": {...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub code: ErrorCode,
    pub message: String,
    #[serde(default)]
    pub fields: FieldErrors,
}

impl ErrorBody {
    pub fn new(code: ErrorCode) -> Self {
        Self {
            code,
            message: code.default_message().to_owned(),
            fields: FieldErrors::new(),
        }
    }

    pub fn with_message(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            fields: FieldErrors::new(),
        }
    }

    pub fn validation(fields: FieldErrors) -> Self {
        Self {
            fields,
            ..Self::new(ErrorCode::ValidationFailed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_serialises_in_the_shared_shape() {
        let mut fields = FieldErrors::new();
        fields.insert("email".into(), "Email tidak valid".into());
        let json = serde_json::to_value(ErrorBody::validation(fields)).unwrap();
        assert_eq!(json["code"], "validation_failed");
        assert_eq!(json["fields"]["email"], "Email tidak valid");
        assert!(json["message"].as_str().unwrap().len() > 10);
    }

    #[test]
    fn every_client_error_code_is_4xx() {
        use ErrorCode::*;
        for c in [
            BadRequest,
            ValidationFailed,
            Unauthorized,
            InvalidCredentials,
            InvalidToken,
            Forbidden,
            NotFound,
            EmailTaken,
            PhoneTaken,
            Conflict,
            PayloadTooLarge,
            UnsupportedMediaType,
            RateLimited,
        ] {
            assert!((400..500).contains(&c.http_status()), "{c:?}");
        }
    }
}
