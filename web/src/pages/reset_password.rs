use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::auth::ResetPasswordRequest;
use shared::ErrorCode;

use super::register::{password_check, password_hint};
use super::set_title;
use crate::api;
use crate::components::form_state::focus_first_invalid;
use crate::components::{Field, FormError, FormState, Notice, SubmitButton};
use crate::i18n;

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    set_title(i18n::RESET_TITLE());
    let query = use_query_map();
    let token = Memo::new(move |_| {
        query
            .with(|q| q.get("token"))
            .filter(|t| !t.trim().is_empty())
    });

    let new_password = RwSignal::new(String::new());
    let form = FormState::new();
    let password_error = form.error("new_password", password_check(new_password));
    let done = RwSignal::new(None::<String>);
    // A dead link cannot be fixed by retyping: offer a new one.
    let token_refused = RwSignal::new(false);

    let reset = Action::new_local(move |req: &ResetPasswordRequest| {
        let req = req.clone();
        async move {
            match api::auth::reset_password(&req).await {
                Ok(answer) => done.set(Some(answer.message)),
                Err(err) => {
                    token_refused.set(err.code() == Some(ErrorCode::InvalidToken));
                    form.fail(&err);
                }
            }
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if reset.pending().get_untracked() {
            return;
        }
        let Some(token) = token.get_untracked() else {
            return;
        };
        form.submitting();
        token_refused.set(false);
        if password_error.get_untracked().is_some() {
            focus_first_invalid(&[("new_password", password_error)]);
            return;
        }
        reset.dispatch(ResetPasswordRequest {
            token,
            new_password: new_password.get_untracked(),
        });
    };

    let body = move || {
        if let Some(message) = done.get() {
            return view! {
                <Notice message=Some(message)/>
                <a class="btn btn-primary btn-block" href="/login">{i18n::RESET_DONE_LOGIN()}</a>
            }
            .into_any();
        }
        if token.with(Option::is_none) {
            return view! {
                <div class="alert alert-error" role="alert" data-testid="form-error">
                    <p>{i18n::RESET_NO_TOKEN()}</p>
                </div>
                <a class="btn btn-primary btn-block" href="/forgot-password">{i18n::RESET_REQUEST_NEW()}</a>
            }
            .into_any();
        }
        view! {
            <p class="lead">{i18n::RESET_LEAD()}</p>
            <form id="reset-form" novalidate on:submit=on_submit>
                <FormError message=form.form_error()>
                    <Show when=move || token_refused.get()>
                        <a href="/forgot-password">{i18n::RESET_REQUEST_NEW()}</a>
                    </Show>
                </FormError>
                <Field
                    id="new_password"
                    label=i18n::LABEL_NEW_PASSWORD()
                    input_type="password"
                    value=new_password
                    error=password_error
                    autocomplete="new-password"
                    hint=password_hint(new_password)
                    form=form
                />
                <SubmitButton label=i18n::RESET_SUBMIT() pending_label=i18n::SAVING() pending=reset.pending()/>
            </form>
        }
        .into_any()
    };

    view! {
        <section class="container auth-page">
            <div class="auth-card">
                <h1>{i18n::RESET_TITLE()}</h1>
                {body}
                <p class="auth-switch">
                    <a href="/login">{i18n::BACK_TO_LOGIN()}</a>
                </p>
            </div>
        </section>
    }
}
