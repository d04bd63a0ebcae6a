//! `/admin/audit` (admin+): the log of staff actions, newest first, read
//! only (`#audit-list`, items `li[data-audit-id]`). Filters by action and
//! date range (`#audit-filters`) live in the URL, as do `entity`,
//! `entity_id` and `actor_id` when a link brings them.

mod diff;
mod entry;
mod filters;

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::Role;
use uuid::Uuid;

use self::entry::AuditItem;
use self::filters::AuditFilters;
use super::payments::Pager;
use super::RequireRole;
use crate::api;
use crate::api::audit::AuditFilter;
use crate::components::{LoadError, Skeleton};
use crate::i18n;
use crate::pages::set_title;
use crate::state::use_auth;

const PER_PAGE: u64 = 30;
const BASE: &str = "/admin/audit";

pub fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// `/admin/audit?action=…&from=…&to=…&page=…`, empty ones left out.
pub fn filter_href(f: &AuditFilter) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let text = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    if let Some(a) = text(&f.action) {
        pairs.push(("action", a));
    }
    if let Some(e) = text(&f.entity) {
        pairs.push(("entity", e));
    }
    if let Some(e) = text(&f.entity_id) {
        pairs.push(("entity_id", e));
    }
    if let Some(id) = f.actor_id {
        pairs.push(("actor_id", id.to_string()));
    }
    if let Some(d) = f.from {
        pairs.push(("from", d.to_string()));
    }
    if let Some(d) = f.to {
        pairs.push(("to", d.to_string()));
    }
    if f.page > 1 {
        pairs.push(("page", f.page.to_string()));
    }
    if pairs.is_empty() {
        return BASE.to_owned();
    }
    let query: Vec<String> = pairs
        .into_iter()
        .map(|(k, v)| format!("{k}={}", api::encode(&v)))
        .collect();
    format!("{BASE}?{}", query.join("&"))
}

#[component]
pub fn AdminAuditPage() -> impl IntoView {
    set_title(i18n::AUDIT_TITLE());
    view! {
        <RequireRole min=Role::Admin>
            <AuditLog/>
        </RequireRole>
    }
}

#[component]
fn AuditLog() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        query.with(|q| {
            let text = |key: &str| q.get(key).filter(|v| !v.trim().is_empty());
            AuditFilter {
                page: q
                    .get("page")
                    .and_then(|p| p.parse().ok())
                    .unwrap_or(1)
                    .max(1),
                per_page: PER_PAGE,
                action: text("action"),
                entity: text("entity"),
                entity_id: text("entity_id"),
                actor_id: q.get("actor_id").and_then(|s| Uuid::parse_str(&s).ok()),
                from: q.get("from").and_then(|d| parse_date(&d)),
                to: q.get("to").and_then(|d| parse_date(&d)),
            }
        })
    });
    let entries = LocalResource::new(move || {
        let f = filter.get();
        async move { api::audit::list(auth, &f).await }
    });
    let filtered = move || {
        filter.with(|f| {
            f.action.is_some()
                || f.entity.is_some()
                || f.entity_id.is_some()
                || f.actor_id.is_some()
                || f.from.is_some()
                || f.to.is_some()
        })
    };

    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::ADMIN_STUDIO()}</p>
            <h1>{i18n::AUDIT_TITLE()}</h1>
            <p class="lead">{i18n::AUDIT_LEAD()}</p>
        </header>
        <section class="card">
            {move || view! { <AuditFilters initial=filter.get()/> }}
        </section>
        <Transition fallback=|| view! { <section class="card"><Skeleton lines=8/></section> }>
            {move || Suspend::new(async move {
                let current = filter.get_untracked();
                match entries.await {
                    Ok(page) if page.items.is_empty() => view! {
                        <section class="card empty-state" data-testid="audit-empty">
                            {if filtered() {
                                view! {
                                    <h2>{i18n::AUDIT_NONE_MATCH()}</h2>
                                    <p>{i18n::AUDIT_NONE_MATCH_TEXT()}</p>
                                    <a class="btn btn-ghost" href=BASE>{i18n::FILTER_RESET()}</a>
                                }
                                .into_any()
                            } else {
                                view! {
                                    <h2>{i18n::AUDIT_EMPTY()}</h2>
                                    <p>{i18n::AUDIT_EMPTY_TEXT()}</p>
                                }
                                .into_any()
                            }}
                        </section>
                    }
                    .into_any(),
                    Ok(page) => {
                        let pages = page.total.div_ceil(page.per_page.max(1));
                        let total = page.total;
                        view! {
                            <section class="card">
                                <p class="muted" data-testid="audit-count">{format!("{total} {}", i18n::AUDIT_FOUND())}</p>
                                <ol class="audit-list" id="audit-list" data-testid="audit-list">
                                    {page.items.into_iter().map(|e| view! { <AuditItem entry=e/> }).collect_view()}
                                </ol>
                                <Pager
                                    current=page.page
                                    pages=pages
                                    href=move |p| filter_href(&AuditFilter { page: p, ..current.clone() })
                                />
                            </section>
                        }
                        .into_any()
                    }
                    Err(error) => view! {
                        <LoadError error=error what=i18n::AUDIT_LOAD_FAILED() retry=Callback::new(move |()| entries.refetch())/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filters_live_in_the_url() {
        assert_eq!(filter_href(&AuditFilter::default()), "/admin/audit");
        let f = AuditFilter {
            page: 2,
            per_page: PER_PAGE,
            action: Some("payment.approve".into()),
            entity: Some(" ".into()),
            entity_id: None,
            actor_id: Some(Uuid::nil()),
            from: NaiveDate::from_ymd_opt(2026, 12, 1),
            to: NaiveDate::from_ymd_opt(2026, 12, 31),
        };
        assert_eq!(
            filter_href(&f),
            "/admin/audit?action=payment.approve&actor_id=00000000-0000-0000-0000-000000000000&from=2026-12-01&to=2026-12-31&page=2"
        );
    }
}
