//! Request and response bodies of the account endpoints.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::password::{check_full_name, check_password};
use crate::{Email, FieldErrors, Phone, Role};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisterRequest {
    pub full_name: String,
    pub email: String,
    /// WhatsApp number in any common Indonesian form (`0812…`, `62812…`, `+62 812…`).
    pub phone: String,
    pub password: String,
}

/// A registration whose every field passed the shared parsers.
#[derive(Debug, Clone)]
pub struct ValidRegistration {
    pub full_name: String,
    pub email: Email,
    pub phone: Phone,
    pub password: String,
}

impl RegisterRequest {
    pub fn validate(&self) -> Result<ValidRegistration, FieldErrors> {
        let mut errors = FieldErrors::new();
        let full_name = record(&mut errors, "full_name", check_full_name(&self.full_name));
        let email = record(&mut errors, "email", Email::parse(&self.email));
        let phone = record(&mut errors, "phone", Phone::parse(&self.phone));
        let password = record(&mut errors, "password", check_password(&self.password));
        match (full_name, email, phone, password) {
            (Some(full_name), Some(email), Some(phone), Some(())) if errors.is_empty() => {
                Ok(ValidRegistration {
                    full_name,
                    email,
                    phone,
                    password: self.password.clone(),
                })
            }
            _ => Err(errors),
        }
    }
}

fn record<T>(errors: &mut FieldErrors, field: &str, r: Result<T, &'static str>) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(msg) => {
            errors.insert(field.to_owned(), msg.to_owned());
            None
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    /// An email address or a WhatsApp number in any common form.
    pub identifier: String,
    pub password: String,
}

/// What a login identifier turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identifier {
    Email(Email),
    Phone(Phone),
}

impl Identifier {
    pub fn parse(raw: &str) -> Result<Identifier, &'static str> {
        if raw.trim().is_empty() {
            return Err("Email atau nomor WhatsApp wajib diisi.");
        }
        if raw.contains('@') {
            Email::parse(raw).map(Identifier::Email)
        } else {
            Phone::parse(raw).map(Identifier::Phone)
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RefreshRequest {
    pub refresh_token: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    pub id: Uuid,
    pub full_name: String,
    pub email: String,
    /// E.164, e.g. `+6281234567890`.
    pub phone: String,
    pub role: Role,
    /// False once a superadmin disables the account: it can no longer sign in.
    #[serde(default = "active_by_default")]
    pub active: bool,
    pub created_at: DateTime<Utc>,
}

fn active_by_default() -> bool {
    true
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TokenResponse {
    /// Short-lived JWT for `Authorization: Bearer …`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until `access_token` expires.
    pub expires_in: i64,
    /// Single-use token for `POST /api/v1/auth/refresh`; each use returns a new one.
    pub refresh_token: String,
    pub user: User,
}

/// Partial profile update; absent fields stay as they are.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateMeRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ValidProfileUpdate {
    pub full_name: Option<String>,
    pub email: Option<Email>,
    pub phone: Option<Phone>,
}

impl UpdateMeRequest {
    pub fn validate(&self) -> Result<ValidProfileUpdate, FieldErrors> {
        let mut errors = FieldErrors::new();
        let full_name = self
            .full_name
            .as_deref()
            .and_then(|n| record(&mut errors, "full_name", check_full_name(n)));
        let email = self
            .email
            .as_deref()
            .and_then(|e| record(&mut errors, "email", Email::parse(e)));
        let phone = self
            .phone
            .as_deref()
            .and_then(|p| record(&mut errors, "phone", Phone::parse(p)));
        if errors.is_empty() {
            Ok(ValidProfileUpdate {
                full_name,
                email,
                phone,
            })
        } else {
            Err(errors)
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangePasswordRequest {
    pub current_password: String,
    pub new_password: String,
}

impl ChangePasswordRequest {
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        if self.current_password.is_empty() {
            errors.insert(
                "current_password".into(),
                "Kata sandi saat ini wajib diisi.".into(),
            );
        }
        record(
            &mut errors,
            "new_password",
            check_password(&self.new_password),
        );
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ForgotPasswordRequest {
    pub email: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResetPasswordRequest {
    /// The token from the emailed link.
    pub token: String,
    pub new_password: String,
}

/// A plain acknowledgement, in Indonesian, for actions that return no data.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MessageResponse {
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registration_reports_every_bad_field_at_once() {
        let req = RegisterRequest {
            full_name: " ".into(),
            email: "nope".into(),
            phone: "12".into(),
            password: "weak".into(),
        };
        let errs = req.validate().unwrap_err();
        let keys: Vec<_> = errs.keys().map(String::as_str).collect();
        assert_eq!(keys, ["email", "full_name", "password", "phone"]);
    }

    #[test]
    fn registration_normalises_its_fields() {
        let ok = RegisterRequest {
            full_name: " Sari  Dewi ".into(),
            email: "Sari@Mail.com".into(),
            phone: "0812-3456-7890".into(),
            password: "Rahasia123".into(),
        }
        .validate()
        .unwrap();
        assert_eq!(ok.full_name, "Sari Dewi");
        assert_eq!(ok.email.as_str(), "sari@mail.com");
        assert_eq!(ok.phone.as_str(), "+6281234567890");
    }

    #[test]
    fn identifier_is_email_when_it_has_an_at_sign() {
        assert!(matches!(
            Identifier::parse("a@b.co"),
            Ok(Identifier::Email(_))
        ));
        assert!(matches!(
            Identifier::parse("0812 3456 7890"),
            Ok(Identifier::Phone(_))
        ));
        assert!(Identifier::parse("").is_err());
    }
}
