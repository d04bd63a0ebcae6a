//! The conversation between a client and the studio, one component for both
//! sides: the messages as bubbles with day separators and delivery status,
//! older history loaded when scrolling to the top, live messages and read
//! marks from the socket, a catch-up after every reconnect, and the
//! composer. Plus the unread badge of the navigation.
//!
//! Bodies are user text: they are only ever rendered as text nodes.

pub mod model;

use std::time::Duration;

use chrono::Utc;
use leptos::ev::{KeyboardEvent, SubmitEvent};
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::chat::{check_body, ChatBookingRef, BODY_MAX};
use shared::ErrorCode;
use uuid::Uuid;

use self::model::{Bubble, Delivery, Pending, Row, Thread, Viewer};
use super::clock::{instant, use_now_every};
use super::notifications::badge_text;
use super::{LoadError, Spinner};
use crate::api::bookings::BookingFilter;
use crate::api::chat::{Slice, PAGE_MAX};
use crate::api::{self, ApiError};
use crate::i18n;
use crate::state::live::ChatUpdate;
use crate::state::{on_chat, use_auth, use_live};

/// Messages per page when opening and when scrolling up.
const PAGE: u32 = 30;
/// Enough catch-up pages for any real gap without looping forever.
const CATCH_UP_PAGES: u32 = 20;
/// This close to the top loads older messages; this close to the bottom,
/// new ones scroll into view.
const EDGE_PX: i32 = 80;

/// What to tell the writer when a message did not go out, and what to do.
pub fn send_error(err: &ApiError) -> String {
    match err {
        ApiError::Network => i18n::CHAT_SEND_NETWORK().to_owned(),
        _ => match err.code() {
            Some(ErrorCode::RateLimited) => i18n::CHAT_TOO_FAST().to_owned(),
            Some(ErrorCode::NotFound) => i18n::CHAT_NOT_FOUND().to_owned(),
            Some(ErrorCode::ValidationFailed) => {
                format!("{} {}", err.message(), i18n::CHAT_FIX_AND_RESEND())
            }
            _ => format!("{} {}", err.message(), i18n::CHAT_SEND_FAILED_TAIL()),
        },
    }
}

/// `12 / 4000`: characters typed against the limit.
pub fn counter_text(chars: usize) -> String {
    format!("{chars} / {BODY_MAX}")
}

