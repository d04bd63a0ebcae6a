//! The editor's controls: labelled inputs and text areas whose ids may be
//! built at run time (one caption pair per slide), a photo picker that
//! checks the file before anything is sent, and the upload progress bar.
//!
//! Each input reads its error from the form's `FieldErrors` (by API field
//! name) and drops it when edited; ids double as `data-testid`s, errors
//! are `error-<id>`.

use leptos::prelude::*;
use shared::FieldErrors;
use wasm_bindgen::JsCast;
use web_sys::{File, HtmlInputElement};

use super::rules::{check_photo, ACCEPT_ATTR};
use crate::components::Spinner;
use crate::i18n;

/// The error of `field` in `errors`, as a signal.
pub fn field_error(errors: RwSignal<FieldErrors>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || errors.with(|e| e.get(field).cloned()))
}

fn forget(errors: RwSignal<FieldErrors>, field: &'static str) {
    if errors.with_untracked(|e| e.contains_key(field)) {
        errors.update(|e| {
            e.remove(field);
        });
    }
}

#[component]
fn Label(id: String, label: &'static str, optional: bool) -> impl IntoView {
    view! {
        <label for=id>
            {label}
            {optional.then(|| view! { <span class="field-optional">" ("{i18n::CONTENT_OPTIONAL()}")"</span> })}
        </label>
    }
}

#[component]
fn Message(id: String, error: Signal<Option<String>>, hint: Option<&'static str>) -> impl IntoView {
    move || {
        match error.get() {
        Some(msg) => view! {
            <p class="field-error" id=format!("{id}-error") data-testid=format!("error-{id}")>{msg}</p>
        }
        .into_any(),
        None => hint
            .map(|text| view! { <p class="field-hint" id=format!("{id}-hint")>{text}</p> })
            .into_any(),
    }
    }
}

#[component]
pub fn TextInput(
    /// The input's `id` and `data-testid`.
    #[prop(into)]
    id: String,
    /// The API field it edits (its `name`, and where its error is found).
    field: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    errors: RwSignal<FieldErrors>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] optional: bool,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let error = field_error(errors, field);
    let has_error = move || error.with(Option::is_some);
    let described = {
        let id = id.clone();
        move || {
            if has_error() {
                format!("{id}-error")
            } else {
                format!("{id}-hint")
            }
        }
    };
    view! {
        <div class="field" class:has-error=has_error>
            <Label id=id.clone() label=label optional=optional/>
            <input
                id=id.clone()
                name=field
                type=input_type
                inputmode=inputmode
                autocomplete=autocomplete
                data-testid=id.clone()
                aria-invalid=move || has_error().to_string()
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    forget(errors, field);
                }
                on:change=move |ev| {
                    let typed = event_target_value(&ev);
                    if value.with_untracked(|v| *v != typed) {
                        value.set(typed);
                        forget(errors, field);
                    }
                }
            />
            <Message id=id error=error hint=hint/>
        </div>
    }
}

#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    field: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    errors: RwSignal<FieldErrors>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] optional: bool,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let error = field_error(errors, field);
    let has_error = move || error.with(Option::is_some);
    let described = {
        let id = id.clone();
        move || {
            if has_error() {
                format!("{id}-error")
            } else {
                format!("{id}-hint")
            }
        }
    };
    view! {
        <div class="field" class:has-error=has_error>
            <Label id=id.clone() label=label optional=optional/>
            <textarea
                id=id.clone()
                name=field
                rows=rows
                data-testid=id.clone()
                aria-invalid=move || has_error().to_string()
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    forget(errors, field);
                }
                on:change=move |ev| {
                    let typed = event_target_value(&ev);
                    if value.with_untracked(|v| *v != typed) {
                        value.set(typed);
                        forget(errors, field);
                    }
                }
            ></textarea>
            <Message id=id error=error hint=hint/>
        </div>
    }
}

/// The file a file input holds, taken out so the same file can be picked
/// again later.
fn take_file(ev: &leptos::ev::Event) -> Option<File> {
    let input = ev.target()?.dyn_into::<HtmlInputElement>().ok()?;
    let file = input.files().and_then(|list| list.get(0));
    input.set_value("");
    file
}

/// A drop zone around a file input (`#<id>`, `data-testid=<id>`): a file
/// that is no photo, empty or over 10 MB is refused with a sentence in
/// `problem`; a good one goes to `on_file`.
#[component]
pub fn PhotoPicker(
    id: &'static str,
    #[prop(into)] title: Signal<&'static str>,
    #[prop(into)] disabled: Signal<bool>,
    problem: RwSignal<Option<String>>,
    on_file: impl Fn(File) + 'static,
) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = take_file(&ev) else {
            return;
        };
        match check_photo(&file.name(), &file.type_(), file.size()) {
            Ok(()) => {
                problem.set(None);
                on_file(file);
            }
            Err(msg) => problem.set(Some(msg)),
        }
    };
    view! {
        <div class="field">
            <label for=id class="dropzone content-dropzone" class:disabled=move || disabled.get()>
                <p class="dropzone-title">{move || title.get()}</p>
                <p class="dropzone-hint">{i18n::CONTENT_PICK_HINT()}</p>
                <input
                    type="file"
                    id=id
                    name="image"
                    accept=ACCEPT_ATTR
                    data-testid=id
                    disabled=move || disabled.get()
                    on:change=on_change
                />
            </label>
        </div>
    }
}

/// Bytes sent of the total while an upload runs (`data-testid="upload-progress"`).
#[component]
pub fn UploadProgress(progress: RwSignal<Option<(f64, f64)>>) -> impl IntoView {
    move || {
        progress.get().map(|(sent, total)| {
            let pct = if total > 0.0 {
                (sent / total * 100.0).clamp(0.0, 100.0)
            } else {
                0.0
            };
            view! {
                <div class="progress" data-testid="upload-progress" role="progressbar" aria-label=i18n::CONTENT_UPLOAD_PROGRESS() aria-valuemin="0" aria-valuemax="100" aria-valuenow=format!("{pct:.0}")>
                    <div class="progress-track"><div class="progress-bar" style=format!("width: {pct:.1}%")></div></div>
                    <p class="progress-text">
                        <span>{i18n::CONTENT_UPLOADING()}</span>
                        <span>{format!("{pct:.0}%")}</span>
                    </p>
                </div>
            }
        })
    }
}

/// A success line (`data-testid="notice"`) and an error (`data-testid="content-error"`).
#[component]
pub fn Outcome(
    notice: RwSignal<Option<String>>,
    problem: RwSignal<Option<String>>,
) -> impl IntoView {
    view! {
        {move || notice.get().map(|text| view! {
            <div class="alert alert-success" role="status" data-testid="notice"><p>{text}</p></div>
        })}
        {move || problem.get().map(|text| view! {
            <div class="alert alert-error" role="alert" data-testid="content-error"><p>{text}</p></div>
        })}
    }
}

/// A form's submit button (`#<id>`, `data-testid=<id>`), with a spinner
/// while the request runs.
#[component]
pub fn SaveButton(
    id: &'static str,
    label: &'static str,
    #[prop(into)] pending: Signal<bool>,
) -> impl IntoView {
    view! {
        <button type="submit" class="btn btn-primary" id=id data-testid=id disabled=move || pending.get() aria-busy=move || pending.get().to_string()>
            {move || pending.get().then(|| view! { <Spinner/> })}
            <span>{move || if pending.get() { i18n::CONTENT_SAVING() } else { label }}</span>
        </button>
    }
}
