use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::auth::ForgotPasswordRequest;

use super::register::email_check;
use super::set_title;
use crate::api;
use crate::components::form_state::focus_first_invalid;
use crate::components::{Field, FormError, FormState, Notice, SubmitButton};
use crate::i18n;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    set_title(i18n::FORGOT_TITLE());
    let email = RwSignal::new(String::new());
    let form = FormState::new();
    let email_error = form.error("email", email_check(email));
    let sent = RwSignal::new(None::<String>);

    let request = Action::new_local(move |req: &ForgotPasswordRequest| {
        let req = req.clone();
        async move {
            match api::auth::forgot_password(&req).await {
                Ok(answer) => sent.set(Some(answer.message)),
                Err(err) => form.fail(&err),
            }
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if request.pending().get_untracked() {
            return;
        }
        form.submitting();
        if email_error.get_untracked().is_some() {
            focus_first_invalid(&[("email", email_error)]);
            return;
        }
        request.dispatch(ForgotPasswordRequest {
            email: email.get_untracked(),
        });
    };

    view! {
        <section class="container auth-page">
            <div class="auth-card">
                <h1>{i18n::FORGOT_TITLE()}</h1>
                <Show
                    when=move || sent.with(Option::is_some)
                    fallback=move || view! {
                        <p class="lead">{i18n::FORGOT_LEAD()}</p>
                        <form id="forgot-form" novalidate on:submit=on_submit>
                            <FormError message=form.form_error()/>
                            <Field
                                id="email"
                                label=i18n::LABEL_EMAIL()
                                input_type="email"
                                value=email
                                error=email_error
                                autocomplete="email"
                                form=form
                            />
                            <SubmitButton label=i18n::FORGOT_SUBMIT() pending_label=i18n::SENDING() pending=request.pending()/>
                        </form>
                    }
                >
                    <Notice message=sent/>
                    <p class="muted">{i18n::FORGOT_NEXT()}</p>
                </Show>
                <p class="auth-switch">
                    <a href="/login">{i18n::BACK_TO_LOGIN()}</a>
                </p>
            </div>
        </section>
    }
}
