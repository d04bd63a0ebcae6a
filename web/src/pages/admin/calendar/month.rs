//! The month grid (`#calendar[data-view=month]`): each day
//! (`[data-date]`) with its state, blocks and first bookings; the rest are
//! one tap away in the week view.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use shared::booking_dto::{Block, Booking, DayAvailability, DayState};
use wasm_bindgen::JsCast;

use super::chips::{BlockChip, BookingChip};
use super::model::{state_class, state_label};
use crate::i18n;
use crate::pages::booking::plan::Month;

/// Bookings shown in a day cell before "+N lagi".
const CHIPS_PER_DAY: usize = 3;

#[component]
pub fn MonthView(
    #[prop(into)] month: Signal<Month>,
    #[prop(into)] days: Signal<Vec<DayAvailability>>,
    #[prop(into)] blocks: Signal<Vec<Block>>,
    #[prop(into)] bookings: Signal<BTreeMap<NaiveDate, Vec<Booking>>>,
    #[prop(into)] can_edit: Signal<bool>,
    today: NaiveDate,
    /// An admin picked the day for the block form.
    on_pick: Callback<NaiveDate>,
    /// Show the day's whole week.
    on_open_week: Callback<NaiveDate>,
) -> impl IntoView {
    view! {
        <div class="calendar-grid cal-month" id="calendar" data-view="month">
            {i18n::WEEKDAYS_SHORT().into_iter().map(|d| view! { <span class="cal-weekday" aria-hidden="true">{d}</span> }).collect_view()}
            {move || {
                let states = days.get();
                let all_blocks = blocks.get();
                let booked = bookings.get();
                let editable = can_edit.get();
                month
                    .get()
                    .grid()
                    .into_iter()
                    .map(|cell| match cell {
                        None => view! { <span class="cal-empty" aria-hidden="true"></span> }.into_any(),
                        Some(date) => {
                            let state = states.iter().find(|d| d.date == date).map(|d| d.state);
                            let own: Vec<Block> = all_blocks.iter().filter(|b| b.date == date).cloned().collect();
                            let list = booked.get(&date).cloned().unwrap_or_default();
                            view! {
                                <DayCell
                                    date=date
                                    state=state
                                    blocks=own
                                    bookings=list
                                    editable=editable
                                    today=date == today
                                    on_pick=on_pick
                                    on_open_week=on_open_week
                                />
                            }
                            .into_any()
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// Whether a click landed on a control of its own (a booking link, a button).
fn on_control(ev: &MouseEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a, button").ok().flatten())
        .is_some()
}

/// One day. Admins pick it for the block form by clicking it (or its
/// number, from the keyboard); the crew's number opens the day's week.
#[component]
fn DayCell(
    date: NaiveDate,
    state: Option<DayState>,
    blocks: Vec<Block>,
    bookings: Vec<Booking>,
    editable: bool,
    today: bool,
    on_pick: Callback<NaiveDate>,
    on_open_week: Callback<NaiveDate>,
) -> impl IntoView {
    let class = format!(
        "cal-day admin-cal-day {}",
        state.map(state_class).unwrap_or_default()
    );
    let long = i18n::format_day_long(date);
    let what = state.map_or(i18n::LOADING(), state_label);
    let mut label = format!("{long}: {what}");
    if !bookings.is_empty() {
        label.push_str(&format!(
            ", {} {}",
            bookings.len(),
            i18n::CAL_BOOKINGS_TAIL()
        ));
    }
    for b in &blocks {
        label.push_str(&format!("; {} {}", super::model::block_range(b), b.reason));
    }
    let more = bookings.len().saturating_sub(CHIPS_PER_DAY);
    let count = bookings.len();
    let number = if editable {
        view! {
            <button
                type="button"
                class="cal-num cal-pick"
                aria-label=format!("{} {long}", i18n::CAL_PICK_FOR_BLOCK())
                on:click=move |_| on_pick.run(date)
            >
                {date.day()}
            </button>
        }
        .into_any()
    } else {
        view! {
            <button
                type="button"
                class="cal-num cal-pick"
                aria-label=format!("{} {long}", i18n::CAL_OPEN_WEEK())
                on:click=move |_| on_open_week.run(date)
            >
                {date.day()}
            </button>
        }
        .into_any()
    };
    view! {
        <div
            class=class
            class:is-today=today
            class:cal-pickable=editable
            data-date=date.to_string()
            data-state=state.map(state_class)
            data-bookings=count.to_string()
            role="group"
            aria-label=label.clone()
            title=label
            on:click=move |ev| {
                if editable && !on_control(&ev) {
                    on_pick.run(date);
                }
            }
        >
            <div class="cal-day-head">
                {number}
                {(count > 0).then(|| view! { <span class="cal-count" aria-hidden="true">{count}</span> })}
            </div>
            <span class="cal-state">{state.map(state_label)}</span>
            {blocks.into_iter().map(|b| view! { <BlockChip block=b/> }).collect_view()}
            {bookings
                .into_iter()
                .take(CHIPS_PER_DAY)
                .map(|b| view! { <BookingChip booking=b/> })
                .collect_view()}
            {(more > 0).then(|| view! {
                <button type="button" class="cal-more" on:click=move |_| on_open_week.run(date)>
                    {format!("+{more} {}", i18n::CAL_MORE())}
                </button>
            })}
        </div>
    }
}