/// The conversation of client `client_id`, seen by the client (`studio`
/// false) or by a crew member answering as the studio.
#[component]
pub fn Conversation(client_id: Uuid, studio: bool) -> impl IntoView {
    let auth = use_auth();
    let live = use_live();
    let thread = RwSignal::new(Thread::default());
    let load_error = RwSignal::new(None::<ApiError>);
    let older_error = RwSignal::new(None::<String>);
    let loading_older = RwSignal::new(false);
    let list = NodeRef::<Div>::new();
    let viewer = Memo::new(move |_| Viewer {
        studio,
        name: auth.user().map(|u| u.full_name).unwrap_or_default(),
    });
    let now = use_now_every(Duration::from_secs(60));
    let today = Memo::new(move |_| i18n::wib(instant(now.get())).date());

    // Marks the other side's messages read while the page is in sight.
    let mark_read = move || {
        if document().hidden() {
            return;
        }
        let Some(through) = thread
            .try_with_untracked(|t| t.unread_through(studio))
            .flatten()
        else {
            return;
        };
        thread.try_update(|t| t.mark_read_by(studio, through));
        spawn_local(async move {
            if let Ok(count) = api::chat::mark_read(auth, client_id, Some(through)).await {
                live.set_chat_unread(count.unread);
            }
        });
    };

    let load = move || {
        load_error.set(None);
        spawn_local(async move {
            match api::chat::messages(auth, client_id, Slice::Latest, PAGE).await {
                Ok(page) => {
                    if thread.try_update(|t| t.take_latest(page)).is_some() {
                        scroll_to_bottom(list);
                        mark_read();
                    }
                }
                Err(err) => {
                    let _ = load_error.try_set(Some(err));
                }
            }
        });
    };
    load();

    // Scrolling up: the page before the first message, the view kept still.
    let load_older = move || {
        let ready = thread
            .try_with_untracked(|t| t.loaded && t.older)
            .unwrap_or(false);
        if !ready || loading_older.get_untracked() {
            return;
        }
        let Some(before) = thread.with_untracked(Thread::first_seq) else {
            return;
        };
        loading_older.set(true);
        older_error.set(None);
        spawn_local(async move {
            let result = api::chat::messages(auth, client_id, Slice::Before(before), PAGE).await;
            let (height, top) = list
                .get_untracked()
                .map(|el| (el.scroll_height(), el.scroll_top()))
                .unwrap_or_default();
            match result {
                Ok(page) => {
                    thread.try_update(|t| t.take_older(page));
                    request_animation_frame(move || {
                        if let Some(el) = list.get_untracked() {
                            el.set_scroll_top(el.scroll_height() - height + top);
                        }
                    });
                }
                Err(err) => {
                    let _ = older_error.try_set(Some(format!(
                        "{} {}",
                        i18n::CHAT_OLDER_FAILED(),
                        err.message()
                    )));
                }
            }
            let _ = loading_older.try_set(false);
        });
    };

    // After a reconnect (or a poll): whatever came after the newest message
    // shown. One catch-up at a time; a request meanwhile runs it once more.
    let catching_up = StoredValue::new((false, false));
    let catch_up = move || {
        if !thread.try_with_untracked(|t| t.loaded).unwrap_or(false) {
            return;
        }
        let busy = catching_up
            .try_update_value(|(running, again)| {
                if *running {
                    *again = true;
                }
                std::mem::replace(running, true)
            })
            .unwrap_or(true);
        if busy {
            return;
        }
        spawn_local(async move {
            loop {
                let stick = near_bottom(list);
                let mut new = 0;
                for _ in 0..CATCH_UP_PAGES {
                    let Some(after) = thread.try_with_untracked(|t| t.cursor) else {
                        return;
                    };
                    let Ok(page) =
                        api::chat::messages(auth, client_id, Slice::After(after), PAGE_MAX).await
                    else {
                        break;
                    };
                    let more = page.more;
                    new += thread.try_update(|t| t.take_newer(page)).unwrap_or(0);
                    if !more {
                        break;
                    }
                }
                if new > 0 {
                    if stick {
                        scroll_to_bottom(list);
                    }
                    mark_read();
                }
                let again = catching_up.try_update_value(|(running, again)| {
                    *running = std::mem::take(again);
                    *running
                });
                if again != Some(true) {
                    return;
                }
            }
        });
    };

    on_chat(move |update| {
        if !update.concerns(client_id) {
            return;
        }
        match update {
            ChatUpdate::Message(message) => {
                let theirs = message.from_studio != studio;
                let stick = !theirs || near_bottom(list);
                if thread.try_update(|t| t.insert(message)) == Some(true) {
                    if stick {
                        scroll_to_bottom(list);
                    }
                    if theirs {
                        mark_read();
                    }
                }
            }
            ChatUpdate::Read(read) => {
                thread.try_update(|t| t.apply_read(read));
            }
            ChatUpdate::Resync => catch_up(),
        }
    });

    // The server sends no chat notification for a conversation on screen.
    if !document().hidden() {
        live.watch(client_id);
    }
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        if document().hidden() {
            live.unwatch(client_id);
        } else {
            live.watch(client_id);
            mark_read();
        }
    });
    on_cleanup(move || {
        visibility.remove();
        live.unwatch(client_id);
    });

    let deliver = Callback::new(move |key: Uuid| {
        let Some(request) = thread.try_with_untracked(|t| t.request_for(key)).flatten() else {
            return;
        };
        spawn_local(async move {
            match api::chat::send(auth, client_id, &request).await {
                Ok(message) => {
                    thread.try_update(|t| t.insert(message));
                }
                Err(err) => {
                    thread.try_update(|t| t.fail(key, send_error(&err)));
                }
            }
        });
    });
    let resend = Callback::new(move |key: Uuid| {
        if thread.try_update(|t| t.retry(key)) == Some(true) {
            deliver.run(key);
        }
    });
    let compose = Callback::new(move |(body, booking): (String, Option<ChatBookingRef>)| {
        let key = Uuid::new_v4();
        thread.update(|t| {
            t.add_pending(Pending {
                client_key: key,
                body,
                booking,
                created_at: Utc::now(),
                error: None,
            });
        });
        scroll_to_bottom(list);
        deliver.run(key);
    });

    let rows = move || thread.with(|t| t.rows(&viewer.get(), today.get()));
    let is_empty = move || thread.with(|t| t.loaded && t.is_empty());
    let is_loading = move || thread.with(|t| !t.loaded) && load_error.with(Option::is_none);
    let show_older = move || thread.with(|t| t.loaded && t.older);

    view! {
        <div class="chat" data-testid="chat" data-client-id=client_id.to_string()>
            <div class="chat-thread">
                {move || loading_older.get().then(|| view! {
                    <div class="chat-older-loading" role="status" data-testid="chat-loading-older">
                        <Spinner/><span>{i18n::CHAT_LOADING_OLDER()}</span>
                    </div>
                })}
                <div
                    id="chat-messages"
                    class="chat-messages"
                    data-testid="chat-messages"
                    node_ref=list
                    role="log"
                    aria-live="polite"
                    aria-label=i18n::CHAT_MESSAGES_LABEL()
                    aria-busy=move || is_loading().to_string()
                    tabindex="0"
                    on:scroll=move |_| {
                        if list.get_untracked().is_some_and(|el| el.scroll_top() < EDGE_PX) {
                            load_older();
                        }
                    }
                >
                    {move || show_older().then(|| view! {
                        <div class="chat-older">
                            <button
                                type="button"
                                class="btn btn-ghost btn-small"
                                data-testid="chat-load-older"
                                disabled=move || loading_older.get()
                                on:click=move |_| load_older()
                            >
                                {i18n::CHAT_LOAD_OLDER()}
                            </button>
                        </div>
                    })}
                    {move || older_error.get().map(|text| view! {
                        <p class="chat-older-error" role="alert">{text}</p>
                    })}
                    {move || is_loading().then(|| view! {
                        <div class="chat-loading" data-testid="chat-loading"><Spinner/><span>{i18n::LOADING()}</span></div>
                    })}
                    {move || load_error.get().map(|error| view! {
                        <div class="chat-load-error">
                            <LoadError error=error what=i18n::CHAT_LOAD_FAILED() retry=Callback::new(move |()| load())/>
                        </div>
                    })}
                    {move || is_empty().then(|| view! {
                        <div class="chat-empty" data-testid="chat-empty">
                            <ChatIcon/>
                            <p>{if studio { i18n::CHAT_EMPTY_STUDIO() } else { i18n::CHAT_EMPTY_CLIENT() }}</p>
                        </div>
                    })}
                    <For
                        each=rows
                        key=Row::key
                        children=move |row| match row {
                            Row::Day { label, .. } => view! {
                                <div class="chat-day" role="separator"><span>{label}</span></div>
                            }
                            .into_any(),
                            Row::Message(bubble) => view! {
                                <ChatBubble bubble=bubble studio=studio resend=resend/>
                            }
                            .into_any(),
                        }
                    />
                </div>
            </div>
            <Composer studio=studio compose=compose/>
        </div>
    }
}

