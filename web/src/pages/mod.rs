//! One module per screen.

pub mod about;
pub mod account;
pub mod admin;
pub mod booking;
pub mod booking_detail;
mod booking_review;
pub mod chat;
pub mod contact;
pub mod faq;
pub mod forgot_password;
pub mod home;
mod home_hero;
mod home_showcase;
pub mod login;
pub mod not_found;
pub mod notifications;
pub mod pay;
pub mod portfolio;
pub mod pricelist;
pub mod profile;
pub mod register;
pub mod reset_password;
pub mod testimonials;

use leptos::prelude::*;
use shared::Role;

use crate::i18n;
use crate::state::{AuthState, SessionEnd};

/// Where a user lands after signing in: the back office for the crew, the
/// account page for clients.
pub fn home_for(role: Option<Role>) -> &'static str {
    match role {
        Some(r) if r.is_crew() => "/admin",
        _ => "/akun",
    }
}

/// The notifications page of the user's area.
pub fn notifications_href(role: Option<Role>) -> &'static str {
    match role {
        Some(r) if r.is_crew() => "/admin/notifikasi",
        _ => "/akun/notifikasi",
    }
}

/// Sets the tab title: "Masuk · Aruna Moment".
pub fn set_title(title: &str) {
    let full = if title.is_empty() {
        i18n::STUDIO_NAME().to_owned()
    } else {
        format!("{title} · {}", i18n::STUDIO_NAME())
    };
    document().set_title(&full);
}

/// A `?next=` target we are willing to follow: a path on this site only, never
/// `//evil.example` or `https://…`, and never back to the auth pages.
pub fn safe_next(next: &str) -> Option<String> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(char::is_control)
        && !["/login", "/register"]
            .iter()
            .any(|p| next == *p || next.starts_with(&format!("{p}?")));
    ok.then(|| next.to_owned())
}

/// Where a signed-out visitor of a protected page goes: the login page, which
/// sends them back here afterwards. After an explicit logout, home instead.
pub fn login_redirect(auth: AuthState) -> String {
    if auth.ended_untracked() == Some(SessionEnd::LoggedOut) {
        return "/".to_owned();
    }
    let location = window().location();
    let here = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    login_url(&here)
}

/// `/login?next=<encoded path>`.
pub fn login_url(next: &str) -> String {
    format!(
        "/login?next={}",
        String::from(js_sys::encode_uri_component(next))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed_after_login() {
        assert_eq!(safe_next("/akun/profil").as_deref(), Some("/akun/profil"));
        assert_eq!(safe_next("/admin?tab=1").as_deref(), Some("/admin?tab=1"));
        for bad in [
            "",
            "akun",
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "/login",
            "/login?next=/akun",
        ] {
            assert_eq!(safe_next(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn crew_lands_in_the_back_office() {
        assert_eq!(home_for(Some(Role::Client)), "/akun");
        assert_eq!(home_for(Some(Role::Staff)), "/admin");
        assert_eq!(home_for(Some(Role::Superadmin)), "/admin");
        assert_eq!(home_for(None), "/akun");
        assert_eq!(notifications_href(Some(Role::Client)), "/akun/notifikasi");
        assert_eq!(notifications_href(Some(Role::Staff)), "/admin/notifikasi");
    }
}
