//! `/admin`: the studio's back office. Sections not built yet are listed
//! (disabled) so the crew sees what is coming.

pub mod audit;
pub mod bank_accounts;
mod bank_form;
pub mod booking_detail;
pub mod bookings;
pub mod calendar;
pub mod chat;
pub mod client_detail;
pub mod clients;
pub mod content;
mod dashboard;
mod package_form;
pub mod packages;
pub mod payments;
pub mod portfolio;
pub mod reports;
pub mod requests;
pub mod settings;
pub mod team;
pub mod testimonials;

use leptos::prelude::*;
use leptos_router::components::{Outlet, A};
use shared::Role;

use super::set_title;
use crate::components::chat::ChatBadge;
use crate::components::NoAccess;
use crate::i18n;
use crate::state::use_auth;
pub use dashboard::AdminDashboard;

/// The inbox: its link carries the unread badge.
const CHAT_HREF: &str = "/admin/chat";

struct Section {
    label: &'static str,
    /// `None` until the section is built: shown disabled, marked "segera".
    href: Option<&'static str>,
    /// The least role that may use it, as the API enforces (DOMAIN.md).
    min_role: Role,
}

const SECTIONS: &[Section] = &[
    Section {
        label: "Ringkasan",
        href: Some("/admin"),
        min_role: Role::Staff,
    },
    Section {
        label: "Notifikasi",
        href: Some("/admin/notifikasi"),
        min_role: Role::Staff,
    },
    Section {
        label: "Chat",
        href: Some(CHAT_HREF),
        min_role: Role::Staff,
    },
    Section {
        label: "Kalender",
        href: Some("/admin/kalender"),
        min_role: Role::Staff,
    },
    Section {
        label: "Booking",
        href: Some("/admin/booking"),
        min_role: Role::Staff,
    },
    Section {
        label: "Pembayaran",
        href: Some("/admin/pembayaran"),
        min_role: Role::Staff,
    },
    Section {
        label: "Permintaan",
        href: Some("/admin/permintaan"),
        min_role: Role::Admin,
    },
    Section {
        label: "Paket",
        href: Some("/admin/paket"),
        min_role: Role::Admin,
    },
    Section {
        label: "Rekening Bank",
        href: Some("/admin/rekening"),
        min_role: Role::Admin,
    },
    Section {
        label: "Portofolio",
        href: Some("/admin/portfolio"),
        min_role: Role::Admin,
    },
    Section {
        label: "Testimoni",
        href: Some("/admin/testimoni"),
        min_role: Role::Admin,
    },
    Section {
        label: "Konten Situs",
        href: Some("/admin/konten"),
        min_role: Role::Admin,
    },
    Section {
        label: "Klien",
        href: Some("/admin/klien"),
        min_role: Role::Admin,
    },
    Section {
        label: "Laporan",
        href: Some("/admin/laporan"),
        min_role: Role::Admin,
    },
    Section {
        label: "Audit",
        href: Some("/admin/audit"),
        min_role: Role::Admin,
    },
    Section {
        label: "Tim",
        href: Some("/admin/tim"),
        min_role: Role::Superadmin,
    },
    Section {
        label: "Pengaturan",
        href: Some("/admin/pengaturan"),
        min_role: Role::Superadmin,
    },
];

/// Frame of every `/admin/*` page: crew only; a client gets a friendly 403.
#[component]
pub fn AdminLayout() -> impl IntoView {
    let auth = use_auth();
    let is_crew = Memo::new(move |_| auth.role().is_some_and(Role::is_crew));
    view! {
        <Show when=move || is_crew.get() fallback=Forbidden>
            <div class="admin">
                <aside class="admin-sidebar">
                    <AdminNav/>
                </aside>
                <div class="admin-main">
                    <Outlet/>
                </div>
            </div>
        </Show>
    }
}

#[component]
fn AdminNav() -> impl IntoView {
    let auth = use_auth();
    let role = Memo::new(move |_| auth.role().unwrap_or(Role::Client));
    view! {
        <nav class="admin-nav" data-testid="admin-nav" aria-label=i18n::ADMIN_NAV_LABEL()>
            <ul>
                {move || {
                    let role = role.get();
                    SECTIONS
                        .iter()
                        .filter(|s| role.at_least(s.min_role))
                        .map(|s| match s.href {
                            Some(href) => view! {
                                // Sections stay marked on their detail pages; the dashboard only on itself.
                                <li>
                                    <A href=href exact=href == "/admin">
                                        <span>{s.label}</span>
                                        {(href == CHAT_HREF).then(|| view! { <ChatBadge/> })}
                                    </A>
                                </li>
                            }
                            .into_any(),
                            None => view! {
                                <li>
                                    <span class="nav-disabled" aria-disabled="true">
                                        {s.label}
                                        <span class="badge">{i18n::ADMIN_SOON()}</span>
                                    </span>
                                </li>
                            }
                            .into_any(),
                        })
                        .collect_view()
                }}
            </ul>
        </nav>
    }
}

/// Shows `children` only to `min` and above; the others get a friendly "not
/// for your role". Hiding is a courtesy: the API enforces the roles.
#[component]
pub fn RequireRole(min: Role, children: ChildrenFn) -> impl IntoView {
    let auth = use_auth();
    let allowed = Memo::new(move |_| auth.role().is_some_and(|r| r.at_least(min)));
    view! {
        <Show when=move || allowed.get() fallback=NoAccess>
            {children()}
        </Show>
    }
}

#[component]
fn Forbidden() -> impl IntoView {
    set_title(i18n::FORBIDDEN_TITLE());
    view! {
        <section class="container narrow center-page" data-testid="forbidden">
            <p class="eyebrow">"403"</p>
            <h1>{i18n::FORBIDDEN_TITLE()}</h1>
            <p class="lead">{i18n::FORBIDDEN_TEXT()}</p>
            <a class="btn btn-primary" href="/akun">{i18n::NAV_ACCOUNT()}</a>
        </section>
    }
}

/// "Aktif" / "Nonaktif" (`data-testid="status-badge"`).
#[component]
pub fn StatusBadge(active: bool) -> impl IntoView {
    view! {
        <span class="status" class:status-on=active class:status-off=!active data-testid="status-badge">
            {if active { i18n::ACTIVE() } else { i18n::INACTIVE() }}
        </span>
    }
}

/// Focuses the first control of form `#form_id` (which scrolls it into
/// view) once it is drawn.
pub fn focus_form(form_id: &'static str) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let selector = format!("#{form_id} input, #{form_id} select, #{form_id} textarea");
        let first = document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = first {
            let _ = el.focus();
        }
    });
}
