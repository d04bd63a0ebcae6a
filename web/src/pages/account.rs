//! `/akun`: the client's own area.

use leptos::prelude::*;
use leptos_router::components::Outlet;

use super::set_title;
use crate::i18n;
use crate::state::use_auth;

/// Frame of every `/akun/*` page (protected by the router).
#[component]
pub fn AccountLayout() -> impl IntoView {
    view! {
        <div class="container account">
            <Outlet/>
        </div>
    }
}

#[component]
pub fn AccountHome() -> impl IntoView {
    set_title(i18n::BREADCRUMB_ACCOUNT);
    let auth = use_auth();
    let first_name = move || {
        auth.user()
            .and_then(|u| u.full_name.split_whitespace().next().map(str::to_owned))
            .unwrap_or_default()
    };

    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::BREADCRUMB_ACCOUNT}</p>
            <h1 data-testid="welcome">{i18n::ACCOUNT_WELCOME}", "{first_name}</h1>
            <p class="lead">{i18n::ACCOUNT_LEAD}</p>
        </header>
        <div class="account-grid">
            <section class="card" aria-labelledby="bookings-title" data-testid="bookings">
                <h2 id="bookings-title">{i18n::ACCOUNT_BOOKINGS}</h2>
                <div class="empty-state" data-testid="bookings-empty">
                    <EmptyIllustration/>
                    <h3>{i18n::ACCOUNT_NO_BOOKINGS}</h3>
                    <p>{i18n::ACCOUNT_NO_BOOKINGS_TEXT}</p>
                    <a class="btn btn-primary" href="/harga">{i18n::ACCOUNT_SEE_PACKAGES}</a>
                </div>
            </section>
            <aside class="card" aria-labelledby="profile-title">
                <h2 id="profile-title">{i18n::ACCOUNT_PROFILE}</h2>
                <p>{i18n::ACCOUNT_PROFILE_TEXT}</p>
                <a class="btn btn-ghost" href="/akun/profil" data-testid="profile-link">{i18n::ACCOUNT_PROFILE_LINK}</a>
            </aside>
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
