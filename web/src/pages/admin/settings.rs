//! `/admin/pengaturan` (superadmin): the studio's profile, booking rules and
//! notification channels (`#settings-form`), checked as typed with
//! `StudioSettings::validate`.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::catalogue::StudioSettings;
use shared::{FieldErrors, Role};

use super::RequireRole;
use crate::api;
use crate::components::form_state::focus_first_invalid;
use crate::components::inputs::parse_number;
use crate::components::{
    CheckboxField, Field, FormError, FormState, LoadError, Notice, Skeleton, SubmitButton,
    TextAreaField,
};
use crate::i18n;
use crate::i18n::human_minutes;
use crate::pages::register::phone_hint;
use crate::pages::set_title;
use crate::state::use_auth;

/// Time zones of Indonesia, offered as suggestions.
const TIMEZONES: [&str; 3] = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"];

#[component]
pub fn AdminSettingsPage() -> impl IntoView {
    set_title(i18n::SETTINGS_TITLE());
    view! {
        <RequireRole min=Role::Superadmin>
            <SettingsLoader/>
        </RequireRole>
    }
}

#[component]
fn SettingsLoader() -> impl IntoView {
    let settings = LocalResource::new(api::settings::get);
    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::SETTINGS_EYEBROW()}</p>
            <h1>{i18n::SETTINGS_TITLE()}</h1>
            <p class="lead">{i18n::SETTINGS_LEAD()}</p>
        </header>
        <Transition fallback=|| view! { <section class="card"><Skeleton lines=10/></section> }>
            {move || Suspend::new(async move {
                match settings.await {
                    Ok(s) => view! { <SettingsForm initial=s/> }.into_any(),
                    Err(error) => view! {
                        <LoadError error=error what=i18n::SETTINGS_LOAD_FAILED() retry=Callback::new(move |()| settings.refetch())/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

/// The inputs as typed, one signal each.
#[derive(Clone, Copy)]
struct Inputs {
    name: RwSignal<String>,
    address: RwSignal<String>,
    email: RwSignal<String>,
    phone: RwSignal<String>,
    timezone: RwSignal<String>,
    dp_percent: RwSignal<String>,
    payment_deadline_minutes: RwSignal<String>,
    reupload_window_minutes: RwSignal<String>,
    capacity: RwSignal<String>,
    min_lead_days: RwSignal<String>,
    balance_due_days: RwSignal<String>,
    balance_reminder_days: RwSignal<String>,
    whatsapp_enabled: RwSignal<bool>,
}

impl Inputs {
    fn new(s: &StudioSettings) -> Inputs {
        let text = |v: String| RwSignal::new(v);
        Inputs {
            name: text(s.name.clone()),
            address: text(s.address.clone()),
            email: text(s.email.clone()),
            phone: text(s.phone.clone()),
            timezone: text(s.timezone.clone()),
            dp_percent: text(s.dp_percent.to_string()),
            payment_deadline_minutes: text(s.payment_deadline_minutes.to_string()),
            reupload_window_minutes: text(s.reupload_window_minutes.to_string()),
            capacity: text(s.capacity.to_string()),
            min_lead_days: text(s.min_lead_days.to_string()),
            balance_due_days: text(s.balance_due_days.to_string()),
            balance_reminder_days: text(s.balance_reminder_days.to_string()),
            whatsapp_enabled: RwSignal::new(s.whatsapp_enabled),
        }
    }

    fn set(&self, s: &StudioSettings) {
        let fresh = Inputs::new(s);
        for (mine, theirs) in self.all().into_iter().zip(fresh.all()) {
            mine.set(theirs.get_untracked());
        }
        self.whatsapp_enabled.set(s.whatsapp_enabled);
    }

    /// The text inputs (the WhatsApp switch is the one checkbox).
    fn all(&self) -> [RwSignal<String>; 12] {
        [
            self.name,
            self.address,
            self.email,
            self.phone,
            self.timezone,
            self.dp_percent,
            self.payment_deadline_minutes,
            self.reupload_window_minutes,
            self.capacity,
            self.min_lead_days,
            self.balance_due_days,
            self.balance_reminder_days,
        ]
    }

    /// The settings to send, or every problem by JSON field name (tracked).
    fn read(&self) -> Result<StudioSettings, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut number = |field: &str, value: RwSignal<String>| -> u32 {
            value
                .with(|v| parse_number::<u32>(v))
                .unwrap_or_else(|msg| {
                    errors.insert(field.to_owned(), msg.to_owned());
                    0
                })
        };
        let dp = number("dp_percent", self.dp_percent);
        let settings = StudioSettings {
            name: self.name.get().trim().to_owned(),
            address: self.address.get().trim().to_owned(),
            email: self.email.get().trim().to_owned(),
            phone: self.phone.get().trim().to_owned(),
            timezone: self.timezone.get().trim().to_owned(),
            // Above 255 is out of range too: `validate` says "1–100".
            dp_percent: u8::try_from(dp).unwrap_or(0),
            payment_deadline_minutes: number(
                "payment_deadline_minutes",
                self.payment_deadline_minutes,
            ),
            reupload_window_minutes: number(
                "reupload_window_minutes",
                self.reupload_window_minutes,
            ),
            capacity: number("capacity", self.capacity),
            min_lead_days: number("min_lead_days", self.min_lead_days),
            balance_due_days: number("balance_due_days", self.balance_due_days),
            balance_reminder_days: number("balance_reminder_days", self.balance_reminder_days),
            whatsapp_enabled: self.whatsapp_enabled.get(),
        };
        if settings.timezone.is_empty() {
            errors.insert("timezone".into(), i18n::TIMEZONE_REQUIRED().into());
        }
        if let Err(rules) = settings.validate() {
            for (field, msg) in rules {
                errors.entry(field).or_insert(msg);
            }
        }
        if errors.is_empty() {
            Ok(settings)
        } else {
            Err(errors)
        }
    }
}

#[component]
fn SettingsForm(initial: StudioSettings) -> impl IntoView {
    let auth = use_auth();
    let inputs = Inputs::new(&initial);
    let draft = Memo::new(move |_| inputs.read());
    let form = FormState::new();
    let notice = RwSignal::new(None::<String>);
    let check = move |field: &'static str| {
        form.error(field, move || {
            draft.with(|d| d.as_ref().err().and_then(|e| e.get(field).cloned()))
        })
    };
    const FIELDS: [&str; 12] = [
        "name",
        "address",
        "email",
        "phone",
        "timezone",
        "dp_percent",
        "payment_deadline_minutes",
        "reupload_window_minutes",
        "capacity",
        "min_lead_days",
        "balance_due_days",
        "balance_reminder_days",
    ];
    let errors = FIELDS.map(|f| (f, check(f)));
    let error = move |field: &str| {
        errors
            .iter()
            .find(|(f, _)| *f == field)
            .map_or_else(|| Signal::derive(|| None), |(_, e)| *e)
    };
    let minutes_hint = |help: &'static str, value: RwSignal<String>| {
        Signal::derive(move || match value.with(|v| parse_number::<u32>(v)) {
            Ok(m) if m > 0 => format!("{help} ({})", human_minutes(m)),
            _ => help.to_owned(),
        })
    };

    let save = Action::new_local(move |s: &StudioSettings| {
        let s = s.clone();
        async move {
            match api::settings::update(auth, &s).await {
                Ok(saved) => {
                    inputs.set(&saved);
                    form.reset();
                    notice.set(Some(i18n::SETTINGS_SAVED().to_owned()));
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
        notice.set(None);
        form.submitting();
        match draft.get_untracked() {
            Ok(s) => {
                save.dispatch(s);
            }
            Err(_) => focus_first_invalid(&errors),
        }
    };

    view! {
        <form id="settings-form" class="settings-form" novalidate on:submit=on_submit>
            <div class="flash"><Notice message=notice/></div>
            <FormError message=form.form_error()/>
            <fieldset class="card">
                <legend>{i18n::SETTINGS_PROFILE()}</legend>
                <div class="form-grid">
                    <Field id="name" label=i18n::LABEL_STUDIO_NAME() value=inputs.name error=error("name") hint=i18n::HINT_STUDIO_NAME() form=form/>
                    <Field id="email" label=i18n::LABEL_STUDIO_EMAIL() input_type="email" value=inputs.email error=error("email") hint=i18n::HINT_STUDIO_EMAIL() form=form/>
                    <Field id="phone" label=i18n::LABEL_STUDIO_PHONE() input_type="tel" inputmode="tel" value=inputs.phone error=error("phone") hint=phone_hint(inputs.phone) form=form/>
                    <Field id="timezone" label=i18n::LABEL_TIMEZONE() value=inputs.timezone error=error("timezone") list="timezones" autocomplete="off" hint=i18n::HINT_TIMEZONE() form=form/>
                </div>
                <datalist id="timezones">
                    {TIMEZONES.map(|t| view! { <option value=t></option> }).collect_view()}
                </datalist>
                <TextAreaField id="address" label=i18n::LABEL_STUDIO_ADDRESS() value=inputs.address error=error("address") rows=2 hint=i18n::HINT_STUDIO_ADDRESS() form=form/>
            </fieldset>
            <fieldset class="card">
                <legend>{i18n::SETTINGS_RULES()}</legend>
                <div class="form-grid">
                    <Field id="dp_percent" label=i18n::LABEL_DP_PERCENT() value=inputs.dp_percent error=error("dp_percent") inputmode="numeric" autocomplete="off" hint=i18n::HINT_DP_PERCENT() form=form/>
                    <Field id="capacity" label=i18n::LABEL_CAPACITY() value=inputs.capacity error=error("capacity") inputmode="numeric" autocomplete="off" hint=i18n::HINT_CAPACITY() form=form/>
                    <Field
                        id="payment_deadline_minutes"
                        label=i18n::LABEL_PAYMENT_DEADLINE()
                        value=inputs.payment_deadline_minutes
                        error=error("payment_deadline_minutes")
                        inputmode="numeric"
                        autocomplete="off"
                        hint=minutes_hint(i18n::HINT_PAYMENT_DEADLINE(), inputs.payment_deadline_minutes)
                        form=form
                    />
                    <Field
                        id="reupload_window_minutes"
                        label=i18n::LABEL_REUPLOAD_WINDOW()
                        value=inputs.reupload_window_minutes
                        error=error("reupload_window_minutes")
                        inputmode="numeric"
                        autocomplete="off"
                        hint=minutes_hint(i18n::HINT_REUPLOAD_WINDOW(), inputs.reupload_window_minutes)
                        form=form
                    />
                    <Field id="min_lead_days" label=i18n::LABEL_MIN_LEAD_DAYS() value=inputs.min_lead_days error=error("min_lead_days") inputmode="numeric" autocomplete="off" hint=i18n::HINT_MIN_LEAD_DAYS() form=form/>
                    <Field id="balance_due_days" label=i18n::LABEL_BALANCE_DUE_DAYS() value=inputs.balance_due_days error=error("balance_due_days") inputmode="numeric" autocomplete="off" hint=i18n::HINT_BALANCE_DUE_DAYS() form=form/>
                </div>
            </fieldset>
            <fieldset class="card">
                <legend>{i18n::SETTINGS_NOTIFICATIONS()}</legend>
                <div class="form-grid">
                    <Field id="balance_reminder_days" label=i18n::LABEL_BALANCE_REMINDER_DAYS() value=inputs.balance_reminder_days error=error("balance_reminder_days") inputmode="numeric" autocomplete="off" hint=i18n::HINT_BALANCE_REMINDER_DAYS() form=form/>
                </div>
                <CheckboxField id="whatsapp_enabled" label=i18n::LABEL_WHATSAPP_ENABLED() checked=inputs.whatsapp_enabled hint=i18n::HINT_WHATSAPP_ENABLED() form=form/>
            </fieldset>
            <div class="form-actions">
                <SubmitButton label=i18n::SETTINGS_SAVE() pending_label=i18n::SAVING() pending=save.pending() id="save-settings"/>
            </div>
        </form>
    }
}
