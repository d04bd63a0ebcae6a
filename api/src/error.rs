//! The API's one error type. Each variant has an explicit status; the caller
//! sees the shared `ErrorBody`, the log keeps the cause of anything internal.

use actix_web::error::{JsonPayloadError, PathError, QueryPayloadError};
use actix_web::http::{header, StatusCode};
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use sea_orm::{DbErr, SqlErr};
use shared::{ErrorBody, ErrorCode, FieldErrors};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// Fields failed the shared parsers.
    #[error("validation failed")]
    Validation(FieldErrors),
    /// A client-visible error with a code and an optional specific message.
    #[error("{code:?}: {message:?}")]
    Client {
        code: ErrorCode,
        message: Option<String>,
        fields: FieldErrors,
    },
    #[error("rate limited, retry after {retry_after}s")]
    RateLimited { retry_after: u64 },
    /// Anything unexpected: logged with its cause, shown as a plain 500.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn code(code: ErrorCode) -> Self {
        ApiError::Client {
            code,
            message: None,
            fields: FieldErrors::new(),
        }
    }

    pub fn msg(code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError::Client {
            code,
            message: Some(message.into()),
            fields: FieldErrors::new(),
        }
    }

    /// A conflict on one field, e.g. `email_taken` on `email`.
    pub fn field(code: ErrorCode, field: &str, message: &str) -> Self {
        let mut fields = FieldErrors::new();
        fields.insert(field.to_owned(), message.to_owned());
        ApiError::Client {
            code,
            message: None,
            fields,
        }
    }

    pub fn unauthorized() -> Self {
        Self::code(ErrorCode::Unauthorized)
    }

    pub fn forbidden() -> Self {
        Self::code(ErrorCode::Forbidden)
    }

    pub fn not_found() -> Self {
        Self::code(ErrorCode::NotFound)
    }

    fn error_code(&self) -> ErrorCode {
        match self {
            ApiError::Validation(_) => ErrorCode::ValidationFailed,
            ApiError::Client { code, .. } => *code,
            ApiError::RateLimited { .. } => ErrorCode::RateLimited,
            ApiError::Internal(cause) if crate::storage::is_full(cause) => ErrorCode::StorageFull,
            ApiError::Internal(_) => ErrorCode::Internal,
        }
    }

    pub fn body(&self) -> ErrorBody {
        match self {
            ApiError::Validation(fields) => ErrorBody::validation(fields.clone()),
            ApiError::Client {
                code,
                message,
                fields,
            } => ErrorBody {
                code: *code,
                message: message
                    .clone()
                    .unwrap_or_else(|| code.default_message().to_owned()),
                fields: fields.clone(),
            },
            other => ErrorBody::new(other.error_code()),
        }
    }
}

impl From<DbErr> for ApiError {
    fn from(err: DbErr) -> Self {
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => {
                return ApiError::code(ErrorCode::Conflict)
            }
            // Removing a row that others still point at.
            Some(SqlErr::ForeignKeyConstraintViolation(_)) => {
                return ApiError::msg(
                    ErrorCode::Conflict,
                    "Data ini masih dipakai oleh data lain sehingga tidak dapat dihapus.",
                )
            }
            _ => {}
        }
        if database_unavailable(&err) {
            tracing::error!(error = %err, "database unavailable");
            return ApiError::code(ErrorCode::Unavailable);
        }
        if rolled_back_to_retry(&err) {
            tracing::warn!(error = %err, "transaction rolled back by PostgreSQL, to be retried");
            return ApiError::code(ErrorCode::Unavailable);
        }
        ApiError::Internal(anyhow::Error::new(err))
    }
}

/// Whether the database is away (restarting, unreachable, refusing
/// connections) rather than the request being wrong: the caller gets 503
/// and may retry, and the pool reconnects by itself.
fn database_unavailable(err: &DbErr) -> bool {
    use sea_orm::sqlx::Error as Sqlx;
    if matches!(err, DbErr::ConnectionAcquire(_) | DbErr::Conn(_)) {
        // Opening a connection failed, whatever PostgreSQL said.
        return true;
    }
    if sqlite_busy(err) {
        return true;
    }
    match sqlx_error(err) {
        Some(
            Sqlx::Io(_)
            | Sqlx::Tls(_)
            | Sqlx::Protocol(_)
            | Sqlx::PoolTimedOut
            | Sqlx::PoolClosed
            | Sqlx::WorkerCrashed,
        ) => true,
        // PostgreSQL: too many connections (53300), or this one is gone.
        Some(Sqlx::Database(db)) => {
            db.code().is_some_and(|code| code == "53300") || connection_gone(db.as_ref())
        }
        _ => false,
    }
}

