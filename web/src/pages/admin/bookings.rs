//! `/admin/booking` (staff+): every booking, filtered by status, kind, event
//! date range and a search (code, client name, email, phone), paginated. The
//! filters live in the URL, so back/forward and shared links keep them.

use chrono::NaiveDate;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use shared::booking_dto::Booking;
use shared::{BookingStatus, Role, ServiceKind};

use super::payments::Pager;
use super::RequireRole;
use crate::api;
use crate::api::bookings::BookingFilter;
use crate::components::booking::{time_label, BookingStatusBadge};
use crate::components::{Field, LoadError, SelectField, Skeleton};
use crate::i18n;
use crate::pages::set_title;
use crate::state::{on_booking_update, use_auth};

const PER_PAGE: u64 = 20;
const BASE: &str = "/admin/booking";

#[component]
pub fn AdminBookingsPage() -> impl IntoView {
    set_title(i18n::ADMIN_BOOKINGS_TITLE());
    view! {
        <RequireRole min=Role::Staff>
            <BookingsManager/>
        </RequireRole>
    }
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// `/admin/booking?status=…&kind=…&from=…&to=…&q=…&page=…`, empty ones left out.
fn filter_href(f: &BookingFilter) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(s) = f.status {
        pairs.push(("status", s.as_str().to_owned()));
    }
    if let Some(k) = f.kind {
        pairs.push(("kind", k.as_str().to_owned()));
    }
    if let Some(d) = f.from {
        pairs.push(("from", d.to_string()));
    }
    if let Some(d) = f.to {
        pairs.push(("to", d.to_string()));
    }
    if let Some(q) = f.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        pairs.push(("q", q.to_owned()));
    }
    if f.page > 1 {
        pairs.push(("page", f.page.to_string()));
    }
    if pairs.is_empty() {
        return BASE.to_owned();
    }
    let query: Vec<String> = pairs
        .into_iter()
        .map(|(k, v)| format!("{k}={}", String::from(js_sys::encode_uri_component(&v))))
        .collect();
    format!("{BASE}?{}", query.join("&"))
}

