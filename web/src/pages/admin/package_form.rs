//! The package form (`#package-form`): create a package or edit one, checked
//! as the admin types with `PackageInput::validate`, the rules the server uses.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::catalogue::{Package, PackageInput};
use shared::{FieldErrors, Rupiah, ServiceKind};

use crate::api;
use crate::components::form_state::focus_first_invalid;
use crate::components::inputs::{parse_optional_int, parse_rupiah};
use crate::components::{
    CheckboxField, Field, FormError, FormState, SelectField, SubmitButton, TextAreaField,
};
use crate::i18n;
use crate::state::use_auth;

/// The form's inputs as typed.
#[derive(Debug, Clone, PartialEq)]
struct PackageText {
    kind: String,
    name: String,
    description: String,
    inclusions: String,
    price: String,
    full_day: bool,
    duration_hours: String,
    active: bool,
    sort_order: String,
}

impl PackageText {
    fn of(p: Option<&Package>) -> PackageText {
        match p {
            Some(p) => PackageText {
                kind: p.service_kind.as_str().to_owned(),
                name: p.name.clone(),
                description: p.description.clone(),
                inclusions: p.inclusions.join("\n"),
                price: p.price.amount().to_string(),
                full_day: p.full_day,
                duration_hours: p.duration_hours.map(|h| h.to_string()).unwrap_or_default(),
                active: p.active,
                sort_order: p.sort_order.to_string(),
            },
            None => PackageText {
                kind: ServiceKind::Wedding.as_str().to_owned(),
                name: String::new(),
                description: String::new(),
                inclusions: String::new(),
                price: String::new(),
                full_day: false,
                duration_hours: String::new(),
                active: true,
                sort_order: "0".to_owned(),
            },
        }
    }

