//! Pieces of a booking that the client's pages and the back office share:
//! status badges, the facts, the payments and the timeline.

use leptos::prelude::*;
use shared::booking_dto::{Booking, PaymentOption};
use shared::payment_dto::{BookingEvent, Payment, PaymentStatus};
use shared::{BookingStatus, Role};

use super::proof::ProofPreview;
use crate::i18n;

/// The booking's status in Indonesian (`data-testid="status-badge"`,
/// `data-status="<snake_case>"`), coloured by status.
#[component]
pub fn BookingStatusBadge(
    status: BookingStatus,
    /// `booking-status` on a booking's own page, for the end-to-end tests.
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    let code = status.as_str();
    view! {
        <span class=format!("status booking-status status-{code}") id=id data-testid="status-badge" data-status=code>
            {status.label(crate::i18n::english())}
        </span>
    }
}

/// A payment's review status (`data-testid="payment-status"`).
#[component]
pub fn PaymentStatusBadge(status: PaymentStatus) -> impl IntoView {
    let code = status.as_str();
    view! {
        <span class=format!("status payment-status pay-{code}") data-testid="payment-status" data-status=code>
            {status.label(crate::i18n::english())}
        </span>
    }
}

/// "09:00–12:00 WIB" or "Sepanjang Hari".
pub fn time_label(b: &Booking) -> String {
    match (&b.start_time, &b.end_time) {
        (Some(start), Some(end)) if !b.full_day => format!("{start}–{end} WIB"),
        _ => i18n::ALL_DAY().to_owned(),
    }
}

/// "DP" or "Lunas", as chosen at booking.
pub fn option_label(option: PaymentOption) -> &'static str {
    match option {
        PaymentOption::Dp => i18n::OPTION_DP(),
        PaymentOption::Full => i18n::OPTION_FULL(),
    }
}

/// Where the client goes next, if anywhere: `(label, href)`.
pub fn client_next_action(b: &Booking) -> Option<(&'static str, String)> {
    let pay = format!("/akun/booking/{}/bayar", b.id);
    match b.status {
        BookingStatus::WaitingPayment => Some((i18n::ACTION_PAY_NOW(), pay)),
        BookingStatus::Rejected => Some((i18n::ACTION_REUPLOAD(), pay)),
        BookingStatus::Accepted if b.remaining.amount() > 0 => {
            Some((i18n::ACTION_PAY_BALANCE(), pay))
        }
        _ => None,
    }
}

/// What was booked and what it costs, as a description list.
#[component]
pub fn BookingFacts(booking: Booking) -> impl IntoView {
    let b = booking;
    let notes = b.notes.clone().filter(|n| !n.trim().is_empty());
    let paid_note = (b.paid.amount() > 0).then(|| {
        view! {
            <div><dt>{i18n::PAID()}</dt><dd>{b.paid.format_for(crate::i18n::english())}</dd></div>
            <div><dt>{i18n::REMAINING()}</dt><dd class="strong">{b.remaining.format_for(crate::i18n::english())}</dd></div>
        }
    });
    let dp = (b.payment_option == PaymentOption::Dp).then(|| {
        view! { <div><dt>{i18n::DP()}</dt><dd>{b.dp_amount.format_for(crate::i18n::english())}</dd></div> }
    });
    view! {
        <div class="facts-grid">
            <section aria-labelledby="facts-event">
                <h2 id="facts-event" class="facts-title">{i18n::FACTS_EVENT()}</h2>
                <dl class="facts">
                    <div><dt>{i18n::PACKAGE()}</dt><dd>{format!("{} · {}", b.package.service_kind.label(crate::i18n::english()), b.package.name)}</dd></div>
                    <div><dt>{i18n::DATE()}</dt><dd data-testid="event-date">{i18n::format_day_long(b.event_date)}</dd></div>
                    <div><dt>{i18n::TIME()}</dt><dd>{time_label(&b)}</dd></div>
                    <div><dt>{i18n::LOCATION()}</dt><dd class="pre">{b.location.clone()}</dd></div>
                    {notes.map(|n| view! { <div><dt>{i18n::NOTES()}</dt><dd class="pre">{n}</dd></div> })}
                </dl>
            </section>
            <section aria-labelledby="facts-payment">
                <h2 id="facts-payment" class="facts-title">{i18n::FACTS_PAYMENT()}</h2>
                <dl class="facts">
                    <div><dt>{i18n::TOTAL()}</dt><dd class="strong" data-testid="total">{b.total.format_for(crate::i18n::english())}</dd></div>
                    <div><dt>{i18n::PAYMENT_OPTION()}</dt><dd>{option_label(b.payment_option)}</dd></div>
                    {dp}
                    {paid_note}
                    <div><dt>{i18n::BOOKED_AT()}</dt><dd>{i18n::format_datetime(b.created_at)}</dd></div>
                </dl>
            </section>
        </div>
    }
}