/// One message (`data-testid="chat-message"`, `data-seq`, `data-mine`,
/// `data-status`); the body is a text node (`.chat-body`), never HTML.
#[component]
fn ChatBubble(bubble: Bubble, studio: bool, resend: Callback<Uuid>) -> impl IntoView {
    let Bubble {
        id,
        seq,
        mine,
        author,
        body,
        booking,
        at,
        status,
        error,
    } = bubble;
    let booking = booking.map(|b| {
        let area = if studio { "/admin" } else { "/akun" };
        let href = format!("{area}/booking/{}", b.id);
        view! {
            <a class="chat-booking" href=href data-testid="chat-booking">
                <span class="chat-booking-label">{i18n::CHAT_BOOKING_REF()}</span>
                <span class="detail-code">{b.code}</span>
            </a>
        }
    });
    let status_view = mine.then(|| match status {
        Delivery::Failed => view! {
            <button type="button" class="chat-retry" data-testid="chat-retry" on:click=move |_| resend.run(id)>
                {status.label()}
            </button>
        }
        .into_any(),
        _ => view! { <span class="chat-status">{status.label()}</span> }.into_any(),
    });
    view! {
        <div
            class="chat-line"
            class:mine=mine
            data-testid="chat-message"
            data-seq=seq.map(|s| s.to_string())
            data-mine=mine.to_string()
            data-status=status.as_str()
        >
            <div class="chat-bubble">
                <p class="chat-author">{author}</p>
                <p class="chat-body">{body}</p>
                {booking}
                <p class="chat-meta">
                    <time datetime=at.to_rfc3339() title=i18n::format_datetime(at)>{i18n::format_time(at)}</time>
                    {status_view}
                </p>
                {error.map(|text| view! { <p class="chat-error" role="alert">{text}</p> })}
            </div>
        </div>
    }
}

