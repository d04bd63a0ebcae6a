//! `/akun/profil`: see and change one's own data and password.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::auth::{ChangePasswordRequest, UpdateMeRequest, User};
use shared::password::check_full_name;
use shared::{Email, ErrorCode, Phone};

use super::register::{email_check, full_name_check, password_hint, phone_check, phone_hint};
use super::set_title;
use crate::api;
use crate::components::form_state::focus_first_invalid;
use crate::components::{Field, FormError, FormState, Notice, Skeleton, SubmitButton};
use crate::i18n;
use crate::state::use_auth;

#[component]
pub fn ProfilePage() -> impl IntoView {
    set_title(i18n::PROFILE_TITLE());
    let auth = use_auth();
    // Always ask the server: the stored copy may be older than another device's edit.
    let me = LocalResource::new(move || api::me::get(auth));

    view! {
        <header class="page-header">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <a href="/akun">{i18n::BREADCRUMB_ACCOUNT()}</a>
                <span aria-hidden="true">" / "</span>
                <span aria-current="page">{i18n::PROFILE_TITLE()}</span>
            </nav>
            <h1>{i18n::PROFILE_TITLE()}</h1>
        </header>
        <Transition fallback=|| view! {
            <div class="profile-grid">
                <section class="card"><Skeleton lines=6/></section>
                <section class="card"><Skeleton lines=4/></section>
            </div>
        }>
            {move || Suspend::new(async move {
                match me.await {
                    Ok(user) => view! { <ProfileForms user=user/> }.into_any(),
                    Err(err) => view! {
                        <div class="alert alert-error" role="alert" data-testid="form-error">
                            <p>{i18n::PROFILE_LOAD_FAILED()}" "{err.message()}</p>
                            <button type="button" class="btn btn-ghost btn-small" on:click=move |_| me.refetch()>
                                {i18n::RETRY()}
                            </button>
                        </div>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

/// Which of the two forms a notice belongs to; only the latest one shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Profile,
    Password,
}

#[component]
fn ProfileForms(user: User) -> impl IntoView {
    let auth = use_auth();
    let notice = RwSignal::new(None::<(Which, String)>);
    let notice_for = move |which: Which| {
        Signal::derive(move || {
            notice
                .get()
                .filter(|(w, _)| *w == which)
                .map(|(_, text)| text)
        })
    };

    // --- Data diri ---------------------------------------------------------
    let member_since = i18n::format_date(user.created_at);
    let role_label = user.role.label(crate::i18n::english());
    let original = RwSignal::new(user.clone());
    let full_name = RwSignal::new(user.full_name);
    let email = RwSignal::new(user.email);
    let phone = RwSignal::new(user.phone);
    let profile_form = FormState::new();
    let full_name_error = profile_form.error("full_name", full_name_check(full_name));
    let email_error = profile_form.error("email", email_check(email));
    let phone_error = profile_form.error("phone", phone_check(phone));

    // --- Kata sandi ----------------------------------------------------------
    let current_password = RwSignal::new(String::new());
    let new_password = RwSignal::new(String::new());
    let password_form = FormState::new();
    let password_check = move |field: &'static str| {
        move || {
            ChangePasswordRequest {
                current_password: current_password.get(),
                new_password: new_password.get(),
            }
            .validate()
            .err()
            .and_then(|mut fields| fields.remove(field))
        }
    };
    let current_error = password_form.error("current_password", password_check("current_password"));
    let new_error = password_form.error("new_password", password_check("new_password"));

    let save_profile = Action::new_local(move |req: &UpdateMeRequest| {
        let req = req.clone();
        async move {
            match api::me::update(auth, &req).await {
                Ok(user) => {
                    full_name.set(user.full_name.clone());
                    email.set(user.email.clone());
                    phone.set(user.phone.clone());
                    original.set(user);
                    profile_form.reset();
                    notice.set(Some((Which::Profile, i18n::PROFILE_SAVED().to_owned())));
                }
                Err(err) => profile_form.fail(&err),
            }
        }
    });

    let change_password = Action::new_local(move |req: &ChangePasswordRequest| {
        let req = req.clone();
        async move {
            match api::me::change_password(auth, &req).await {
                Ok(()) => {
                    current_password.set(String::new());
                    new_password.set(String::new());
                    password_form.reset();
                    notice.set(Some((
                        Which::Password,
                        i18n::PROFILE_PASSWORD_SAVED().to_owned(),
                    )));
                }
                Err(err) => password_form.fail_on(
                    &err,
                    "current_password",
                    &[ErrorCode::InvalidCredentials],
                ),
            }
        }
    });

    let on_profile_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if save_profile.pending().get_untracked() {
            return;
        }
        notice.set(None);
        password_form.clear_form_error();
        profile_form.submitting();
        let fields = [
            ("full_name", full_name_error),
            ("email", email_error),
            ("phone", phone_error),
        ];
        if fields.iter().any(|(_, e)| e.get_untracked().is_some()) {
            focus_first_invalid(&fields);
            return;
        }
        let req = changes(
            &original.get_untracked(),
            &full_name.get_untracked(),
            &email.get_untracked(),
            &phone.get_untracked(),
        );
        if req.full_name.is_none() && req.email.is_none() && req.phone.is_none() {
            notice.set(Some((
                Which::Profile,
                i18n::PROFILE_NO_CHANGES().to_owned(),
            )));
            return;
        }
        save_profile.dispatch(req);
    };

    let on_password_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if change_password.pending().get_untracked() {
            return;
        }
        notice.set(None);
        profile_form.clear_form_error();
        password_form.submitting();
        let fields = [
            ("current_password", current_error),
            ("new_password", new_error),
        ];
        if fields.iter().any(|(_, e)| e.get_untracked().is_some()) {
            focus_first_invalid(&fields);
            return;
        }
        change_password.dispatch(ChangePasswordRequest {
            current_password: current_password.get_untracked(),
            new_password: new_password.get_untracked(),
        });
    };

    view! {
        <div class="profile-grid">
            <section class="card" aria-labelledby="profile-data-title">
                <h2 id="profile-data-title">{i18n::PROFILE_DATA_TITLE()}</h2>
                <p class="muted">
                    {role_label}" · "{i18n::PROFILE_MEMBER_SINCE()}" "{member_since}
                </p>
                <form id="profile-form" novalidate on:submit=on_profile_submit>
                    <Notice message=notice_for(Which::Profile)/>
                    <FormError message=profile_form.form_error()/>
                    <Field
                        id="full_name"
                        label=i18n::LABEL_FULL_NAME()
                        value=full_name
                        error=full_name_error
                        autocomplete="name"
                        form=profile_form
                    />
                    <Field
                        id="email"
                        label=i18n::LABEL_EMAIL()
                        input_type="email"
                        value=email
                        error=email_error
                        autocomplete="email"
                        form=profile_form
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
                        form=profile_form
                    />
                    <SubmitButton label=i18n::PROFILE_SAVE() pending_label=i18n::SAVING() pending=save_profile.pending()/>
                </form>
            </section>

            <section class="card" aria-labelledby="profile-password-title">
                <h2 id="profile-password-title">{i18n::PROFILE_PASSWORD_TITLE()}</h2>
                <p class="muted">{i18n::PROFILE_PASSWORD_LEAD()}</p>
                <form id="password-form" novalidate on:submit=on_password_submit>
                    <Notice message=notice_for(Which::Password)/>
                    <FormError message=password_form.form_error()/>
                    <Field
                        id="current_password"
                        label=i18n::LABEL_CURRENT_PASSWORD()
                        input_type="password"
                        value=current_password
                        error=current_error
                        autocomplete="current-password"
                        form=password_form
                    />
                    <Field
                        id="new_password"
                        label=i18n::LABEL_NEW_PASSWORD()
                        input_type="password"
                        value=new_password
                        error=new_error
                        autocomplete="new-password"
                        hint=password_hint(new_password)
                        form=password_form
                    />
                    <SubmitButton label=i18n::PROFILE_PASSWORD_SAVE() pending_label=i18n::SAVING() pending=change_password.pending()/>
                </form>
            </section>
        </div>
    }
}

/// The PATCH body: only the fields that differ from what the server has, once
/// normalised the way the server will (so "0812…" vs "+62812…" is no change).
/// A field that does not parse is sent as typed, for the server to refuse.
fn changes(original: &User, full_name: &str, email: &str, phone: &str) -> UpdateMeRequest {
    let name_changed = check_full_name(full_name).map_or(true, |n| n != original.full_name);
    let email_changed = Email::parse(email).map_or(true, |e| e.as_str() != original.email);
    let phone_changed = Phone::parse(phone).map_or(true, |p| p.as_str() != original.phone);
    UpdateMeRequest {
        full_name: name_changed.then(|| full_name.to_owned()),
        email: email_changed.then(|| email.to_owned()),
        phone: phone_changed.then(|| phone.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sari() -> User {
        User {
            id: uuid::Uuid::nil(),
            full_name: "Sari Dewi".into(),
            email: "sari@mail.com".into(),
            phone: "+6281234567890".into(),
            role: shared::Role::Client,
            active: true,
            created_at: chrono::DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn unchanged_fields_are_left_out_of_the_patch() {
        let req = changes(&sari(), " Sari  Dewi ", "SARI@mail.com", "0812-3456-7890");
        assert!(req.full_name.is_none() && req.email.is_none() && req.phone.is_none());
    }

    #[test]
    fn changed_or_unparsable_fields_are_sent_as_typed() {
        let req = changes(&sari(), "Sari Lestari", "sari@mail", "0812-3456-7890");
        assert_eq!(req.full_name.as_deref(), Some("Sari Lestari"));
        assert_eq!(req.email.as_deref(), Some("sari@mail"));
        assert!(req.phone.is_none());
    }
}
