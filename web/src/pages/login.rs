use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use shared::auth::{Identifier, LoginRequest};

use super::{home_for, safe_next, set_title};
use crate::api;
use crate::components::form_state::focus_first_invalid;
use crate::components::{Field, FormError, FormState, SubmitButton};
use crate::i18n;
use crate::state::{use_auth, AuthState, SessionEnd};

/// Sends a signed-in visitor on: to `?next=` when it is a local path, else to
/// their role's home. Used by the login and register pages, so signing in
/// there (or arriving already signed in) ends up in the same place.
pub fn leave_when_signed_in(auth: AuthState) {
    let query = use_query_map();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if auth.is_signed_in() {
            let next = query
                .with_untracked(|q| q.get("next"))
                .and_then(|n| safe_next(&n));
            let dest = next.unwrap_or_else(|| home_for(auth.role()).to_owned());
            navigate(
                &dest,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
}

/// Keeps `?next=` when moving between the login and register pages.
pub fn with_next(path: &str) -> impl Fn() -> String + Send + Sync + 'static {
    let path = path.to_owned();
    let query = use_query_map();
    move || match query.with(|q| q.get("next")).and_then(|n| safe_next(&n)) {
        Some(next) => format!(
            "{path}?next={}",
            String::from(js_sys::encode_uri_component(&next))
        ),
        None => path.clone(),
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    set_title(i18n::LOGIN_TITLE());
    let auth = use_auth();
    leave_when_signed_in(auth);

    let identifier = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let form = FormState::new();
    let identifier_error = form.error("identifier", move || {
        identifier.with(|v| Identifier::parse(v).err().map(str::to_owned))
    });
    let password_error = form.error("password", move || {
        password.with(|v| v.is_empty().then(|| i18n::PASSWORD_REQUIRED().to_owned()))
    });

    let login = Action::new_local(move |req: &LoginRequest| {
        let req = req.clone();
        async move {
            if let Err(err) = api::auth::login(auth, &req).await {
                form.fail(&err);
            }
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if login.pending().get_untracked() {
            return;
        }
        form.submitting();
        let fields = [
            ("identifier", identifier_error),
            ("password", password_error),
        ];
        if fields.iter().any(|(_, e)| e.get_untracked().is_some()) {
            focus_first_invalid(&fields);
            return;
        }
        login.dispatch(LoginRequest {
            identifier: identifier.get_untracked(),
            password: password.get_untracked(),
        });
    };

    let expired = Signal::derive(move || {
        (auth.ended() == Some(SessionEnd::Expired))
            .then(|| i18n::LOGIN_SESSION_EXPIRED().to_owned())
    });

    view! {
        <section class="container auth-page">
            <div class="auth-card">
                <h1>{i18n::LOGIN_TITLE()}</h1>
                <p class="lead">{i18n::LOGIN_LEAD()}</p>
                {move || expired.get().map(|text| view! { <div class="alert alert-info" role="status">{text}</div> })}
                <form id="login-form" novalidate on:submit=on_submit>
                    <FormError message=form.form_error()/>
                    <Field
                        id="identifier"
                        label=i18n::LABEL_IDENTIFIER()
                        value=identifier
                        error=identifier_error
                        autocomplete="username"
                        form=form
                    />
                    <Field
                        id="password"
                        label=i18n::LABEL_PASSWORD()
                        input_type="password"
                        value=password
                        error=password_error
                        autocomplete="current-password"
                        form=form
                    />
                    <p class="form-aside">
                        <a href="/forgot-password">{i18n::LOGIN_FORGOT()}</a>
                    </p>
                    <SubmitButton label=i18n::LOGIN_SUBMIT() pending_label=i18n::LOGIN_PENDING() pending=login.pending()/>
                </form>
                <p class="auth-switch">
                    {i18n::LOGIN_NO_ACCOUNT()}" "
                    <a href=with_next("/register")>{i18n::LOGIN_REGISTER_LINK()}</a>
                </p>
            </div>
        </section>
    }
}
