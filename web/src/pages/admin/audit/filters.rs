//! The audit log's filters (`#audit-filters`): action and date range.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use shared::backoffice::AUDIT_ACTIONS;

use super::{filter_href, parse_date, BASE};
use crate::api::audit::AuditFilter;
use crate::components::{Field, SelectField};
use crate::i18n;

#[component]
pub fn AuditFilters(initial: AuditFilter) -> impl IntoView {
    let navigate = use_navigate();
    let action = RwSignal::new(initial.action.clone().unwrap_or_default());
    let from = RwSignal::new(initial.from.map(|d| d.to_string()).unwrap_or_default());
    let to = RwSignal::new(initial.to.map(|d| d.to_string()).unwrap_or_default());
    let range_error = RwSignal::new(None::<String>);
    let no_error = Signal::derive(|| None::<String>);
    let narrowed =
        initial.entity.is_some() || initial.entity_id.is_some() || initial.actor_id.is_some();

    let mut options = vec![("", i18n::AUDIT_ALL_ACTIONS())];
    options.extend(AUDIT_ACTIONS.iter().copied());

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (f, t) = (
            from.with_untracked(|d| parse_date(d)),
            to.with_untracked(|d| parse_date(d)),
        );
        if matches!((f, t), (Some(f), Some(t)) if t < f) {
            range_error.set(Some(i18n::FILTER_RANGE_ERROR().to_owned()));
            return;
        }
        range_error.set(None);
        let filter = AuditFilter {
            page: 1,
            action: Some(action.get_untracked()).filter(|a| !a.is_empty()),
            from: f,
            to: t,
            ..initial.clone()
        };
        navigate(&filter_href(&filter), Default::default());
    };

    view! {
        <form class="filters audit-filters" id="audit-filters" role="search" on:submit=on_submit>
            <SelectField id="audit-action" label=i18n::AUDIT_ACTION() value=action options=options error=no_error/>
            <Field id="audit-from" label=i18n::AUDIT_FROM() value=from error=no_error input_type="date"/>
            <Field id="audit-to" label=i18n::FILTER_TO() value=to error=range_error input_type="date"/>
            <div class="form-actions">
                {narrowed.then(|| view! { <span class="muted audit-narrowed">{i18n::AUDIT_NARROWED()}</span> })}
                <button type="submit" class="btn btn-primary" data-testid="apply-filters">{i18n::FILTER_APPLY()}</button>
                <a class="btn btn-ghost" href=BASE>{i18n::FILTER_RESET()}</a>
            </div>
        </form>
    }
}
