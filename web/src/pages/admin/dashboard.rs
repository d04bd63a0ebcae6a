//! `/admin`: the greeting and, for admins and above, the studio's numbers:
//! clients, revenue with a 12-month SVG chart, proofs waiting, bookings by
//! status and the next two weeks of shoots. Refreshes on live booking changes.

use leptos::prelude::*;
use leptos_router::components::A;
use shared::stats::{DashboardStats, MonthRevenue, UpcomingShoot};
use shared::{Role, Rupiah};

use super::super::set_title;
use crate::api;
use crate::components::booking::BookingStatusBadge;
use crate::components::{LoadError, Skeleton};
use crate::i18n;
use crate::state::live::on_booking_update;
use crate::state::use_auth;

#[component]
pub fn AdminDashboard() -> impl IntoView {
    set_title(i18n::DASHBOARD_TITLE());
    let auth = use_auth();
    let name = move || auth.user().map(|u| u.full_name).unwrap_or_default();
    let role = move || auth.role().map(Role::label_id).unwrap_or_default();
    let admin = move || auth.role().is_some_and(|r| r.at_least(Role::Admin));
    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::DASHBOARD_TITLE()}</p>
            <h1 data-testid="welcome">{i18n::ADMIN_GREETING()}", "{name}</h1>
            <p class="lead">
                {i18n::ADMIN_SIGNED_IN_AS()}" "
                <strong class="role-label" data-testid="role-label">{role}</strong>
                "."
            </p>
        </header>
        <Show when=admin fallback=CrewShortcuts>
            <Figures/>
        </Show>
    }
}

/// Staff see no statistics (DOMAIN: admins and above): their day's tools.
#[component]
fn CrewShortcuts() -> impl IntoView {
    view! {
        <section class="card">
            <p>{i18n::DASHBOARD_STAFF_TEXT()}</p>
            <p class="dash-links">
                <A href="/admin/kalender">{i18n::DASHBOARD_LINK_CALENDAR()}</A>
                <A href="/admin/pembayaran">{i18n::DASHBOARD_LINK_PROOFS()}</A>
                <A href="/admin/chat">{i18n::DASHBOARD_LINK_CHAT()}</A>
            </p>
        </section>
    }
}