/// A booking the client may point a message at.
#[derive(Debug, Clone, PartialEq)]
struct BookingChoice {
    booking: ChatBookingRef,
    label: String,
}

/// The text area (`#chat-input`; Enter sends, Shift+Enter breaks the line)
/// with its counter, the send button (`#chat-send`) and, for a client, the
/// booking to attach.
#[component]
fn Composer(
    studio: bool,
    /// Shows and sends a message: its checked body and the booking attached.
    compose: Callback<(String, Option<ChatBookingRef>)>,
) -> impl IntoView {
    let auth = use_auth();
    let draft = RwSignal::new(String::new());
    let attach = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let choices = RwSignal::new(Vec::<BookingChoice>::new());
    if !studio {
        spawn_local(async move {
            let filter = BookingFilter {
                page: 1,
                per_page: 100,
                ..BookingFilter::default()
            };
            if let Ok(page) = api::bookings::list(auth, filter).await {
                let list = page
                    .items
                    .into_iter()
                    .map(|b| BookingChoice {
                        label: format!(
                            "{} · {} · {}",
                            b.code,
                            b.package.name,
                            i18n::format_day(b.event_date)
                        ),
                        booking: ChatBookingRef {
                            id: b.id,
                            code: b.code,
                        },
                    })
                    .collect();
                let _ = choices.try_set(list);
            }
        });
    }

    let chars = Memo::new(move |_| draft.with(|d| d.trim().chars().count()));
    let can_send = move || {
        let n = chars.get();
        n > 0 && n <= BODY_MAX
    };
    let send = move || {
        let body = match check_body(&draft.get_untracked()) {
            Ok(body) => body,
            Err(why) => {
                error.set(Some(why.to_owned()));
                return;
            }
        };
        error.set(None);
        let chosen = attach.get_untracked();
        let booking = choices.with_untracked(|c| {
            c.iter()
                .find(|c| c.booking.id.to_string() == chosen)
                .map(|c| c.booking.clone())
        });
        draft.set(String::new());
        attach.set(String::new());
        compose.run((body, booking));
    };

    view! {
        <form
            class="chat-composer"
            data-testid="chat-composer"
            on:submit=move |ev: SubmitEvent| {
                ev.prevent_default();
                send();
            }
        >
            {move || {
                let list = choices.get();
                (!list.is_empty()).then(|| view! {
                    <div class="chat-attach">
                        <label for="chat-booking">{i18n::CHAT_ATTACH_LABEL()}</label>
                        <select
                            id="chat-booking"
                            prop:value=move || attach.get()
                            on:change=move |ev| attach.set(event_target_value(&ev))
                        >
                            <option value="">{i18n::CHAT_ATTACH_NONE()}</option>
                            {list
                                .into_iter()
                                .map(|c| view! { <option value=c.booking.id.to_string()>{c.label}</option> })
                                .collect_view()}
                        </select>
                    </div>
                })
            }}
            <label class="visually-hidden" for="chat-input">{i18n::CHAT_INPUT_LABEL()}</label>
            <textarea
                id="chat-input"
                name="chat-input"
                rows="2"
                placeholder=i18n::CHAT_INPUT_PLACEHOLDER()
                aria-describedby="chat-input-hint chat-input-error"
                aria-invalid=move || { (chars.get() > BODY_MAX || error.with(Option::is_some)).to_string() }
                prop:value=move || draft.get()
                on:input=move |ev| {
                    draft.set(event_target_value(&ev));
                    error.set(None);
                }
                on:keydown=move |ev: KeyboardEvent| {
                    if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() {
                        ev.prevent_default();
                        if can_send() {
                            send();
                        }
                    }
                }
            ></textarea>
            <div class="chat-composer-foot">
                <span id="chat-input-hint" class="chat-hint">{i18n::CHAT_INPUT_HINT()}</span>
                <span class="chat-counter" class:over=move || { chars.get() > BODY_MAX } data-testid="chat-counter">
                    {move || counter_text(chars.get())}
                </span>
                <button type="submit" id="chat-send" class="btn btn-primary btn-small" disabled=move || !can_send()>
                    <SendIcon/>
                    <span>{i18n::CHAT_SEND()}</span>
                </button>
            </div>
            <p id="chat-input-error" class="field-error" role="alert" hidden=move || error.with(Option::is_none)>
                {move || error.get()}
            </p>
        </form>
    }
}