/// The booking's payments, newest first, each with its proof on demand.
#[component]
pub fn PaymentHistory(
    payments: Vec<Payment>,
    /// Open the proofs still waiting for review (the back office).
    #[prop(optional)]
    open_pending: bool,
) -> impl IntoView {
    if payments.is_empty() {
        return view! { <p class="muted" data-testid="payments-empty">{i18n::PAYMENTS_EMPTY()}</p> }
            .into_any();
    }
    let mut payments = payments;
    payments.reverse();
    view! {
        <ul class="payment-list" data-testid="payment-list">
            {payments
                .into_iter()
                .map(|p| view! { <PaymentRow payment=p open=open_pending/> })
                .collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn PaymentRow(payment: Payment, open: bool) -> impl IntoView {
    let shown = RwSignal::new(open && payment.status == PaymentStatus::Pending);
    let (id, code) = (payment.id, payment.booking_code.clone());
    let reason = payment
        .reason
        .clone()
        .filter(|_| payment.status == PaymentStatus::Rejected);
    view! {
        <li class="payment-item" data-testid="payment-item" data-payment-id=id.to_string()>
            <div class="payment-head">
                <div>
                    <span class="cell-title">{format!("{} · {}", payment.kind.label(crate::i18n::english()), payment.amount.format_for(crate::i18n::english()))}</span>
                    <span class="cell-sub">{format!("{} {}", i18n::UPLOADED_AT(), i18n::format_datetime(payment.created_at))}</span>
                </div>
                <PaymentStatusBadge status=payment.status/>
            </div>
            {reason.map(|r| view! {
                <p class="payment-reason" data-testid="payment-reason"><strong>{i18n::REJECT_REASON()}": "</strong>{r}</p>
            })}
            <button
                type="button"
                class="btn btn-link btn-small"
                aria-expanded=move || shown.get().to_string()
                on:click=move |_| shown.update(|s| *s = !*s)
            >
                {move || if shown.get() { i18n::PROOF_HIDE() } else { i18n::PROOF_SHOW() }}
            </button>
            <Show when=move || shown.get()>
                <ProofPreview payment_id=id code=code.clone()/>
            </Show>
        </li>
    }
}

/// Who made a change in the timeline.
fn actor_label(role: Option<Role>) -> String {
    match role {
        None => i18n::ACTOR_SYSTEM().to_owned(),
        Some(Role::Client) => i18n::ACTOR_CLIENT().to_owned(),
        Some(r) => format!(
            "{} ({})",
            i18n::ACTOR_STUDIO(),
            r.label(crate::i18n::english())
        ),
    }
}

/// Every change of the booking, newest first.
#[component]
pub fn Timeline(events: Vec<BookingEvent>) -> impl IntoView {
    if events.is_empty() {
        return view! { <p class="muted">{i18n::TIMELINE_EMPTY()}</p> }.into_any();
    }
    let mut events = events;
    events.reverse();
    view! {
        <ol class="timeline" data-testid="timeline">
            {events
                .into_iter()
                .enumerate()
                .map(|(i, e)| {
                    let code = e.to_status.as_str();
                    view! {
                        <li class=format!("timeline-item tl-{code}") class:latest=i == 0>
                            <span class="timeline-dot" aria-hidden="true"></span>
                            <div class="timeline-body">
                                <p class="timeline-title">{e.to_status.label(crate::i18n::english())}</p>
                                {e.note.clone().map(|n| view! { <p class="timeline-note">{n}</p> })}
                                <p class="timeline-meta">
                                    {format!("{} · {}", i18n::format_datetime(e.created_at), actor_label(e.actor_role))}
                                </p>
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}
