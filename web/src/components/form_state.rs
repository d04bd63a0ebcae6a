//! Which errors a form shows, and when.
//!
//! A field's own check (the `shared` parsers) speaks once the user has left the
//! field or tried to submit, and from then on as they type; a server verdict on
//! a field shows until that field is edited.

use std::collections::BTreeSet;

use leptos::prelude::*;
use shared::FieldErrors;

use crate::api::ApiError;

#[derive(Debug, Clone, Copy)]
pub struct FormState {
    touched: RwSignal<BTreeSet<&'static str>>,
    submitted: RwSignal<bool>,
    server: RwSignal<FieldErrors>,
    form_error: RwSignal<Option<String>>,
}

impl Default for FormState {
    fn default() -> Self {
        Self::new()
    }
}

impl FormState {
    pub fn new() -> FormState {
        FormState {
            touched: RwSignal::new(BTreeSet::new()),
            submitted: RwSignal::new(false),
            server: RwSignal::new(FieldErrors::new()),
            form_error: RwSignal::new(None),
        }
    }

    /// The user left the field: its own check may speak now.
    pub fn touch(&self, field: &'static str) {
        if !self.touched.with_untracked(|t| t.contains(field)) {
            self.touched.update(|t| {
                t.insert(field);
            });
        }
    }

    /// The user changed the field: the server's old verdict on it no longer holds.
    pub fn edited(&self, field: &'static str) {
        if self.server.with_untracked(|s| s.contains_key(field)) {
            self.server.update(|s| {
                s.remove(field);
            });
        }
    }

    /// The error to show for `field`, given its own check.
    pub fn error(
        &self,
        field: &'static str,
        check: impl Fn() -> Option<String> + Send + Sync + 'static,
    ) -> Signal<Option<String>> {
        let this = *self;
        Signal::derive(move || {
            if let Some(msg) = this.server.with(|s| s.get(field).cloned()) {
                return Some(msg);
            }
            let speaks = this.submitted.get() || this.touched.with(|t| t.contains(field));
            if speaks {
                check()
            } else {
                None
            }
        })
    }

    /// A submit was attempted: every field's check speaks; old verdicts go.
    pub fn submitting(&self) {
        self.submitted.set(true);
        self.server.set(FieldErrors::new());
        self.form_error.set(None);
    }

    /// Shows a failed request: per-field messages and the form-level sentence.
    pub fn fail(&self, err: &ApiError) {
        self.server.set(err.field_errors());
        self.form_error.set(Some(err.message()));
    }

    /// Like [`FormState::fail`], with some error codes pinned to a field the
    /// server did not name (e.g. a wrong current password).
    pub fn fail_on(&self, err: &ApiError, field: &'static str, codes: &[shared::ErrorCode]) {
        let mut fields = err.field_errors();
        if err.code().is_some_and(|c| codes.contains(&c)) {
            fields
                .entry(field.to_owned())
                .or_insert_with(|| err.message());
        }
        self.server.set(fields);
        self.form_error.set(Some(err.message()));
    }

    /// Back to a pristine form (after a success that clears the inputs).
    pub fn reset(&self) {
        self.touched.set(BTreeSet::new());
        self.submitted.set(false);
        self.server.set(FieldErrors::new());
        self.form_error.set(None);
    }

    pub fn clear_form_error(&self) {
        self.form_error.set(None);
    }

    pub fn form_error(&self) -> Signal<Option<String>> {
        self.form_error.into()
    }
}

/// Moves focus to the first field that has an error, so keyboard and screen
/// reader users land where the fix is needed.
pub fn focus_first_invalid(fields: &[(&'static str, Signal<Option<String>>)]) {
    use wasm_bindgen::JsCast;

    let Some((id, _)) = fields.iter().find(|(_, err)| err.get_untracked().is_some()) else {
        return;
    };
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
