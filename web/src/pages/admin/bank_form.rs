//! The bank account form (`#bank-form`), checked as the admin types with
//! `BankAccountInput::validate`.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::catalogue::{BankAccount, BankAccountInput};
use shared::FieldErrors;

use crate::api;
use crate::components::form_state::focus_first_invalid;
use crate::components::inputs::parse_optional_int;
use crate::components::{CheckboxField, Field, FormError, FormState, SubmitButton};
use crate::i18n;
use crate::state::use_auth;

/// Banks offered as suggestions; any name may be typed.
const BANKS: [&str; 8] = [
    "BCA",
    "BRI",
    "BNI",
    "Mandiri",
    "BSI",
    "Bank Sumut",
    "CIMB Niaga",
    "BTN",
];

/// The cleaned input, or every problem by JSON field name.
fn read(
    bank: &str,
    account_number: &str,
    holder_name: &str,
    active: bool,
    sort_order: &str,
) -> Result<BankAccountInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let sort_order = parse_optional_int(sort_order, 0).unwrap_or_else(|msg| {
        errors.insert("sort_order".into(), msg.into());
        0
    });
    let input = BankAccountInput {
        bank: bank.to_owned(),
        account_number: account_number.to_owned(),
        holder_name: holder_name.to_owned(),
        active,
        sort_order,
    };
    match input.validate() {
        Ok(clean) if errors.is_empty() => Ok(clean),
        Ok(_) => Err(errors),
        Err(rules) => {
            errors.extend(rules);
            Err(errors)
        }
    }
}

#[component]
pub fn BankForm(
    /// The account to edit; `None` adds one.
    initial: Option<BankAccount>,
    on_saved: Callback<BankAccount>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let auth = use_auth();
    let editing = initial.as_ref().map(|a| a.id);
    let bank = RwSignal::new(initial.as_ref().map(|a| a.bank.clone()).unwrap_or_default());
    let account_number = RwSignal::new(
        initial
            .as_ref()
            .map(|a| a.account_number.clone())
            .unwrap_or_default(),
    );
    let holder_name = RwSignal::new(
        initial
            .as_ref()
            .map(|a| a.holder_name.clone())
            .unwrap_or_else(|| i18n::STUDIO_NAME().to_owned()),
    );
    let active = RwSignal::new(initial.as_ref().is_none_or(|a| a.active));
    let sort_order = RwSignal::new(
        initial
            .as_ref()
            .map_or_else(|| "0".to_owned(), |a| a.sort_order.to_string()),
    );

    let draft = Memo::new(move |_| {
        read(
            &bank.get(),
            &account_number.get(),
            &holder_name.get(),
            active.get(),
            &sort_order.get(),
        )
    });
    let form = FormState::new();
    let check = move |field: &'static str| {
        form.error(field, move || {
            draft.with(|d| d.as_ref().err().and_then(|e| e.get(field).cloned()))
        })
    };
    let bank_error = check("bank");
    let number_error = check("account_number");
    let holder_error = check("holder_name");
    let sort_error = check("sort_order");
    let number_hint = Signal::derive(move || match draft.get() {
        Ok(clean) if clean.account_number != account_number.get().trim() => {
            format!("{} {}", i18n::HINT_SAVED_AS(), clean.account_number)
        }
        _ => i18n::HINT_ACCOUNT_NUMBER().to_owned(),
    });

    let save = Action::new_local(move |input: &BankAccountInput| {
        let input = input.clone();
        async move {
            let saved = match editing {
                Some(id) => api::bank_accounts::update(auth, id, &input).await,
                None => api::bank_accounts::create(auth, &input).await,
            };
            match saved {
                Ok(a) => on_saved.run(a),
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
            ("bank", bank_error),
            ("account_number", number_error),
            ("holder_name", holder_error),
            ("sort_order", sort_error),
        ];
        match draft.get_untracked() {
            Ok(input) => {
                save.dispatch(input);
            }
            Err(_) => focus_first_invalid(&fields),
        }
    };

    let title = if editing.is_some() {
        i18n::BANK_EDIT_TITLE()
    } else {
        i18n::BANK_NEW_TITLE()
    };

    view! {
        <section class="card editor" aria-labelledby="bank-form-title">
            <h2 id="bank-form-title">{title}</h2>
            <form id="bank-form" novalidate on:submit=on_submit>
                <FormError message=form.form_error()/>
                <div class="form-grid">
                    <Field id="bank" label=i18n::LABEL_BANK() value=bank error=bank_error list="bank-names" autocomplete="off" form=form/>
                    <Field
                        id="account_number"
                        label=i18n::LABEL_ACCOUNT_NUMBER()
                        value=account_number
                        error=number_error
                        inputmode="numeric"
                        autocomplete="off"
                        hint=number_hint
                        form=form
                    />
                    <Field id="holder_name" label=i18n::LABEL_HOLDER_NAME() value=holder_name error=holder_error hint=i18n::HINT_HOLDER_NAME() form=form/>
                    <Field
                        id="sort_order"
                        label=i18n::LABEL_SORT_ORDER()
                        value=sort_order
                        error=sort_error
                        inputmode="numeric"
                        autocomplete="off"
                        hint=i18n::HINT_SORT_ORDER()
                        form=form
                    />
                </div>
                <datalist id="bank-names">
                    {BANKS.map(|b| view! { <option value=b></option> }).collect_view()}
                </datalist>
                <CheckboxField id="active" label=i18n::LABEL_ACTIVE_BANK() checked=active hint=i18n::HINT_ACTIVE_BANK() form=form/>
                <div class="form-actions">
                    <SubmitButton label=i18n::SAVE() pending_label=i18n::SAVING() pending=save.pending() id="save-bank"/>
                    <button type="button" class="btn btn-ghost" on:click=move |_| on_cancel.run(())>{i18n::CANCEL()}</button>
                </div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_cleaned_and_problems_named() {
        let ok = read(" BCA ", "123-456 7890", "Aruna Moment", true, "").unwrap();
        assert_eq!(
            (ok.bank.as_str(), ok.account_number.as_str()),
            ("BCA", "1234567890")
        );
        let errors = read("", "12ab", "A", true, "x").unwrap_err();
        for field in ["bank", "account_number", "holder_name", "sort_order"] {
            assert!(errors.contains_key(field), "{field}");
        }
    }
}
