//! `/admin/klien` (admin+): the studio's clients, newest registration first,
//! with their bookings and approved payments in total (`#client-table`,
//! rows `tr[data-client-id]`). The search (name, email, WhatsApp) runs as
//! typing pauses; it and the page live in the URL, so "back" keeps them.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use shared::backoffice::ClientSummary;
use shared::{Role, Rupiah};

use super::payments::Pager;
use super::RequireRole;
use crate::api;
use crate::components::{LoadError, Skeleton};
use crate::i18n;
use crate::pages::set_title;
use crate::state::use_auth;

const PER_PAGE: u64 = 20;
pub const CLIENTS_HREF: &str = "/admin/klien";
const SEARCH_DELAY: Duration = Duration::from_millis(300);

/// `/admin/klien?q=…&page=…`, an empty search and page 1 left out.
pub fn list_href(q: &str, page: u64) -> String {
    let mut pairs = Vec::new();
    if !q.trim().is_empty() {
        pairs.push(format!("q={}", api::encode(q)));
    }
    if page > 1 {
        pairs.push(format!("page={page}"));
    }
    if pairs.is_empty() {
        CLIENTS_HREF.to_owned()
    } else {
        format!("{CLIENTS_HREF}?{}", pairs.join("&"))
    }
}

/// `/admin/klien/<id>`.
pub fn client_href(id: uuid::Uuid) -> String {
    format!("{CLIENTS_HREF}/{id}")
}

#[component]
pub fn AdminClientsPage() -> impl IntoView {
    set_title(i18n::CLIENTS_TITLE());
    view! {
        <RequireRole min=Role::Admin>
            <ClientsManager/>
        </RequireRole>
    }
}

#[component]
fn ClientsManager() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let navigate = use_navigate();
    let q = Memo::new(move |_| query.with(|p| p.get("q")).unwrap_or_default());
    let page = Memo::new(move |_| {
        query
            .with(|p| p.get("page"))
            .and_then(|p| p.parse::<u64>().ok())
            .unwrap_or(1)
            .max(1)
    });
    let list = LocalResource::new(move || {
        let (q, page) = (q.get(), page.get());
        async move { api::clients::list(auth, Some(&q), page, PER_PAGE).await }
    });

    // Searches once typing pauses; the URL is replaced, not pushed, so "back"
    // leaves the page instead of stepping through every keystroke.
    let typed = StoredValue::new(0u64);
    let on_search = move |ev| {
        let value = event_target_value(&ev);
        let Some(n) = typed.try_update_value(|n| {
            *n += 1;
            *n
        }) else {
            return;
        };
        let navigate = navigate.clone();
        set_timeout(
            move || {
                if typed.try_get_value() == Some(n) {
                    navigate(
                        &list_href(&value, 1),
                        NavigateOptions {
                            replace: true,
                            ..Default::default()
                        },
                    );
                }
            },
            SEARCH_DELAY,
        );
    };

    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::ADMIN_STUDIO()}</p>
            <h1>{i18n::CLIENTS_TITLE()}</h1>
            <p class="lead">{i18n::CLIENTS_LEAD()}</p>
        </header>
        <section class="card">
            <div class="field search-field" role="search">
                <label for="client-search">{i18n::FILTER_SEARCH()}</label>
                <input
                    type="search"
                    id="client-search"
                    name="q"
                    autocomplete="off"
                    placeholder=i18n::INBOX_SEARCH_PLACEHOLDER()
                    prop:value=move || q.get()
                    on:input=on_search
                />
            </div>
            <Transition fallback=|| view! { <Skeleton lines=8/> }>
                {move || Suspend::new(async move {
                    let searched = q.get_untracked();
                    match list.await {
                        Ok(p) if p.items.is_empty() && !searched.trim().is_empty() => view! {
                            <div class="empty-state" data-testid="clients-empty">
                                <h3>{i18n::CLIENTS_NONE_MATCH()}</h3>
                                <p>{i18n::CLIENTS_NONE_MATCH_TEXT()}</p>
                                <a class="btn btn-ghost" href=CLIENTS_HREF>{i18n::FILTER_RESET()}</a>
                            </div>
                        }
                        .into_any(),
                        Ok(p) if p.items.is_empty() => view! {
                            <div class="empty-state" data-testid="clients-empty">
                                <h3>{i18n::CLIENTS_EMPTY()}</h3>
                                <p>{i18n::CLIENTS_EMPTY_TEXT()}</p>
                            </div>
                        }
                        .into_any(),
                        Ok(p) => {
                            let pages = p.total.div_ceil(p.per_page.max(1));
                            let total = p.total;
                            view! {
                                <p class="muted" data-testid="clients-count">{format!("{total} {}", i18n::CLIENTS_FOUND())}</p>
                                <ClientTable clients=p.items/>
                                <Pager current=p.page pages=pages href=move |n| list_href(&searched, n)/>
                            }
                            .into_any()
                        }
                        Err(error) => view! {
                            <LoadError error=error what=i18n::CLIENTS_LOAD_FAILED() retry=Callback::new(move |()| list.refetch())/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn ClientTable(clients: Vec<ClientSummary>) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="admin-table clients-table" id="client-table" data-testid="client-table">
                <thead>
                    <tr>
                        <th scope="col">{i18n::CLIENT()}</th>
                        <th scope="col">{i18n::CLIENTS_CONTACT()}</th>
                        <th scope="col" class="num">{i18n::CLIENTS_BOOKINGS()}</th>
                        <th scope="col" class="num">{i18n::CLIENTS_TOTAL_PAID()}</th>
                        <th scope="col">{i18n::CLIENTS_LAST_EVENT()}</th>
                    </tr>
                </thead>
                <tbody>
                    {clients
                        .into_iter()
                        .map(|c| {
                            let u = c.user;
                            view! {
                                <tr data-testid="client-row" data-client-id=u.id.to_string() class:inactive=!u.active>
                                    <td>
                                        <a class="cell-title" href=client_href(u.id)>{u.full_name.clone()}</a>
                                        <span class="cell-sub">{format!("{} {}", i18n::CLIENTS_SINCE(), i18n::format_date(u.created_at))}</span>
                                    </td>
                                    <td>
                                        <span class="cell-title">{u.phone.clone()}</span>
                                        <span class="cell-sub">{u.email.clone()}</span>
                                    </td>
                                    <td class="num">{c.bookings}</td>
                                    <td class="num">{Rupiah(c.total_paid).format_for(crate::i18n::english())}</td>
                                    <td>{c.last_event_date.map_or_else(|| "—".to_owned(), i18n::format_day)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_and_page_live_in_the_url() {
        assert_eq!(list_href("", 1), "/admin/klien");
        assert_eq!(list_href("  ", 3), "/admin/klien?page=3");
        assert_eq!(list_href("Rina S&P", 1), "/admin/klien?q=Rina%20S%26P");
        assert_eq!(list_href("0812", 2), "/admin/klien?q=0812&page=2");
        assert_eq!(
            client_href(uuid::Uuid::nil()),
            "/admin/klien/00000000-0000-0000-0000-000000000000"
        );
    }
}
