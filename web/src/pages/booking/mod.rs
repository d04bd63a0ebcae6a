//! `/booking?package=<id>`: the booking wizard. Public until the last step:
//! package, date (from `/availability`), start time (timed packages only),
//! location and notes, then a review with the payment option. A visitor who
//! is not signed in keeps their choices (localStorage) while they sign in or
//! register, and comes back to the review.

mod calendar;
pub(crate) mod plan;

use chrono::{Duration, NaiveDate};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use shared::booking_dto::{
    format_hhmm, Booking, CreateBookingRequest, DayAvailability, PaymentOption,
};
use shared::catalogue::{Package, StudioSettings};
use shared::{ErrorCode, Role};
use uuid::Uuid;

use self::calendar::Calendar;
use self::plan::{
    clear_draft, day_open_for, hours_of, load_draft, save_draft, slot_label, start_slots, Draft,
    Month,
};
use super::pricelist::duration_label;
use super::{login_url, set_title};
use crate::api::{self, ApiError};
use crate::components::form_state::focus_first_invalid;
use crate::components::{Field, FormError, FormState, LoadError, Skeleton, Spinner, TextAreaField};
use crate::i18n;
use crate::state::use_auth;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Package,
    Date,
    Time,
    Details,
    Review,
}

impl Step {
    fn label(self) -> &'static str {
        match self {
            Step::Package => i18n::STEP_PACKAGE(),
            Step::Date => i18n::STEP_DATE(),
            Step::Time => i18n::STEP_TIME(),
            Step::Details => i18n::STEP_DETAILS(),
            Step::Review => i18n::STEP_REVIEW(),
        }
    }
}

/// The wizard's steps for a package: full-day packages have no start time.
fn steps_for(full_day: bool) -> Vec<Step> {
    let mut steps = vec![
        Step::Package,
        Step::Date,
        Step::Time,
        Step::Details,
        Step::Review,
    ];
    if full_day {
        steps.retain(|s| *s != Step::Time);
    }
    steps
}

