//! The other form controls (text area, select, checkbox), wired like
//! [`Field`](super::Field): `#<id>`, `name=<id>`, hint or `error-<id>` below,
//! and the form told when the user edits them. Plus the parsers that turn
//! typed numbers into values.

use std::str::FromStr;

use leptos::prelude::*;

use super::field::{described_by, FieldMessage};
use super::FormState;

#[component]
pub fn TextAreaField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(default = 4)] rows: u32,
    #[prop(optional)] form: Option<FormState>,
) -> impl IntoView {
    let has_error = move || error.with(Option::is_some);
    view! {
        <div class="field" class:has-error=has_error>
            <label for=id>{label}</label>
            <textarea
                id=id
                name=id
                rows=rows
                aria-invalid=move || has_error().to_string()
                aria-describedby=described_by(id, error)
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    if let Some(form) = form {
                        form.edited(id);
                    }
                }
                on:change=move |ev| {
                    let typed = event_target_value(&ev);
                    if value.with_untracked(|v| *v != typed) {
                        value.set(typed);
                        if let Some(form) = form {
                            form.edited(id);
                        }
                    }
                }
                on:blur=move |_| {
                    if let Some(form) = form.filter(|_| !value.with_untracked(|v| v.trim().is_empty())) {
                        form.touch(id);
                    }
                }
            ></textarea>
            <FieldMessage id=id error=error hint=hint/>
        </div>
    }
}

#[component]
pub fn SelectField(
    id: &'static str,
    label: &'static str,
    /// The selected option's value.
    value: RwSignal<String>,
    /// `(value, label)` pairs.
    options: Vec<(&'static str, &'static str)>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(optional)] form: Option<FormState>,
) -> impl IntoView {
    let has_error = move || error.with(Option::is_some);
    view! {
        <div class="field" class:has-error=has_error>
            <label for=id>{label}</label>
            <select
                id=id
                name=id
                aria-invalid=move || has_error().to_string()
                aria-describedby=described_by(id, error)
                prop:value=move || value.get()
                on:change=move |ev| {
                    value.set(event_target_value(&ev));
                    if let Some(form) = form {
                        form.edited(id);
                    }
                }
            >
                {options
                    .into_iter()
                    .map(|(v, text)| view! {
                        <option value=v selected=move || value.with(|cur| cur == v)>{text}</option>
                    })
                    .collect_view()}
            </select>
            <FieldMessage id=id error=error hint=hint/>
        </div>
    }
}

#[component]
pub fn CheckboxField(
    id: &'static str,
    label: &'static str,
    checked: RwSignal<bool>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(optional)] form: Option<FormState>,
) -> impl IntoView {
    let no_error = Signal::derive(|| None::<String>);
    view! {
        <div class="field field-check">
            <label for=id>
                <input
                    type="checkbox"
                    id=id
                    name=id
                    aria-describedby=format!("{id}-hint")
                    prop:checked=move || checked.get()
                    on:change=move |ev| {
                        checked.set(event_target_checked(&ev));
                        if let Some(form) = form {
                            form.edited(id);
                        }
                    }
                />
                <span>{label}</span>
            </label>
            <FieldMessage id=id error=no_error hint=hint/>
        </div>
    }
}

/// Whole rupiah typed by a person: `1500000`, `1.500.000` or `Rp 1.500.000`.
pub fn parse_rupiah(text: &str) -> Result<i64, &'static str> {
    let trimmed = text.trim();
    let trimmed = trimmed
        .strip_prefix("Rp")
        .or_else(|| trimmed.strip_prefix("rp"))
        .unwrap_or(trimmed);
    let digits: String = trimmed
        .chars()
        .filter(|c| !matches!(c, ' ' | '.'))
        .collect();
    if digits.is_empty() {
        return Err("Harga wajib diisi.");
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err("Isi harga dengan angka saja, contoh 1500000.");
    }
    digits.parse().map_err(|_| "Harga terlalu besar.")
}

/// A whole number typed in a text input (spaces around are fine); `Err` when
/// it is not one or is out of the type's range.
pub fn parse_number<T: FromStr>(text: &str) -> Result<T, &'static str> {
    let t = text.trim();
    if t.is_empty() {
        return Err("Wajib diisi.");
    }
    if !t.chars().all(|c| c.is_ascii_digit()) {
        return Err("Isi dengan angka bulat.");
    }
    t.parse().map_err(|_| "Angka terlalu besar.")
}

/// Like [`parse_number`], signed and with an empty input meaning `default`.
pub fn parse_optional_int(text: &str, default: i32) -> Result<i32, &'static str> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(default);
    }
    t.parse().map_err(|_| "Isi dengan angka bulat.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rupiah_accepts_the_ways_people_write_it() {
        assert_eq!(parse_rupiah("1500000"), Ok(1_500_000));
        assert_eq!(parse_rupiah(" 1.500.000 "), Ok(1_500_000));
        assert_eq!(parse_rupiah("Rp 1.500.000"), Ok(1_500_000));
        assert!(parse_rupiah("").is_err());
        assert!(parse_rupiah("1,5 juta").is_err());
        assert!(parse_rupiah("99999999999999999999").is_err());
    }

    #[test]
    fn numbers_are_whole_and_in_range() {
        assert_eq!(parse_number::<u8>(" 15 "), Ok(15));
        assert!(parse_number::<u8>("300").is_err());
        assert!(parse_number::<u32>("-1").is_err());
        assert!(parse_number::<u32>("1.5").is_err());
        assert!(parse_number::<u32>("").is_err());
        assert_eq!(parse_optional_int("", 0), Ok(0));
        assert_eq!(parse_optional_int("-2", 0), Ok(-2));
        assert!(parse_optional_int("x", 0).is_err());
    }
}
