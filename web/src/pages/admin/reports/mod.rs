//! `/admin/laporan` (admin+): the transactions export and the monthly
//! report. Files need the bearer token, so they are fetched and saved
//! through a temporary object URL.

mod export;
mod files;
mod monthly;

use leptos::prelude::*;
use shared::Role;

use self::export::ExportCard;
use self::monthly::MonthlyCard;
use super::RequireRole;
use crate::api::{reports::FileFormat, ApiError};
use crate::i18n;
use crate::pages::set_title;

#[component]
pub fn AdminReportsPage() -> impl IntoView {
    set_title(i18n::REPORTS_TITLE());
    view! {
        <RequireRole min=Role::Admin>
            <header class="page-header">
                <p class="eyebrow">{i18n::ADMIN_STUDIO()}</p>
                <h1>{i18n::REPORTS_TITLE()}</h1>
                <p class="lead">{i18n::REPORTS_LEAD()}</p>
            </header>
            <ExportCard/>
            <MonthlyCard/>
        </RequireRole>
    }
}

/// One group of download buttons: which file is on its way, and how the
/// last one went.
#[derive(Debug, Clone, Copy)]
struct Downloads {
    busy: RwSignal<Option<FileFormat>>,
    error: RwSignal<Option<String>>,
    done: RwSignal<Option<String>>,
}

impl Downloads {
    fn new() -> Downloads {
        Downloads {
            busy: RwSignal::new(None),
            error: RwSignal::new(None),
            done: RwSignal::new(None),
        }
    }

    fn begin(self, format: FileFormat) {
        self.busy.set(Some(format));
        self.error.set(None);
        self.done.set(None);
    }

    /// The notice on success, or the error; the page may be gone by now.
    fn finish(self, outcome: Result<String, String>) {
        match outcome {
            Ok(text) => {
                let _ = self.done.try_set(Some(text));
            }
            Err(text) => {
                let _ = self.error.try_set(Some(text));
            }
        }
        let _ = self.busy.try_set(None);
    }
}

/// "File belum dapat diunduh." with the reason and what to do next (a
/// network error says that itself).
fn failure(what: &str, err: &ApiError) -> String {
    match err {
        ApiError::Network => format!("{what} {}", err.message()),
        _ => format!("{what} {} {}", err.message(), i18n::DOWNLOAD_NEXT()),
    }
}
