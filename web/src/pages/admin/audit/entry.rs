//! One audit entry: when, who (with their role then), what, and the
//! changed fields before → after behind a disclosure.

use leptos::prelude::*;
use shared::backoffice::{audit_label, AuditEntry};

use super::diff::{diff, Change};
use crate::i18n;

/// Where the entry's subject can be opened, if anywhere.
fn entity_href(entity: &str, id: Option<&str>) -> Option<String> {
    let id = id.and_then(|s| uuid::Uuid::parse_str(s).ok())?;
    match entity {
        "booking" => Some(format!("/admin/booking/{id}")),
        _ => None,
    }
}

#[component]
pub fn AuditItem(entry: AuditEntry) -> impl IntoView {
    let e = entry;
    let changes = diff(e.before.as_ref(), e.after.as_ref());
    let link = entity_href(&e.entity, e.entity_id.as_deref());
    view! {
        <li class="audit-item" data-testid="audit-entry" data-audit-id=e.id.to_string() data-action=e.action.clone()>
            <div class="audit-head">
                <span class="audit-action" data-testid="audit-action">{audit_label(&e.action).to_owned()}</span>
                <time class="audit-time" datetime=e.at.to_rfc3339()>{i18n::format_datetime(e.at)}</time>
            </div>
            <p class="audit-summary">{e.summary.clone()}</p>
            <p class="audit-actor">
                {i18n::AUDIT_BY()}" "<strong>{e.actor_name.clone()}</strong>" · "{e.actor_role.label(crate::i18n::english())}
                {link.map(|href| view! { " · " <a href=href>{i18n::AUDIT_OPEN()}</a> })}
            </p>
            {(!changes.is_empty()).then(|| view! { <ChangeTable changes=changes/> })}
        </li>
    }
}

#[component]
fn ChangeTable(changes: Vec<Change>) -> impl IntoView {
    let count = changes.len();
    view! {
        <details class="audit-diff" data-testid="audit-diff">
            <summary>{format!("{} ({count})", i18n::AUDIT_SHOW_CHANGES())}</summary>
            <div class="table-wrap">
                <table class="admin-table audit-diff-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n::AUDIT_FIELD()}</th>
                            <th scope="col">{i18n::AUDIT_BEFORE()}</th>
                            <th scope="col"><span class="visually-hidden">{i18n::AUDIT_BECOMES()}</span></th>
                            <th scope="col">{i18n::AUDIT_AFTER()}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {changes
                            .into_iter()
                            .map(|c| view! {
                                <tr data-key=c.key.clone()>
                                    <th scope="row"><code>{c.key.clone()}</code></th>
                                    <td class="audit-before"><code>{c.before.unwrap_or_else(|| "—".to_owned())}</code></td>
                                    <td class="audit-arrow" aria-hidden="true">"→"</td>
                                    <td class="audit-after"><code>{c.after.unwrap_or_else(|| "—".to_owned())}</code></td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_bookings_link_to_their_page() {
        let id = "00000000-0000-0000-0000-000000000000";
        assert_eq!(
            entity_href("booking", Some(id)).as_deref(),
            Some("/admin/booking/00000000-0000-0000-0000-000000000000")
        );
        assert_eq!(entity_href("booking", Some("ODR-1")), None);
        assert_eq!(entity_href("payment", Some(id)), None);
        assert_eq!(entity_href("booking", None), None);
    }
}