/// The navigation badge (`#chat-badge`, `data-count`): the other side's
/// messages the user has not read.
#[component]
pub fn ChatBadge() -> impl IntoView {
    let live = use_live();
    let unread = Memo::new(move |_| live.chat_unread());
    view! {
        <span
            class="nav-count"
            id="chat-badge"
            data-testid="chat-badge"
            data-count=move || unread.get().to_string()
            aria-live="polite"
            aria-atomic="true"
        >
            {move || match unread.get() {
                0 => None,
                n => Some(view! {
                    <span aria-hidden="true">{badge_text(n)}</span>
                    <span class="visually-hidden">{format!("{n} {}", i18n::CHAT_BADGE_TAIL())}</span>
                }),
            }}
        </span>
    }
}

/// Whether the list is scrolled (nearly) to its end, or not drawn yet.
fn near_bottom(list: NodeRef<Div>) -> bool {
    list.get_untracked()
        .is_none_or(|el| el.scroll_height() - el.scroll_top() - el.client_height() < EDGE_PX)
}

/// Scrolls to the newest message once the rows are drawn.
fn scroll_to_bottom(list: NodeRef<Div>) {
    request_animation_frame(move || {
        if let Some(el) = list.get_untracked() {
            el.set_scroll_top(el.scroll_height());
        }
    });
}

#[component]
pub fn ChatIcon() -> impl IntoView {
    view! {
        <svg class="chat-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
            <path d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A2.5 2.5 0 0 1 3 13.5" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linejoin="round" stroke-linecap="round"/>
            <path d="M8 8.5h8M8 11.5h5" stroke="currentColor" stroke-width="1.7" stroke-linecap="round"/>
        </svg>
    }
}

#[component]
fn SendIcon() -> impl IntoView {
    view! {
        <svg class="btn-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <path d="M4 12l16-8-6 16-2.5-6.5z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::ErrorBody;

    #[test]
    fn a_failed_send_says_what_to_do_next() {
        let server = |status, code| ApiError::Server {
            status,
            body: ErrorBody::new(code),
        };
        assert_eq!(
            send_error(&server(429, ErrorCode::RateLimited)),
            "Terlalu cepat. Tunggu sebentar lalu kirim lagi."
        );
        assert_eq!(
            send_error(&server(404, ErrorCode::NotFound)),
            i18n::CHAT_NOT_FOUND()
        );
        assert!(send_error(&server(422, ErrorCode::ValidationFailed))
            .ends_with(i18n::CHAT_FIX_AND_RESEND()));
        assert!(
            send_error(&server(500, ErrorCode::Internal)).ends_with(i18n::CHAT_SEND_FAILED_TAIL())
        );
        assert_eq!(send_error(&ApiError::Network), i18n::CHAT_SEND_NETWORK());
    }

    #[test]
    fn the_counter_shows_the_limit() {
        assert_eq!(counter_text(0), "0 / 4000");
        assert_eq!(counter_text(4001), "4001 / 4000");
    }
}
