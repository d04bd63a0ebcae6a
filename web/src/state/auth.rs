//! The signed-in session: tokens and user, kept in localStorage so a reload or
//! a new tab stays signed in, and kept in step across tabs.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::auth::{TokenResponse, User};
use shared::Role;

const STORAGE_KEY: &str = "aruna.session";

/// Renew this long before the access token expires, so a request never leaves
/// with a token that dies on the way.
const EXPIRY_MARGIN_MS: f64 = 30_000.0;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub access_token: String,
    pub refresh_token: String,
    /// Browser-clock milliseconds since the epoch at which the access token
    /// expires. Computed from `expires_in`, so a skewed clock does not matter.
    pub access_expires_at: f64,
    pub user: User,
}

impl Session {
    fn from_tokens(tokens: TokenResponse) -> Session {
        Session {
            access_expires_at: now_ms() + tokens.expires_in as f64 * 1000.0,
            access_token: tokens.access_token,
            refresh_token: tokens.refresh_token,
            user: tokens.user,
        }
    }

    pub fn access_is_fresh(&self) -> bool {
        now_ms() + EXPIRY_MARGIN_MS < self.access_expires_at
    }
}

/// How the last session ended, so the login page can explain an expiry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionEnd {
    LoggedOut,
    Expired,
}

/// Handle to the session signal; `Copy`, so closures and tasks take it freely.
#[derive(Debug, Clone, Copy)]
pub struct AuthState {
    session: RwSignal<Option<Session>>,
    ended: RwSignal<Option<SessionEnd>>,
    /// Views read these, not `session`, so a token renewal (same user) does
    /// not re-render them.
    user: Memo<Option<User>>,
    signed_in: Memo<bool>,
    role: Memo<Option<Role>>,
}

/// Creates the auth state from localStorage and provides it as context.
pub fn provide_auth() -> AuthState {
    let session = RwSignal::new(load());
    let user = Memo::new(move |_| session.with(|s| s.as_ref().map(|s| s.user.clone())));
    let signed_in = Memo::new(move |_| user.with(Option::is_some));
    let role = Memo::new(move |_| user.with(|u| u.as_ref().map(|u| u.role)));
    let auth = AuthState {
        session,
        ended: RwSignal::new(None),
        user,
        signed_in,
        role,
    };
    // The `storage` event fires in the *other* tabs: follow their sign-in,
    // token renewal and sign-out so no tab spends a refresh token twice.
    let _listener = window_event_listener(leptos::ev::storage, move |ev| {
        let key = ev.key();
        if key.is_some() && key.as_deref() != Some(STORAGE_KEY) {
            return;
        }
        let stored = load();
        if stored.is_none() && auth.current().is_some() {
            auth.ended.set(Some(SessionEnd::LoggedOut));
        }
        if auth.current() != stored {
            auth.session.set(stored);
        }
    });
    provide_context(auth);
    auth
}

pub fn use_auth() -> AuthState {
    expect_context::<AuthState>()
}

impl AuthState {
    /// The signed-in user (tracked).
    pub fn user(&self) -> Option<User> {
        self.user.get()
    }

    /// Whether someone is signed in (tracked; changes only on sign-in/out, so
    /// route guards do not re-render the page when the user's name changes).
    pub fn is_signed_in(&self) -> bool {
        self.signed_in.get()
    }

    pub fn role(&self) -> Option<Role> {
        self.role.get()
    }

    /// How the last session ended, without subscribing.
    pub fn ended_untracked(&self) -> Option<SessionEnd> {
        self.ended.try_get_untracked().flatten()
    }

    /// How the last session ended, if it did (tracked).
    pub fn ended(&self) -> Option<SessionEnd> {
        self.ended.get()
    }

    /// The session right now, without subscribing (for the API client).
    pub(crate) fn current(&self) -> Option<Session> {
        self.session.try_get_untracked().flatten()
    }

    /// Stores fresh tokens from login, register, refresh or a password change.
    pub(crate) fn sign_in(&self, tokens: TokenResponse) -> Session {
        let session = Session::from_tokens(tokens);
        save(Some(&session));
        self.session.set(Some(session.clone()));
        self.ended.set(None);
        session
    }

    /// Keeps the stored user in step with what the server just returned.
    pub(crate) fn set_user(&self, user: User) {
        let Some(mut session) = self.current() else {
            return;
        };
        if session.user == user {
            return;
        }
        session.user = user;
        save(Some(&session));
        self.session.set(Some(session));
    }

    /// Forgets the session (tokens and user) in this tab and the others.
    pub(crate) fn end(&self, why: SessionEnd) {
        save(None);
        self.session.set(None);
        self.ended.set(Some(why));
    }

    /// Takes over a session another tab renewed meanwhile: it is in storage
    /// with a different refresh token and a live access token.
    pub(crate) fn adopt_stored(&self) -> Option<Session> {
        let stored = load()?;
        let current = self.current()?;
        if stored.refresh_token == current.refresh_token || !stored.access_is_fresh() {
            return None;
        }
        self.session.set(Some(stored.clone()));
        Some(stored)
    }
}

fn load() -> Option<Session> {
    LocalStorage::get::<Session>(STORAGE_KEY).ok()
}

fn save(session: Option<&Session>) {
    match session {
        // A full or disabled storage only costs the session on reload.
        Some(s) => {
            let _ = LocalStorage::set(STORAGE_KEY, s);
        }
        None => LocalStorage::delete(STORAGE_KEY),
    }
}

pub(crate) fn now_ms() -> f64 {
    js_sys::Date::now()
}
