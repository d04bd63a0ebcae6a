//! The transactions export (`#export-form`): a date range (this month so
//! far by default) and a CSV or XLSX file of the approved payments in it.
//! After a download `#export-done` names the file.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::files::{check_range, export_name, this_month_so_far};
use super::{failure, Downloads};
use crate::api::{self, reports::FileFormat};
use crate::components::download::{save, DownloadButton};
use crate::components::Field;
use crate::i18n;
use crate::state::use_auth;

#[component]
pub fn ExportCard() -> impl IntoView {
    let auth = use_auth();
    let (first, today) = this_month_so_far(i18n::studio_today());
    let from = RwSignal::new(first.to_string());
    let to = RwSignal::new(today.to_string());
    let from_error = RwSignal::new(None::<String>);
    let to_error = RwSignal::new(None::<String>);
    let state = Downloads::new();

    let start = move |format: FileFormat| {
        if state.busy.get_untracked().is_some() {
            return;
        }
        from_error.set(None);
        to_error.set(None);
        let (f, t) = match check_range(&from.get_untracked(), &to.get_untracked()) {
            Ok(range) => range,
            Err((field, msg)) => {
                let target = if field == "from" {
                    from_error
                } else {
                    to_error
                };
                target.set(Some(msg.to_owned()));
                return;
            }
        };
        let name = export_name(f, t, format);
        state.begin(format);
        spawn_local(async move {
            let saved = api::reports::transactions(auth, f, t, format)
                .await
                .and_then(|(bytes, content_type)| save(&bytes, &content_type, &name));
            match saved {
                Ok(()) => state.finish(Ok(format!(
                    "{} {name} {}",
                    i18n::FILE(),
                    i18n::DOWNLOADED_TAIL()
                ))),
                Err(err) => state.finish(Err(failure(i18n::EXPORT_FAILED(), &err))),
            }
        });
    };
    let busy_with =
        move |format: FileFormat| Signal::derive(move || state.busy.get() == Some(format));
    let any_busy = Signal::derive(move || state.busy.get().is_some());

    view! {
        <section class="card" aria-labelledby="export-title" data-testid="export-card">
            <h2 id="export-title" class="card-title">{i18n::EXPORT_TITLE()}</h2>
            <p class="muted">{i18n::EXPORT_TEXT()}</p>
            <form id="export-form" class="export-form" novalidate on:submit=move |ev: SubmitEvent| {
                ev.prevent_default();
                start(FileFormat::Csv);
            }>
                <div class="form-grid">
                    <Field id="export-from" label=i18n::EXPORT_FROM() value=from error=from_error input_type="date"/>
                    <Field id="export-to" label=i18n::FILTER_TO() value=to error=to_error input_type="date"/>
                </div>
                <div class="form-actions">
                    <DownloadButton id="export-csv" label=i18n::EXPORT_CSV() busy=busy_with(FileFormat::Csv) disabled=any_busy on_click=Callback::new(move |()| start(FileFormat::Csv))/>
                    <DownloadButton id="export-xlsx" label=i18n::EXPORT_XLSX() busy=busy_with(FileFormat::Xlsx) disabled=any_busy on_click=Callback::new(move |()| start(FileFormat::Xlsx))/>
                </div>
            </form>
            {move || state.error.get().map(|text| view! {
                <div class="alert alert-error" role="alert" data-testid="export-error"><p>{text}</p></div>
            })}
            {move || state.done.get().map(|text| view! {
                <div class="alert alert-success" role="status" id="export-done" data-testid="export-done">{text}</div>
            })}
        </section>
    }
}
