//! `/admin/kalender` (staff+): the studio's bookings and blocks by month or
//! by week (`#calendar`), each day with its state from `/availability`.
//! Booking chips open the booking; live booking changes refetch. Admins
//! close a day or a time range (`#block-form`) and reopen it; staff look.

mod block_form;
mod blocks;
mod chips;
mod model;
mod month;
mod toolbar;
mod week;

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::booking_dto::Block;
use shared::{BookingStatus, Role};
use uuid::Uuid;

use self::block_form::BlockForm;
use self::blocks::BlockTable;
use self::model::{block_when, blocks_in, by_day, CalView, Span};
use self::month::MonthView;
use self::toolbar::Toolbar;
use self::week::WeekView;
use super::focus_form;
use crate::api::{self, ApiError};
use crate::components::{confirm, LoadError, Notice, Skeleton, Spinner};
use crate::i18n;
use crate::pages::booking::plan::Month;
use crate::pages::set_title;
use crate::state::{on_booking_update, use_auth};

/// Narrower than this, the calendar opens on the week (a list).
const PHONE_WIDTH: f64 = 700.0;

fn initial_view() -> CalView {
    let narrow = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < PHONE_WIDTH);
    if narrow {
        CalView::Week
    } else {
        CalView::Month
    }
}

/// An answer tagged with the span it was asked for.
type Answer<T> = Option<(Span, Result<T, ApiError>)>;

/// The answer for the span on screen; `None` while it loads (a resource
/// keeps the previous span's answer until the new one arrives).
fn for_span<T>(answer: Answer<T>, span: Span) -> Option<Result<T, ApiError>> {
    answer.filter(|(at, _)| *at == span).map(|(_, r)| r)
}

