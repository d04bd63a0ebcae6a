//! One labelled input with its hint and error, wired for assistive technology
//! and for the end-to-end tests (`#<id>`, `name=<id>`, `data-testid=error-<id>`).

use leptos::prelude::*;

use super::FormState;
use crate::i18n;

#[component]
pub fn Field(
    /// The input's `id` and `name`, which is also the API field name.
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    /// The error to show now (decided by the form's `FormState`).
    #[prop(into)]
    error: Signal<Option<String>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// A neutral line under the input; may follow what the user types.
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// The form this field belongs to: told when the field is edited or left.
    #[prop(optional)]
    form: Option<FormState>,
    /// The id of a `<datalist>` of suggestions.
    #[prop(optional)]
    list: Option<&'static str>,
) -> impl IntoView {
    let is_password = input_type == "password";
    let revealed = RwSignal::new(false);
    let has_error = move || error.with(Option::is_some);

    view! {
        <div class="field" class:has-error=has_error>
            <label for=id>{label}</label>
            <div class="input-wrap">
                <input
                    id=id
                    name=id
                    type=move || if is_password && revealed.get() { "text" } else { input_type }
                    autocomplete=autocomplete
                    inputmode=inputmode
                    spellcheck=if matches!(input_type, "email" | "password") { Some("false") } else { None }
                    autocapitalize=if matches!(input_type, "email" | "password") { Some("none") } else { None }
                    aria-invalid=move || has_error().to_string()
                    aria-describedby=described_by(id, error)
                    list=list
                    prop:value=move || value.get()
                    on:input=move |ev| {
                        value.set(event_target_value(&ev));
                        if let Some(form) = form {
                            form.edited(id);
                        }
                    }
                    // WebDriver's "clear" and some autofill only fire `change`.
                    on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        if value.with_untracked(|v| *v != typed) {
                            value.set(typed);
                            if let Some(form) = form {
                                form.edited(id);
                            }
                        }
                    }
                    on:blur=move |_| {
                        // Tabbing through an empty field is not a mistake yet;
                        // "required" speaks on submit.
                        if let Some(form) = form.filter(|_| !value.with_untracked(|v| v.trim().is_empty())) {
                            form.touch(id);
                        }
                    }
                />
                {is_password.then(|| view! {
                    <button
                        type="button"
                        class="reveal"
                        aria-controls=id
                        aria-pressed=move || revealed.get().to_string()
                        aria-label=move || if revealed.get() { i18n::HIDE_PASSWORD_LABEL() } else { i18n::SHOW_PASSWORD_LABEL() }
                        on:click=move |_| revealed.update(|r| *r = !*r)
                    >
                        {move || if revealed.get() { i18n::HIDE_PASSWORD() } else { i18n::SHOW_PASSWORD() }}
                    </button>
                })}
            </div>
            <FieldMessage id=id error=error hint=hint/>
        </div>
    }
}

/// The `aria-describedby` of input `id`: its error while there is one, else its hint.
pub fn described_by(
    id: &'static str,
    error: Signal<Option<String>>,
) -> impl Fn() -> String + Send + Sync + 'static {
    move || {
        if error.with(Option::is_some) {
            format!("{id}-error")
        } else {
            format!("{id}-hint")
        }
    }
}

/// The line under an input: its error (`data-testid=error-<id>`), else its hint.
#[component]
pub fn FieldMessage(
    id: &'static str,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
) -> impl IntoView {
    move || {
        match error.get() {
        Some(msg) => view! {
            <p class="field-error" id=format!("{id}-error") data-testid=format!("error-{id}")>{msg}</p>
        }
        .into_any(),
        None => match hint.get() {
            Some(text) => view! { <p class="field-hint" id=format!("{id}-hint")>{text}</p> }.into_any(),
            None => ().into_any(),
        },
    }
    }
}
