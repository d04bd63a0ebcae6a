//! `/api/v1/exports/*` and `/api/v1/reports/*` (admin+): the transactions
//! export and the monthly report, as JSON or as files to save.

use chrono::NaiveDate;
use shared::backoffice::MonthlyReport;

use super::client::{self, query, Call};
use super::ApiError;
use crate::state::AuthState;

/// A file the server can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Csv,
    Xlsx,
    Pdf,
}

impl FileFormat {
    /// The file name extension, also the endpoint's suffix.
    pub fn ext(self) -> &'static str {
        match self {
            FileFormat::Csv => "csv",
            FileFormat::Xlsx => "xlsx",
            FileFormat::Pdf => "pdf",
        }
    }

    /// What to ask for; errors still come as JSON.
    fn accept(self) -> &'static str {
        match self {
            FileFormat::Csv => "text/csv, application/json",
            FileFormat::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/json"
            }
            FileFormat::Pdf => "application/pdf, application/json",
        }
    }
}

/// Approved payments from `from` to `to` (inclusive) as a file: its bytes
/// and content type.
pub async fn transactions(
    auth: AuthState,
    from: NaiveDate,
    to: NaiveDate,
    format: FileFormat,
) -> Result<(Vec<u8>, String), ApiError> {
    let (from, to) = (from.to_string(), to.to_string());
    let path = query(
        &format!("/exports/transactions.{}", format.ext()),
        &[("from", Some(from.as_str())), ("to", Some(to.as_str()))],
    );
    client::authed_bytes(auth, Call::get(path).accept(format.accept())).await
}

/// The figures of `month` (`YYYY-MM`) beside the month before.
pub async fn monthly(auth: AuthState, month: &str) -> Result<MonthlyReport, ApiError> {
    let path = query("/reports/monthly", &[("month", Some(month))]);
    client::authed(auth, Call::get(path)).await
}

/// The monthly report of `month` as a PDF or a spreadsheet.
pub async fn monthly_file(
    auth: AuthState,
    month: &str,
    format: FileFormat,
) -> Result<(Vec<u8>, String), ApiError> {
    let path = query(
        &format!("/reports/monthly.{}", format.ext()),
        &[("month", Some(month))],
    );
    client::authed_bytes(auth, Call::get(path).accept(format.accept())).await
}
