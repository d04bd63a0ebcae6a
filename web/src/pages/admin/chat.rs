//! `/admin/chat` (staff+): the inbox of client conversations, newest message
//! first, with a "Belum dijawab" filter and a search; and
//! `/admin/chat/:client_id`: one conversation, answered as the studio, with
//! the inbox beside it on a wide screen. Both follow the live feed.

use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use shared::chat::{preview, ConversationSummary};
use shared::{ErrorCode, Role};
use uuid::Uuid;

use super::RequireRole;
use crate::api;
use crate::api::chat::InboxFilter;
use crate::components::chat::{ChatIcon, Conversation};
use crate::components::clock::{instant, use_now_every};
use crate::components::header::initials;
use crate::components::notifications::badge_text;
use crate::components::{LoadError, Skeleton};
use crate::i18n;
use crate::pages::set_title;
use crate::state::{on_chat, use_auth};

const PER_PAGE: u64 = 20;
const INBOX: &str = "/admin/chat";
const PREVIEW_CHARS: usize = 90;
const SEARCH_DELAY: Duration = Duration::from_millis(300);

/// When an inbox row's last message came: `14.30` today, "Kemarin", else
/// the date.
pub fn inbox_time(at: DateTime<Utc>, today: NaiveDate) -> String {
    let day = i18n::wib(at).date();
    match (today - day).num_days() {
        0 => i18n::format_time(at),
        1 => i18n::CHAT_YESTERDAY().to_owned(),
        _ => i18n::format_day(day),
    }
}

/// `/admin/chat/<client id>`.
fn conversation_href(client_id: Uuid) -> String {
    format!("{INBOX}/{client_id}")
}

#[component]
pub fn AdminChatPage() -> impl IntoView {
    set_title(i18n::INBOX_TITLE());
    view! {
        <RequireRole min=Role::Staff>
            <header class="page-header">
                <p class="eyebrow">{i18n::ADMIN_OPERATIONS()}</p>
                <h1>{i18n::INBOX_TITLE()}</h1>
                <p class="lead">{i18n::INBOX_LEAD()}</p>
            </header>
            <div class="chat-layout">
                <div class="chat-layout-inbox">
                    <Inbox active=Signal::stored(None)/>
                </div>
                <section class="card chat-layout-main chat-pick" aria-hidden="true">
                    <ChatIcon/>
                    <h2>{i18n::INBOX_PICK()}</h2>
                    <p>{i18n::INBOX_PICK_TEXT()}</p>
                </section>
            </div>
        </RequireRole>
    }
}

#[component]
pub fn AdminChatConversationPage() -> impl IntoView {
    set_title(i18n::INBOX_TITLE());
    let params = use_params_map();
    let client_id = Memo::new(move |_| {
        params
            .with(|p| p.get("client_id"))
            .and_then(|s| Uuid::parse_str(&s).ok())
    });
    view! {
        <RequireRole min=Role::Staff>
            <div class="chat-layout chat-layout-open">
                <div class="chat-layout-inbox">
                    <Inbox active=client_id/>
                </div>
                <div class="chat-layout-main">
                    {move || match client_id.get() {
                        Some(id) => view! { <ConversationPanel client_id=id/> }.into_any(),
                        None => view! { <ConversationNotFound/> }.into_any(),
                    }}
                </div>
            </div>
        </RequireRole>
    }
}

