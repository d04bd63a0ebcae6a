//! The site header: brand, navigation, and who is signed in.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};
use wasm_bindgen::JsCast;

use super::notifications::NotificationBell;
use crate::api;
use crate::i18n;
use crate::pages::home_for;
use crate::state::use_auth;

/// The studio's mark: the sun rising over the horizon ("aruna" is the dawn).
#[component]
pub fn Logo() -> impl IntoView {
    view! {
        <svg class="logo" viewBox="0 0 64 64" width="36" height="36" aria-hidden="true" focusable="false">
            <rect width="64" height="64" rx="16" fill="#1f3a34"/>
            <path d="M15 41a17 17 0 0 1 34 0" fill="none" stroke="#c9a45c" stroke-width="3.5" stroke-linecap="round"/>
            <circle cx="32" cy="41" r="7.5" fill="#c9a45c"/>
            <path d="M11 47h42" stroke="#f7f3ea" stroke-width="3.5" stroke-linecap="round"/>
        </svg>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let auth = use_auth();
    let navigate = use_navigate();
    let leaving = RwSignal::new(false);
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        reveal_current_link();
    });

    let logout = move |_| {
        if leaving.get_untracked() {
            return;
        }
        leaving.set(true);
        navigate("/", Default::default());
        spawn_local(async move {
            api::auth::logout(auth).await;
            leaving.set(false);
        });
    };

    view! {
        <header class="site-header">
            <div class="container header-inner">
                <a class="brand" href="/" aria-label=i18n::STUDIO_NAME()>
                    <Logo/>
                    <span class="brand-name">{i18n::STUDIO_NAME()}</span>
                </a>
                <nav class="main-nav" aria-label=i18n::NAV_MAIN_LABEL()>
                    <A href="/" exact=true>{i18n::NAV_HOME()}</A>
                    <A href="/portfolio">{i18n::NAV_PORTFOLIO()}</A>
                    <A href="/testimoni">{i18n::NAV_TESTIMONIALS()}</A>
                    <A href="/harga">{i18n::NAV_PRICELIST()}</A>
                    <A href="/tentang">{i18n::SITE_NAV_ABOUT()}</A>
                    <A href="/faq">{i18n::SITE_NAV_FAQ()}</A>
                </nav>
                <div class="header-auth">
                    <LangSwitch/>
                    <Show
                        when=move || auth.is_signed_in()
                        fallback=|| view! {
                            <a class="btn btn-ghost btn-small" href="/login">{i18n::NAV_LOGIN()}</a>
                            <a class="btn btn-primary btn-small" href="/register">{i18n::NAV_REGISTER()}</a>
                        }
                    >
                        <NotificationBell/>
                        <a
                            class="user-name"
                            href=move || home_for(auth.role())
                            title=move || if auth.role().is_some_and(|r| r.is_crew()) { i18n::NAV_BACK_OFFICE() } else { i18n::NAV_ACCOUNT() }
                        >
                            <span class="avatar" aria-hidden="true">{move || initials(&auth.user().map(|u| u.full_name).unwrap_or_default())}</span>
                            <span class="user-full-name" data-testid="user-name">{move || auth.user().map(|u| u.full_name).unwrap_or_default()}</span>
                        </a>
                        <button
                            type="button"
                            class="btn btn-ghost btn-small"
                            data-testid="logout"
                            disabled=move || leaving.get()
                            on:click=logout.clone()
                        >
                            {i18n::NAV_LOGOUT()}
                        </button>
                    </Show>
                </div>
            </div>
        </header>
    }
}

/// On a phone the links scroll sideways: bring the current page's link into
/// view when it is out of sight.
fn reveal_current_link() {
    request_animation_frame(|| {
        let as_html = |e: web_sys::Element| e.dyn_into::<web_sys::HtmlElement>().ok();
        let Some(nav) = document()
            .query_selector(".main-nav")
            .ok()
            .flatten()
            .and_then(as_html)
        else {
            return;
        };
        let Some(link) = nav
            .query_selector("a[aria-current=page]")
            .ok()
            .flatten()
            .and_then(as_html)
        else {
            return;
        };
        let left = link.offset_left() - nav.offset_left();
        let right = left + link.offset_width();
        let (shown_from, width) = (nav.scroll_left(), nav.client_width());
        if left < shown_from {
            nav.set_scroll_left((left - 24).max(0));
        } else if right > shown_from + width {
            nav.set_scroll_left(right - width + 24);
        }
    });
}

/// Indonesian ⇄ English; the choice is remembered on this device.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let to = if i18n::english() {
        i18n::Lang::Id
    } else {
        i18n::Lang::En
    };
    view! {
        <button
            type="button"
            class="btn btn-ghost btn-small lang-switch"
            data-testid="lang-switch"
            title=i18n::LANG_SWITCH_LABEL()
            on:click=move |_| i18n::switch_lang(to)
        >
            // The name read out starts with what is shown ("EN"), then says
            // what it does, in the language it switches to.
            <span lang=to.code()>{to.code().to_uppercase()}</span>
            <span class="visually-hidden" lang=to.code()>{format!(" – {}", i18n::LANG_SWITCH_LABEL())}</span>
        </button>
    }
}

/// "Sari Dewi Lestari" → "SD".
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn initials_take_the_first_two_words() {
        assert_eq!(super::initials("sari dewi lestari"), "SD");
        assert_eq!(super::initials("Budi"), "B");
        assert_eq!(super::initials(""), "");
    }
}
