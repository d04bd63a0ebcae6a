//! `/admin/kalender` (staff+): a month of the studio's calendar, each day with
//! its state (from `/availability`) and its blocks. Admins close a day or a
//! time range (`#block-form`) and reopen it; staff only look.

use chrono::{Datelike, NaiveDate};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::booking_dto::{Block, BlockInput, DayAvailability, DayState};
use shared::{FieldErrors, Role};
use uuid::Uuid;

use super::focus_form;
use crate::api::{self, ApiError};
use crate::components::form_state::focus_first_invalid;
use crate::components::{
    confirm, CheckboxField, Field, FormError, FormState, LoadError, Notice, Skeleton, Spinner,
    SubmitButton,
};
use crate::i18n;
use crate::pages::booking::plan::Month;
use crate::pages::set_title;
use crate::state::use_auth;

#[component]
pub fn AdminCalendarPage() -> impl IntoView {
    set_title(i18n::BLOCKS_TITLE);
    let auth = use_auth();
    let can_edit = Memo::new(move |_| auth.role().is_some_and(|r| r.at_least(Role::Admin)));
    let month = RwSignal::new(Month::of(i18n::studio_today()));
    let blocks = LocalResource::new(move || {
        let m = month.get();
        api::blocks::list(auth, m.first(), m.last())
    });
    let availability = LocalResource::new(move || {
        let m = month.get();
        api::bookings::availability(m.first(), m.last())
    });
    // The form's date, also set by picking a day on the grid.
    let date = RwSignal::new(String::new());
    let notice = RwSignal::new(None::<String>);
    let action_error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<Uuid>);

    // Data belongs to the shown month only once it covers its first day.
    let days = Memo::new(move |_| {
        let first = month.get().first();
        availability.get().map(|r| {
            r.map(|list| {
                if list.first().map(|d| d.date) == Some(first) {
                    list
                } else {
                    Vec::new()
                }
            })
        })
    });
    let month_blocks = Memo::new(move |_| {
        let m = month.get();
        blocks
            .get()
            .and_then(Result::ok)
            .map(|list| in_month(list, m))
    });

    let refetch = move || {
        blocks.refetch();
        availability.refetch();
    };
    let on_saved = Callback::new(move |b: Block| {
        action_error.set(None);
        notice.set(Some(format!(
            "{} {} {}",
            i18n::BLOCK,
            block_when(&b),
            i18n::BLOCK_SAVED_TAIL
        )));
        if month.get_untracked() == Month::of(b.date) {
            refetch();
        } else {
            month.set(Month::of(b.date));
        }
    });
    let on_pick = Callback::new(move |d: NaiveDate| {
        date.set(d.to_string());
        focus_form("block-form");
    });
    let on_delete = Callback::new(move |b: Block| {
        let question = format!(
            "{} {}? {}",
            i18n::BLOCK_DELETE_CONFIRM,
            block_when(&b),
            i18n::BLOCK_DELETE_CONFIRM_TAIL
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
                    notice.set(Some(format!(
                        "{} {} {}",
                        i18n::BLOCK,
                        block_when(&b),
                        i18n::BLOCK_DELETED_TAIL
                    )));
                    refetch();
                }
                Err(err) => action_error.set(Some(err.message())),
            }
            let _ = busy.try_set(None);
        });
    });

    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::ADMIN_OPERATIONS}</p>
            <h1>{i18n::BLOCKS_TITLE}</h1>
            <p class="lead">{move || if can_edit.get() { i18n::BLOCKS_LEAD } else { i18n::BLOCKS_LEAD_STAFF }}</p>
        </header>
        <div class="flash">
            <Notice message=notice/>
            {move || action_error.get().map(|text| view! {
                <div class="alert alert-error" role="alert" data-testid="action-error"><p>{text}</p></div>
            })}
        </div>
        <div class="admin-calendar-layout">
            <section class="card" aria-labelledby="month-title">
                <MonthGrid
                    month=month
                    days=days
                    blocks=month_blocks
                    can_edit=can_edit
                    on_pick=on_pick
                    on_retry=Callback::new(move |()| availability.refetch())
                />
            </section>
            <Show when=move || can_edit.get()>
                <BlockForm date=date on_saved=on_saved/>
            </Show>
        </div>
        <section class="card" aria-labelledby="blocks-title" data-testid="blocks">
            <h2 id="blocks-title">
                {i18n::BLOCKS_OF_MONTH}" "{move || { let m = month.get(); i18n::format_month(m.year, m.month0) }}
            </h2>
            <Transition fallback=|| view! { <Skeleton lines=4/> }>
                {move || Suspend::new(async move {
                    let m = month.get_untracked();
                    match blocks.await {
                        Ok(list) => {
                            let list = in_month(list, m);
                            if list.is_empty() {
                                view! { <p class="muted" data-testid="blocks-empty">{i18n::BLOCKS_EMPTY}</p> }.into_any()
                            } else {
                                view! { <BlockTable blocks=list can_edit=can_edit busy=busy on_delete=on_delete/> }.into_any()
                            }
                        }
                        Err(error) => view! {
                            <LoadError error=error what=i18n::BLOCKS_LOAD_FAILED retry=Callback::new(move |()| blocks.refetch())/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// The blocks dated within `m`, by date then start (whole days first).
fn in_month(mut list: Vec<Block>, m: Month) -> Vec<Block> {
    let (first, last) = (m.first(), m.last());
    list.retain(|b| b.date >= first && b.date <= last);
    list.sort_by(|a, b| (a.date, &a.start_time).cmp(&(b.date, &b.start_time)));
    list
}

/// `Sepanjang hari` or `09:00–12:00`.
fn block_range(b: &Block) -> String {
    match (&b.start_time, &b.end_time) {
        (Some(s), Some(e)) => format!("{s}–{e}"),
        _ => i18n::FULL_DAY.to_owned(),
    }
}

/// `9 Desember 2026 (09:00–12:00)`.
fn block_when(b: &Block) -> String {
    format!("{} ({})", i18n::format_day(b.date), block_range(b))
}

fn state_label(state: DayState) -> &'static str {
    match state {
        DayState::Free => i18n::CAL_FREE,
        DayState::PartlyBooked => i18n::CAL_PARTLY,
        DayState::Full => i18n::CAL_FULL,
        DayState::Blocked => i18n::CAL_BLOCKED,
    }
}

fn state_class(state: DayState) -> &'static str {
    match state {
        DayState::Free => "cal-free",
        DayState::PartlyBooked => "cal-partly",
        DayState::Full => "cal-full",
        DayState::Blocked => "cal-blocked",
    }
}

#[component]
fn MonthGrid(
    month: RwSignal<Month>,
    /// The shown month's availability; `None` while it loads.
    #[prop(into)]
    days: Signal<Option<Result<Vec<DayAvailability>, ApiError>>>,
    #[prop(into)] blocks: Signal<Option<Vec<Block>>>,
    #[prop(into)] can_edit: Signal<bool>,
    on_pick: Callback<NaiveDate>,
    on_retry: Callback<()>,
) -> impl IntoView {
    let loading = move || {
        days.with(|d| !matches!(d, Some(Ok(l)) if !l.is_empty()) && !matches!(d, Some(Err(_))))
    };
    view! {
        <div class="calendar admin-cal" data-testid="calendar" aria-busy=move || loading().to_string()>
            <div class="calendar-head">
                <button
                    type="button"
                    class="cal-nav"
                    data-testid="calendar-prev"
                    aria-label=i18n::CAL_PREV
                    on:click=move |_| month.update(|m| *m = m.plus(-1))
                >
                    "‹"
                </button>
                <h2 id="month-title" class="calendar-title" aria-live="polite" data-testid="calendar-month">
                    {move || { let m = month.get(); i18n::format_month(m.year, m.month0) }}
                </h2>
                <button
                    type="button"
                    class="cal-nav"
                    data-testid="calendar-next"
                    aria-label=i18n::CAL_NEXT
                    on:click=move |_| month.update(|m| *m = m.plus(1))
                >
                    "›"
                </button>
            </div>
            <div class="calendar-grid">
                {i18n::WEEKDAYS_SHORT.into_iter().map(|d| view! { <span class="cal-weekday" aria-hidden="true">{d}</span> }).collect_view()}
                {move || {
                    let day_list = days.with(|d| d.as_ref().and_then(|r| r.as_ref().ok()).cloned()).unwrap_or_default();
                    let block_list = blocks.get().unwrap_or_default();
                    let editable = can_edit.get();
                    month
                        .get()
                        .grid()
                        .into_iter()
                        .map(|cell| match cell {
                            None => view! { <span class="cal-empty" aria-hidden="true"></span> }.into_any(),
                            Some(date) => {
                                let state = day_list.iter().find(|d| d.date == date).map(|d| d.state);
                                let own: Vec<Block> = block_list.iter().filter(|b| b.date == date).cloned().collect();
                                view! { <DayCell date=date state=state blocks=own editable=editable on_pick=on_pick/> }.into_any()
                            }
                        })
                        .collect_view()
                }}
            </div>
            {move || days.get().and_then(Result::err).map(|err| view! {
                <div class="alert alert-error" role="alert" data-testid="load-error">
                    <p>{i18n::CAL_LOAD_FAILED}" "{err.message()}</p>
                    <button type="button" class="btn btn-ghost btn-small" on:click=move |_| on_retry.run(())>{i18n::RETRY}</button>
                </div>
            })}
            {move || loading().then(|| view! {
                <p class="calendar-status" role="status"><Spinner/><span>{i18n::CAL_LOADING}</span></p>
            })}
            <ul class="calendar-legend" aria-label=i18n::CAL_LEGEND>
                <li><span class="swatch swatch-free"></span>{i18n::CAL_FREE}</li>
                <li><span class="swatch swatch-partly"></span>{i18n::CAL_PARTLY}</li>
                <li><span class="swatch swatch-booked"></span>{i18n::CAL_FULL}</li>
                <li><span class="swatch swatch-blocked"></span>{i18n::CAL_BLOCKED}</li>
            </ul>
        </div>
    }
}

/// One day: its number, state and blocks. Admins pick it for the form.
#[component]
fn DayCell(
    date: NaiveDate,
    state: Option<DayState>,
    blocks: Vec<Block>,
    editable: bool,
    on_pick: Callback<NaiveDate>,
) -> impl IntoView {
    let class = format!(
        "cal-day admin-cal-day {}",
        state.map(state_class).unwrap_or_default()
    );
    let what = state.map_or(i18n::LOADING, state_label);
    let mut label = format!("{}: {what}", i18n::format_day_long(date));
    for b in &blocks {
        label.push_str(&format!("; {} {}", block_range(b), b.reason));
    }
    let body = view! {
        <span class="cal-num">{date.day()}</span>
        <span class="cal-state">{state.map(state_label)}</span>
        {blocks
            .into_iter()
            // Whole days show why; ranges show when (the title has both).
            .map(|b| {
                let chip = if b.start_time.is_some() { block_range(&b) } else { b.reason };
                view! { <span class="cal-block">{chip}</span> }
            })
            .collect_view()}
    };
    if editable {
        view! {
            <button
                type="button"
                class=class
                data-date=date.to_string()
                data-state=state.map(state_class)
                aria-label=label.clone()
                title=label
                on:click=move |_| on_pick.run(date)
            >
                {body}
            </button>
        }
        .into_any()
    } else {
        view! {
            <div class=class data-date=date.to_string() data-state=state.map(state_class) aria-label=label.clone() title=label role="group">
                {body}
            </div>
        }
        .into_any()
    }
}

#[component]
fn BlockTable(
    blocks: Vec<Block>,
    #[prop(into)] can_edit: Signal<bool>,
    busy: RwSignal<Option<Uuid>>,
    on_delete: Callback<Block>,
) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="admin-table blocks-table">
                <thead>
                    <tr>
                        <th scope="col">{i18n::COL_DATE}</th>
                        <th scope="col">{i18n::COL_TIME}</th>
                        <th scope="col">{i18n::COL_REASON}</th>
                        <th scope="col"><span class="visually-hidden">{i18n::COL_ACTIONS}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {blocks
                        .into_iter()
                        .map(|b| {
                            let id = b.id;
                            let for_delete = b.clone();
                            view! {
                                <tr data-testid="block-row" data-block-id=id.to_string() data-date=b.date.to_string()>
                                    <td>{i18n::format_day_long(b.date)}</td>
                                    <td>{block_range(&b)}</td>
                                    <td>{b.reason.clone()}</td>
                                    <td class="row-actions">
                                        <Show when=move || can_edit.get()>
                                            <button
                                                type="button"
                                                class="btn btn-danger btn-small"
                                                data-testid="delete-block"
                                                disabled=move || busy.get() == Some(id)
                                                on:click={
                                                    let b = for_delete.clone();
                                                    move |_| on_delete.run(b.clone())
                                                }
                                            >
                                                {i18n::DELETE}
                                            </button>
                                        </Show>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The form's inputs as typed.
#[derive(Debug, Clone, PartialEq)]
struct BlockText {
    date: String,
    whole_day: bool,
    start_time: String,
    end_time: String,
    reason: String,
}

impl BlockText {
    /// The input to send, checked with `BlockInput::validate` (the server's
    /// rules), or every problem by JSON field name.
    fn read(&self) -> Result<BlockInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d").ok();
        if date.is_none() {
            errors.insert("date".into(), i18n::BLOCK_DATE_REQUIRED.into());
        }
        let time = |t: &str| Some(t.trim().to_owned()).filter(|t| !self.whole_day && !t.is_empty());
        let input = BlockInput {
            date: date.unwrap_or_default(),
            start_time: time(&self.start_time),
            end_time: time(&self.end_time),
            reason: self.reason.trim().to_owned(),
        };
        // Unticking "whole day" means a range: both times are needed.
        if !self.whole_day && input.start_time.is_none() && input.end_time.is_none() {
            errors.insert("start_time".into(), i18n::BLOCK_TIMES_REQUIRED.into());
        }
        match input.validate() {
            Ok(_) if errors.is_empty() => Ok(input),
            Ok(_) => Err(errors),
            Err(rules) => {
                for (field, msg) in rules {
                    errors.entry(field).or_insert(msg);
                }
                Err(errors)
            }
        }
    }
}

#[component]
fn BlockForm(date: RwSignal<String>, on_saved: Callback<Block>) -> impl IntoView {
    let auth = use_auth();
    let whole_day = RwSignal::new(true);
    let start_time = RwSignal::new(String::new());
    let end_time = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());

    let draft = Memo::new(move |_| {
        BlockText {
            date: date.get(),
            whole_day: whole_day.get(),
            start_time: start_time.get(),
            end_time: end_time.get(),
            reason: reason.get(),
        }
        .read()
    });
    let form = FormState::new();
    let check = move |field: &'static str| {
        form.error(field, move || {
            draft.with(|d| d.as_ref().err().and_then(|e| e.get(field).cloned()))
        })
    };
    let date_error = check("date");
    let start_error = check("start_time");
    let end_error = check("end_time");
    let reason_error = check("reason");

    let save = Action::new_local(move |input: &BlockInput| {
        let input = input.clone();
        async move {
            match api::blocks::create(auth, &input).await {
                Ok(b) => {
                    start_time.set(String::new());
                    end_time.set(String::new());
                    reason.set(String::new());
                    form.reset();
                    on_saved.run(b);
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
        form.submitting();
        let fields = [
            ("date", date_error),
            ("start_time", start_error),
            ("end_time", end_error),
            ("reason", reason_error),
        ];
        match draft.get_untracked() {
            Ok(input) => {
                save.dispatch(input);
            }
            Err(_) => focus_first_invalid(&fields),
        }
    };

    view! {
        <section class="card editor" aria-labelledby="block-form-title">
            <h2 id="block-form-title">{i18n::BLOCK_NEW_TITLE}</h2>
            <p class="muted">{i18n::BLOCK_NEW_TEXT}</p>
            <form id="block-form" novalidate on:submit=on_submit>
                <FormError message=form.form_error()/>
                <Field id="date" label=i18n::LABEL_BLOCK_DATE value=date error=date_error input_type="date" hint=i18n::HINT_BLOCK_DATE form=form/>
                <CheckboxField id="whole_day" label=i18n::FULL_DAY checked=whole_day hint=i18n::HINT_BLOCK_WHOLE_DAY form=form/>
                <Show when=move || !whole_day.get()>
                    <div class="form-grid">
                        <Field id="start_time" label=i18n::LABEL_BLOCK_START value=start_time error=start_error input_type="time" form=form/>
                        <Field id="end_time" label=i18n::LABEL_BLOCK_END value=end_time error=end_error input_type="time" form=form/>
                    </div>
                </Show>
                <Field id="reason" label=i18n::LABEL_BLOCK_REASON value=reason error=reason_error autocomplete="off" hint=i18n::HINT_BLOCK_REASON form=form/>
                <div class="form-actions">
                    <SubmitButton label=i18n::BLOCK_SAVE pending_label=i18n::SAVING pending=save.pending() id="save-block"/>
                </div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed() -> BlockText {
        BlockText {
            date: "2026-12-24".into(),
            whole_day: true,
            start_time: "09:00".into(),
            end_time: "12:00".into(),
            reason: "  Libur Natal ".into(),
        }
    }

    #[test]
    fn a_whole_day_ignores_the_times() {
        let input = typed().read().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(input.start_time, None);
        assert_eq!(input.end_time, None);
        assert_eq!(input.reason, "Libur Natal");
        assert_eq!(
            input.date,
            NaiveDate::from_ymd_opt(2026, 12, 24).unwrap_or_default()
        );
    }

    #[test]
    fn a_range_keeps_its_times() {
        let input = BlockText {
            whole_day: false,
            ..typed()
        }
        .read()
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(input.start_time.as_deref(), Some("09:00"));
        assert_eq!(input.end_time.as_deref(), Some("12:00"));
    }

    #[test]
    fn every_problem_is_reported_on_its_field() {
        let errors = BlockText {
            date: "".into(),
            whole_day: false,
            start_time: "12:00".into(),
            end_time: "09:00".into(),
            reason: " ".into(),
        }
        .read()
        .err()
        .unwrap_or_default();
        for field in ["date", "end_time", "reason"] {
            assert!(errors.contains_key(field), "{field}: {errors:?}");
        }
        let errors = BlockText {
            whole_day: false,
            start_time: String::new(),
            end_time: String::new(),
            ..typed()
        }
        .read()
        .err()
        .unwrap_or_default();
        assert!(errors.contains_key("start_time"), "{errors:?}");
    }

    #[test]
    fn the_month_list_is_sorted_and_bounded() {
        let block = |d: u32, start: Option<&str>| Block {
            id: Uuid::new_v4(),
            date: NaiveDate::from_ymd_opt(2026, 12, d).unwrap_or_default(),
            start_time: start.map(str::to_owned),
            end_time: start.map(|_| "17:00".to_owned()),
            reason: "x".into(),
        };
        let m = Month {
            year: 2026,
            month0: 11,
        };
        let list = in_month(
            vec![
                block(9, Some("13:00")),
                block(9, None),
                block(2, Some("08:00")),
            ],
            m,
        );
        let got: Vec<_> = list
            .iter()
            .map(|b| (b.date.day(), b.start_time.clone()))
            .collect();
        assert_eq!(
            got,
            [
                (2, Some("08:00".into())),
                (9, None),
                (9, Some("13:00".into()))
            ]
        );
        assert_eq!(block_range(&list[1]), "Sepanjang hari");
        assert_eq!(block_range(&list[0]), "08:00–17:00");
    }
}