/// The client's name and contacts over their conversation.
#[component]
fn ConversationPanel(client_id: Uuid) -> impl IntoView {
    let auth = use_auth();
    let summary = LocalResource::new(move || api::chat::get(auth, client_id));
    view! {
        <Transition fallback=|| view! { <section class="card"><Skeleton lines=6/></section> }>
            {move || Suspend::new(async move {
                match summary.await {
                    Ok(s) => {
                        set_title(&s.client_name);
                        view! { <ConversationCard summary=s/> }.into_any()
                    }
                    Err(err) if err.code() == Some(ErrorCode::NotFound) => {
                        view! { <ConversationNotFound/> }.into_any()
                    }
                    Err(error) => view! {
                        <LoadError error=error what=i18n::CHAT_LOAD_FAILED() retry=Callback::new(move |()| summary.refetch())/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ConversationCard(summary: ConversationSummary) -> impl IntoView {
    let bookings_href = format!(
        "/admin/booking?q={}",
        String::from(js_sys::encode_uri_component(&summary.client_email))
    );
    let contacts = [summary.client_email.clone(), summary.client_phone.clone()]
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <section class="card chat-card" data-testid="conversation">
            <header class="chat-head">
                <a class="chat-back" href=INBOX data-testid="back-to-inbox">
                    <span aria-hidden="true">"‹ "</span>{i18n::BACK_TO_INBOX()}
                </a>
                <div class="chat-head-who">
                    <span class="avatar" aria-hidden="true">{initials(&summary.client_name)}</span>
                    <div>
                        <h1 class="chat-title" data-testid="conversation-client">{summary.client_name.clone()}</h1>
                        <p class="chat-contacts">{contacts}</p>
                    </div>
                </div>
                <a class="btn btn-ghost btn-small" href=bookings_href>{i18n::CONVERSATION_CLIENT_BOOKINGS()}</a>
            </header>
            <Conversation client_id=summary.client_id studio=true/>
        </section>
    }
}

#[component]
fn ConversationNotFound() -> impl IntoView {
    view! {
        <section class="card empty-state" data-testid="conversation-not-found">
            <h1>{i18n::CONVERSATION_NOT_FOUND()}</h1>
            <p>{i18n::CONVERSATION_NOT_FOUND_TEXT()}</p>
            <a class="btn btn-primary" href=INBOX>{i18n::BACK_TO_INBOX()}</a>
        </section>
    }
}

/// The conversations, newest message first (`data-testid="conversation-row"`,
/// `data-client-id`, `data-unread`); refetched whenever a chat message or a
/// read mark arrives.
#[component]
fn Inbox(#[prop(into)] active: Signal<Option<Uuid>>) -> impl IntoView {
    let auth = use_auth();
    let unanswered = RwSignal::new(false);
    let search = RwSignal::new(String::new());
    let page = RwSignal::new(1u64);
    let filter = Memo::new(move |_| InboxFilter {
        page: page.get(),
        per_page: PER_PAGE,
        unanswered: unanswered.get(),
        q: Some(search.get()).filter(|q| !q.trim().is_empty()),
    });
    let list = LocalResource::new(move || {
        let filter = filter.get();
        async move { api::chat::list(auth, &filter).await }
    });
    on_chat(move |_| list.refetch());
    let now = use_now_every(Duration::from_secs(60));
    let today = Memo::new(move |_| i18n::wib(instant(now.get())).date());

    // Searches once typing pauses.
    let typed = StoredValue::new(0u64);
    let on_search = move |ev| {
        let value = event_target_value(&ev);
        let Some(n) = typed.try_update_value(|n| {
            *n += 1;
            *n
        }) else {
            return;
        };
        set_timeout(
            move || {
                if typed.try_get_value() == Some(n) {
                    let _ = search.try_set(value);
                    let _ = page.try_set(1);
                }
            },
            SEARCH_DELAY,
        );
    };
    let show = move |only_unanswered: bool| {
        unanswered.set(only_unanswered);
        page.set(1);
    };
    let filtered = move || unanswered.get() || !search.with(|q| q.trim().is_empty());

    view! {
        <section class="card chat-inbox" aria-label=i18n::INBOX_LABEL() data-testid="inbox">
            <div class="inbox-tools">
                <div class="tabs inbox-tabs" role="group" aria-label=i18n::INBOX_FILTER_LABEL()>
                    <button
                        type="button"
                        class="tab"
                        class:active=move || !unanswered.get()
                        aria-pressed=move || (!unanswered.get()).to_string()
                        data-testid="filter-all"
                        on:click=move |_| show(false)
                    >
                        {i18n::INBOX_ALL()}
                    </button>
                    <button
                        type="button"
                        class="tab"
                        class:active=move || unanswered.get()
                        aria-pressed=move || unanswered.get().to_string()
                        id="filter-unanswered"
                        data-testid="filter-unanswered"
                        on:click=move |_| show(true)
                    >
                        {i18n::INBOX_UNANSWERED()}
                    </button>
                </div>
                <label class="visually-hidden" for="chat-search">{i18n::INBOX_SEARCH()}</label>
                <input
                    type="search"
                    id="chat-search"
                    class="inbox-search"
                    autocomplete="off"
                    placeholder=i18n::INBOX_SEARCH_PLACEHOLDER()
                    on:input=on_search
                />
            </div>
            <Transition fallback=|| view! { <div class="inbox-skeleton"><Skeleton lines=6/></div> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(p) if p.items.is_empty() => view! {
                            <div class="empty-state inbox-empty" data-testid="inbox-empty">
                                <span class="empty-art"><ChatIcon/></span>
                                {if filtered() {
                                    view! {
                                        <h2>{i18n::INBOX_NONE_MATCH()}</h2>
                                        <p>{i18n::INBOX_NONE_MATCH_TEXT()}</p>
                                        <button type="button" class="btn btn-ghost btn-small" on:click=move |_| show(false)>
                                            {i18n::INBOX_ALL()}
                                        </button>
                                    }
                                    .into_any()
                                } else {
                                    view! {
                                        <h2>{i18n::INBOX_EMPTY()}</h2>
                                        <p>{i18n::INBOX_EMPTY_TEXT()}</p>
                                    }
                                    .into_any()
                                }}
                            </div>
                        }
                        .into_any(),
                        Ok(p) => {
                            let pages = p.total.div_ceil(p.per_page.max(1));
                            let current = p.page;
                            view! {
                                <ul class="inbox-list" id="conversation-list" data-testid="conversation-list">
                                    {p.items
                                        .into_iter()
                                        .map(|c| view! { <InboxRow summary=c active=active today=today/> })
                                        .collect_view()}
                                </ul>
                                {(pages > 1).then(|| view! {
                                    <nav class="pagination inbox-pager" aria-label=i18n::PAGINATION()>
                                        <button
                                            type="button"
                                            class="btn btn-ghost btn-small"
                                            disabled={ current <= 1 }
                                            on:click=move |_| page.update(|p| *p = p.saturating_sub(1).max(1))
                                        >
                                            {i18n::PAGE_PREV()}
                                        </button>
                                        <span>{format!("{} {current} {} {pages}", i18n::PAGE(), i18n::OF())}</span>
                                        <button
                                            type="button"
                                            class="btn btn-ghost btn-small"
                                            disabled={ current >= pages }
                                            on:click=move |_| page.update(|p| *p += 1)
                                        >
                                            {i18n::PAGE_NEXT()}
                                        </button>
                                    </nav>
                                })}
                            }
                            .into_any()
                        }
                        Err(error) => view! {
                            <div class="inbox-error">
                                <LoadError error=error what=i18n::INBOX_LOAD_FAILED() retry=Callback::new(move |()| list.refetch())/>
                            </div>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn InboxRow(
    summary: ConversationSummary,
    active: Signal<Option<Uuid>>,
    today: Memo<NaiveDate>,
) -> impl IntoView {
    let s = summary;
    let id = s.client_id;
    let unread = s.unread_by_studio;
    let unanswered = s.unanswered();
    let last = s.last_message.as_deref().map(|m| preview(m, PREVIEW_CHARS));
    let from_studio = s.last_from_studio == Some(true);
    let at = s.last_message_at;
    let is_active = move || active.get() == Some(id);
    view! {
        <li>
            <a
                class="inbox-row"
                class:unread={ unread > 0 }
                class:active=is_active
                aria-current=move || is_active().then_some("page")
                href=conversation_href(id)
                data-testid="conversation-row"
                data-client-id=id.to_string()
                data-unread=unread.to_string()
                data-unanswered=unanswered.to_string()
            >
                <span class="avatar" aria-hidden="true">{initials(&s.client_name)}</span>
                <span class="inbox-main">
                    <span class="inbox-name">{s.client_name.clone()}</span>
                    <span class="inbox-preview">
                        {match last {
                            Some(text) => view! {
                                {from_studio.then(|| view! { <span class="inbox-you">{i18n::INBOX_STUDIO_PREFIX()}" "</span> })}
                                {text}
                            }
                            .into_any(),
                            None => view! { <em>{i18n::INBOX_NO_MESSAGE()}</em> }.into_any(),
                        }}
                    </span>
                </span>
                <span class="inbox-side">
                    {at.map(|at| view! {
                        <time datetime=at.to_rfc3339() title=i18n::format_datetime(at)>
                            {move || inbox_time(at, today.get())}
                        </time>
                    })}
                    {(unread > 0).then(|| view! {
                        <span class="inbox-unread" data-testid="conversation-unread">
                            <span aria-hidden="true">{badge_text(unread)}</span>
                            <span class="visually-hidden">{format!("{unread} {}", i18n::INBOX_UNREAD_TAIL())}</span>
                        </span>
                    })}
                    {(unanswered && unread == 0).then(|| view! {
                        <span class="inbox-waiting">{i18n::INBOX_UNANSWERED()}</span>
                    })}
                </span>
            </a>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inbox_times_read_as_the_time_today_then_yesterday_then_the_date() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        assert_eq!(inbox_time(at("2026-12-09T07:30:00Z"), today), "14.30");
        // 23.10 WIB on the 8th.
        assert_eq!(inbox_time(at("2026-12-08T16:10:00Z"), today), "Kemarin");
        assert_eq!(
            inbox_time(at("2026-11-30T03:00:00Z"), today),
            "30 November 2026"
        );
    }

    #[test]
    fn a_row_links_to_its_conversation() {
        assert_eq!(
            conversation_href(Uuid::nil()),
            "/admin/chat/00000000-0000-0000-0000-000000000000"
        );
    }
}
