//! `/akun`: the client's own area.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::{Outlet, A};
use leptos_router::hooks::use_query_map;
use shared::booking_dto::Booking;
use shared::BookingStatus;

use super::set_title;
use crate::api;
use crate::api::bookings::BookingFilter;
use crate::components::booking::{client_next_action, time_label, BookingStatusBadge};
use crate::components::chat::ChatBadge;
use crate::components::{LoadError, Notice, Skeleton};
use crate::i18n;
use crate::state::{on_booking_update, use_auth};

/// Frame of every `/akun/*` page (protected by the router): the account's
/// sections, then the page.
#[component]
pub fn AccountLayout() -> impl IntoView {
    view! {
        <div class="container account">
            <nav class="account-nav" data-testid="account-nav" aria-label=i18n::ACCOUNT_NAV_LABEL()>
                <A href="/akun" exact=true>{i18n::ACCOUNT_NAV_HOME()}</A>
                <A href="/akun/chat">
                    <span>{i18n::CHAT_NAV()}</span>
                    <ChatBadge/>
                </A>
                <A href="/akun/notifikasi">{i18n::NOTIFICATIONS_TITLE()}</A>
                <A href="/akun/profil">{i18n::ACCOUNT_PROFILE()}</A>
            </nav>
            <Outlet/>
        </div>
    }
}

/// Where a page sends the client after hiding a booking: `/akun` with its notice.
pub const HIDDEN_NOTICE_HREF: &str = "/akun?notice=hidden";

#[component]
pub fn AccountHome() -> impl IntoView {
    set_title(i18n::BREADCRUMB_ACCOUNT());
    let auth = use_auth();
    let query = use_query_map();
    let notice = Signal::derive(move || {
        query.with(|q| {
            (q.get_str("notice") == Some("hidden")).then(|| i18n::HIDDEN_NOTICE().to_owned())
        })
    });
    let first_name = move || {
        auth.user()
            .and_then(|u| u.full_name.split_whitespace().next().map(str::to_owned))
            .unwrap_or_default()
    };
    let bookings = LocalResource::new(move || {
        api::bookings::list(
            auth,
            BookingFilter {
                page: 1,
                per_page: 100,
                ..BookingFilter::default()
            },
        )
    });
    on_booking_update(move |_| bookings.refetch());

    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::BREADCRUMB_ACCOUNT()}</p>
            <h1 data-testid="welcome">{i18n::ACCOUNT_WELCOME()}", "{first_name}</h1>
            <p class="lead">{i18n::ACCOUNT_LEAD()}</p>
        </header>
        <div class="flash"><Notice message=notice/></div>
        <div class="account-grid">
            <section class="card" aria-labelledby="bookings-title" data-testid="bookings">
                <h2 id="bookings-title">{i18n::ACCOUNT_BOOKINGS()}</h2>
                <Transition fallback=|| view! { <BookingsSkeleton/> }>
                    {move || Suspend::new(async move {
                        match bookings.await {
                            Ok(page) if page.items.is_empty() => view! { <NoBookings/> }.into_any(),
                            Ok(page) => {
                                let (upcoming, past) = split(page.items, i18n::studio_today());
                                view! { <BookingLists upcoming=upcoming past=past/> }.into_any()
                            }
                            Err(error) => view! {
                                <LoadError error=error what=i18n::ACCOUNT_BOOKINGS_FAILED() retry=Callback::new(move |()| bookings.refetch())/>
                            }
                            .into_any(),
                        }
                    })}
                </Transition>
            </section>
            <aside class="account-aside">
                <section class="card" aria-labelledby="new-booking-title">
                    <h2 id="new-booking-title">{i18n::ACCOUNT_NEW_BOOKING()}</h2>
                    <p>{i18n::ACCOUNT_NEW_BOOKING_TEXT()}</p>
                    <a class="btn btn-primary" href="/harga" data-testid="new-booking">{i18n::ACCOUNT_SEE_PACKAGES()}</a>
                </section>
                <section class="card" aria-labelledby="profile-title">
                    <h2 id="profile-title">{i18n::ACCOUNT_PROFILE()}</h2>
                    <p>{i18n::ACCOUNT_PROFILE_TEXT()}</p>
                    <a class="btn btn-ghost" href="/akun/profil" data-testid="profile-link">{i18n::ACCOUNT_PROFILE_LINK()}</a>
                </section>
            </aside>
        </div>
    }
}

/// Upcoming (active, not yet past) bookings soonest first; the rest newest first.
fn split(items: Vec<Booking>, today: NaiveDate) -> (Vec<Booking>, Vec<Booking>) {
    let (mut upcoming, mut past): (Vec<Booking>, Vec<Booking>) = items
        .into_iter()
        .partition(|b| !b.status.is_final() && b.event_date >= today);
    upcoming.sort_by_key(|b| (b.event_date, b.start_time.clone()));
    past.sort_by_key(|b| std::cmp::Reverse(b.event_date));
    (upcoming, past)
}

#[component]
fn NoBookings() -> impl IntoView {
    view! {
        <div class="empty-state" data-testid="bookings-empty">
            <EmptyIllustration/>
            <h3>{i18n::ACCOUNT_NO_BOOKINGS()}</h3>
            <p>{i18n::ACCOUNT_NO_BOOKINGS_TEXT()}</p>
            <a class="btn btn-primary" href="/harga">{i18n::ACCOUNT_SEE_PACKAGES()}</a>
        </div>
    }
}

