use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::auth::RegisterRequest;
use shared::password::{check_full_name, check_password};
use shared::{Email, Phone};

use super::login::{leave_when_signed_in, with_next};
use super::set_title;
use crate::api;
use crate::components::form_state::focus_first_invalid;
use crate::components::{Field, FormError, FormState, SubmitButton};
use crate::i18n;
use crate::state::use_auth;

/// The live line under a password input: what the policy still wants, or
/// that it is satisfied. Shared by every form that sets a password.
pub fn password_hint(value: RwSignal<String>) -> Signal<String> {
    Signal::derive(move || {
        value.with(|v| {
            if v.is_empty() {
                i18n::HINT_PASSWORD().to_owned()
            } else {
                match check_password(v) {
                    Ok(()) => i18n::HINT_PASSWORD_OK().to_owned(),
                    Err(missing) => missing.to_owned(),
                }
            }
        })
    })
}

/// The live line under a phone input: the number as it will be stored once
/// it parses, else an example.
pub fn phone_hint(value: RwSignal<String>) -> Signal<String> {
    Signal::derive(move || {
        value.with(|v| match Phone::parse(v) {
            Ok(phone) => format!("{} {phone}", i18n::HINT_PHONE_SAVED_AS()),
            Err(_) => i18n::HINT_PHONE().to_owned(),
        })
    })
}

pub fn full_name_check(
    value: RwSignal<String>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || value.with(|v| check_full_name(v).err().map(str::to_owned))
}

pub fn email_check(value: RwSignal<String>) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || value.with(|v| Email::parse(v).err().map(str::to_owned))
}

pub fn phone_check(value: RwSignal<String>) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || value.with(|v| Phone::parse(v).err().map(str::to_owned))
}

pub fn password_check(
    value: RwSignal<String>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || value.with(|v| check_password(v).err().map(str::to_owned))
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    set_title(i18n::REGISTER_TITLE());
    let auth = use_auth();
    leave_when_signed_in(auth);

    let full_name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let form = FormState::new();
    let full_name_error = form.error("full_name", full_name_check(full_name));
    let email_error = form.error("email", email_check(email));
    let phone_error = form.error("phone", phone_check(phone));
    let password_error = form.error("password", password_check(password));

    let register = Action::new_local(move |req: &RegisterRequest| {
        let req = req.clone();
        async move {
            if let Err(err) = api::auth::register(auth, &req).await {
                form.fail(&err);
            }
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if register.pending().get_untracked() {
            return;
        }
        form.submitting();
        let req = RegisterRequest {
            full_name: full_name.get_untracked(),
            email: email.get_untracked(),
            phone: phone.get_untracked(),
            password: password.get_untracked(),
        };
        if req.validate().is_err() {
            focus_first_invalid(&[
                ("full_name", full_name_error),
                ("email", email_error),
                ("phone", phone_error),
                ("password", password_error),
            ]);
            return;
        }
        register.dispatch(req);
    };

    view! {
        <section class="container auth-page">
            <div class="auth-card">
                <h1>{i18n::REGISTER_TITLE()}</h1>
                <p class="lead">{i18n::REGISTER_LEAD()}</p>
                <form id="register-form" novalidate on:submit=on_submit>
                    <FormError message=form.form_error()/>
                    <Field
                        id="full_name"
                        label=i18n::LABEL_FULL_NAME()
                        value=full_name
                        error=full_name_error
                        autocomplete="name"
                        hint=i18n::HINT_FULL_NAME().to_owned()
                        form=form
                    />
                    <Field
                        id="email"
                        label=i18n::LABEL_EMAIL()
                        input_type="email"
                        value=email
                        error=email_error
                        autocomplete="email"
                        form=form
                    />
                    <Field
                        id="phone"
                        label=i18n::LABEL_PHONE()
                        input_type="tel"
                        value=phone
                        error=phone_error
                        autocomplete="tel"
                        inputmode="tel"
                        hint=phone_hint(phone)
                        form=form
                    />
                    <Field
                        id="password"
                        label=i18n::LABEL_PASSWORD()
                        input_type="password"
                        value=password
                        error=password_error
                        autocomplete="new-password"
                        hint=password_hint(password)
                        form=form
                    />
                    <SubmitButton label=i18n::REGISTER_SUBMIT() pending_label=i18n::REGISTER_PENDING() pending=register.pending()/>
                </form>
                <p class="auth-switch">
                    {i18n::REGISTER_HAVE_ACCOUNT()}" "
                    <a href=with_next("/login")>{i18n::REGISTER_LOGIN_LINK()}</a>
                </p>
            </div>
        </section>
    }
}
