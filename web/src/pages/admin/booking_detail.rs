//! `/admin/booking/:id` (staff+): a booking as the studio sees it: client,
//! facts, payments with proof previews, the timeline, and the admin actions
//! (cancel, mark done) that the state machine allows for the signed-in role,
//! and the invoice download. It refetches when the live feed says the booking
//! changed.

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::booking::{transition, Actor, BookingAction};
use shared::booking_dto::Booking;
use shared::payment_dto::PaymentStatus;
use shared::{ErrorCode, Role};

use super::RequireRole;
use crate::api;
use crate::components::booking::{BookingFacts, BookingStatusBadge, PaymentHistory, Timeline};
use crate::components::invoice::InvoiceCard;
use crate::components::{confirm, LoadError, Notice, Spinner};
use crate::i18n;
use crate::pages::booking_detail::{load_detail, DetailData, DetailSkeleton};
use crate::pages::pay::booking_id_param;
use crate::pages::set_title;
use crate::state::{on_booking_update, use_auth};

#[component]
pub fn AdminBookingPage() -> impl IntoView {
    set_title(i18n::BOOKING_DETAIL_TITLE());
    view! {
        <RequireRole min=Role::Staff>
            <AdminBookingLoader/>
        </RequireRole>
    }
}

#[component]
fn AdminBookingLoader() -> impl IntoView {
    let auth = use_auth();
    let id = booking_id_param();
    let data = LocalResource::new(move || load_detail(auth, id.get()));
    let notice = RwSignal::new(None::<String>);
    let reload = Callback::new(move |()| data.refetch());
    // Another crew member or the client changed it: show it without a reload.
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
                    Ok(d) => view! { <AdminDetail data=d notice=notice reload=reload/> }.into_any(),
                    Err(err) if err.code() == Some(ErrorCode::NotFound) => view! {
                        <section class="card empty-state" data-testid="booking-not-found">
                            <h1>{i18n::BOOKING_NOT_FOUND()}</h1>
                            <p>{i18n::ADMIN_BOOKING_NOT_FOUND_TEXT()}</p>
                            <a class="btn btn-primary" href="/admin/booking">{i18n::BACK_TO_BOOKINGS()}</a>
                        </section>
                    }
                    .into_any(),
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
fn AdminDetail(
    data: DetailData,
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
    let has_pending = payments.iter().any(|p| p.status == PaymentStatus::Pending);
    let c = booking.client.clone();
    let digits: String = c.phone.chars().filter(char::is_ascii_digit).collect();

    view! {
        <header class="page-header">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <a href="/admin/booking">{i18n::ADMIN_BOOKINGS_TITLE()}</a>
                <span aria-hidden="true">" / "</span>
                <span aria-current="page">{booking.code.clone()}</span>
            </nav>
            <div class="detail-head">
                <div>
                    <p class="eyebrow detail-code" data-testid="booking-code">{booking.code.clone()}</p>
                    <h1>{format!("{} · {}", booking.package.name, c.full_name)}</h1>
                </div>
                <BookingStatusBadge status=booking.status id="booking-status"/>
            </div>
        </header>
        <div class="detail-grid">
            <div>
                <section class="card facts-card"><BookingFacts booking=booking.clone()/></section>
                <section class="card" aria-labelledby="payments-title">
                    <h2 id="payments-title" class="card-title">{i18n::PAYMENTS_TITLE()}</h2>
                    {has_pending.then(|| view! {
                        <div class="alert alert-info" role="status">
                            <p>{i18n::ADMIN_PENDING_PROOF()}" "<a href="/admin/pembayaran">{i18n::ADMIN_TO_QUEUE()}</a></p>
                        </div>
                    })}
                    <PaymentHistory payments=payments open_pending=true/>
                </section>
                <section class="card" aria-labelledby="timeline-title">
                    <h2 id="timeline-title" class="card-title">{i18n::TIMELINE_TITLE()}</h2>
                    <Timeline events=events/>
                </section>
            </div>
            <aside>
                <section class="card" aria-labelledby="client-title" data-testid="client-card">
                    <h2 id="client-title" class="card-title">{i18n::CLIENT()}</h2>
                    <dl class="facts">
                        <div><dt>{i18n::LABEL_FULL_NAME()}</dt><dd>{c.full_name.clone()}</dd></div>
                        <div><dt>{i18n::LABEL_EMAIL()}</dt><dd><a href=format!("mailto:{}", c.email)>{c.email.clone()}</a></dd></div>
                        <div><dt>{i18n::LABEL_PHONE()}</dt><dd><a href=format!("https://wa.me/{digits}") target="_blank" rel="noopener">{c.phone.clone()}</a></dd></div>
                    </dl>
                </section>
                <InvoiceCard booking=booking.clone()/>
                <AdminActions booking=booking notice=notice reload=reload/>
            </aside>
        </div>
    }
}

#[component]
fn AdminActions(
    booking: Booking,
    notice: RwSignal<Option<String>>,
    reload: Callback<()>,
) -> impl IntoView {
    let auth = use_auth();
    let role = auth.role().unwrap_or(Role::Staff);
    let actor = Actor::Crew(role);
    let can_cancel = transition(booking.status, BookingAction::Cancel, actor).is_ok();
    let can_complete = transition(booking.status, BookingAction::Complete, actor).is_ok();
    // Whether the action exists for an admin at all, to explain a staff member's view.
    let admin_could = transition(
        booking.status,
        BookingAction::Cancel,
        Actor::Crew(Role::Admin),
    )
    .is_ok()
        || transition(
            booking.status,
            BookingAction::Complete,
            Actor::Crew(Role::Admin),
        )
        .is_ok();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let cancel_open = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let (id, code) = (booking.id, booking.code.clone());
    let accepted = booking.status == shared::BookingStatus::Accepted;

    let code_for_cancel = code.clone();
    let do_cancel = move |_| {
        let question = format!(
            "{} {code_for_cancel}? {}",
            i18n::CANCEL_CONFIRM(),
            if accepted {
                i18n::ADMIN_CANCEL_ACCEPTED_WARN()
            } else {
                i18n::ADMIN_CANCEL_WARN()
            }
        );
        if busy.get_untracked() || !confirm(&question) {
            return;
        }
        busy.set(true);
        error.set(None);
        let why = Some(reason.get_untracked().trim().to_owned()).filter(|r| !r.is_empty());
        spawn_local(async move {
            match api::bookings::cancel(auth, id, why).await {
                Ok(b) => {
                    notice.set(Some(format!(
                        "{} {} {}",
                        i18n::BOOKING(),
                        b.code,
                        i18n::ADMIN_CANCELLED_TAIL()
                    )));
                    reload.run(());
                }
                Err(err) => error.set(Some(err.message())),
            }
            let _ = busy.try_set(false);
        });
    };
    let do_complete = move |_| {
        if busy.get_untracked() || !confirm(&format!("{} {code}?", i18n::ADMIN_COMPLETE_CONFIRM()))
        {
            return;
        }
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match api::bookings::complete(auth, id).await {
                Ok(b) => {
                    notice.set(Some(format!(
                        "{} {} {}",
                        i18n::BOOKING(),
                        b.code,
                        i18n::ADMIN_COMPLETED_TAIL()
                    )));
                    reload.run(());
                }
                Err(err) => error.set(Some(err.message())),
            }
            let _ = busy.try_set(false);
        });
    };

    if !can_cancel && !can_complete {
        return view! {
            <section class="card" data-testid="admin-actions">
                <h2 class="card-title">{i18n::ADMIN_ACTIONS()}</h2>
                <p class="muted">{if admin_could { i18n::ADMIN_ACTIONS_ADMIN_ONLY() } else { i18n::ADMIN_ACTIONS_NONE() }}</p>
            </section>
        }
        .into_any();
    }
    view! {
        <section class="card" aria-labelledby="actions-title" data-testid="admin-actions">
            <h2 id="actions-title" class="card-title">{i18n::ADMIN_ACTIONS()}</h2>
            {move || error.get().map(|m| view! { <div class="alert alert-error" role="alert"><p>{m}</p></div> })}
            <div class="admin-actions">
                {can_complete.then(|| view! {
                    <button type="button" class="btn btn-primary" data-testid="complete-booking" disabled=move || busy.get() on:click=do_complete>
                        {i18n::ADMIN_MARK_DONE()}
                    </button>
                })}
                {can_cancel.then(|| view! {
                    <button
                        type="button"
                        class="btn btn-danger"
                        data-testid="cancel-booking"
                        aria-expanded=move || cancel_open.get().to_string()
                        disabled=move || busy.get()
                        on:click=move |_| cancel_open.update(|o| *o = !*o)
                    >
                        {i18n::CANCEL_BOOKING()}
                    </button>
                    <Show when=move || cancel_open.get()>
                        <div class="reject-form">
                            <p class="policy">{if accepted { i18n::ADMIN_CANCEL_ACCEPTED_WARN() } else { i18n::ADMIN_CANCEL_WARN() }}</p>
                            <div class="field">
                                <label for="cancel_reason">{i18n::LABEL_CANCEL_REASON()}</label>
                                <textarea
                                    id="cancel_reason"
                                    name="cancel_reason"
                                    rows="3"
                                    prop:value=move || reason.get()
                                    on:input=move |ev| reason.set(event_target_value(&ev))
                                ></textarea>
                                <p class="field-hint">{i18n::HINT_CANCEL_REASON()}</p>
                            </div>
                            <button type="button" class="btn btn-danger-solid" data-testid="confirm-cancel" disabled=move || busy.get() on:click=do_cancel.clone()>
                                {move || if busy.get() { view! { <Spinner/><span>{i18n::CANCELLING()}</span> }.into_any() } else { view! { <span>{i18n::ADMIN_CANCEL_CONFIRM_BUTTON()}</span> }.into_any() }}
                            </button>
                        </div>
                    </Show>
                })}
            </div>
        </section>
    }
    .into_any()
}