/// A database error that says the connection itself is gone, not the
/// statement wrong: PostgreSQL's connection exceptions (08…), shutting down
/// or restarting (57P01–57P03). SQLite's codes are numbers and never match.
pub fn connection_gone(db: &dyn sea_orm::sqlx::error::DatabaseError) -> bool {
    db.code().is_some_and(|code| {
        code.starts_with("08") || matches!(code.as_ref(), "57P01" | "57P02" | "57P03")
    })
}

/// PostgreSQL rolled the whole transaction back to break a deadlock
/// (40P01) or a serialization conflict (40001): nothing of it was written,
/// and the same request sent again succeeds, so the caller gets 503 with
/// `Retry-After` rather than a 500.
pub fn rolled_back_to_retry(err: &DbErr) -> bool {
    code_from::<sea_orm::sqlx::postgres::PgDatabaseError>(err)
        .is_some_and(|code| matches!(code.as_ref(), "40P01" | "40001"))
}

/// SQLite still busy or locked after its busy timeout: primary result
/// codes 5 and 6, in any extended form. A write that meets it may retry.
pub fn sqlite_busy(err: &DbErr) -> bool {
    code_from::<sea_orm::sqlx::sqlite::SqliteError>(err)
        .and_then(|code| code.parse::<i32>().ok())
        .is_some_and(|code| matches!(code & 0xFF, 5 | 6))
}

/// The code of the database error under `err`, when driver `D` raised it.
fn code_from<D: sea_orm::sqlx::error::DatabaseError>(
    err: &DbErr,
) -> Option<std::borrow::Cow<'_, str>> {
    match sqlx_error(err) {
        Some(sea_orm::sqlx::Error::Database(db)) if db.try_downcast_ref::<D>().is_some() => {
            db.code()
        }
        _ => None,
    }
}

/// The sqlx error under a sea-orm one, when there is one.
fn sqlx_error(err: &DbErr) -> Option<&sea_orm::sqlx::Error> {
    use sea_orm::RuntimeErr;
    match err {
        DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => Some(e),
        _ => None,
    }
}

impl<E> From<sea_orm::TransactionError<E>> for ApiError
where
    E: Into<ApiError> + std::error::Error,
{
    fn from(err: sea_orm::TransactionError<E>) -> Self {
        match err {
            sea_orm::TransactionError::Connection(db) => db.into(),
            sea_orm::TransactionError::Transaction(e) => e.into(),
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.error_code().http_status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Internal(cause) = self {
            tracing::error!(error = ?cause, "internal error");
        }
        let mut res = HttpResponse::build(self.status_code());
        if let ApiError::RateLimited { retry_after } = self {
            res.insert_header((header::RETRY_AFTER, retry_after.to_string()));
        }
        if self.error_code() == ErrorCode::Unavailable {
            res.insert_header((header::RETRY_AFTER, "2"));
        }
        res.insert_header((header::CACHE_CONTROL, "no-store"))
            .json(self.body())
    }
}

/// Turns actix's JSON extractor failures into the shared error body.
pub fn json_error(err: JsonPayloadError, _req: &HttpRequest) -> actix_web::Error {
    let api = match &err {
        JsonPayloadError::OverflowKnownLength { .. } | JsonPayloadError::Overflow { .. } => {
            ApiError::code(ErrorCode::PayloadTooLarge)
        }
        JsonPayloadError::Payload(actix_web::error::PayloadError::Io(e))
            if e.to_string() == crate::json_objects::NOT_AN_OBJECT =>
        {
            ApiError::msg(
                ErrorCode::BadRequest,
                "Data harus berupa objek JSON ({…}), bukan daftar atau nilai lain.",
            )
        }
        JsonPayloadError::Payload(actix_web::error::PayloadError::Io(e))
            if e.to_string() == crate::json_objects::HAS_NUL =>
        {
            ApiError::msg(
                ErrorCode::BadRequest,
                "Teks tidak boleh berisi karakter NUL (\\u0000). Hapus karakter itu lalu kirim lagi.",
            )
        }
        JsonPayloadError::ContentType => ApiError::msg(
            ErrorCode::UnsupportedMediaType,
            "Kirim data sebagai JSON (Content-Type: application/json).",
        ),
        JsonPayloadError::Deserialize(e) if e.is_data() => ApiError::msg(
            ErrorCode::BadRequest,
            format!("Data tidak sesuai format: {e}"),
        ),
        _ => ApiError::msg(ErrorCode::BadRequest, "JSON tidak valid."),
    };
    api.into()
}

pub fn query_error(err: QueryPayloadError, _req: &HttpRequest) -> actix_web::Error {
    ApiError::msg(
        ErrorCode::BadRequest,
        format!("Parameter tidak valid: {err}"),
    )
    .into()
}

pub fn path_error(err: PathError, _req: &HttpRequest) -> actix_web::Error {
    let _ = err;
    ApiError::not_found().into()
}