#[component]
fn BookingLists(upcoming: Vec<Booking>, past: Vec<Booking>) -> impl IntoView {
    let has_past = !past.is_empty();
    view! {
        <div class="booking-section" data-testid="upcoming">
            <h3>{i18n::ACCOUNT_UPCOMING()}</h3>
            {if upcoming.is_empty() {
                view! {
                    <p class="muted" data-testid="upcoming-empty">
                        {i18n::ACCOUNT_NO_UPCOMING()}" "<a href="/harga">{i18n::ACCOUNT_BOOK_NEW()}</a>
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <div class="booking-list">
                        {upcoming.into_iter().map(|b| view! { <BookingCard booking=b past=false/> }).collect_view()}
                    </div>
                }
                .into_any()
            }}
        </div>
        {has_past.then(|| view! {
            <div class="booking-section" data-testid="past">
                <h3>{i18n::ACCOUNT_PAST()}</h3>
                <div class="booking-list">
                    {past.into_iter().map(|b| view! { <BookingCard booking=b past=true/> }).collect_view()}
                </div>
            </div>
        })}
    }
}

#[component]
fn BookingCard(booking: Booking, past: bool) -> impl IntoView {
    let b = booking;
    let href = format!("/akun/booking/{}", b.id);
    let action = client_next_action(&b);
    let amount_note = if b.remaining.amount() == 0 && b.paid.amount() > 0 {
        i18n::PAID_IN_FULL().to_owned()
    } else if b.paid.amount() > 0 {
        format!(
            "{} {}",
            i18n::REMAINING_SHORT(),
            b.remaining.format_for(crate::i18n::english())
        )
    } else {
        String::new()
    };
    let deadline = (b.status == BookingStatus::WaitingPayment)
        .then_some(b.payment_deadline)
        .flatten()
        .map(|d| format!(" · {} {}", i18n::PAY_BEFORE(), i18n::format_datetime(d)));
    view! {
        <article class="booking-card" class:past=past data-testid="booking-card" data-booking-id=b.id.to_string() data-status=b.status.as_str()>
            <h4 class="booking-card-title"><a href=href.clone()>{b.package.name.clone()}</a></h4>
            <BookingStatusBadge status=b.status/>
            <p class="booking-card-when">{format!("{} · {}", i18n::format_day_long(b.event_date), time_label(&b))}</p>
            <p class="booking-card-meta">
                <span class="detail-code">{b.code.clone()}</span>
                {format!(" · {}", b.package.service_kind.label(crate::i18n::english()))}
                {deadline}
            </p>
            <div class="booking-card-foot">
                <span class="booking-card-amount">{b.total.format_for(crate::i18n::english())}<small>{amount_note}</small></span>
                {match action {
                    Some((label, to)) => view! { <a class="btn btn-primary btn-small" href=to data-testid="card-action">{label}</a> }.into_any(),
                    None => view! { <a class="btn btn-ghost btn-small" href=href>{i18n::ACTION_DETAIL()}</a> }.into_any(),
                }}
            </div>
        </article>
    }
}

#[component]
fn BookingsSkeleton() -> impl IntoView {
    view! {
        <div class="booking-list" aria-busy="true">
            {(0..3).map(|_| view! { <div class="skeleton-card"><Skeleton lines=3/></div> }).collect_view()}
        </div>
    }
}

/// A quiet camera outline for empty states.
#[component]
fn EmptyIllustration() -> impl IntoView {
    view! {
        <svg class="empty-art" viewBox="0 0 96 72" width="96" height="72" aria-hidden="true" focusable="false">
            <rect x="6" y="16" width="84" height="50" rx="10" fill="none" stroke="currentColor" stroke-width="2.5"/>
            <path d="M32 16l6-9h20l6 9" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round"/>
            <circle cx="48" cy="41" r="14" fill="none" stroke="currentColor" stroke-width="2.5"/>
            <circle cx="48" cy="41" r="5" fill="currentColor" opacity="0.35"/>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::booking_dto::{BookingClient, BookingPackage, PaymentOption};
    use shared::{Rupiah, ServiceKind};
    use uuid::Uuid;

    fn booking(code: &str, status: BookingStatus, date: (i32, u32, u32)) -> Booking {
        Booking {
            id: Uuid::new_v4(),
            code: code.into(),
            invoice_number: None,
            status,
            package: BookingPackage {
                id: Uuid::nil(),
                service_kind: ServiceKind::Wedding,
                name: "Akad".into(),
            },
            client: BookingClient {
                id: Uuid::nil(),
                full_name: "Sari".into(),
                email: "s@example.com".into(),
                phone: "+62812".into(),
            },
            event_date: NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap(),
            start_time: None,
            end_time: None,
            full_day: true,
            location: "Gereja".into(),
            latitude: None,
            longitude: None,
            notes: None,
            payment_option: PaymentOption::Dp,
            total: Rupiah(1),
            dp_amount: Rupiah(1),
            amount_due_now: Rupiah(1),
            paid: Rupiah(0),
            remaining: Rupiah(1),
            payment_deadline: None,
            reupload_until: None,
            created_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn active_future_bookings_come_first_soonest_first() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let (up, past) = split(
            vec![
                booking("late", BookingStatus::Accepted, (2027, 3, 1)),
                booking("soon", BookingStatus::WaitingPayment, (2026, 12, 5)),
                booking("gone", BookingStatus::Cancelled, (2026, 12, 20)),
                booking("old", BookingStatus::Done, (2026, 6, 1)),
                booking("missed", BookingStatus::Accepted, (2026, 11, 30)),
            ],
            today,
        );
        let codes = |v: &[Booking]| v.iter().map(|b| b.code.clone()).collect::<Vec<_>>();
        assert_eq!(codes(&up), ["soon", "late"]);
        assert_eq!(codes(&past), ["gone", "missed", "old"]);
    }
}
