//! The notifications bell of the header and the toasts that announce a new
//! notification over whatever page is open. Both follow the live state.

use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use crate::api;
use crate::i18n;
use crate::pages::{notifications_href, safe_next};
use crate::state::live::Toast;
use crate::state::{use_auth, use_live, AuthState, LiveState};

/// `7`, or `99+` when there are more.
pub fn badge_text(unread: u64) -> String {
    if unread > 99 {
        "99+".to_owned()
    } else {
        unread.to_string()
    }
}

/// Marks notification `id` read on the server and takes in the unread count
/// it answers. Runs on its own, so the caller may navigate away at once.
pub fn mark_read_in_background(auth: AuthState, live: LiveState, id: Uuid) {
    spawn_local(async move {
        if let Ok(count) = api::notifications::mark_read(auth, id).await {
            live.set_unread(count.unread);
        }
    });
}

/// The bell (`#notification-bell`, `data-live` = how the tab is connected)
/// with the unread badge (`#notification-badge`, `data-count`), linking to
/// the notifications page of the user's area.
#[component]
pub fn NotificationBell() -> impl IntoView {
    let auth = use_auth();
    let live = use_live();
    let unread = Memo::new(move |_| live.unread());
    let label = move || match unread.get() {
        0 => i18n::BELL_LABEL().to_owned(),
        n => format!("{}, {n} {}", i18n::BELL_LABEL(), i18n::UNREAD_TAIL()),
    };
    view! {
        <a
            class="notif-bell"
            id="notification-bell"
            data-testid="notification-bell"
            href=move || notifications_href(auth.role())
            aria-label=label
            title=i18n::BELL_LABEL()
            class:has-unread=move || { unread.get() > 0 }
            data-live=move || live.mode().as_str()
        >
            <BellIcon/>
            <span
                class="notif-badge"
                id="notification-badge"
                data-testid="notification-badge"
                data-count=move || unread.get().to_string()
                aria-live="polite"
                aria-atomic="true"
            >
                {move || match unread.get() {
                    0 => None,
                    n => Some(view! {
                        <span aria-hidden="true">{badge_text(n)}</span>
                        <span class="visually-hidden">{format!("{n} {} {}", i18n::NOTIFICATIONS_COUNT(), i18n::UNREAD_TAIL())}</span>
                    }),
                }}
            </span>
        </a>
    }
}

#[component]
pub fn BellIcon() -> impl IntoView {
    view! {
        <svg class="bell-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/>
            <path d="M10 20.5a2.2 2.2 0 0 0 4 0" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>
        </svg>
    }
}

/// New notifications, shown for a few seconds at the corner of the screen
/// (`data-testid="toasts"`, each `data-testid="toast"`).
#[component]
pub fn LiveToasts() -> impl IntoView {
    let live = use_live();
    view! {
        <div class="toast-region" role="region" aria-label=i18n::TOASTS_LABEL() aria-live="polite" data-testid="toasts">
            <For each=move || live.toasts() key=|t| t.id children=move |t| view! { <ToastCard toast=t/> }/>
        </div>
    }
}

#[component]
fn ToastCard(toast: Toast) -> impl IntoView {
    let auth = use_auth();
    let live = use_live();
    let Toast { id, notification } = toast;
    let notification_id = notification.id;
    let link = notification.link.as_deref().and_then(safe_next);
    let open = move |_| {
        live.dismiss_toast(id);
        mark_read_in_background(auth, live, notification_id);
    };
    view! {
        <div class="toast" data-testid="toast" data-notification-id=notification_id.to_string()>
            <span class="toast-icon"><BellIcon/></span>
            <div class="toast-body">
                <p class="toast-title">{notification.title}</p>
                <p class="toast-text">{notification.body}</p>
                {link.map(|href| view! {
                    <a class="toast-link" href=href on:click=open data-testid="toast-open">{i18n::TOAST_OPEN()}</a>
                })}
            </div>
            <button
                type="button"
                class="toast-close"
                aria-label=i18n::TOAST_CLOSE()
                title=i18n::TOAST_CLOSE()
                on:click=move |_| live.dismiss_toast(id)
            >
                <span aria-hidden="true">"×"</span>
            </button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_badge_caps_at_ninety_nine() {
        assert_eq!(super::badge_text(1), "1");
        assert_eq!(super::badge_text(99), "99");
        assert_eq!(super::badge_text(100), "99+");
    }
}
