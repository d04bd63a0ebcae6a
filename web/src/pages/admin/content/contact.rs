//! The studio's contact details (`#contact-form`), checked with
//! `ContactInput::validate` before they are sent; the API's verdict per
//! field shows under each input.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::site::{ContactDetails, ContactInput};
use shared::FieldErrors;

use super::inputs::{Outcome, SaveButton, TextInput};
use crate::api;
use crate::i18n;
use crate::state::use_auth;

/// The inputs as typed, one signal each.
#[derive(Clone, Copy)]
struct Inputs {
    whatsapp: RwSignal<String>,
    email: RwSignal<String>,
    address: RwSignal<String>,
    hours: RwSignal<String>,
    hours_en: RwSignal<String>,
    instagram: RwSignal<String>,
    maps_url: RwSignal<String>,
}

impl Inputs {
    fn new(c: &ContactDetails) -> Inputs {
        Inputs {
            whatsapp: RwSignal::new(c.whatsapp.clone()),
            email: RwSignal::new(c.email.clone()),
            address: RwSignal::new(c.address.clone()),
            hours: RwSignal::new(c.hours.clone()),
            hours_en: RwSignal::new(c.hours_en.clone()),
            instagram: RwSignal::new(c.instagram.clone()),
            maps_url: RwSignal::new(c.maps_url.clone()),
        }
    }

    fn set(&self, c: &ContactDetails) {
        self.whatsapp.set(c.whatsapp.clone());
        self.email.set(c.email.clone());
        self.address.set(c.address.clone());
        self.hours.set(c.hours.clone());
        self.hours_en.set(c.hours_en.clone());
        self.instagram.set(c.instagram.clone());
        self.maps_url.set(c.maps_url.clone());
    }

    fn read(&self) -> ContactInput {
        ContactInput {
            whatsapp: self.whatsapp.get_untracked(),
            email: self.email.get_untracked(),
            address: self.address.get_untracked(),
            hours: self.hours.get_untracked(),
            hours_en: self.hours_en.get_untracked(),
            instagram: self.instagram.get_untracked(),
            maps_url: self.maps_url.get_untracked(),
        }
    }
}

/// The inputs' ids, in form order, by API field.
const FIELD_IDS: [(&str, &str); 7] = [
    ("whatsapp", "contact-input-whatsapp"),
    ("email", "contact-input-email"),
    ("address", "contact-input-address"),
    ("hours", "contact-input-hours"),
    ("hours_en", "contact-input-hours-en"),
    ("instagram", "contact-input-instagram"),
    ("maps_url", "contact-input-maps-url"),
];

/// Focuses the first input with an error.
fn focus_first_error(errors: &FieldErrors) {
    use wasm_bindgen::JsCast;
    let Some((_, id)) = FIELD_IDS.iter().find(|(f, _)| errors.contains_key(*f)) else {
        return;
    };
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

#[component]
pub fn ContactPanel(contact: RwSignal<ContactDetails>) -> impl IntoView {
    let auth = use_auth();
    let inputs = contact.with_untracked(Inputs::new);
    let errors = RwSignal::new(FieldErrors::new());
    let notice = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let pending = RwSignal::new(false);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        notice.set(None);
        problem.set(None);
        let input = inputs.read();
        if let Err(fields) = input.validate() {
            focus_first_error(&fields);
            errors.set(fields);
            return;
        }
        errors.set(FieldErrors::new());
        pending.set(true);
        spawn_local(async move {
            match api::site::update_contact(auth, &input).await {
                Ok(saved) => {
                    inputs.set(&saved);
                    let _ = contact.try_set(saved);
                    let _ = notice.try_set(Some(i18n::CONTENT_CONTACT_SAVED().to_owned()));
                }
                Err(err) => {
                    let fields = err.field_errors();
                    focus_first_error(&fields);
                    let _ = errors.try_set(fields);
                    let _ = problem.try_set(Some(err.message()));
                }
            }
            let _ = pending.try_set(false);
        });
    };

    let id = |field: &str| {
        FIELD_IDS
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, id)| *id)
    };
    view! {
        <form class="card content-panel" id="contact-form" novalidate aria-labelledby="content-contact-title" on:submit=on_submit>
            <h2 id="content-contact-title">{i18n::CONTENT_CONTACT_TITLE()}</h2>
            <p class="muted">{i18n::CONTENT_CONTACT_LEAD()}</p>
            <div class="flash"><Outcome notice=notice problem=problem/></div>
            <div class="form-grid">
                <TextInput id=id("whatsapp") field="whatsapp" label=i18n::CONTENT_LABEL_WHATSAPP() value=inputs.whatsapp errors=errors hint=i18n::CONTENT_HINT_WHATSAPP() input_type="tel" inputmode="tel" autocomplete="off"/>
                <TextInput id=id("email") field="email" label=i18n::CONTENT_LABEL_EMAIL() value=inputs.email errors=errors input_type="email" autocomplete="off"/>
            </div>
            <TextInput id=id("address") field="address" label=i18n::CONTENT_LABEL_ADDRESS() value=inputs.address errors=errors/>
            <div class="form-grid">
                <TextInput id=id("hours") field="hours" label=i18n::CONTENT_LABEL_HOURS() value=inputs.hours errors=errors hint=i18n::CONTENT_HINT_HOURS()/>
                <TextInput id=id("hours_en") field="hours_en" label=i18n::CONTENT_LABEL_HOURS_EN() value=inputs.hours_en errors=errors hint=i18n::CONTENT_HINT_HOURS_EN() optional=true/>
                <TextInput id=id("instagram") field="instagram" label=i18n::CONTENT_LABEL_INSTAGRAM() value=inputs.instagram errors=errors hint=i18n::CONTENT_HINT_INSTAGRAM() optional=true autocomplete="off"/>
                <TextInput id=id("maps_url") field="maps_url" label=i18n::CONTENT_LABEL_MAPS() value=inputs.maps_url errors=errors hint=i18n::CONTENT_HINT_MAPS() optional=true input_type="url" autocomplete="off"/>
            </div>
            <div class="form-actions">
                <SaveButton id="contact-save" label=i18n::CONTENT_CONTACT_SAVE() pending=pending/>
            </div>
        </form>
    }
}