    /// The cleaned input to send, or every problem by JSON field name.
    fn read(&self) -> Result<PackageInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let service_kind = ServiceKind::parse(&self.kind).unwrap_or_else(|| {
            errors.insert("service_kind".into(), i18n::PACKAGE_KIND_REQUIRED().into());
            ServiceKind::Wedding
        });
        let price = parse_rupiah(&self.price).unwrap_or_else(|msg| {
            errors.insert("price".into(), msg.into());
            1
        });
        let sort_order = parse_optional_int(&self.sort_order, 0).unwrap_or_else(|msg| {
            errors.insert("sort_order".into(), msg.into());
            0
        });
        let input = PackageInput {
            service_kind,
            name: self.name.clone(),
            description: self.description.clone(),
            inclusions: self.inclusions.lines().map(str::to_owned).collect(),
            price,
            full_day: self.full_day,
            // Not a number: `validate` explains the expected range.
            duration_hours: self.duration_hours.trim().parse().ok(),
            active: self.active,
            sort_order,
        };
        match input.validate() {
            Ok(clean) if errors.is_empty() => Ok(clean),
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
pub fn PackageForm(
    /// The package to edit; `None` creates one.
    initial: Option<Package>,
    on_saved: Callback<Package>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let auth = use_auth();
    let editing = initial.as_ref().map(|p| p.id);
    let start = PackageText::of(initial.as_ref());
    let kind = RwSignal::new(start.kind);
    let name = RwSignal::new(start.name);
    let description = RwSignal::new(start.description);
    let inclusions = RwSignal::new(start.inclusions);
    let price = RwSignal::new(start.price);
    let full_day = RwSignal::new(start.full_day);
    let duration_hours = RwSignal::new(start.duration_hours);
    let active = RwSignal::new(start.active);
    let sort_order = RwSignal::new(start.sort_order);

    let draft = Memo::new(move |_| {
        PackageText {
            kind: kind.get(),
            name: name.get(),
            description: description.get(),
            inclusions: inclusions.get(),
            price: price.get(),
            full_day: full_day.get(),
            duration_hours: duration_hours.get(),
            active: active.get(),
            sort_order: sort_order.get(),
        }
        .read()
    });
    let form = FormState::new();
    let check = move |field: &'static str| {
        form.error(field, move || {
            draft.with(|d| d.as_ref().err().and_then(|e| e.get(field).cloned()))
        })
    };
    let kind_error = check("service_kind");
    let name_error = check("name");
    let price_error = check("price");
    let duration_error = check("duration_hours");
    let description_error = check("description");
    let inclusions_error = check("inclusions");
    let sort_error = check("sort_order");

    let price_hint = Signal::derive(move || {
        price.with(|p| match parse_rupiah(p) {
            Ok(v) if v > 0 => format!(
                "{} {}",
                i18n::PRICE_SHOWN_AS(),
                Rupiah(v).format_for(crate::i18n::english())
            ),
            _ => i18n::HINT_PRICE().to_owned(),
        })
    });
    let inclusions_hint = Signal::derive(move || {
        let n = inclusions.with(|t| t.lines().filter(|l| !l.trim().is_empty()).count());
        format!("{} {n} {}", i18n::HINT_INCLUSIONS(), i18n::ITEMS())
    });

    let save = Action::new_local(move |input: &PackageInput| {
        let input = input.clone();
        async move {
            let saved = match editing {
                Some(id) => api::packages::update(auth, id, &input).await,
                None => api::packages::create(auth, &input).await,
            };
            match saved {
                Ok(p) => on_saved.run(p),
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
            ("service_kind", kind_error),
            ("name", name_error),
            ("price", price_error),
            ("duration_hours", duration_error),
            ("description", description_error),
            ("inclusions", inclusions_error),
            ("sort_order", sort_error),
        ];
        match draft.get_untracked() {
            Ok(input) => {
                save.dispatch(input);
            }
            Err(_) => focus_first_invalid(&fields),
        }
    };

    let kinds = ServiceKind::ALL
        .into_iter()
        .map(|k| (k.as_str(), k.label(crate::i18n::english())))
        .collect::<Vec<_>>();
    let title = if editing.is_some() {
        i18n::PACKAGE_EDIT_TITLE()
    } else {
        i18n::PACKAGE_NEW_TITLE()
    };

    view! {
        <section class="card editor" aria-labelledby="package-form-title">
            <h2 id="package-form-title">{title}</h2>
            <form id="package-form" novalidate on:submit=on_submit>
                <FormError message=form.form_error()/>
                <div class="form-grid">
                    <SelectField id="service_kind" label=i18n::LABEL_SERVICE_KIND() value=kind options=kinds error=kind_error form=form/>
                    <Field id="name" label=i18n::LABEL_PACKAGE_NAME() value=name error=name_error form=form/>
                    <Field
                        id="price"
                        label=i18n::LABEL_PRICE()
                        value=price
                        error=price_error
                        inputmode="numeric"
                        autocomplete="off"
                        hint=price_hint
                        form=form
                    />
                    <div class="field-pair">
                        <CheckboxField id="full_day" label=i18n::LABEL_FULL_DAY() checked=full_day hint=i18n::HINT_FULL_DAY() form=form/>
                        <Show when=move || !full_day.get()>
                            <Field
                                id="duration_hours"
                                label=i18n::LABEL_DURATION_HOURS()
                                value=duration_hours
                                error=duration_error
                                inputmode="numeric"
                                autocomplete="off"
                                hint=i18n::HINT_DURATION_HOURS()
                                form=form
                            />
                        </Show>
                    </div>
                </div>
                <TextAreaField id="description" label=i18n::LABEL_DESCRIPTION() value=description error=description_error rows=3 form=form/>
                <TextAreaField id="inclusions" label=i18n::LABEL_INCLUSIONS() value=inclusions error=inclusions_error hint=inclusions_hint rows=6 form=form/>
                <div class="form-grid">
                    <CheckboxField id="active" label=i18n::LABEL_ACTIVE_PACKAGE() checked=active hint=i18n::HINT_ACTIVE_PACKAGE() form=form/>
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
                <div class="form-actions">
                    <SubmitButton label=i18n::SAVE() pending_label=i18n::SAVING() pending=save.pending() id="save-package"/>
                    <button type="button" class="btn btn-ghost" on:click=move |_| on_cancel.run(())>{i18n::CANCEL()}</button>
                </div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed() -> PackageText {
        PackageText {
            name: " Potret Keluarga ".into(),
            price: "Rp 750.000".into(),
            duration_hours: "2".into(),
            inclusions: "20 foto edit\n\n  1 cetak 10R ".into(),
            ..PackageText::of(None)
        }
    }

    #[test]
    fn typed_text_becomes_a_clean_input() {
        let input = typed().read().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(input.name, "Potret Keluarga");
        assert_eq!(input.price, 750_000);
        assert_eq!(input.duration_hours, Some(2));
        assert_eq!(input.inclusions, vec!["20 foto edit", "1 cetak 10R"]);
        assert!(input.active);
    }

    #[test]
    fn every_problem_is_reported_on_its_field() {
        let bad = PackageText {
            name: "".into(),
            price: "tujuh ratus".into(),
            duration_hours: "dua".into(),
            sort_order: "x".into(),
            ..typed()
        };
        let errors = bad.read().err().unwrap_or_default();
        for field in ["name", "price", "duration_hours", "sort_order"] {
            assert!(errors.contains_key(field), "{field}: {errors:?}");
        }
        assert_eq!(
            errors.get("price").map(String::as_str),
            Some("Isi harga dengan angka saja, contoh 1500000.")
        );
    }

    #[test]
    fn a_full_day_package_needs_no_hours() {
        let full = PackageText {
            full_day: true,
            duration_hours: String::new(),
            ..typed()
        };
        assert_eq!(full.read().map(|i| i.duration_hours), Ok(None));
    }

    #[test]
    fn editing_starts_from_the_package() {
        let p = Package {
            id: uuid::Uuid::nil(),
            service_kind: ServiceKind::Event,
            name: "Acara".into(),
            description: "d".into(),
            inclusions: vec!["a".into(), "b".into()],
            price: Rupiah(2_000_000),
            full_day: true,
            duration_hours: None,
            active: false,
            sort_order: 3,
        };
        let t = PackageText::of(Some(&p));
        assert_eq!(t.kind, "event");
        assert_eq!(t.inclusions, "a\nb");
        assert_eq!(t.price, "2000000");
        assert!(!t.active && t.full_day);
    }
}
