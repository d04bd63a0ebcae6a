//! The superadmin's form that adds a crew account (`#staff-form`). Without a
//! password the person gets an email invitation to choose one.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::auth::User;
use shared::backoffice::CreateStaff;
use shared::password::{check_full_name, check_password};
use shared::{Email, FieldErrors, Phone, Role};

use super::CREW_ROLES;
use crate::api;
use crate::components::form_state::focus_first_invalid;
use crate::components::{Field, FormError, FormState, SelectField, SubmitButton};
use crate::i18n;
use crate::pages::register::{
    email_check, full_name_check, password_hint, phone_check, phone_hint,
};
use crate::state::use_auth;

/// The form's inputs as typed.
#[derive(Debug, Clone, PartialEq)]
struct StaffText {
    full_name: String,
    email: String,
    phone: String,
    role: String,
    password: String,
}

impl StaffText {
    /// The account to create, cleaned by the shared parsers, or every
    /// problem by JSON field name. An empty password means an invitation.
    fn read(&self) -> Result<CreateStaff, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut note = |field: &str, result: Result<(), &str>| {
            if let Err(msg) = result {
                errors.insert(field.into(), msg.into());
            }
        };
        let full_name = check_full_name(&self.full_name);
        note("full_name", full_name.as_ref().map(|_| ()).map_err(|e| *e));
        let email = Email::parse(&self.email);
        note("email", email.as_ref().map(|_| ()).map_err(|e| *e));
        let phone = Phone::parse(&self.phone);
        note("phone", phone.as_ref().map(|_| ()).map_err(|e| *e));
        let role = Role::parse(&self.role).filter(|r| CREW_ROLES.contains(r));
        note("role", role.map(|_| ()).ok_or(i18n::TEAM_ROLE_REQUIRED()));
        let password = Some(self.password.clone()).filter(|p| !p.is_empty());
        if let Some(p) = &password {
            note("password", check_password(p));
        }
        match (full_name, email, phone, role) {
            (Ok(full_name), Ok(email), Ok(phone), Some(role)) if errors.is_empty() => {
                Ok(CreateStaff {
                    full_name,
                    email: email.to_string(),
                    phone: phone.to_string(),
                    role,
                    password,
                })
            }
            _ => Err(errors),
        }
    }
}

/// What to tell the superadmin once the account exists.
pub fn created_notice(user: &User, invited: bool) -> String {
    let who = format!(
        "{} ({})",
        user.full_name,
        user.role.label(crate::i18n::english())
    );
    if invited {
        format!(
            "{} {who} {} {}.",
            i18n::TEAM_CREATED(),
            i18n::TEAM_INVITED_TAIL(),
            user.email
        )
    } else {
        format!("{} {who} {}", i18n::TEAM_CREATED(), i18n::TEAM_READY_TAIL())
    }
}

