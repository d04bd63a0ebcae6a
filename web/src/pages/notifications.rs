//! `/akun/notifikasi` and `/admin/notifikasi`: the signed-in user's
//! notifications, newest first, paginated (`?page=`). Opening one marks it
//! read and follows its link; one button marks them all read. New ones
//! arrive live.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;
use shared::notification::Notification;

use super::admin::payments::Pager;
use super::{safe_next, set_title};
use crate::api;
use crate::components::clock::{instant, use_now_every};
use crate::components::notifications::{mark_read_in_background, BellIcon};
use crate::components::{LoadError, Notice, Skeleton, Spinner};
use crate::i18n;
use crate::state::{on_notifications_change, use_auth, use_live};

const PER_PAGE: u64 = 20;

/// The client's notifications, in the account area.
#[component]
pub fn AccountNotificationsPage() -> impl IntoView {
    view! { <NotificationsPage base="/akun/notifikasi" eyebrow=i18n::BREADCRUMB_ACCOUNT()/> }
}

/// The crew member's notifications, in the back office.
#[component]
pub fn AdminNotificationsPage() -> impl IntoView {
    view! { <NotificationsPage base="/admin/notifikasi" eyebrow=i18n::ADMIN_OPERATIONS()/> }
}

#[component]
fn NotificationsPage(base: &'static str, eyebrow: &'static str) -> impl IntoView {
    set_title(i18n::NOTIFICATIONS_TITLE());
    let auth = use_auth();
    let live = use_live();
    let query = use_query_map();
    let page = Memo::new(move |_| {
        query
            .with(|q| q.get("page"))
            .and_then(|p| p.parse::<u64>().ok())
            .unwrap_or(1)
            .max(1)
    });
    let list = LocalResource::new(move || api::notifications::list(auth, page.get(), PER_PAGE));
    on_notifications_change(move || list.refetch());
    let now = use_now_every(Duration::from_secs(30));
    // The live count, or this page's own answer while the count is not in yet.
    let anything_unread = move || {
        live.unread() > 0
            || list
                .get()
                .and_then(Result::ok)
                .is_some_and(|p| p.unread > 0 && p.items.iter().any(|n| !n.read))
    };
    let marking = RwSignal::new(false);
    let notice = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);

    let mark_all = move |_| {
        if marking.get_untracked() {
            return;
        }
        marking.set(true);
        notice.set(None);
        error.set(None);
        spawn_local(async move {
            match api::notifications::mark_all_read(auth).await {
                Ok(count) => {
                    live.set_unread(count.unread);
                    let _ = notice.try_set(Some(i18n::ALL_READ_NOTICE().to_owned()));
                    list.refetch();
                }
                Err(err) => {
                    let _ = error.try_set(Some(err.message()));
                }
            }
            let _ = marking.try_set(false);
        });
    };

    view! {
        <header class="page-header page-header-row">
            <div>
                <p class="eyebrow">{eyebrow}</p>
                <h1>{i18n::NOTIFICATIONS_TITLE()}</h1>
                <p class="lead">{i18n::NOTIFICATIONS_LEAD()}</p>
            </div>
            <button
                type="button"
                class="btn btn-ghost"
                id="mark-all-read"
                data-testid="mark-all-read"
                disabled=move || marking.get() || !anything_unread()
                aria-busy=move || marking.get().to_string()
                on:click=mark_all
            >
                {move || if marking.get() {
                    view! { <Spinner/><span>{i18n::MARKING_ALL_READ()}</span> }.into_any()
                } else {
                    view! { <span>{i18n::MARK_ALL_READ()}</span> }.into_any()
                }}
            </button>
        </header>
        <div class="flash">
            <Notice message=notice/>
            {move || error.get().map(|text| view! {
                <div class="alert alert-error" role="alert" data-testid="action-error"><p>{text}</p></div>
            })}
        </div>
        <section class="card notif-card">
            <Transition fallback=NotificationsSkeleton>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(p) if p.items.is_empty() => view! { <NoNotifications/> }.into_any(),
                        Ok(p) => {
                            let pages = p.total.div_ceil(p.per_page.max(1));
                            view! {
                                <ul class="notif-list" id="notification-list" data-testid="notification-list">
                                    {p.items
                                        .into_iter()
                                        .map(|n| view! { <NotificationItem notification=n now=now/> })
                                        .collect_view()}
                                </ul>
                                <Pager current=p.page pages=pages href=move |n| format!("{base}?page={n}")/>
                            }
                            .into_any()
                        }
                        Err(error) => view! {
                            <LoadError error=error what=i18n::NOTIFICATIONS_LOAD_FAILED() retry=Callback::new(move |()| list.refetch())/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// One notification (`data-testid="notification-item"`, `data-read`): a link
/// when it has somewhere to go, a button that only marks it read otherwise.
#[component]
fn NotificationItem(notification: Notification, now: ReadSignal<f64>) -> impl IntoView {
    let auth = use_auth();
    let live = use_live();
    let n = notification;
    let id = n.id;
    let read = RwSignal::new(n.read);
    let link = n.link.as_deref().and_then(safe_next);
    let at = n.created_at;
    let mark = move || {
        if !read.get_untracked() {
            read.set(true);
            mark_read_in_background(auth, live, id);
        }
    };
    let content = view! {
        <span class="notif-dot" aria-hidden="true"></span>
        <span class="notif-text">
            <span class="notif-title">{n.title}</span>
            <span class="notif-body">{n.body}</span>
            <time class="notif-time" datetime=at.to_rfc3339() title=i18n::format_datetime(at)>
                {move || i18n::time_ago(at, instant(now.get()))}
            </time>
        </span>
        {move || (!read.get()).then(|| view! { <span class="visually-hidden">{i18n::UNREAD()}</span> })}
    };
    view! {
        <li
            class="notif-item"
            class:unread=move || !read.get()
            data-testid="notification-item"
            data-notification-id=id.to_string()
            data-kind=n.kind.as_str()
            data-read=move || read.get().to_string()
        >
            {match link {
                Some(href) => view! {
                    <a class="notif-link" href=href on:click=move |_| mark()>{content}</a>
                }
                .into_any(),
                None => view! {
                    <button type="button" class="notif-link" on:click=move |_| mark()>{content}</button>
                }
                .into_any(),
            }}
        </li>
    }
}

#[component]
fn NotificationsSkeleton() -> impl IntoView {
    view! {
        <ul class="notif-list" aria-busy="true">
            {(0..4).map(|_| view! { <li class="notif-item notif-skeleton"><Skeleton lines=2/></li> }).collect_view()}
        </ul>
    }
}

#[component]
fn NoNotifications() -> impl IntoView {
    view! {
        <div class="empty-state" data-testid="notifications-empty">
            <span class="empty-art notif-empty-art"><BellIcon/></span>
            <h2>{i18n::NOTIFICATIONS_EMPTY()}</h2>
            <p>{i18n::NOTIFICATIONS_EMPTY_TEXT()}</p>
        </div>
    }
}
