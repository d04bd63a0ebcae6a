//! `/admin/klien/:id` (admin+): one client: contacts with a WhatsApp link,
//! totals, every booking (newest event first) and the conversation with the
//! studio, answered right here.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use shared::backoffice::ClientDetail;
use shared::booking_dto::Booking;
use shared::{ErrorCode, Phone, Role, Rupiah};
use uuid::Uuid;

use super::clients::CLIENTS_HREF;
use super::RequireRole;
use crate::api;
use crate::components::booking::{time_label, BookingStatusBadge};
use crate::components::chat::Conversation;
use crate::components::header::initials;
use crate::components::{LoadError, Skeleton};
use crate::i18n;
use crate::pages::set_title;
use crate::state::{on_booking_update, use_auth};

/// `https://wa.me/62812…` for a stored (E.164) or typed number.
pub fn wa_link(phone: &str) -> String {
    let digits = match Phone::parse(phone) {
        Ok(p) => p.wa_digits().to_owned(),
        Err(_) => phone.chars().filter(char::is_ascii_digit).collect(),
    };
    format!("https://wa.me/{digits}")
}

#[component]
pub fn AdminClientPage() -> impl IntoView {
    set_title(i18n::CLIENTS_TITLE());
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .with(|p| p.get("id"))
            .and_then(|s| Uuid::parse_str(&s).ok())
    });
    view! {
        <RequireRole min=Role::Admin>
            {move || match id.get() {
                Some(id) => view! { <ClientLoader id=id/> }.into_any(),
                None => view! { <ClientNotFound/> }.into_any(),
            }}
        </RequireRole>
    }
}

#[component]
fn ClientLoader(id: Uuid) -> impl IntoView {
    let auth = use_auth();
    let detail = LocalResource::new(move || api::clients::get(auth, id));
    on_booking_update(move |_| detail.refetch());
    // The conversation stays mounted across refetches (it keeps its scroll
    // and live state); it appears once the id is known to be a client's.
    let is_client = Memo::new(move |_| detail.get().is_some_and(|r| r.is_ok()));

    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <a href=CLIENTS_HREF>{i18n::CLIENTS_TITLE()}</a>
        </nav>
        <Transition fallback=|| view! { <section class="card"><Skeleton lines=6/></section> }>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(d) => view! { <ClientFacts detail=d/> }.into_any(),
                    Err(err) if err.code() == Some(ErrorCode::NotFound) => view! { <ClientNotFound/> }.into_any(),
                    Err(error) => view! {
                        <LoadError error=error what=i18n::CLIENT_LOAD_FAILED() retry=Callback::new(move |()| detail.refetch())/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
        <Show when=move || is_client.get()>
            <section class="card chat-card client-chat" id="client-chat" aria-labelledby="client-chat-title">
                <header class="chat-head">
                    <h2 id="client-chat-title" class="card-title">{i18n::CLIENT_CHAT_TITLE()}</h2>
                    <a class="btn btn-ghost btn-small" href=format!("/admin/chat/{id}")>{i18n::CLIENT_OPEN_INBOX()}</a>
                </header>
                <Conversation client_id=id studio=true/>
            </section>
        </Show>
    }
}