#[component]
pub fn AdminCalendarPage() -> impl IntoView {
    set_title(i18n::BLOCKS_TITLE());
    let auth = use_auth();
    let can_edit = Memo::new(move |_| auth.role().is_some_and(|r| r.at_least(Role::Admin)));
    let today = i18n::studio_today();
    let view_kind = RwSignal::new(initial_view());
    let anchor = RwSignal::new(today);
    let span = Memo::new(move |_| Span::of(view_kind.get(), anchor.get()));

    let blocks = LocalResource::new(move || {
        let s = span.get();
        async move { (s, api::blocks::list(auth, s.from, s.to).await) }
    });
    let availability = LocalResource::new(move || {
        let s = span.get();
        async move { (s, api::bookings::availability(s.from, s.to).await) }
    });
    let bookings = LocalResource::new(move || {
        let s = span.get();
        async move { (s, api::bookings::in_range(auth, s.from, s.to).await) }
    });
    on_booking_update(move |_| {
        bookings.refetch();
        availability.refetch();
    });

    let days = Memo::new(move |_| for_span(availability.get(), span.get()));
    let booked = Memo::new(move |_| for_span(bookings.get(), span.get()));
    let day_states = Signal::derive(move || days.get().and_then(Result::ok).unwrap_or_default());
    let per_day = Memo::new(move |_| {
        booked.with(|b| match b {
            Some(Ok(list)) => by_day(list),
            _ => Default::default(),
        })
    });
    let span_blocks = Memo::new(move |_| {
        let s = span.get();
        for_span(blocks.get(), s)
            .and_then(Result::ok)
            .map(|list| blocks_in(list, s))
            .unwrap_or_default()
    });
    let loading = move || days.with(Option::is_none) || booked.with(Option::is_none);

    // The form's date, also set by picking a day on the calendar.
    let date = RwSignal::new(String::new());
    let notice = RwSignal::new(None::<String>);
    let action_error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<Uuid>);

    let refetch_blocks = move || {
        blocks.refetch();
        availability.refetch();
    };
    let on_saved = Callback::new(move |b: Block| {
        action_error.set(None);
        notice.set(Some(format!(
            "{} {} {}",
            i18n::BLOCK(),
            block_when(&b),
            i18n::BLOCK_SAVED_TAIL()
        )));
        if span.get_untracked().contains(b.date) {
            refetch_blocks();
        } else {
            anchor.set(b.date);
        }
    });
    let on_pick = Callback::new(move |d: NaiveDate| {
        date.set(d.to_string());
        focus_form("block-form");
    });
    let on_open_week = Callback::new(move |d: NaiveDate| {
        anchor.set(d);
        view_kind.set(CalView::Week);
    });
    let on_delete = Callback::new(move |b: Block| {
        let question = format!(
            "{} {}? {}",
            i18n::BLOCK_DELETE_CONFIRM(),
            block_when(&b),
            i18n::BLOCK_DELETE_CONFIRM_TAIL()
        );
        if busy.get_untracked().is_some() || !confirm(&question) {
            return;
        }
        notice.set(None);
        action_error.set(None);
        busy.set(Some(b.id));
        spawn_local(async move {
            match api::blocks::delete(auth, b.id).await {
                Ok(()) => {
                    let _ = notice.try_set(Some(format!(
                        "{} {} {}",
                        i18n::BLOCK(),
                        block_when(&b),
                        i18n::BLOCK_DELETED_TAIL()
                    )));
                    refetch_blocks();
                }
                Err(err) => {
                    let _ = action_error.try_set(Some(err.message()));
                }
            }
            let _ = busy.try_set(None);
        });
    });

    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::ADMIN_OPERATIONS()}</p>
            <h1>{i18n::BLOCKS_TITLE()}</h1>
            <p class="lead">{move || if can_edit.get() { i18n::BLOCKS_LEAD() } else { i18n::BLOCKS_LEAD_STAFF() }}</p>
        </header>
        <div class="flash">
            <Notice message=notice/>
            {move || action_error.get().map(|text| view! {
                <div class="alert alert-error" role="alert" data-testid="action-error"><p>{text}</p></div>
            })}
        </div>
        <section class="card" aria-labelledby="month-title">
            <div class="calendar admin-cal" data-testid="calendar" data-view=move || view_kind.get().as_str() aria-busy=move || loading().to_string()>
                <Toolbar view_kind=view_kind anchor=anchor span=span today=today/>
                {move || match view_kind.get() {
                    CalView::Month => view! {
                        <MonthView
                            month=Signal::derive(move || Month::of(span.get().from))
                            days=day_states
                            blocks=span_blocks
                            bookings=per_day
                            can_edit=can_edit
                            today=today
                            on_pick=on_pick
                            on_open_week=on_open_week
                        />
                    }
                    .into_any(),
                    CalView::Week => view! {
                        <WeekView
                            span=span
                            days=day_states
                            blocks=span_blocks
                            bookings=per_day
                            can_edit=can_edit
                            today=today
                            on_pick=on_pick
                        />
                    }
                    .into_any(),
                }}
                {move || booked.get().and_then(Result::err).map(|error| view! {
                    <LoadError error=error what=i18n::CAL_BOOKINGS_FAILED() retry=Callback::new(move |()| bookings.refetch())/>
                })}
                {move || days.get().and_then(Result::err).map(|error| view! {
                    <LoadError error=error what=i18n::CAL_LOAD_FAILED() retry=Callback::new(move |()| availability.refetch())/>
                })}
                {move || loading().then(|| view! {
                    <p class="calendar-status" role="status"><Spinner/><span>{i18n::CAL_LOADING_BOOKINGS()}</span></p>
                })}
                <Legend/>
            </div>
        </section>
        <div class="admin-calendar-layout">
            <section class="card" aria-labelledby="blocks-title" data-testid="blocks">
                <h2 id="blocks-title">
                    {i18n::BLOCKS_OF_MONTH()}" "{move || model::span_title(view_kind.get(), span.get())}
                </h2>
                <Transition fallback=|| view! { <Skeleton lines=4/> }>
                    {move || Suspend::new(async move {
                        let (at, answer) = blocks.await;
                        match answer {
                            Ok(list) => {
                                let list = blocks_in(list, at);
                                if list.is_empty() {
                                    view! { <p class="muted" data-testid="blocks-empty">{i18n::BLOCKS_EMPTY()}</p> }.into_any()
                                } else {
                                    view! { <BlockTable blocks=list can_edit=can_edit busy=busy on_delete=on_delete/> }.into_any()
                                }
                            }
                            Err(error) => view! {
                                <LoadError error=error what=i18n::BLOCKS_LOAD_FAILED() retry=Callback::new(move |()| blocks.refetch())/>
                            }
                            .into_any(),
                        }
                    })}
                </Transition>
            </section>
            <Show when=move || can_edit.get()>
                <BlockForm date=date on_saved=on_saved/>
            </Show>
        </div>
    }
}

/// What the colours mean: the day's state, then the bookings' statuses.
#[component]
fn Legend() -> impl IntoView {
    view! {
        <ul class="calendar-legend" aria-label=i18n::CAL_LEGEND()>
            <li><span class="swatch swatch-free"></span>{i18n::CAL_FREE()}</li>
            <li><span class="swatch swatch-partly"></span>{i18n::CAL_PARTLY()}</li>
            <li><span class="swatch swatch-booked"></span>{i18n::CAL_FULL()}</li>
            <li><span class="swatch swatch-blocked"></span>{i18n::CAL_BLOCKED()}</li>
        </ul>
        <ul class="calendar-legend cal-status-legend" aria-label=i18n::CAL_STATUS_LEGEND()>
            {BookingStatus::ALL
                .into_iter()
                .map(|s| view! {
                    <li><span class=format!("swatch swatch-status status-{}", s.as_str())></span>{s.label(crate::i18n::english())}</li>
                })
                .collect_view()}
        </ul>
    }
}