#[component]
fn BookingsManager() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        query.with(|q| BookingFilter {
            page: q
                .get("page")
                .and_then(|p| p.parse().ok())
                .unwrap_or(1)
                .max(1),
            per_page: PER_PAGE,
            status: q.get("status").and_then(|s| BookingStatus::parse(&s)),
            kind: q.get("kind").and_then(|k| ServiceKind::parse(&k)),
            from: q.get("from").and_then(|d| parse_date(&d)),
            to: q.get("to").and_then(|d| parse_date(&d)),
            q: q.get("q").filter(|s| !s.trim().is_empty()),
        })
    });
    let bookings = LocalResource::new(move || api::bookings::list(auth, filter.get()));
    on_booking_update(move |_| bookings.refetch());

    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::ADMIN_OPERATIONS()}</p>
            <h1>{i18n::ADMIN_BOOKINGS_TITLE()}</h1>
            <p class="lead">{i18n::ADMIN_BOOKINGS_LEAD()}</p>
        </header>
        <section class="card">
            {move || view! { <Filters initial=filter.get()/> }}
        </section>
        <Transition fallback=|| view! { <section class="card"><Skeleton lines=8/></section> }>
            {move || Suspend::new(async move {
                let current = filter.get_untracked();
                match bookings.await {
                    Ok(page) if page.items.is_empty() => view! {
                        <section class="card empty-state" data-testid="bookings-empty">
                            <h2>{i18n::ADMIN_BOOKINGS_EMPTY()}</h2>
                            <p>{i18n::ADMIN_BOOKINGS_EMPTY_TEXT()}</p>
                            <a class="btn btn-ghost" href=BASE>{i18n::FILTER_RESET()}</a>
                        </section>
                    }
                    .into_any(),
                    Ok(page) => {
                        let pages = page.total.div_ceil(page.per_page.max(1));
                        let total = page.total_label(crate::i18n::english());
                        view! {
                            <section class="card">
                                <p class="muted" data-testid="bookings-count">{format!("{total} {}", i18n::BOOKINGS_FOUND())}</p>
                                <div class="table-wrap">
                                    <table class="admin-table bookings-table">
                                        <thead>
                                            <tr>
                                                <th scope="col">{i18n::COL_CODE()}</th>
                                                <th scope="col">{i18n::CLIENT()}</th>
                                                <th scope="col">{i18n::PACKAGE()}</th>
                                                <th scope="col">{i18n::EVENT_DATE()}</th>
                                                <th scope="col">{i18n::COL_STATUS()}</th>
                                                <th scope="col" class="num">{i18n::TOTAL()}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {page.items.into_iter().map(|b| view! { <BookingRow booking=b/> }).collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                                <Pager
                                    current=page.page
                                    pages=pages
                                    href=move |p| filter_href(&BookingFilter { page: p, ..current.clone() })
                                />
                            </section>
                        }
                        .into_any()
                    }
                    Err(error) => view! {
                        <LoadError error=error what=i18n::ADMIN_BOOKINGS_LOAD_FAILED() retry=Callback::new(move |()| bookings.refetch())/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn BookingRow(booking: Booking) -> impl IntoView {
    let b = booking;
    let href = format!("{BASE}/{}", b.id);
    let remaining = (b.paid.amount() > 0 && b.remaining.amount() > 0).then(|| {
        format!(
            "{} {}",
            i18n::REMAINING_SHORT(),
            b.remaining.format_for(crate::i18n::english())
        )
    });
    view! {
        <tr data-testid="booking-row" data-booking-id=b.id.to_string()>
            <td>
                <a class="cell-title detail-code" href=href>{b.code.clone()}</a>
                <span class="cell-sub">{i18n::format_date(b.created_at)}</span>
            </td>
            <td>
                <span class="cell-title">{b.client.full_name.clone()}</span>
                <span class="cell-sub">{b.client.phone.clone()}</span>
            </td>
            <td>
                <span class="cell-title">{b.package.name.clone()}</span>
                <span class="cell-sub">{b.package.service_kind.label(crate::i18n::english())}</span>
            </td>
            <td>
                <span class="cell-title">{i18n::format_day(b.event_date)}</span>
                <span class="cell-sub">{time_label(&b)}</span>
            </td>
            <td><BookingStatusBadge status=b.status/></td>
            <td class="num">
                <span class="cell-title">{b.total.format_for(crate::i18n::english())}</span>
                {remaining.map(|r| view! { <span class="cell-sub">{r}</span> })}
            </td>
        </tr>
    }
}

#[component]
fn Filters(initial: BookingFilter) -> impl IntoView {
    let navigate = use_navigate();
    let status = RwSignal::new(
        initial
            .status
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default(),
    );
    let kind = RwSignal::new(
        initial
            .kind
            .map(|k| k.as_str().to_owned())
            .unwrap_or_default(),
    );
    let from = RwSignal::new(initial.from.map(|d| d.to_string()).unwrap_or_default());
    let to = RwSignal::new(initial.to.map(|d| d.to_string()).unwrap_or_default());
    let q = RwSignal::new(initial.q.clone().unwrap_or_default());
    let range_error = RwSignal::new(None::<String>);
    let no_error = Signal::derive(|| None::<String>);

    let mut status_options = vec![("", i18n::ALL_STATUSES())];
    status_options.extend(
        BookingStatus::ALL
            .into_iter()
            .map(|s| (s.as_str(), s.label(crate::i18n::english()))),
    );
    let mut kind_options = vec![("", i18n::ALL_KINDS())];
    kind_options.extend(
        ServiceKind::ALL
            .into_iter()
            .map(|k| (k.as_str(), k.label(crate::i18n::english()))),
    );

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
        let filter = BookingFilter {
            page: 1,
            per_page: PER_PAGE,
            status: status.with_untracked(|s| BookingStatus::parse(s)),
            kind: kind.with_untracked(|k| ServiceKind::parse(k)),
            from: f,
            to: t,
            q: Some(q.get_untracked()),
        };
        navigate(&filter_href(&filter), Default::default());
    };

    view! {
        <form class="filters" role="search" data-testid="booking-filters" on:submit=on_submit>
            <Field id="q" label=i18n::FILTER_SEARCH() value=q error=no_error input_type="search" autocomplete="off" hint=i18n::FILTER_SEARCH_HINT()/>
            <SelectField id="status" label=i18n::COL_STATUS() value=status options=status_options error=no_error/>
            <SelectField id="kind" label=i18n::LABEL_SERVICE_KIND() value=kind options=kind_options error=no_error/>
            <Field id="from" label=i18n::FILTER_FROM() value=from error=no_error input_type="date"/>
            <Field id="to" label=i18n::FILTER_TO() value=to error=range_error input_type="date"/>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary" data-testid="apply-filters">{i18n::FILTER_APPLY()}</button>
                <a class="btn btn-ghost" href=BASE>{i18n::FILTER_RESET()}</a>
            </div>
        </form>
    }
}
