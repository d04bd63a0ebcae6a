//! `/akun/booking/:id`: one of the client's bookings: the facts, payments
//! with their proofs and rejection reasons, the timeline, what to do next,
//! cancelling while the state machine lets the client cancel, and hiding a
//! finished booking from the client's list, and the invoice download. It
//! refetches when the live feed says the booking changed.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use shared::booking::{transition, Actor, BookingAction};
use shared::booking_dto::Booking;
use shared::catalogue::StudioSettings;
use shared::payment_dto::{
    BookingEvent, CreateRequestBody, Payment, PaymentStatus, RequestKind, RequestStatus,
};
use shared::{BookingStatus, ErrorCode};
use uuid::Uuid;

use super::booking_review::ReviewCard;
use super::pay::{booking_id_param, BookingNotFound};
use super::set_title;
use crate::api::{self, ApiError};
use crate::components::booking::{
    client_next_action, BookingFacts, BookingStatusBadge, PaymentHistory, Timeline,
};
use crate::components::form_state::focus_first_invalid;
use crate::components::invoice::InvoiceCard;
use crate::components::request::RequestHistory;
use crate::components::{
    confirm, Field, FormError, FormState, LoadError, Notice, SelectField, Skeleton, Spinner,
    TextAreaField,
};
use crate::i18n;
use crate::pages::account::HIDDEN_NOTICE_HREF;
use crate::state::{on_booking_update, use_auth, AuthState};

/// A booking with its payments and timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct DetailData {
    pub booking: Booking,
    pub payments: Vec<Payment>,
    pub events: Vec<BookingEvent>,
}

pub async fn load_detail(auth: AuthState, id: Option<Uuid>) -> Result<DetailData, ApiError> {
    let Some(id) = id else {
        return Err(ApiError::from_status(404));
    };
    let (booking, payments, events) = futures::future::join3(
        api::bookings::get(auth, id),
        api::payments::for_booking(auth, id),
        api::bookings::events(auth, id),
    )
    .await;
    Ok(DetailData {
        booking: booking?,
        payments: payments?,
        events: events?,
    })
}

/// The skeleton of a detail page while it loads.
#[component]
pub fn DetailSkeleton() -> impl IntoView {
    view! {
        <div class="detail-grid">
            <div><section class="card"><Skeleton lines=9/></section></div>
            <aside><section class="card"><Skeleton lines=4/></section></aside>
        </div>
    }
}