#[component]
fn ClientFacts(detail: ClientDetail) -> impl IntoView {
    let ClientDetail { summary, bookings } = detail;
    let u = summary.user;
    set_title(&u.full_name);
    let wa = wa_link(&u.phone);
    view! {
        <header class="detail-head client-head">
            <div class="chat-head-who">
                <span class="avatar" aria-hidden="true">{initials(&u.full_name)}</span>
                <div>
                    <p class="eyebrow">{i18n::CLIENT()}</p>
                    <h1 id="client-name" data-testid="client-name">{u.full_name.clone()}</h1>
                </div>
            </div>
            {(!u.active).then(|| view! { <span class="status status-off">{i18n::INACTIVE()}</span> })}
        </header>
        <div class="client-cards">
            <section class="card" aria-labelledby="client-contact-title" data-testid="client-card">
                <h2 id="client-contact-title" class="card-title">{i18n::CLIENTS_CONTACT()}</h2>
                <dl class="facts">
                    <div>
                        <dt>{i18n::LABEL_PHONE()}</dt>
                        <dd><a id="client-whatsapp" href=wa target="_blank" rel="noopener">{u.phone.clone()}</a></dd>
                    </div>
                    <div>
                        <dt>{i18n::LABEL_EMAIL()}</dt>
                        <dd><a href=format!("mailto:{}", u.email)>{u.email.clone()}</a></dd>
                    </div>
                    <div><dt>{i18n::CLIENTS_SINCE()}</dt><dd>{i18n::format_date(u.created_at)}</dd></div>
                </dl>
            </section>
            <section class="card" aria-labelledby="client-totals-title" data-testid="client-totals">
                <h2 id="client-totals-title" class="card-title">{i18n::CLIENT_TOTALS()}</h2>
                <dl class="facts">
                    <div><dt>{i18n::CLIENTS_BOOKINGS()}</dt><dd data-testid="client-bookings-count">{summary.bookings}</dd></div>
                    <div><dt>{i18n::CLIENTS_TOTAL_PAID()}</dt><dd class="strong" data-testid="client-total-paid">{Rupiah(summary.total_paid).format_for(crate::i18n::english())}</dd></div>
                    <div>
                        <dt>{i18n::CLIENTS_LAST_EVENT()}</dt>
                        <dd>{summary.last_event_date.map_or_else(|| "—".to_owned(), i18n::format_day)}</dd>
                    </div>
                </dl>
            </section>
        </div>
        <section class="card" aria-labelledby="client-bookings-title" id="client-bookings">
            <h2 id="client-bookings-title" class="card-title">{i18n::CLIENT_BOOKINGS_TITLE()}</h2>
            <ClientBookings bookings=bookings/>
        </section>
    }
}

#[component]
fn ClientBookings(bookings: Vec<Booking>) -> impl IntoView {
    if bookings.is_empty() {
        return view! {
            <p class="muted" data-testid="client-bookings-empty">{i18n::CLIENT_NO_BOOKINGS()}</p>
        }
        .into_any();
    }
    view! {
        <div class="table-wrap">
            <table class="admin-table client-bookings-table">
                <thead>
                    <tr>
                        <th scope="col">{i18n::BOOKING()}</th>
                        <th scope="col">{i18n::EVENT_DATE()}</th>
                        <th scope="col">{i18n::COL_STATUS()}</th>
                        <th scope="col" class="num">{i18n::TOTAL()}</th>
                    </tr>
                </thead>
                <tbody>
                    {bookings
                        .into_iter()
                        .map(|b| view! {
                            <tr data-testid="client-booking" data-booking-id=b.id.to_string()>
                                <td>
                                    <a class="cell-title detail-code" href=format!("/admin/booking/{}", b.id)>{b.code.clone()}</a>
                                    <span class="cell-sub">{format!("{} · {}", b.package.service_kind.label(crate::i18n::english()), b.package.name)}</span>
                                </td>
                                <td>
                                    <span class="cell-title">{i18n::format_day(b.event_date)}</span>
                                    <span class="cell-sub">{time_label(&b)}</span>
                                </td>
                                <td><BookingStatusBadge status=b.status/></td>
                                <td class="num">{b.total.format_for(crate::i18n::english())}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn ClientNotFound() -> impl IntoView {
    view! {
        <section class="card empty-state" data-testid="client-not-found">
            <h1>{i18n::CLIENT_NOT_FOUND()}</h1>
            <p>{i18n::CLIENT_NOT_FOUND_TEXT()}</p>
            <a class="btn btn-primary" href=CLIENTS_HREF>{i18n::BACK_TO_CLIENTS()}</a>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whatsapp_links_carry_digits_only() {
        assert_eq!(wa_link("+6281234567890"), "https://wa.me/6281234567890");
        assert_eq!(wa_link("0812-3456-7890"), "https://wa.me/6281234567890");
        assert_eq!(wa_link("+1 (555) 010"), "https://wa.me/1555010");
    }
}
