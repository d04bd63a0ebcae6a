use shared::{ErrorBody, ErrorCode, FieldErrors};

use crate::i18n;

/// Why a call failed, in a form the UI can show as is.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The request never got an answer (offline, server down, CORS, DNS).
    Network,
    /// The server answered with an error; bodies without the shared shape get
    /// one built from their status.
    Server { status: u16, body: ErrorBody },
    /// A success answer whose body did not match the expected type.
    Decode,
    /// The session could not be renewed; the user must sign in again.
    SessionExpired,
}

impl ApiError {
    /// An error for a status whose body was not an `ErrorBody`.
    pub(crate) fn from_status(status: u16) -> ApiError {
        let code = match status {
            400 => ErrorCode::BadRequest,
            401 => ErrorCode::Unauthorized,
            403 => ErrorCode::Forbidden,
            404 => ErrorCode::NotFound,
            408 => ErrorCode::RequestTimeout,
            409 => ErrorCode::Conflict,
            413 => ErrorCode::PayloadTooLarge,
            415 => ErrorCode::UnsupportedMediaType,
            422 => ErrorCode::ValidationFailed,
            429 => ErrorCode::RateLimited,
            502..=504 => ErrorCode::Unavailable,
            _ => ErrorCode::Internal,
        };
        ApiError::Server {
            status,
            body: ErrorBody::new(code),
        }
    }

    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ApiError::Server { body, .. } => Some(body.code),
            ApiError::SessionExpired => Some(ErrorCode::Unauthorized),
            ApiError::Network | ApiError::Decode => None,
        }
    }

    /// The sentence to show the user: the server's own message when it sent one.
    pub fn message(&self) -> String {
        match self {
            ApiError::Network => i18n::NETWORK_ERROR().to_owned(),
            ApiError::Decode => i18n::DECODE_ERROR().to_owned(),
            ApiError::SessionExpired => ErrorCode::Unauthorized.default_message().to_owned(),
            ApiError::Server { body, .. } if body.message.trim().is_empty() => {
                body.code.default_message().to_owned()
            }
            ApiError::Server { body, .. } => body.message.clone(),
        }
    }

    /// Per-field messages, with the uniqueness conflicts attached to their field
    /// so the form can mark the right input even when the server sent no `fields`.
    pub fn field_errors(&self) -> FieldErrors {
        let ApiError::Server { body, .. } = self else {
            return FieldErrors::new();
        };
        let mut fields = body.fields.clone();
        let field = match body.code {
            ErrorCode::EmailTaken => Some("email"),
            ErrorCode::PhoneTaken => Some("phone"),
            _ => None,
        };
        if let Some(field) = field {
            fields
                .entry(field.to_owned())
                .or_insert_with(|| self.message());
        }
        fields
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taken_email_is_reported_on_the_email_field() {
        let err = ApiError::Server {
            status: 409,
            body: ErrorBody::new(ErrorCode::EmailTaken),
        };
        assert_eq!(
            err.field_errors().get("email").map(String::as_str),
            Some(ErrorCode::EmailTaken.default_message())
        );
    }

    #[test]
    fn bodiless_statuses_get_a_helpful_message() {
        assert_eq!(
            ApiError::from_status(429).code(),
            Some(ErrorCode::RateLimited)
        );
        assert_eq!(
            ApiError::from_status(503).code(),
            Some(ErrorCode::Unavailable)
        );
        assert_eq!(
            ApiError::from_status(500).message(),
            ErrorCode::Internal.default_message()
        );
        assert_eq!(ApiError::Network.message(), i18n::NETWORK_ERROR());
    }
}
