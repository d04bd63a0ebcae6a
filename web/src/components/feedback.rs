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
            <span class="visually-hidden">{crate::i18n::LOADING()}</span>
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

/// Why a page's data did not load, with a retry; a 403 gets the friendly
/// "not for your role" explanation instead (`data-testid="forbidden"`).
#[component]
pub fn LoadError(
    error: crate::api::ApiError,
    /// What did not load, e.g. "Daftar paket belum dapat dimuat."
    what: &'static str,
    retry: Callback<()>,
) -> impl IntoView {
    if error.code() == Some(shared::ErrorCode::Forbidden) {
        return view! { <NoAccess/> }.into_any();
    }
    view! {
        <div class="alert alert-error" role="alert" data-testid="load-error">
            <p>{what}" "{error.message()}</p>
            <button type="button" class="btn btn-ghost btn-small" on:click=move |_| retry.run(())>
                {crate::i18n::RETRY()}
            </button>
        </div>
    }
    .into_any()
}

/// The page is not for this role (shown for a hidden section or a 403).
#[component]
pub fn NoAccess() -> impl IntoView {
    view! {
        <section class="card no-access" data-testid="forbidden">
            <h1>{crate::i18n::NO_ACCESS_TITLE()}</h1>
            <p class="lead">{crate::i18n::NO_ACCESS_TEXT()}</p>
            <a class="btn btn-ghost" href="/admin">{crate::i18n::NO_ACCESS_BACK()}</a>
        </section>
    }
}

/// Asks "are you sure?" with the browser's dialog; `false` when it cannot ask.
pub fn confirm(message: &str) -> bool {
    window().confirm_with_message(message).unwrap_or(false)
}
