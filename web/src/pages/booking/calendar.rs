//! The month calendar (`data-testid="calendar"`): Monday first, one button
//! per day (`data-date="YYYY-MM-DD"`), disabled when the package cannot be
//! booked that day.

use chrono::NaiveDate;
use leptos::prelude::*;
use shared::booking_dto::{DayAvailability, DayState};
use shared::catalogue::Package;

use super::plan::{day_open_for, Month, MONTHS_AHEAD};
use crate::api::ApiError;
use crate::components::Spinner;
use crate::i18n;

#[component]
pub fn Calendar(
    month: RwSignal<Month>,
    /// The earliest month worth showing (this month).
    first_month: Month,
    selected: RwSignal<Option<NaiveDate>>,
    package: Package,
    /// The shown month's availability; `None` while it loads.
    #[prop(into)]
    days: Signal<Option<Result<Vec<DayAvailability>, ApiError>>>,
    on_retry: Callback<()>,
) -> impl IntoView {
    let package = StoredValue::new(package);
    // The data belongs to the shown month only once it covers its first day.
    let loaded = Memo::new(move |_| {
        let first = month.get().first();
        days.with(|d| match d {
            Some(Ok(list)) if list.first().map(|x| x.date) == Some(first) => Some(Ok(list.clone())),
            Some(Err(e)) => Some(Err(e.clone())),
            _ => None,
        })
    });
    let day_info = move |date: NaiveDate| -> Option<DayAvailability> {
        loaded.with(|l| match l {
            Some(Ok(list)) => list.iter().find(|d| d.date == date).cloned(),
            _ => None,
        })
    };
    let can_go_back = move || month.get() > first_month;
    let can_go_on = move || first_month.until(month.get()) < MONTHS_AHEAD;

    view! {
        <div class="calendar" data-testid="calendar" aria-busy=move || loaded.with(Option::is_none).to_string()>
            <div class="calendar-head">
                <button
                    type="button"
                    class="cal-nav"
                    data-testid="calendar-prev"
                    aria-label=i18n::CAL_PREV()
                    disabled=move || !can_go_back()
                    on:click=move |_| month.update(|m| *m = m.plus(-1))
                >
                    "‹"
                </button>
                <h3 class="calendar-title" aria-live="polite" data-testid="calendar-month">
                    {move || { let m = month.get(); i18n::format_month(m.year, m.month0) }}
                </h3>
                <button
                    type="button"
                    class="cal-nav"
                    data-testid="calendar-next"
                    aria-label=i18n::CAL_NEXT()
                    disabled=move || !can_go_on()
                    on:click=move |_| month.update(|m| *m = m.plus(1))
                >
                    "›"
                </button>
            </div>
            <div class="calendar-grid" role="group" aria-label=move || { let m = month.get(); format!("{} {}", i18n::CAL_LABEL(), i18n::format_month(m.year, m.month0)) }>
                {i18n::WEEKDAYS_SHORT().into_iter().map(|d| view! { <span class="cal-weekday" aria-hidden="true">{d}</span> }).collect_view()}
                {move || {
                    month
                        .get()
                        .grid()
                        .into_iter()
                        .map(|cell| match cell {
                            None => view! { <span class="cal-empty" aria-hidden="true"></span> }.into_any(),
                            Some(date) => {
                                let info = move || day_info(date);
                                let open = move || info().is_some_and(|d| package.with_value(|p| day_open_for(&d, p)));
                                let state_class = move || match info() {
                                    None => "cal-day",
                                    Some(d) if !d.bookable && d.state == DayState::Free => "cal-day cal-past",
                                    Some(d) => match d.state {
                                        DayState::Free => "cal-day cal-free",
                                        DayState::PartlyBooked if open() => "cal-day cal-partly",
                                        DayState::PartlyBooked | DayState::Full => "cal-day cal-full",
                                        DayState::Blocked => "cal-day cal-blocked",
                                    },
                                };
                                let label = move || {
                                    let what = match info() {
                                        None => i18n::LOADING(),
                                        Some(_) if open() => match info().map(|d| d.state) {
                                            Some(DayState::PartlyBooked) => i18n::CAL_PARTLY(),
                                            _ => i18n::CAL_FREE(),
                                        },
                                        Some(d) if !d.bookable && d.state == DayState::Free => i18n::CAL_TOO_SOON(),
                                        Some(d) if d.state == DayState::Blocked => i18n::CAL_BLOCKED(),
                                        Some(_) => i18n::CAL_FULL(),
                                    };
                                    format!("{}: {what}", i18n::format_day_long(date))
                                };
                                let is_selected = move || selected.get() == Some(date);
                                // One class string: a reactive `class=` would wipe `class:` toggles.
                                let class = move || {
                                    if is_selected() {
                                        format!("{} selected", state_class())
                                    } else {
                                        state_class().to_owned()
                                    }
                                };
                                view! {
                                    <button
                                        type="button"
                                        class=class
                                        data-date=date.to_string()
                                        disabled=move || !open()
                                        aria-pressed=move || is_selected().to_string()
                                        aria-label=label
                                        title=label
                                        on:click=move |_| selected.set(Some(date))
                                    >
                                        <span class="cal-num">{chrono::Datelike::day(&date)}</span>
                                    </button>
                                }
                                .into_any()
                            }
                        })
                        .collect_view()
                }}
            </div>
            {move || match loaded.get() {
                None => view! {
                    <p class="calendar-status" role="status"><Spinner/><span>{i18n::CAL_LOADING()}</span></p>
                }
                .into_any(),
                Some(Err(err)) => view! {
                    <div class="alert alert-error" role="alert" data-testid="load-error">
                        <p>{i18n::CAL_LOAD_FAILED()}" "{err.message()}</p>
                        <button type="button" class="btn btn-ghost btn-small" on:click=move |_| on_retry.run(())>{i18n::RETRY()}</button>
                    </div>
                }
                .into_any(),
                Some(Ok(list)) => {
                    let any_open = list.iter().any(|d| package.with_value(|p| day_open_for(d, p)));
                    (!any_open)
                        .then(|| view! {
                            <p class="calendar-status muted" data-testid="calendar-none">{i18n::CAL_NONE_THIS_MONTH()}</p>
                        })
                        .into_any()
                }
            }}
            <ul class="calendar-legend" aria-label=i18n::CAL_LEGEND()>
                <li><span class="swatch swatch-free"></span>{i18n::CAL_FREE()}</li>
                <li><span class="swatch swatch-partly"></span>{i18n::CAL_PARTLY()}</li>
                <li><span class="swatch swatch-full"></span>{i18n::CAL_FULL_OR_CLOSED()}</li>
            </ul>
        </div>
    }
}