#[component]
pub fn BookingPage() -> impl IntoView {
    set_title(i18n::BOOKING_TITLE());
    let query = use_query_map();
    let package_id = Memo::new(move |_| {
        query
            .with(|q| q.get("package"))
            .and_then(|s| Uuid::parse_str(s.trim()).ok())
    });
    let settings = LocalResource::new(api::settings::get);

    view! {
        <section class="page-hero page-hero-compact">
            <div class="container">
                <p class="eyebrow">{i18n::BOOKING_EYEBROW()}</p>
                <h1>{i18n::BOOKING_TITLE()}</h1>
                <p class="lead">{i18n::BOOKING_LEAD()}</p>
            </div>
        </section>
        <div class="container booking">
            {move || match package_id.get() {
                None => view! { <NoPackage inactive=false/> }.into_any(),
                Some(id) => view! { <WizardLoader id=id settings=settings/> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn WizardLoader(
    id: Uuid,
    settings: LocalResource<Result<StudioSettings, ApiError>>,
) -> impl IntoView {
    let package = LocalResource::new(move || api::packages::get(id));
    let retry = Callback::new(move |()| {
        package.refetch();
        settings.refetch();
    });
    view! {
        <Transition fallback=WizardSkeleton>
            {move || Suspend::new(async move {
                let (package, settings) = (package.await, settings.await);
                match (package, settings) {
                    (Ok(p), _) if !p.active => view! { <NoPackage inactive=true/> }.into_any(),
                    (Ok(p), Ok(s)) => view! { <Wizard package=p settings=s/> }.into_any(),
                    (Err(e), _) if e.code() == Some(ErrorCode::NotFound) => {
                        view! { <NoPackage inactive=false/> }.into_any()
                    }
                    (Err(error), _) | (_, Err(error)) => view! {
                        <LoadError error=error what=i18n::BOOKING_LOAD_FAILED() retry=retry/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn WizardSkeleton() -> impl IntoView {
    view! {
        <div class="wizard-grid">
            <section class="card"><Skeleton lines=8/></section>
            <aside class="card"><Skeleton lines=5/></aside>
        </div>
    }
}

/// No package chosen, an unknown one, or one no longer offered.
#[component]
fn NoPackage(inactive: bool) -> impl IntoView {
    view! {
        <section class="card empty-state" data-testid="no-package">
            <h2>{if inactive { i18n::BOOKING_PACKAGE_GONE() } else { i18n::BOOKING_NO_PACKAGE() }}</h2>
            <p>{i18n::BOOKING_NO_PACKAGE_TEXT()}</p>
            <a class="btn btn-primary" href="/harga">{i18n::BOOKING_SEE_PACKAGES()}</a>
        </section>
    }
}

#[component]
fn Wizard(package: Package, settings: StudioSettings) -> impl IntoView {
    let auth = use_auth();
    let navigate = use_navigate();
    let draft = load_draft(package.id);
    let steps = steps_for(package.full_day);
    let hours = hours_of(&package);
    let package_id = package.id;
    let full_day = package.full_day;

    let today = i18n::studio_today();
    let earliest = today + Duration::days(i64::from(settings.min_lead_days));
    let first_month = Month::of(today);

    // The choices, restored from a draft for this package.
    let date = RwSignal::new(draft.as_ref().and_then(|d| d.date));
    let start_time = RwSignal::new(
        draft
            .as_ref()
            .map(|d| d.start_time.clone())
            .unwrap_or_default(),
    );
    let location = RwSignal::new(
        draft
            .as_ref()
            .map(|d| d.location.clone())
            .unwrap_or_default(),
    );
    let notes = RwSignal::new(draft.as_ref().map(|d| d.notes.clone()).unwrap_or_default());
    let option = RwSignal::new(
        draft
            .as_ref()
            .map_or(PaymentOption::Dp, |d| d.payment_option),
    );
    let resumed = draft.as_ref().is_some_and(|d| d.resume);

    let month = RwSignal::new(Month::of(date.get_untracked().unwrap_or(earliest)).max(first_month));
    let availability = LocalResource::new(move || {
        let m = month.get();
        api::bookings::availability(m.first(), m.last())
    });
    let days = Signal::derive(move || availability.get());
    let day_info = move |d: NaiveDate| -> Option<DayAvailability> {
        days.with(|all| match all {
            Some(Ok(list)) => list.iter().find(|x| x.date == d).cloned(),
            _ => None,
        })
    };
    let package = StoredValue::new(package);
    let date_open = Memo::new(move |_| {
        date.get()
            .and_then(day_info)
            .is_some_and(|d| package.with_value(|p| day_open_for(&d, p)))
    });
    let slots = Memo::new(move |_| {
        date.get()
            .and_then(day_info)
            .map(|d| start_slots(hours, &d.full_ranges))
    });
    let time_ok = Memo::new(move |_| {
        full_day
            || slots.with(|s| {
                s.as_ref()
                    .is_some_and(|s| start_time.with(|t| s.iter().any(|m| format_hhmm(*m) == *t)))
            })
    });

    // Details: the shared rules the server applies to location and notes.
    let form = FormState::new();
    let request = move || CreateBookingRequest {
        package_id,
        event_date: date.get().unwrap_or(earliest),
        start_time: (!full_day)
            .then(|| start_time.get())
            .filter(|t| !t.is_empty()),
        location: location.get(),
        latitude: None,
        longitude: None,
        notes: Some(notes.get()).filter(|n| !n.trim().is_empty()),
        payment_option: option.get(),
    };
    let rules = Memo::new(move |_| request().validate().err().unwrap_or_default());
    let location_error = form.error("location", move || {
        rules.with(|r| r.get("location").cloned())
    });
    let notes_error = form.error("notes", move || rules.with(|r| r.get("notes").cloned()));
    let details_ok =
        move || rules.with(|r| !r.contains_key("location") && !r.contains_key("notes"));

    // Where the wizard starts: the review when coming back from signing in
    // with everything chosen, else the first step still to do.
    let first_gap = move || -> Step {
        if date.get_untracked().is_none() {
            Step::Date
        } else if !full_day && start_time.with_untracked(String::is_empty) {
            Step::Time
        } else if !details_ok() {
            Step::Details
        } else {
            Step::Review
        }
    };
    let step = RwSignal::new(if resumed { first_gap() } else { Step::Package });

    // Keep the choices as they change, so leaving to sign in loses nothing.
    Effect::new(move |_| {
        save_draft(&Draft {
            package_id,
            date: date.get(),
            start_time: start_time.get(),
            location: location.get(),
            notes: notes.get(),
            payment_option: option.get(),
            resume: false,
            saved_at: js_sys::Date::now(),
        });
    });
    let keep_for_later = move || {
        save_draft(&Draft {
            package_id,
            date: date.get_untracked(),
            start_time: start_time.get_untracked(),
            location: location.get_untracked(),
            notes: notes.get_untracked(),
            payment_option: option.get_untracked(),
            resume: true,
            saved_at: js_sys::Date::now(),
        });
    };

    let date_error = RwSignal::new(None::<String>);
    let time_error = RwSignal::new(None::<String>);
    let review_error = RwSignal::new(None::<String>);

    let go = move |to: Step| {
        if to == Step::Time {
            if let Some(d) = date.get_untracked() {
                // The time step needs the chosen day's ranges.
                if month.get_untracked() != Month::of(d) {
                    month.set(Month::of(d));
                }
            }
        }
        step.set(to);
        focus_step_title();
    };
    let steps = StoredValue::new(steps);
    let shift = move |by: isize| {
        let now = step.get_untracked();
        let to = steps.with_value(|all| {
            let i = all.iter().position(|s| *s == now).unwrap_or(0);
            let j = i.saturating_add_signed(by).min(all.len().saturating_sub(1));
            all.get(j).copied().unwrap_or(now)
        });
        go(to);
    };
    let forward = move || shift(1);
    let back = move || shift(-1);

    // Changing the date invalidates a start time chosen for the old one.
    Effect::new(move |prev: Option<Option<NaiveDate>>| {
        let now = date.get();
        if prev.is_some_and(|p| p != now) {
            start_time.set(String::new());
            // A new pick answers the old complaint; clearing it after a
            // refused booking must not hide why.
            if now.is_some() {
                date_error.set(None);
            }
        }
        now
    });

    let resume_path = format!("/booking?package={package_id}");
    let register_href = format!(
        "/register?next={}",
        String::from(js_sys::encode_uri_component(&resume_path))
    );
    let is_crew = move || auth.role().is_some_and(Role::is_crew);

    let create = Action::new_local(move |req: &CreateBookingRequest| {
        let req = req.clone();
        let navigate = navigate.clone();
        let resume_path = resume_path.clone();
        async move {
            match api::bookings::create(auth, &req).await {
                Ok(booking) => {
                    clear_draft();
                    let booking: Booking = booking;
                    navigate(
                        &format!("/akun/booking/{}/bayar", booking.id),
                        Default::default(),
                    );
                }
                Err(ApiError::SessionExpired) => {
                    keep_for_later();
                    navigate(&login_url(&resume_path), Default::default());
                }
                Err(err) if err.code() == Some(ErrorCode::SlotUnavailable) => {
                    date_error.set(Some(err.message()));
                    date.set(None);
                    availability.refetch();
                    go(Step::Date);
                }
                Err(err) => {
                    let fields = err.field_errors();
                    if let Some(msg) = fields.get("event_date") {
                        date_error.set(Some(msg.clone()));
                        availability.refetch();
                        go(Step::Date);
                    } else if let Some(msg) = fields.get("start_time") {
                        time_error.set(Some(msg.clone()));
                        availability.refetch();
                        go(Step::Time);
                    } else if ["location", "notes", "latitude"]
                        .iter()
                        .any(|f| fields.contains_key(*f))
                    {
                        form.fail(&err);
                        go(Step::Details);
                    } else {
                        review_error.set(Some(err.message()));
                    }
                }
            }
        }
    });
    let pending = create.pending();

    let navigate_login = use_navigate();
    let resume_for_login = format!("/booking?package={package_id}");
    let confirm = move |_| {
        if pending.get_untracked() {
            return;
        }
        review_error.set(None);
        if auth.current().is_none() {
            keep_for_later();
            navigate_login(&login_url(&resume_for_login), Default::default());
            return;
        }
        if is_crew() {
            review_error.set(Some(i18n::BOOKING_CREW_CANNOT().to_owned()));
            return;
        }
        create.dispatch(request());
    };

    let on_details = move |ev: SubmitEvent| {
        ev.prevent_default();
        form.submitting();
        let fields = [("location", location_error), ("notes", notes_error)];
        if fields.iter().any(|(_, e)| e.get_untracked().is_some()) {
            focus_first_invalid(&fields);
            return;
        }
        forward();
    };

    let price = package.with_value(|p| p.price);
    let dp_amount = price.percent_rounded_up_to_thousand(settings.dp_percent);
    let dp_percent = settings.dp_percent;
    let deadline_minutes = settings.payment_deadline_minutes;
    let balance_days = settings.balance_due_days;
    let when_text = move || match date.get() {
        Some(d) => i18n::format_day_long(d),
        None => i18n::NOT_CHOSEN().to_owned(),
    };
    let time_text = move || {
        if full_day {
            i18n::ALL_DAY().to_owned()
        } else {
            match shared::booking_dto::parse_hhmm(&start_time.get()) {
                Some(m) => format!("{} WIB", slot_label(m, hours)),
                None => i18n::NOT_CHOSEN().to_owned(),
            }
        }
    };

    view! {
        <ol class="stepper" aria-label=i18n::STEPS_LABEL()>
            {steps
                .get_value()
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    let position = move || steps.with_value(|all| all.iter().position(|o| *o == step.get()).unwrap_or(0));
                    let current = move || step.get() == s;
                    view! {
                        <li class="stepper-item" class:done=move || { position() > i } class:current=current aria-current=move || current().then_some("step")>
                            <button type="button" disabled=move || { position() <= i } on:click=move |_| go(s)>
                                <span class="stepper-num" aria-hidden="true">{i + 1}</span>
                                <span class="stepper-label">{s.label()}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        <div class="wizard-grid">
            <section class="card wizard-step" aria-labelledby="step-title" data-testid="wizard-step" data-step=move || format!("{:?}", step.get()).to_lowercase()>
                {move || match step.get() {
                    Step::Package => package.with_value(|p| {
                        let kind = p.service_kind;
                        view! {
                            <h2 id="step-title" tabindex="-1">{i18n::STEP_PACKAGE_TITLE()}</h2>
                            <div class="chosen-package" data-testid="chosen-package">
                                <p class="eyebrow">{kind.label(crate::i18n::english())}</p>
                                <h3 class="package-name">{p.name.clone()}</h3>
                                <p class="package-price">{p.price.format_for(crate::i18n::english())}</p>
                                <p class="package-duration">{duration_label(p)}</p>
                                {(!p.description.trim().is_empty()).then(|| view! { <p class="package-description">{p.description.clone()}</p> })}
                                {(!p.inclusions.is_empty()).then(|| view! {
                                    <ul class="inclusions compact">
                                        {p.inclusions.iter().map(|i| view! { <li>{i.clone()}</li> }).collect_view()}
                                    </ul>
                                })}
                                <a class="btn btn-link btn-small" href=format!("/harga?kind={}", kind.as_str()) data-testid="change-package">{i18n::CHANGE_PACKAGE()}</a>
                            </div>
                            <div class="wizard-actions">
                                <span></span>
                                <button type="button" class="btn btn-primary" data-testid="wizard-next" on:click=move |_| forward()>{i18n::NEXT_PICK_DATE()}</button>
                            </div>
                        }
                        .into_any()
                    }),
                    Step::Date => view! {
                        <h2 id="step-title" tabindex="-1">{i18n::STEP_DATE_TITLE()}</h2>
                        <p class="muted">{format!("{} {}.", i18n::DATE_RULE(), i18n::format_day(earliest))}</p>
                        {move || date_error.get().map(|msg| view! {
                            <div class="alert alert-error" role="alert" data-testid="date-error"><p>{msg}</p></div>
                        })}
                        <Calendar
                            month=month
                            first_month=first_month
                            selected=date
                            package=package.get_value()
                            days=days
                            on_retry=Callback::new(move |()| availability.refetch())
                        />
                        <p class="chosen-date" aria-live="polite">
                            {move || match date.get().filter(|_| date_open.get()) {
                                Some(d) => format!("{}: {}", i18n::CHOSEN_DATE(), i18n::format_day_long(d)),
                                None => i18n::PICK_A_DATE().to_owned(),
                            }}
                        </p>
                        <div class="wizard-actions">
                            <button type="button" class="btn btn-ghost" data-testid="wizard-back" on:click=move |_| back()>{i18n::BACK()}</button>
                            <button type="button" class="btn btn-primary" data-testid="wizard-next" disabled=move || !date_open.get() on:click=move |_| forward()>{i18n::NEXT()}</button>
                        </div>
                    }
                    .into_any(),
                    Step::Time => view! {
                        <h2 id="step-title" tabindex="-1">{i18n::STEP_TIME_TITLE()}</h2>
                        <p class="muted">{move || format!("{} · {} {hours} {}", when_text(), i18n::SESSION_OF(), i18n::HOURS())}</p>
                        {move || time_error.get().map(|msg| view! {
                            <div class="alert alert-error" role="alert"><p>{msg}</p></div>
                        })}
                        {move || match slots.get() {
                            None => view! { <p class="calendar-status"><Spinner/><span>{i18n::CAL_LOADING()}</span></p> }.into_any(),
                            Some(list) if list.is_empty() => view! {
                                <div class="alert alert-info" role="status" data-testid="no-slots"><p>{i18n::NO_SLOTS()}</p></div>
                            }
                            .into_any(),
                            Some(list) => view! {
                                <div class="field">
                                    <label for="start_time">{i18n::LABEL_START_TIME()}</label>
                                    <select
                                        id="start_time"
                                        name="start_time"
                                        aria-describedby="start_time-hint"
                                        prop:value=move || start_time.get()
                                        on:change=move |ev| {
                                            time_error.set(None);
                                            start_time.set(event_target_value(&ev));
                                        }
                                    >
                                        <option value="" selected=move || start_time.with(String::is_empty)>{i18n::PICK_START_TIME()}</option>
                                        {list
                                            .into_iter()
                                            .map(|m| {
                                                let value = format_hhmm(m);
                                                let v2 = value.clone();
                                                view! { <option value=value selected=move || start_time.with(|t| *t == v2)>{format!("{} WIB", slot_label(m, hours))}</option> }
                                            })
                                            .collect_view()}
                                    </select>
                                    <p class="field-hint" id="start_time-hint">{i18n::HINT_START_TIME()}</p>
                                </div>
                            }
                            .into_any(),
                        }}
                        <div class="wizard-actions">
                            <button type="button" class="btn btn-ghost" data-testid="wizard-back" on:click=move |_| back()>{i18n::BACK()}</button>
                            <button type="button" class="btn btn-primary" data-testid="wizard-next" disabled=move || !time_ok.get() on:click=move |_| forward()>{i18n::NEXT()}</button>
                        </div>
                    }
                    .into_any(),
                    Step::Details => view! {
                        <h2 id="step-title" tabindex="-1">{i18n::STEP_DETAILS_TITLE()}</h2>
                        <form id="details-form" novalidate on:submit=on_details>
                            <Field
                                id="location"
                                label=i18n::LABEL_LOCATION()
                                value=location
                                error=location_error
                                autocomplete="street-address"
                                hint=i18n::HINT_LOCATION()
                                form=form
                            />
                            <TextAreaField
                                id="notes"
                                label=i18n::LABEL_NOTES()
                                value=notes
                                error=notes_error
                                hint=i18n::HINT_NOTES()
                                rows=4
                                form=form
                            />
                            <div class="wizard-actions">
                                <button type="button" class="btn btn-ghost" data-testid="wizard-back" on:click=move |_| back()>{i18n::BACK()}</button>
                                <button type="submit" class="btn btn-primary" data-testid="wizard-next">{i18n::NEXT_REVIEW()}</button>
                            </div>
                        </form>
                    }
                    .into_any(),
                    Step::Review => {
                        let register_href = register_href.clone();
                        view! {
                        <h2 id="step-title" tabindex="-1">{i18n::STEP_REVIEW_TITLE()}</h2>
                        <dl class="review-list" data-testid="review">
                            <div>
                                <dt>{i18n::PACKAGE()}</dt>
                                <dd>{package.with_value(|p| format!("{} · {}", p.service_kind.label(crate::i18n::english()), p.name))}</dd>
                                <button type="button" class="btn btn-link btn-small" on:click=move |_| go(Step::Package)>{i18n::EDIT()}</button>
                            </div>
                            <div>
                                <dt>{i18n::DATE()}</dt>
                                <dd data-testid="review-date">{when_text}</dd>
                                <button type="button" class="btn btn-link btn-small" on:click=move |_| go(Step::Date)>{i18n::EDIT()}</button>
                            </div>
                            <div>
                                <dt>{i18n::TIME()}</dt>
                                <dd data-testid="review-time">{time_text}</dd>
                                {(!full_day).then(|| view! {
                                    <button type="button" class="btn btn-link btn-small" on:click=move |_| go(Step::Time)>{i18n::EDIT()}</button>
                                })}
                            </div>
                            <div>
                                <dt>{i18n::LOCATION()}</dt>
                                <dd class="pre">{move || location.get()}</dd>
                                <button type="button" class="btn btn-link btn-small" on:click=move |_| go(Step::Details)>{i18n::EDIT()}</button>
                            </div>
                            {move || (!notes.with(|n| n.trim().is_empty())).then(|| view! {
                                <div><dt>{i18n::NOTES()}</dt><dd class="pre">{notes.get()}</dd></div>
                            })}
                            <div class="review-total">
                                <dt>{i18n::TOTAL()}</dt>
                                <dd data-testid="review-total">{price.format_for(crate::i18n::english())}</dd>
                            </div>
                        </dl>
                        <fieldset class="option-group">
                            <legend>{i18n::PAYMENT_OPTION_LEGEND()}</legend>
                            <label class="option-card" class:checked=move || option.get() == PaymentOption::Dp>
                                <input
                                    type="radio"
                                    name="payment_option"
                                    value="dp"
                                    prop:checked=move || option.get() == PaymentOption::Dp
                                    on:change=move |_| option.set(PaymentOption::Dp)
                                />
                                <span class="option-text">
                                    <span class="option-title">{format!("{} {dp_percent}%", i18n::DP())}</span>
                                    <span class="option-amount">{dp_amount.format_for(crate::i18n::english())}</span>
                                    <span class="option-sub">{format!(
                                        "{} {} {} {balance_days} {}.",
                                        i18n::OPTION_DP_REST(),
                                        (price - dp_amount).format_for(crate::i18n::english()),
                                        i18n::OPTION_DP_REST_DUE(),
                                        i18n::DAYS_BEFORE_EVENT(),
                                    )}</span>
                                </span>
                            </label>
                            <label class="option-card" class:checked=move || option.get() == PaymentOption::Full>
                                <input
                                    type="radio"
                                    name="payment_option"
                                    value="full"
                                    prop:checked=move || option.get() == PaymentOption::Full
                                    on:change=move |_| option.set(PaymentOption::Full)
                                />
                                <span class="option-text">
                                    <span class="option-title">{i18n::OPTION_FULL()}</span>
                                    <span class="option-amount">{price.format_for(crate::i18n::english())}</span>
                                    <span class="option-sub">{i18n::OPTION_FULL_SUB()}</span>
                                </span>
                            </label>
                        </fieldset>
                        <div class="deadline-rule" data-testid="deadline-rule">
                            <strong>{format!("{} {deadline_minutes} {}", i18n::PAY_WITHIN(), i18n::MINUTES())}</strong>
                            {format!(" {}", i18n::PAY_WITHIN_TAIL())}
                            <p>{move || format!(
                                "{} {} {}",
                                i18n::PAY_WITHIN_DETAIL(),
                                if option.get() == PaymentOption::Dp { dp_amount.format_for(crate::i18n::english()) } else { price.format_for(crate::i18n::english()) },
                                i18n::PAY_WITHIN_DETAIL_TAIL(),
                            )}</p>
                        </div>
                        <p class="policy">{i18n::CANCEL_POLICY()}</p>
                        <FormError message=review_error/>
                        <Show when=is_crew>
                            <div class="alert alert-info" role="status"><p>{i18n::BOOKING_CREW_CANNOT()}</p></div>
                        </Show>
                        <div class="wizard-actions">
                            <button type="button" class="btn btn-ghost" data-testid="wizard-back" on:click=move |_| back()>{i18n::BACK()}</button>
                            <button
                                type="button"
                                class="btn btn-primary btn-large"
                                data-testid="confirm-booking"
                                disabled=move || pending.get() || is_crew()
                                aria-busy=move || pending.get().to_string()
                                on:click=confirm.clone()
                            >
                                {move || if pending.get() {
                                    view! { <Spinner/><span>{i18n::BOOKING_CONFIRMING()}</span> }.into_any()
                                } else if auth.is_signed_in() {
                                    view! { <span>{i18n::BOOKING_CONFIRM()}</span> }.into_any()
                                } else {
                                    view! { <span>{i18n::BOOKING_LOGIN_CONFIRM()}</span> }.into_any()
                                }}
                            </button>
                        </div>
                        <Show when=move || !auth.is_signed_in()>
                            <p class="signin-note" data-testid="signin-note">
                                {i18n::BOOKING_SIGNED_OUT()}" "
                                <a href=register_href.clone() on:click=move |_| keep_for_later()>{i18n::BOOKING_REGISTER()}</a>
                            </p>
                        </Show>
                    }
                    .into_any()
                    }
                }}
            </section>
            <aside class="card wizard-summary" class:on-review=move || step.get() == Step::Review aria-labelledby="summary-title">
                <h2 id="summary-title" class="summary-title">{i18n::SUMMARY_TITLE()}</h2>
                <dl class="summary-list">
                    <div><dt>{i18n::PACKAGE()}</dt><dd>{package.with_value(|p| p.name.clone())}</dd></div>
                    <div><dt>{i18n::DATE()}</dt><dd>{when_text}</dd></div>
                    <div><dt>{i18n::TIME()}</dt><dd>{time_text}</dd></div>
                    <div><dt>{i18n::LOCATION()}</dt><dd>{move || { let l = location.get(); if l.trim().is_empty() { i18n::NOT_CHOSEN().to_owned() } else { l } }}</dd></div>
                    <div class="summary-total"><dt>{i18n::TOTAL()}</dt><dd>{price.format_for(crate::i18n::english())}</dd></div>
                </dl>
            </aside>
        </div>
    }
}

/// Moves focus to the new step's heading (which scrolls it into view), so
/// keyboard and screen reader users follow the wizard.
fn focus_step_title() {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id("step-title")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_day_packages_skip_the_start_time() {
        assert!(!steps_for(true).contains(&Step::Time));
        assert_eq!(steps_for(false).len(), 5);
        assert_eq!(steps_for(true).last(), Some(&Step::Review));
    }
}