#[component]
pub fn StaffForm(on_created: Callback<(User, bool)>) -> impl IntoView {
    let auth = use_auth();
    let full_name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Staff.as_str().to_owned());
    let password = RwSignal::new(String::new());

    let form = FormState::new();
    let full_name_error = form.error("full_name", full_name_check(full_name));
    let email_error = form.error("email", email_check(email));
    let phone_error = form.error("phone", phone_check(phone));
    let role_error = form.error("role", move || {
        role.with(|r| {
            Role::parse(r)
                .is_none()
                .then(|| i18n::TEAM_ROLE_REQUIRED().to_owned())
        })
    });
    let password_error = form.error("password", move || {
        password.with(|p| {
            (!p.is_empty())
                .then(|| check_password(p).err().map(str::to_owned))
                .flatten()
        })
    });
    let typed_hint = password_hint(password);
    let pw_hint = Signal::derive(move || {
        if password.with(String::is_empty) {
            i18n::TEAM_HINT_PASSWORD().to_owned()
        } else {
            typed_hint.get()
        }
    });

    let save = Action::new_local(move |req: &CreateStaff| {
        let req = req.clone();
        async move {
            let invited = req.password.is_none();
            match api::users::create(auth, &req).await {
                Ok(user) => {
                    full_name.set(String::new());
                    email.set(String::new());
                    phone.set(String::new());
                    password.set(String::new());
                    form.reset();
                    on_created.run((user, invited));
                }
                Err(err) => form.fail(&err),
            }
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if save.pending().get_untracked() {
            return;
        }
        form.submitting();
        let text = StaffText {
            full_name: full_name.get_untracked(),
            email: email.get_untracked(),
            phone: phone.get_untracked(),
            role: role.get_untracked(),
            password: password.get_untracked(),
        };
        match text.read() {
            Ok(req) => {
                save.dispatch(req);
            }
            Err(_) => focus_first_invalid(&[
                ("full_name", full_name_error),
                ("email", email_error),
                ("phone", phone_error),
                ("role", role_error),
                ("password", password_error),
            ]),
        }
    };

    let roles: Vec<(&'static str, &'static str)> = CREW_ROLES
        .iter()
        .map(|r| (r.as_str(), r.label(crate::i18n::english())))
        .collect();

    view! {
        <section class="card editor" aria-labelledby="staff-form-title">
            <h2 id="staff-form-title">{i18n::TEAM_NEW_TITLE()}</h2>
            <p class="muted">{i18n::TEAM_NEW_TEXT()}</p>
            <form id="staff-form" novalidate on:submit=on_submit>
                <FormError message=form.form_error()/>
                <div class="form-grid">
                    <Field id="full_name" label=i18n::LABEL_FULL_NAME() value=full_name error=full_name_error autocomplete="off" form=form/>
                    <Field id="email" label=i18n::LABEL_EMAIL() input_type="email" value=email error=email_error autocomplete="off" form=form/>
                    <Field id="phone" label=i18n::LABEL_PHONE() input_type="tel" inputmode="tel" value=phone error=phone_error autocomplete="off" hint=phone_hint(phone) form=form/>
                    <SelectField id="role" label=i18n::TEAM_LABEL_ROLE() value=role options=roles error=role_error hint=i18n::TEAM_HINT_ROLE() form=form/>
                    <Field id="password" label=i18n::TEAM_LABEL_PASSWORD() input_type="password" value=password error=password_error autocomplete="new-password" hint=pw_hint form=form/>
                </div>
                <div class="form-actions">
                    <SubmitButton label=i18n::TEAM_CREATE() pending_label=i18n::SAVING() pending=save.pending() id="save-staff"/>
                </div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed() -> StaffText {
        StaffText {
            full_name: "  Rina Sitorus ".into(),
            email: " Rina@Studio.ID ".into(),
            phone: "0812-3456-7890".into(),
            role: "admin".into(),
            password: String::new(),
        }
    }

    #[test]
    fn without_a_password_the_person_is_invited() {
        let req = typed().read().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(req.full_name, "Rina Sitorus");
        assert_eq!(req.email, "rina@studio.id");
        assert_eq!(req.phone, "+6281234567890");
        assert_eq!(req.role, Role::Admin);
        assert_eq!(req.password, None);
    }

    #[test]
    fn a_good_password_is_sent_as_typed() {
        let req = StaffText {
            password: "Rahasia123".into(),
            ..typed()
        }
        .read()
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(req.password.as_deref(), Some("Rahasia123"));
    }

    #[test]
    fn every_problem_is_reported_on_its_field() {
        let errors = StaffText {
            full_name: " ".into(),
            email: "rina".into(),
            phone: "12345".into(),
            role: "client".into(),
            password: "short".into(),
        }
        .read()
        .err()
        .unwrap_or_default();
        for field in ["full_name", "email", "phone", "role", "password"] {
            assert!(errors.contains_key(field), "{field}: {errors:?}");
        }
    }

    #[test]
    fn the_notice_says_whether_an_invitation_went_out() {
        let user = User {
            id: uuid::Uuid::nil(),
            full_name: "Rina".into(),
            email: "rina@studio.id".into(),
            phone: "+6281234567890".into(),
            role: Role::Staff,
            active: true,
            created_at: chrono::DateTime::UNIX_EPOCH,
        };
        assert!(created_notice(&user, true).contains("rina@studio.id"));
        assert!(created_notice(&user, true).contains("Rina (Kru)"));
        assert!(!created_notice(&user, false).contains("rina@studio.id"));
    }
}