#[component]
fn Figures() -> impl IntoView {
    let auth = use_auth();
    let stats = LocalResource::new(move || api::stats::dashboard(auth));
    on_booking_update(move |_| stats.refetch());
    view! {
        <Transition fallback=|| view! {
            <div class="dash-grid">{(0..4).map(|_| view! { <section class="card"><Skeleton lines=2/></section> }).collect_view()}</div>
        }>
            {move || Suspend::new(async move {
                match stats.await {
                    Ok(s) => view! { <DashboardView stats=s/> }.into_any(),
                    Err(error) => view! {
                        <LoadError error=error what=i18n::DASHBOARD_LOAD_FAILED() retry=Callback::new(move |()| stats.refetch())/>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn DashboardView(stats: DashboardStats) -> impl IntoView {
    let active: u64 = stats
        .bookings_by_status
        .iter()
        .filter(|c| c.status.holds_slot())
        .map(|c| c.count)
        .sum();
    view! {
        <div class="dash-grid" data-testid="dashboard">
            <section class="card dash-figure">
                <p class="eyebrow">{i18n::DASHBOARD_CLIENTS()}</p>
                <p class="dash-number" data-testid="clients-total">{stats.clients_total}</p>
                <p class="muted">{format!("+{} {}", stats.clients_new_this_month, i18n::DASHBOARD_NEW_THIS_MONTH())}</p>
            </section>
            <section class="card dash-figure">
                <p class="eyebrow">{i18n::DASHBOARD_REVENUE_MONTH()}</p>
                <p class="dash-number" data-testid="revenue-month">{Rupiah(stats.revenue_this_month).format_for(crate::i18n::english())}</p>
                <p class="muted">{i18n::DASHBOARD_REVENUE_NOTE()}</p>
            </section>
            <section class="card dash-figure">
                <p class="eyebrow">{i18n::DASHBOARD_PROOFS()}</p>
                <p class="dash-number" data-testid="proofs-waiting">{stats.proofs_waiting}</p>
                <A href="/admin/pembayaran">{i18n::DASHBOARD_LINK_PROOFS()}</A>
            </section>
            <section class="card dash-figure">
                <p class="eyebrow">{i18n::DASHBOARD_ACTIVE()}</p>
                <p class="dash-number">{active}</p>
                <A href="/admin/booking">{i18n::DASHBOARD_LINK_BOOKINGS()}</A>
            </section>
        </div>
        <section class="card">
            <h2>{i18n::DASHBOARD_CHART_TITLE()}</h2>
            <RevenueChart months=stats.revenue_by_month/>
        </section>
        <div class="dash-columns">
            <section class="card">
                <h2>{i18n::DASHBOARD_BY_STATUS()}</h2>
                <ul class="dash-status" data-testid="bookings-by-status">
                    {stats.bookings_by_status.into_iter().map(|c| view! {
                        <li data-status=c.status.as_str()>
                            <BookingStatusBadge status=c.status/>
                            <strong>{c.count}</strong>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            <section class="card">
                <h2>{i18n::DASHBOARD_UPCOMING()}</h2>
                <Upcoming shoots=stats.upcoming/>
            </section>
        </div>
    }
}

#[component]
fn Upcoming(shoots: Vec<UpcomingShoot>) -> impl IntoView {
    if shoots.is_empty() {
        return view! { <p class="empty-state muted" data-testid="upcoming-empty">{i18n::DASHBOARD_UPCOMING_EMPTY()}</p> }.into_any();
    }
    view! {
        <ul class="dash-upcoming" data-testid="upcoming">
            {shoots.into_iter().map(|s| {
                let when = match &s.start_time {
                    Some(t) => format!("{}, {t} WIB", i18n::format_day_long(s.event_date)),
                    None => i18n::format_day_long(s.event_date),
                };
                view! {
                    <li>
                        <A href=format!("/admin/booking/{}", s.booking_id)>
                            <strong>{when}</strong>
                            <span>{format!("{} · {}", s.client_name, s.package_name)}</span>
                            <span class="muted">{format!("{} · {}", s.code, s.status.label(crate::i18n::english()))}</span>
                        </A>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Chart geometry, in SVG user units.
const CHART_W: f64 = 600.0;
const CHART_H: f64 = 200.0;
const LABEL_H: f64 = 20.0;

/// One bar per month: (x, y, width, height), tallest month touching the top.
pub fn bars(amounts: &[i64]) -> Vec<(f64, f64, f64, f64)> {
    let max = amounts.iter().copied().max().unwrap_or(0).max(1) as f64;
    let slot = CHART_W / amounts.len().max(1) as f64;
    let plot = CHART_H - LABEL_H;
    amounts
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let h = (*a).max(0) as f64 / max * (plot - 4.0);
            (i as f64 * slot + slot * 0.15, plot - h, slot * 0.7, h)
        })
        .collect()
}

/// `Jan` for `2026-01`.
fn short_month(month: &str) -> String {
    month
        .rsplit('-')
        .next()
        .and_then(|m| m.parse::<u32>().ok())
        .map(|m| {
            i18n::month_name(m.saturating_sub(1))
                .chars()
                .take(3)
                .collect()
        })
        .unwrap_or_default()
}

#[component]
fn RevenueChart(months: Vec<MonthRevenue>) -> impl IntoView {
    let amounts: Vec<i64> = months.iter().map(|m| m.amount).collect();
    let geometry = bars(&amounts);
    let total: i64 = amounts.iter().sum();
    let summary = format!(
        "{} {}",
        i18n::DASHBOARD_CHART_SUMMARY(),
        Rupiah(total).format_for(crate::i18n::english())
    );
    view! {
        <svg
            class="dash-chart"
            viewBox=format!("0 0 {CHART_W} {CHART_H}")
            role="img"
            aria-label=summary
            data-testid="revenue-chart"
        >
            {months.into_iter().zip(geometry).map(|(m, (x, y, w, h))| {
                let label = short_month(&m.month);
                let tip = format!("{} {}: {}", label, &m.month[..4.min(m.month.len())], Rupiah(m.amount).format_for(crate::i18n::english()));
                view! {
                    <g data-month=m.month.clone() data-amount=m.amount.to_string() aria-label=tip>
                        <rect x=format!("{x:.1}") y=format!("{y:.1}") width=format!("{w:.1}") height=format!("{h:.1}") rx="3"/>
                        <text x=format!("{:.1}", x + w / 2.0) y=format!("{:.1}", CHART_H - 5.0) text-anchor="middle">{label}</text>
                    </g>
                }
            }).collect_view()}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tallest_bar_fills_the_plot_and_zero_is_flat() {
        let b = bars(&[0, 50, 100]);
        assert_eq!(b.len(), 3);
        assert_eq!(b[0].3, 0.0);
        assert!((b[2].3 - (CHART_H - LABEL_H - 4.0)).abs() < 1e-9);
        assert!((b[1].3 * 2.0 - b[2].3).abs() < 1e-9);
        // Bars stand on the same baseline, left to right.
        assert!(b
            .iter()
            .all(|(_, y, _, h)| (y + h - (CHART_H - LABEL_H)).abs() < 1e-9));
        assert!(b[0].0 < b[1].0 && b[1].0 < b[2].0);
        // No revenue at all: no division by zero.
        assert!(bars(&[0, 0]).iter().all(|(_, _, _, h)| *h == 0.0));
    }

    #[test]
    fn months_get_short_indonesian_names() {
        assert_eq!(short_month("2026-01"), "Jan");
        assert_eq!(short_month("2026-08"), "Agu");
        assert_eq!(short_month("nonsense"), "");
    }
}
