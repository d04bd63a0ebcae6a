//! Spinners, skeletons, notices and errors: how the app says "wait", "done"
//! and "that went wrong, here is what to do".

use leptos::prelude::*;

#[component]
pub fn Spinner() -> impl IntoView {
    view! { <span class="spinner" aria-hidden="true"></span> }
}

/// Which page's WASM chunk the router is fetching: the back office, the
/// account pages and the booking wizard load on first use, and until their
/// chunk arrives the previous page (or, on a fresh load, an empty main area)
/// stays on screen. Set by the lazy routes themselves (`app.rs`): when the
/// router asks for a lazy page's data, and cleared when the page's view runs,
/// i.e. once its chunk has loaded.
#[derive(Clone, Copy)]
pub struct PageLoading(RwSignal<Option<String>>);

impl PageLoading {
    pub fn provide() -> Self {
        let loading = Self(RwSignal::new(None));
        provide_context(loading);
        loading
    }

    /// The router starts on a lazy page: the path it is going to.
    pub fn started() {
        if let Some(loading) = use_context::<Self>() {
            let path = leptos_router::hooks::use_location()
                .pathname
                .get_untracked();
            loading.0.set(Some(path));
        }
    }

    /// A lazy page's chunk has loaded and its view is being built.
    pub fn done() {
        if let Some(loading) = use_context::<Self>() {
            loading.0.set(None);
        }
    }
}

/// A thin bar across the top of the window while the router fetches the
/// next page's chunk ([`PageLoading`]). Only for the path still being
/// visited: leave for a page already loaded and the bar goes. It appears
/// after a short delay (CSS), so a chunk already cached never flashes it.
#[component]
pub fn RouteLoading() -> impl IntoView {
    let loading = use_context::<PageLoading>();
    let location = leptos_router::hooks::use_location();
    let active = Memo::new(move |_| {
        loading.is_some_and(|l| {
            l.0.get()
                .is_some_and(|path| path == location.pathname.get())
        })
    });
    view! {
        <div
            class="route-loading"
            class:active=move || active.get()
            role="progressbar"
            aria-label=crate::i18n::PAGE_LOADING()
            aria-hidden=move || (!active.get()).to_string()
            data-testid="route-loading"
        ></div>
    }
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
