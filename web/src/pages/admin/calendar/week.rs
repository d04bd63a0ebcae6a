//! The week (`#calendar[data-view=week]`): seven columns, Monday to Sunday,
//! each day's (`[data-date]`) blocks and bookings in time order. On a phone
//! the columns stack into a list.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use shared::booking_dto::{Block, Booking, DayAvailability, DayState};

use super::chips::{BlockChip, BookingChip};
use super::model::{state_class, state_label, Span};
use crate::i18n;

#[component]
pub fn WeekView(
    #[prop(into)] span: Signal<Span>,
    #[prop(into)] days: Signal<Vec<DayAvailability>>,
    #[prop(into)] blocks: Signal<Vec<Block>>,
    #[prop(into)] bookings: Signal<BTreeMap<NaiveDate, Vec<Booking>>>,
    #[prop(into)] can_edit: Signal<bool>,
    today: NaiveDate,
    on_pick: Callback<NaiveDate>,
) -> impl IntoView {
    view! {
        <div class="cal-week" id="calendar" data-view="week">
            {move || {
                let states = days.get();
                let all_blocks = blocks.get();
                let booked = bookings.get();
                let editable = can_edit.get();
                span.get()
                    .days()
                    .into_iter()
                    .map(|date| {
                        let state = states.iter().find(|d| d.date == date).map(|d| d.state);
                        let own: Vec<Block> = all_blocks.iter().filter(|b| b.date == date).cloned().collect();
                        let list = booked.get(&date).cloned().unwrap_or_default();
                        view! {
                            <WeekDay
                                date=date
                                state=state
                                blocks=own
                                bookings=list
                                editable=editable
                                today=date == today
                                on_pick=on_pick
                            />
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

#[component]
fn WeekDay(
    date: NaiveDate,
    state: Option<DayState>,
    blocks: Vec<Block>,
    bookings: Vec<Booking>,
    editable: bool,
    today: bool,
    on_pick: Callback<NaiveDate>,
) -> impl IntoView {
    let weekday = i18n::WEEKDAYS_SHORT()
        .get(date.weekday().num_days_from_monday() as usize)
        .copied()
        .unwrap_or_default();
    let long = i18n::format_day_long(date);
    let empty = bookings.is_empty() && blocks.is_empty();
    let count = bookings.len();
    view! {
        <section
            class=format!("cal-week-day {}", state.map(state_class).unwrap_or_default())
            class:is-today=today
            data-date=date.to_string()
            data-state=state.map(state_class)
            data-bookings=count.to_string()
            aria-label=long.clone()
        >
            <header class="cal-week-head">
                <span class="cal-week-name">{weekday}</span>
                <span class="cal-week-num">{date.day()}</span>
                <span class="cal-state">{state.map(state_label)}</span>
                {editable.then(|| view! {
                    <button
                        type="button"
                        class="btn btn-link btn-small cal-week-pick"
                        aria-label=format!("{} {long}", i18n::CAL_PICK_FOR_BLOCK())
                        on:click=move |_| on_pick.run(date)
                    >
                        {i18n::CAL_CLOSE_DAY()}
                    </button>
                })}
            </header>
            {blocks.into_iter().map(|b| view! { <BlockChip block=b/> }).collect_view()}
            {(count > 0).then(|| view! {
                <ul class="cal-week-list">
                    {bookings.into_iter().map(|b| view! { <li><BookingChip booking=b detailed=true/></li> }).collect_view()}
                </ul>
            })}
            {empty.then(|| view! { <p class="cal-week-empty">{i18n::CAL_DAY_EMPTY()}</p> })}
        </section>
    }
}
