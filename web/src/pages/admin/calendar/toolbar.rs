//! The calendar's head: previous / today / next, the shown span, and the
//! month / week switch (`#cal-view-month`, `#cal-view-week`).

use chrono::NaiveDate;
use leptos::prelude::*;

use super::model::{span_title, step, CalView, Span};
use crate::i18n;

#[component]
pub fn Toolbar(
    view_kind: RwSignal<CalView>,
    anchor: RwSignal<NaiveDate>,
    #[prop(into)] span: Signal<Span>,
    today: NaiveDate,
) -> impl IntoView {
    let go = move |dir: i32| anchor.update(|a| *a = step(view_kind.get_untracked(), *a, dir));
    let is = move |v: CalView| view_kind.get() == v;
    let prev_label = move || match view_kind.get() {
        CalView::Month => i18n::CAL_PREV(),
        CalView::Week => i18n::CAL_PREV_WEEK(),
    };
    let next_label = move || match view_kind.get() {
        CalView::Month => i18n::CAL_NEXT(),
        CalView::Week => i18n::CAL_NEXT_WEEK(),
    };
    view! {
        <div class="calendar-head admin-cal-head">
            <div class="cal-nav-group">
                <button type="button" class="cal-nav" data-testid="calendar-prev" aria-label=prev_label on:click=move |_| go(-1)>
                    "‹"
                </button>
                <button
                    type="button"
                    class="btn btn-ghost btn-small"
                    id="cal-today"
                    data-testid="calendar-today"
                    disabled=move || span.get().contains(today)
                    on:click=move |_| anchor.set(today)
                >
                    {i18n::CAL_TODAY()}
                </button>
                <button type="button" class="cal-nav" data-testid="calendar-next" aria-label=next_label on:click=move |_| go(1)>
                    "›"
                </button>
            </div>
            <h2 id="month-title" class="calendar-title" aria-live="polite" data-testid="calendar-month">
                {move || span_title(view_kind.get(), span.get())}
            </h2>
            <div class="tabs cal-view-tabs" role="group" aria-label=i18n::CAL_VIEW_LABEL()>
                <button
                    type="button"
                    class="tab"
                    id="cal-view-month"
                    class:active=move || is(CalView::Month)
                    aria-pressed=move || is(CalView::Month).to_string()
                    on:click=move |_| view_kind.set(CalView::Month)
                >
                    {i18n::CAL_VIEW_MONTH()}
                </button>
                <button
                    type="button"
                    class="tab"
                    id="cal-view-week"
                    class:active=move || is(CalView::Week)
                    aria-pressed=move || is(CalView::Week).to_string()
                    on:click=move |_| view_kind.set(CalView::Week)
                >
                    {i18n::CAL_VIEW_WEEK()}
                </button>
            </div>
        </div>
    }
}
