//! The admin's form that closes a day or a time range (`#block-form`),
//! checked as they type with `BlockInput::validate` (the server's rules).

use chrono::NaiveDate;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::booking_dto::{Block, BlockInput};
use shared::FieldErrors;

use crate::api;
use crate::components::form_state::focus_first_invalid;
use crate::components::{CheckboxField, Field, FormError, FormState, SubmitButton};
use crate::i18n;
use crate::state::use_auth;

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
            errors.insert("date".into(), i18n::BLOCK_DATE_REQUIRED().into());
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
            errors.insert("start_time".into(), i18n::BLOCK_TIMES_REQUIRED().into());
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
pub fn BlockForm(date: RwSignal<String>, on_saved: Callback<Block>) -> impl IntoView {
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
            <h2 id="block-form-title">{i18n::BLOCK_NEW_TITLE()}</h2>
            <p class="muted">{i18n::BLOCK_NEW_TEXT()}</p>
            <form id="block-form" novalidate on:submit=on_submit>
                <FormError message=form.form_error()/>
                <Field id="date" label=i18n::LABEL_BLOCK_DATE() value=date error=date_error input_type="date" hint=i18n::HINT_BLOCK_DATE() form=form/>
                <CheckboxField id="whole_day" label=i18n::FULL_DAY() checked=whole_day hint=i18n::HINT_BLOCK_WHOLE_DAY() form=form/>
                <Show when=move || !whole_day.get()>
                    <div class="form-grid">
                        <Field id="start_time" label=i18n::LABEL_BLOCK_START() value=start_time error=start_error input_type="time" form=form/>
                        <Field id="end_time" label=i18n::LABEL_BLOCK_END() value=end_time error=end_error input_type="time" form=form/>
                    </div>
                </Show>
                <Field id="reason" label=i18n::LABEL_BLOCK_REASON() value=reason error=reason_error autocomplete="off" hint=i18n::HINT_BLOCK_REASON() form=form/>
                <div class="form-actions">
                    <SubmitButton label=i18n::BLOCK_SAVE() pending_label=i18n::SAVING() pending=save.pending() id="save-block"/>
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
}