#[component]
pub fn ClientBookingPage() -> impl IntoView {
    set_title(i18n::BOOKING_DETAIL_TITLE());
    let auth = use_auth();
    let id = booking_id_param();
    let data = LocalResource::new(move || load_detail(auth, id.get()));
    let settings = LocalResource::new(api::settings::get);
    let notice = RwSignal::new(None::<String>);
    let reload = Callback::new(move |()| data.refetch());
    // The studio approves, rejects or cancels: show it without a reload.
    on_booking_update(move |update| {
        if id.get_untracked().is_some_and(|id| update.concerns(id)) {
            data.refetch();
        }
    });

    view! {
        <div class="flash"><Notice message=notice/></div>
        <Transition fallback=DetailSkeleton>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! { <ClientDetail data=d settings=settings notice=notice reload=reload/> }.into_any(),
                    Err(err) if err.code() == Some(ErrorCode::NotFound) => view! { <BookingNotFound/> }.into_any(),
                    Err(error) => view! {
                        <LoadError error=error what=i18n::BOOKING_DETAIL_LOAD_FAILED() retry=reload/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ClientDetail(
    data: DetailData,
    settings: LocalResource<Result<StudioSettings, ApiError>>,
    notice: RwSignal<Option<String>>,
    reload: Callback<()>,
) -> impl IntoView {
    let DetailData {
        booking,
        payments,
        events,
    } = data;
    set_title(&format!(
        "{} {}",
        i18n::BOOKING_DETAIL_TITLE(),
        booking.code
    ));
    let balance_days = Signal::derive(move || {
        settings
            .get()
            .and_then(Result::ok)
            .map_or(StudioSettings::default().balance_due_days, |s| {
                s.balance_due_days
            })
    });
    let studio_phone = Signal::derive(move || {
        settings
            .get()
            .and_then(Result::ok)
            .map(|s| s.phone)
            .filter(|p| !p.is_empty())
    });
    let last_reason = payments
        .iter()
        .rev()
        .find(|p| p.status == PaymentStatus::Rejected)
        .and_then(|p| p.reason.clone());

    view! {
        <header class="page-header">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <a href="/akun">{i18n::BREADCRUMB_ACCOUNT()}</a>
                <span aria-hidden="true">" / "</span>
                <span aria-current="page">{booking.code.clone()}</span>
            </nav>
            <div class="detail-head">
                <div>
                    <p class="eyebrow detail-code" data-testid="booking-code">{booking.code.clone()}</p>
                    <h1>{booking.package.name.clone()}</h1>
                </div>
                <BookingStatusBadge status=booking.status id="booking-status"/>
            </div>
        </header>
        <div class="detail-grid">
            <div>
                <section class="card facts-card"><BookingFacts booking=booking.clone()/></section>
                {(booking.status == BookingStatus::Done).then(|| view! { <ReviewCard booking_id=booking.id/> })}
                <section class="card" aria-labelledby="payments-title">
                    <h2 id="payments-title" class="card-title">{i18n::PAYMENTS_TITLE()}</h2>
                    <PaymentHistory payments=payments/>
                </section>
                <section class="card" aria-labelledby="timeline-title">
                    <h2 id="timeline-title" class="card-title">{i18n::TIMELINE_TITLE()}</h2>
                    <Timeline events=events/>
                </section>
            </div>
            <aside>
                <NextStep booking=booking.clone() reason=last_reason balance_days=balance_days/>
                <InvoiceCard booking=booking.clone()/>
                <CancelCard booking=booking.clone() studio_phone=studio_phone notice=notice reload=reload/>
                <HideCard booking=booking/>
            </aside>
        </div>
    }
}

/// What the client should do now, in words, with the button for it.
#[component]
fn NextStep(
    booking: Booking,
    reason: Option<String>,
    #[prop(into)] balance_days: Signal<u32>,
) -> impl IntoView {
    let action = client_next_action(&booking);
    let book_again = matches!(
        booking.status,
        BookingStatus::Expired | BookingStatus::Cancelled
    );
    let b = booking;
    let text = move || -> String {
        match b.status {
            BookingStatus::WaitingPayment => format!(
                "{} {} {}{}",
                i18n::NEXT_PAY(),
                b.amount_due_now.format_for(crate::i18n::english()),
                i18n::NEXT_PAY_TAIL(),
                b.payment_deadline
                    .map(|d| format!(" {} {}.", i18n::BEFORE(), i18n::format_datetime(d)))
                    .unwrap_or_else(|| ".".to_owned())
            ),
            BookingStatus::WaitingApproval => i18n::NEXT_WAIT_REVIEW().to_owned(),
            BookingStatus::Rejected => match &reason {
                Some(r) => format!("{} “{r}”. {}", i18n::NEXT_REJECTED(), i18n::NEXT_REUPLOAD()),
                None => i18n::NEXT_REUPLOAD().to_owned(),
            },
            BookingStatus::Accepted if b.remaining.amount() > 0 => {
                let due = b.event_date - chrono::Duration::days(i64::from(balance_days.get()));
                format!(
                    "{} {} {} {}.",
                    i18n::NEXT_BALANCE(),
                    b.remaining.format_for(crate::i18n::english()),
                    i18n::NEXT_BALANCE_BY(),
                    i18n::format_day_long(due)
                )
            }
            BookingStatus::Accepted => i18n::NEXT_ALL_PAID().to_owned(),
            BookingStatus::Done => i18n::NEXT_DONE().to_owned(),
            BookingStatus::Expired => i18n::NEXT_EXPIRED().to_owned(),
            BookingStatus::Cancelled => i18n::NEXT_CANCELLED().to_owned(),
        }
    };
    view! {
        <section class="card next-step" data-testid="next-step" aria-labelledby="next-title">
            <h2 id="next-title" class="card-title">{i18n::NEXT_TITLE()}</h2>
            <p>{text}</p>
            {action.map(|(label, href)| view! {
                <a class="btn btn-primary" href=href data-testid="next-action">{label}</a>
            })}
            {book_again.then(|| view! { <a class="btn btn-ghost" href="/harga">{i18n::BOOK_AGAIN()}</a> })}
        </section>
    }
}

/// Cancelling: a button while the client may cancel (before acceptance);
/// after acceptance, the request form (see [`RequestCard`]).
#[component]
fn CancelCard(
    booking: Booking,
    #[prop(into)] studio_phone: Signal<Option<String>>,
    notice: RwSignal<Option<String>>,
    reload: Callback<()>,
) -> impl IntoView {
    let auth = use_auth();
    let may_cancel = transition(booking.status, BookingAction::Cancel, Actor::Owner).is_ok();
    let accepted = booking.status == BookingStatus::Accepted;
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let (id, code) = (booking.id, booking.code.clone());
    let cancel = move |_| {
        if busy.get_untracked()
            || !confirm(&format!(
                "{} {code}? {}",
                i18n::CANCEL_CONFIRM(),
                i18n::CANCEL_CONFIRM_TAIL()
            ))
        {
            return;
        }
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match api::bookings::cancel(auth, id, None).await {
                Ok(_) => {
                    notice.set(Some(i18n::CANCELLED_NOTICE().to_owned()));
                    reload.run(());
                }
                Err(err) => error.set(Some(err.message())),
            }
            let _ = busy.try_set(false);
        });
    };

    if may_cancel {
        view! {
            <section class="card danger-zone" aria-labelledby="cancel-title">
                <h2 id="cancel-title" class="card-title">{i18n::CANCEL_TITLE()}</h2>
                <p>{i18n::CANCEL_BEFORE_ACCEPT()}</p>
                {move || error.get().map(|m| view! { <div class="alert alert-error" role="alert"><p>{m}</p></div> })}
                <button type="button" class="btn btn-danger" data-testid="cancel-booking" disabled=move || busy.get() on:click=cancel>
                    {move || if busy.get() { view! { <Spinner/><span>{i18n::CANCELLING()}</span> }.into_any() } else { view! { <span>{i18n::CANCEL_BOOKING()}</span> }.into_any() }}
                </button>
            </section>
        }
        .into_any()
    } else if accepted {
        view! { <RequestCard booking=booking studio_phone=studio_phone/> }.into_any()
    } else {
        ().into_any()
    }
}

/// Hiding a finished booking (done, cancelled or expired) from the client's
/// list; back to `/akun` with a notice once done.
#[component]
fn HideCard(booking: Booking) -> impl IntoView {
    let auth = use_auth();
    let navigate = use_navigate();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let (id, code) = (booking.id, booking.code.clone());
    let hide = move |_| {
        if busy.get_untracked()
            || !confirm(&format!(
                "{} {code}? {}",
                i18n::HIDE_CONFIRM(),
                i18n::HIDE_CONFIRM_TAIL()
            ))
        {
            return;
        }
        busy.set(true);
        error.set(None);
        let navigate = navigate.clone();
        spawn_local(async move {
            match api::bookings::hide(auth, id).await {
                Ok(()) => navigate(HIDDEN_NOTICE_HREF, Default::default()),
                Err(err) => error.set(Some(err.message())),
            }
            let _ = busy.try_set(false);
        });
    };

    booking.status.is_final().then(|| {
        view! {
            <section class="card danger-zone" aria-labelledby="hide-title" data-testid="hide-card">
                <h2 id="hide-title" class="card-title">{i18n::HIDE_TITLE()}</h2>
                <p>{i18n::HIDE_TEXT()}</p>
                {move || error.get().map(|m| view! { <div class="alert alert-error" role="alert"><p>{m}</p></div> })}
                <button type="button" class="btn btn-ghost" data-testid="hide-booking" disabled=move || busy.get() on:click=hide>
                    {move || if busy.get() { view! { <Spinner/><span>{i18n::HIDING()}</span> }.into_any() } else { view! { <span>{i18n::HIDE_BOOKING()}</span> }.into_any() }}
                </button>
            </section>
        }
    })
}

/// Start times a reschedule may ask for: every half hour, 06:00–22:00.
const START_TIMES: [&str; 33] = [
    "06:00", "06:30", "07:00", "07:30", "08:00", "08:30", "09:00", "09:30", "10:00", "10:30",
    "11:00", "11:30", "12:00", "12:30", "13:00", "13:30", "14:00", "14:30", "15:00", "15:30",
    "16:00", "16:30", "17:00", "17:30", "18:00", "18:30", "19:00", "19:30", "20:00", "20:30",
    "21:00", "21:30", "22:00",
];

/// The reason's own rule: 3–1000 characters once trimmed.
fn reason_ok(reason: &str) -> bool {
    (3..=1000).contains(&reason.trim().chars().count())
}

/// After acceptance: the form to ask the studio to cancel (DP forfeit, per
/// the policy) or move the booking, hidden while a request is pending; the
/// booking's requests with the studio's answers; and the WhatsApp contact.
#[component]
fn RequestCard(
    booking: Booking,
    #[prop(into)] studio_phone: Signal<Option<String>>,
) -> impl IntoView {
    let auth = use_auth();
    let id = booking.id;
    let timed = !booking.full_day;
    let requests = LocalResource::new(move || api::requests::for_booking(auth, id));
    let sent = RwSignal::new(None::<String>);

    view! {
        <section class="card danger-zone request-card" aria-labelledby="request-title" data-testid="cancel-contact">
            <h2 id="request-title" class="card-title">{i18n::REQUEST_TITLE()}</h2>
            <p>{i18n::REQUEST_TEXT()}</p>
            <Notice message=sent/>
            <Transition fallback=|| view! { <Skeleton lines=3/> }>
                {move || Suspend::new(async move {
                    match requests.await {
                        Ok(list) => {
                            let pending = list.iter().any(|r| r.status == RequestStatus::Pending);
                            let any = !list.is_empty();
                            view! {
                                {if pending {
                                    view! { <div class="alert alert-info" role="status" data-testid="request-pending"><p>{i18n::REQUEST_PENDING_TEXT()}</p></div> }.into_any()
                                } else {
                                    view! { <RequestForm booking_id=id timed=timed sent=sent reload=Callback::new(move |()| requests.refetch())/> }.into_any()
                                }}
                                {any.then(|| view! {
                                    <h3 class="request-list-title">{i18n::REQUESTS_TITLE()}</h3>
                                    <RequestHistory requests=list/>
                                })}
                            }
                            .into_any()
                        }
                        Err(error) => view! {
                            <LoadError error=error what=i18n::REQUESTS_LOAD_FAILED() retry=Callback::new(move |()| requests.refetch())/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
            {move || studio_phone.get().map(|phone| {
                let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
                view! {
                    <a class="btn btn-ghost" href=format!("https://wa.me/{digits}") target="_blank" rel="noopener" data-testid="contact-studio">
                        {format!("{} ({phone})", i18n::CONTACT_STUDIO())}
                    </a>
                }
            })}
        </section>
    }
}

#[component]
fn RequestForm(
    booking_id: Uuid,
    /// The package has a start time (not full day): a reschedule asks for one.
    timed: bool,
    sent: RwSignal<Option<String>>,
    reload: Callback<()>,
) -> impl IntoView {
    let auth = use_auth();
    let form = FormState::new();
    let kind = RwSignal::new(RequestKind::Cancel);
    let reason = RwSignal::new(String::new());
    let new_date = RwSignal::new(String::new());
    let new_start_time = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let rescheduling = move || kind.get() == RequestKind::Reschedule;

    let reason_error = form.error("reason", move || {
        (!reason.with(|r| reason_ok(r))).then(|| i18n::REQUEST_REASON_RULE().to_owned())
    });
    let date_error = form.error("new_date", move || {
        (kind.get() == RequestKind::Reschedule
            && new_date.with(|d| d.parse::<chrono::NaiveDate>().is_err()))
        .then(|| i18n::NEW_DATE_REQUIRED().to_owned())
    });
    let time_error = form.error("new_start_time", move || {
        (timed && kind.get() == RequestKind::Reschedule && new_start_time.with(String::is_empty))
            .then(|| i18n::NEW_START_TIME_REQUIRED().to_owned())
    });
    let mut time_options = vec![("", i18n::CHOOSE_TIME())];
    time_options.extend(START_TIMES.iter().map(|t| (*t, *t)));

    let set_kind = move |k: RequestKind| {
        kind.set(k);
        form.clear_form_error();
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        form.submitting();
        let fields = [
            ("reason", reason_error),
            ("new_date", date_error),
            ("new_start_time", time_error),
        ];
        if fields.iter().any(|(_, e)| e.get_untracked().is_some()) {
            focus_first_invalid(&fields);
            return;
        }
        let k = kind.get_untracked();
        let question = match k {
            RequestKind::Cancel => i18n::REQUEST_CONFIRM_CANCEL(),
            RequestKind::Reschedule => i18n::REQUEST_CONFIRM_RESCHEDULE(),
        };
        if !confirm(question) {
            return;
        }
        let body = CreateRequestBody {
            kind: k,
            reason: reason.get_untracked().trim().to_owned(),
            new_date: (k == RequestKind::Reschedule)
                .then(|| new_date.get_untracked().parse().ok())
                .flatten(),
            new_start_time: (k == RequestKind::Reschedule && timed)
                .then(|| new_start_time.get_untracked())
                .filter(|t| !t.is_empty()),
        };
        busy.set(true);
        spawn_local(async move {
            match api::requests::create(auth, booking_id, &body).await {
                Ok(_) => {
                    sent.set(Some(i18n::REQUEST_SENT().to_owned()));
                    reload.run(());
                }
                Err(err) => {
                    form.fail(&err);
                    focus_first_invalid(&fields);
                }
            }
            let _ = busy.try_set(false);
        });
    };

    view! {
        <form id="request-form" class="request-form" novalidate on:submit=submit>
            <fieldset class="option-group">
                <legend>{i18n::REQUEST_KIND_LEGEND()}</legend>
                <label class="option-card" class:checked=move || kind.get() == RequestKind::Cancel>
                    <input
                        type="radio"
                        name="kind"
                        value="cancel"
                        prop:checked=move || kind.get() == RequestKind::Cancel
                        on:change=move |_| set_kind(RequestKind::Cancel)
                    />
                    <span class="option-text"><span class="option-title">{i18n::REQUEST_KIND_CANCEL()}</span></span>
                </label>
                <label class="option-card" class:checked=move || kind.get() == RequestKind::Reschedule>
                    <input
                        type="radio"
                        name="kind"
                        value="reschedule"
                        prop:checked=move || kind.get() == RequestKind::Reschedule
                        on:change=move |_| set_kind(RequestKind::Reschedule)
                    />
                    <span class="option-text"><span class="option-title">{i18n::REQUEST_KIND_RESCHEDULE()}</span></span>
                </label>
            </fieldset>
            <TextAreaField id="reason" label=i18n::LABEL_REQUEST_REASON() value=reason error=reason_error hint=i18n::HINT_REQUEST_REASON().to_owned() rows=3 form=form/>
            <Show when=rescheduling>
                <Field id="new_date" label=i18n::LABEL_NEW_DATE() value=new_date error=date_error input_type="date" hint=i18n::HINT_NEW_DATE().to_owned() form=form/>
                {timed.then(|| view! {
                    <SelectField id="new_start_time" label=i18n::LABEL_NEW_START_TIME() value=new_start_time options=time_options.clone() error=time_error form=form/>
                })}
            </Show>
            <Show when=move || kind.get() == RequestKind::Cancel>
                <p class="policy" data-testid="request-policy">{i18n::REQUEST_CANCEL_POLICY()}</p>
            </Show>
            <FormError message=form.form_error()/>
            <button type="submit" class="btn btn-primary btn-block" data-testid="submit-request" disabled=move || busy.get() aria-busy=move || busy.get().to_string()>
                {move || if busy.get() { view! { <Spinner/><span>{i18n::REQUEST_SUBMITTING()}</span> }.into_any() } else { view! { <span>{i18n::REQUEST_SUBMIT()}</span> }.into_any() }}
            </button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_times_are_every_half_hour_from_six_to_ten() {
        assert_eq!(START_TIMES.first(), Some(&"06:00"));
        assert_eq!(START_TIMES.last(), Some(&"22:00"));
        assert!(START_TIMES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn reason_needs_three_to_a_thousand_characters() {
        assert!(!reason_ok("  ab "));
        assert!(reason_ok("abc"));
        assert!(!reason_ok(&"x".repeat(1001)));
    }
}
