//! Spinners, skeletons, notices and errors: how the app says "wait", "done"
//! and "that went wrong, here is what to do".

use leptos::prelude::*;

#[component]
pub fn Spinner() -> impl IntoView {
    view! { <span class="spinner" aria-hidden="true"></span> }
}

/// Grey placeholder lines shaped like the content that is loading.
#[component]
pub fn Skeleton(#[prop(default = 3)] lines: usize) -> impl IntoView {
    view! {
        <div class="skeleton" aria-busy="true" aria-live="polite">
            <span class="visually-hidden">{crate::i18n::LOADING}</span>
            {(0..lines).map(|_| view! { <span class="skeleton-line"></span> }).collect_view()}
        </div>
    }
}

/// A success message (`data-testid="notice"`).
#[component]
pub fn Notice(#[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message.get().map(|text| {
            view! {
                <div class="alert alert-success" role="status" data-testid="notice">
                    {text}
                </div>
            }
        })
    }
}

/// A form-level error (`data-testid="form-error"`), with optional follow-up
/// content such as a link that says what to do next.
#[component]
pub fn FormError(
    #[prop(into)] message: Signal<Option<String>>,
    #[prop(optional)] children: Option<ChildrenFn>,
) -> impl IntoView {
    move || {
        message.get().map(|text| {
            let extra = children.clone().map(|c| c());
            view! {
                <div class="alert alert-error" role="alert" data-testid="form-error">
                    <p>{text}</p>
                    {extra}
                </div>
            }
        })
    }
}

/// The form's submit button: disabled with a spinner while the request runs.
#[component]
pub fn SubmitButton(
    label: &'static str,
    pending_label: &'static str,
    #[prop(into)] pending: Signal<bool>,
    #[prop(optional)] id: Option<&'static str>,
) -> impl IntoView {
    view! {
        <button type="submit" class="btn btn-primary btn-block" id=id disabled=move || pending.get() aria-busy=move || pending.get().to_string()>
            {move || if pending.get() {
                view! { <Spinner/> <span>{pending_label}</span> }.into_any()
            } else {
                view! { <span>{label}</span> }.into_any()
            }}
        </button>
    }
}
