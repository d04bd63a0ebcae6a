//! The live connection of a signed-in tab: exactly one WebSocket to
//! `/api/v1/ws`, reconnected with backoff and resumed after the last event
//! seen; polling `/api/v1/events` when no socket can be opened. Views read the
//! unread count and the toasts from [`LiveState`]; pages subscribe to booking
//! changes ([`on_booking_update`]) and notification changes
//! ([`on_notifications_change`]) to refetch what they show, and the chat
//! to its messages ([`on_chat`]). Subscriptions, not a "latest change"
//! signal: a replay delivers several changes at once, and a signal would pass
//! on only the last.
//!
//! The socket also carries the tab's own commands: which conversation is
//! open on screen ([`LiveState::watch`]), sent again after every reconnect.

use std::pin::pin;
use std::time::Duration;

use futures::channel::mpsc::{self, UnboundedReceiver, UnboundedSender};
use futures::future::{self, abortable, AbortHandle, Either};
use futures::StreamExt;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::chat::{ChatMessage, ChatRead, SocketCommand};
use shared::notification::{BookingChange, LiveEvent, LiveKind, Notification};
use uuid::Uuid;

use super::auth::now_ms;
use super::AuthState;
use crate::api::live::{Socket, CLOSE_TOKEN_EXPIRED};
use crate::api::{self, ApiError};

/// Failed handshakes in a row, with the server answering HTTP meanwhile,
/// before falling back to polling.
const FALLBACK_AFTER: u32 = 3;
const POLL_EVERY: Duration = Duration::from_secs(15);
/// While polling, try the socket again after this many polls (2 minutes).
const SOCKET_RETRY_POLLS: u32 = 8;
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// A socket that stayed open this long starts the backoff over; one that
/// opens and drops at once keeps backing off.
const STABLE_MS: f64 = 30_000.0;
const FEED_PAGE: u64 = 100;
/// Enough pages to catch up on any real history without looping forever.
const MAX_FEED_PAGES: u32 = 1000;
const MAX_TOASTS: usize = 3;
const TOAST_MS: u64 = 8_000;

/// How the tab hears about changes right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiveMode {
    /// Signed out.
    Off,
    /// Opening the socket, or waiting to reopen it.
    Connecting,
    /// The socket is open.
    Socket,
    /// No socket could be opened: polling `/events` every 15 s.
    Polling,
}

impl LiveMode {
    /// `data-live` value for the end-to-end tests.
    pub fn as_str(self) -> &'static str {
        match self {
            LiveMode::Off => "off",
            LiveMode::Connecting => "connecting",
            LiveMode::Socket => "socket",
            LiveMode::Polling => "polling",
        }
    }
}

/// Reconnect delays: 1 s, 2 s, 4 s … at most 30 s.
#[derive(Debug, Default)]
pub struct Backoff {
    attempt: u32,
}

impl Backoff {
    const MAX_SECS: u64 = 30;

    pub fn next_delay(&mut self) -> Duration {
        let secs = 1u64
            .checked_shl(self.attempt)
            .map_or(Self::MAX_SECS, |s| s.min(Self::MAX_SECS));
        self.attempt = self.attempt.saturating_add(1);
        Duration::from_secs(secs)
    }

    pub fn reset(&mut self) {
        self.attempt = 0;
    }
}

/// The last `seq` taken in: events at or below it are repeats (a replay
/// after reconnecting overlaps what was already seen).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Cursor(Option<i64>);

impl Cursor {
    pub fn get(self) -> Option<i64> {
        self.0
    }

    /// Takes `seq` in when it is new.
    pub fn admit(&mut self, seq: i64) -> bool {
        if self.0.is_some_and(|last| seq <= last) {
            return false;
        }
        self.0 = Some(seq);
        true
    }

    /// Moves to the feed's cursor, never back.
    pub fn advance_to(&mut self, seq: i64) {
        self.0 = Some(self.0.map_or(seq, |last| last.max(seq)));
    }
}

/// What a page that shows bookings hears.
#[derive(Debug, Clone, PartialEq)]
pub enum BookingUpdate {
    /// One booking changed.
    Changed(BookingChange),
    /// Changes may have been missed (reconnected without a cursor): refetch.
    Resync,
}

impl BookingUpdate {
    /// Whether a page showing booking `id` should refetch.
    pub fn concerns(&self, id: Uuid) -> bool {
        match self {
            BookingUpdate::Changed(change) => change.booking_id == id,
            BookingUpdate::Resync => true,
        }
    }
}

/// What an open conversation hears.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatUpdate {
    /// A new message, in any conversation the user may see.
    Message(ChatMessage),
    /// One side read the other's messages.
    Read(ChatRead),
    /// The socket (re)opened, or a poll ran: messages may have been missed,
    /// catch up after the last one shown.
    Resync,
}

impl ChatUpdate {
    /// Whether the conversation of client `client_id` should take it in.
    pub fn concerns(&self, client_id: Uuid) -> bool {
        match self {
            ChatUpdate::Message(m) => m.client_id == client_id,
            ChatUpdate::Read(r) => r.client_id == client_id,
            ChatUpdate::Resync => true,
        }
    }
}

/// A new notification shown briefly over the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    pub id: u64,
    pub notification: Notification,
}

struct Subscribers<T: 'static> {
    next: u64,
    list: Vec<(u64, Callback<T>)>,
}

impl<T: 'static> Default for Subscribers<T> {
    fn default() -> Self {
        Subscribers {
            next: 0,
            list: Vec::new(),
        }
    }
}

#[derive(Default)]
struct Inner {
    cursor: Cursor,
    /// Bumped whenever the unread count is set from a fresher source than a
    /// REST answer already on its way (an event, a sign-out).
    unread_epoch: u64,
    /// The running connection; aborting it drops (closes) the socket.
    task: Option<AbortHandle>,
    next_toast: u64,
    /// A socket was open before: a reconnect without a cursor may have
    /// missed changes.
    was_connected: bool,
    /// Bumped for every chat badge count asked for or set, so only the
    /// newest answer lands.
    chat_epoch: u64,
    /// Commands for the open socket, if one is open.
    outbox: Option<UnboundedSender<SocketCommand>>,
}

/// The tab's live state (`Copy`); provided once by [`provide_live`].
#[derive(Debug, Clone, Copy)]
pub struct LiveState {
    auth: AuthState,
    unread: RwSignal<u64>,
    /// Unread chat messages (the other side's) for the navigation badge.
    chat_unread: RwSignal<u64>,
    mode: RwSignal<LiveMode>,
    toasts: RwSignal<Vec<Toast>>,
    booking_subs: StoredValue<Subscribers<BookingUpdate>>,
    notification_subs: StoredValue<Subscribers<()>>,
    chat_subs: StoredValue<Subscribers<ChatUpdate>>,
    /// The conversation open on screen: a page's wish, kept across
    /// reconnects (and told to every new socket).
    watching: StoredValue<Option<Uuid>>,
    inner: StoredValue<Inner>,
}

/// Creates the live state and provides it as context; connects while someone
/// is signed in, and closes the socket when they sign out (or another user
/// signs in, in this tab or another).
pub fn provide_live(auth: AuthState) -> LiveState {
    let live = LiveState {
        auth,
        unread: RwSignal::new(0),
        chat_unread: RwSignal::new(0),
        mode: RwSignal::new(LiveMode::Off),
        toasts: RwSignal::new(Vec::new()),
        booking_subs: StoredValue::new(Subscribers::default()),
        notification_subs: StoredValue::new(Subscribers::default()),
        chat_subs: StoredValue::new(Subscribers::default()),
        watching: StoredValue::new(None),
        inner: StoredValue::new(Inner::default()),
    };
    provide_context(live);
    let user_id = Memo::new(move |_| auth.user().map(|u| u.id));
    Effect::new(move |_| {
        let signed_in = user_id.get().is_some();
        live.stop();
        if signed_in {
            live.start(auth);
        }
    });
    live
}

pub fn use_live() -> LiveState {
    expect_context::<LiveState>()
}

/// Calls `f` for every booking change while the calling component lives.
pub fn on_booking_update(f: impl Fn(BookingUpdate) + Send + Sync + 'static) {
    if let Some(live) = use_context::<LiveState>() {
        let id = subscribe(live.booking_subs, Callback::new(f));
        on_cleanup(move || unsubscribe(live.booking_subs, id));
    }
}

/// Calls `f` when a notification arrives or the unread count changes
/// elsewhere, while the calling component lives.
pub fn on_notifications_change(f: impl Fn() + Send + Sync + 'static) {
    if let Some(live) = use_context::<LiveState>() {
        let id = subscribe(live.notification_subs, Callback::new(move |()| f()));
        on_cleanup(move || unsubscribe(live.notification_subs, id));
    }
}

/// Calls `f` for every chat message, read mark and reconnect while the
/// calling component lives.
pub fn on_chat(f: impl Fn(ChatUpdate) + Send + Sync + 'static) {
    if let Some(live) = use_context::<LiveState>() {
        let id = subscribe(live.chat_subs, Callback::new(f));
        on_cleanup(move || unsubscribe(live.chat_subs, id));
    }
}

fn subscribe<T: 'static>(subs: StoredValue<Subscribers<T>>, callback: Callback<T>) -> u64 {
    subs.try_update_value(|s| {
        let id = s.next;
        s.next += 1;
        s.list.push((id, callback));
        id
    })
    .unwrap_or_default()
}

fn unsubscribe<T: 'static>(subs: StoredValue<Subscribers<T>>, id: u64) {
    subs.try_update_value(|s| s.list.retain(|(i, _)| *i != id));
}

/// Runs every subscriber; they may (un)subscribe meanwhile, so the list is
/// copied first.
fn emit<T: Clone + 'static>(subs: StoredValue<Subscribers<T>>, value: &T) {
    let callbacks: Vec<Callback<T>> = subs
        .try_with_value(|s| s.list.iter().map(|(_, c)| *c).collect())
        .unwrap_or_default();
    for callback in callbacks {
        callback.try_run(value.clone());
    }
}

impl LiveState {
    /// Unread notifications of the signed-in user (tracked).
    pub fn unread(&self) -> u64 {
        self.unread.get()
    }

    /// The unread count a REST answer just reported (marking read).
    pub fn set_unread(&self, unread: u64) {
        self.bump_epoch();
        self.unread.set(unread);
    }

    /// Unread chat messages of the other side (tracked): the chat badge.
    pub fn chat_unread(&self) -> u64 {
        self.chat_unread.get()
    }

    /// The chat unread count a REST answer just reported (marking read).
    pub fn set_chat_unread(&self, unread: u64) {
        self.inner.try_update_value(|i| i.chat_epoch += 1);
        self.chat_unread.set(unread);
    }

    /// Tells the server that the conversation of client `client_id` is open
    /// on screen (so it sends no chat notification for it). Told again to
    /// every new socket until [`LiveState::unwatch`].
    pub fn watch(&self, client_id: Uuid) {
        self.set_watching(Some(client_id));
    }

    /// The conversation of client `client_id` left the screen. A no-op when
    /// another one is watched meanwhile (a page opened before this one's
    /// cleanup ran).
    pub fn unwatch(&self, client_id: Uuid) {
        if self.watching.try_get_value().flatten() == Some(client_id) {
            self.set_watching(None);
        }
    }

    fn set_watching(&self, client_id: Option<Uuid>) {
        let changed = self
            .watching
            .try_update_value(|w| std::mem::replace(w, client_id) != client_id)
            .unwrap_or(false);
        if changed {
            self.send_command(watch_command(client_id));
        }
    }

    /// Sends `command` over the open socket; without one it is dropped, and
    /// the next socket is told the current wish when it opens.
    fn send_command(&self, command: SocketCommand) {
        self.inner.try_with_value(|i| {
            if let Some(outbox) = &i.outbox {
                let _ = outbox.unbounded_send(command);
            }
        });
    }

    /// How the tab is connected (tracked).
    pub fn mode(&self) -> LiveMode {
        self.mode.get()
    }

    /// The toasts to show now (tracked).
    pub fn toasts(&self) -> Vec<Toast> {
        self.toasts.get()
    }

    pub fn dismiss_toast(&self, id: u64) {
        self.toasts.try_update(|t| t.retain(|toast| toast.id != id));
    }

    fn cursor(&self) -> Option<i64> {
        self.inner.try_with_value(|i| i.cursor.get()).flatten()
    }

    fn epoch(&self) -> u64 {
        self.inner
            .try_with_value(|i| i.unread_epoch)
            .unwrap_or_default()
    }

    fn bump_epoch(&self) {
        self.inner.try_update_value(|i| i.unread_epoch += 1);
    }

    fn start(&self, auth: AuthState) {
        let live = *self;
        let (task, handle) = abortable(run(live, auth));
        self.inner.update_value(|i| i.task = Some(handle));
        spawn_local(async move {
            let _ = task.await;
        });
    }

    /// Ends the connection (closing the socket) and forgets the user's state.
    fn stop(&self) {
        if let Some(task) = self
            .inner
            .try_update_value(|i| {
                let task = i.task.take();
                *i = Inner {
                    unread_epoch: i.unread_epoch + 1,
                    chat_epoch: i.chat_epoch + 1,
                    next_toast: i.next_toast,
                    ..Inner::default()
                };
                task
            })
            .flatten()
        {
            task.abort();
        }
        self.mode.set(LiveMode::Off);
        self.unread.set(0);
        self.chat_unread.set(0);
        self.toasts.set(Vec::new());
    }

    /// Takes one event in. `quiet` catches up on history without telling
    /// anyone (the first poll without a cursor).
    fn apply(&self, event: LiveEvent, quiet: bool) {
        let fresh = self
            .inner
            .try_update_value(|i| i.cursor.admit(event.seq))
            .unwrap_or(false);
        if !fresh || quiet {
            return;
        }
        if let Some(unread) = event.unread {
            self.bump_epoch();
            let changed = self.unread.get_untracked() != unread;
            self.unread.set(unread);
            if event.kind == LiveKind::Unread && changed {
                emit(self.notification_subs, &());
            }
        }
        match event.kind {
            LiveKind::Booking => {
                if let Some(change) = event.booking {
                    emit(self.booking_subs, &BookingUpdate::Changed(change));
                }
            }
            LiveKind::Notification => {
                if let Some(notification) = event.notification {
                    self.toast(notification);
                    emit(self.notification_subs, &());
                }
            }
            LiveKind::Unread => {}
            LiveKind::Chat => {
                if let Some(message) = event.chat {
                    emit(self.chat_subs, &ChatUpdate::Message(message));
                    self.refresh_chat_unread_later();
                }
            }
            LiveKind::ChatRead => {
                if let Some(read) = event.chat_read {
                    emit(self.chat_subs, &ChatUpdate::Read(read));
                    self.refresh_chat_unread_later();
                }
            }
        }
    }

    fn toast(&self, notification: Notification) {
        let id = self
            .inner
            .try_update_value(|i| {
                i.next_toast += 1;
                i.next_toast
            })
            .unwrap_or_default();
        self.toasts.update(|t| {
            t.push(Toast { id, notification });
            let extra = t.len().saturating_sub(MAX_TOASTS);
            t.drain(..extra);
        });
        let live = *self;
        set_timeout(
            move || live.dismiss_toast(id),
            Duration::from_millis(TOAST_MS),
        );
    }

    /// Sets the unread count from the server, unless an event said more
    /// recently what it is.
    async fn refresh_unread(&self, auth: AuthState) -> Result<(), ApiError> {
        let epoch = self.epoch();
        let count = api::notifications::unread_count(auth).await?;
        if self.epoch() == epoch {
            self.unread.set(count.unread);
        }
        Ok(())
    }

    fn refresh_unread_later(&self, auth: AuthState) {
        let live = *self;
        spawn_local(async move {
            let _ = live.refresh_unread(auth).await;
        });
        self.refresh_chat_unread_later();
    }

    /// Asks for the chat badge count; an answer overtaken by a newer
    /// question (or a count set meanwhile) is dropped.
    fn refresh_chat_unread_later(&self) {
        let live = *self;
        let Some(epoch) = self.inner.try_update_value(|i| {
            i.chat_epoch += 1;
            i.chat_epoch
        }) else {
            return;
        };
        spawn_local(async move {
            if let Ok(count) = api::chat::unread(live.auth).await {
                let current = live.inner.try_with_value(|i| i.chat_epoch);
                if current == Some(epoch) {
                    let _ = live.chat_unread.try_set(count.unread);
                }
            }
        });
    }

    /// Tells the pages to refetch after a gap that no cursor can replay.
    fn resync(&self) {
        emit(self.booking_subs, &BookingUpdate::Resync);
        emit(self.notification_subs, &());
    }
}

/// How one socket connection ended.
enum Outcome {
    /// The handshake failed: server down, socket blocked, or token refused.
    NotOpened,
    /// The server closed the socket, open for `lasted_ms`, because the token
    /// expired.
    TokenExpired { lasted_ms: f64 },
    /// The socket was open, for `lasted_ms`, and dropped.
    Dropped { lasted_ms: f64 },
}

/// The connection for one signed-in user; aborted (dropping the socket) on
/// sign-out. Returns when the session has ended.
async fn run(live: LiveState, auth: AuthState) {
    live.mode.set(LiveMode::Connecting);
    live.refresh_unread_later(auth);
    let mut backoff = Backoff::default();
    let mut failures = 0u32;
    let mut renewed: Option<String> = None;
    loop {
        if failures >= FALLBACK_AFTER {
            if poll_for_a_while(live, auth).await.is_err() {
                return;
            }
            // One more failed handshake sends us back to polling.
            failures = FALLBACK_AFTER - 1;
            live.mode.set(LiveMode::Connecting);
        }
        let token = match renewed.take() {
            Some(token) => token,
            None => match api::live::socket_token(auth).await {
                Ok(token) => token,
                Err(ApiError::SessionExpired) => return,
                Err(_) => {
                    gloo_timers::future::sleep(backoff.next_delay()).await;
                    continue;
                }
            },
        };
        match connect(live, auth, &token).await {
            Outcome::NotOpened => {
                // The browser cannot tell a refused token from a server that
                // is down: an authed call renews a refused token (or ends a
                // dead session), and refreshes the count meanwhile.
                match live.refresh_unread(auth).await {
                    Err(ApiError::SessionExpired) => return,
                    // Unreachable (offline, restarting): polling would fail
                    // too, so keep trying the socket, backing off.
                    Err(ApiError::Network) => {}
                    // The server answers, but no socket opens (a proxy that
                    // drops WebSockets): after a few tries, poll.
                    _ => failures += 1,
                }
                if failures < FALLBACK_AFTER {
                    gloo_timers::future::sleep(backoff.next_delay()).await;
                }
            }
            Outcome::TokenExpired { lasted_ms } => {
                failures = 0;
                // Normally the token simply ran out: reconnect at once. A
                // server that keeps refusing fresh tokens gets backed off.
                if lasted_ms >= STABLE_MS {
                    backoff.reset();
                } else {
                    gloo_timers::future::sleep(backoff.next_delay()).await;
                }
                match api::live::renew_token(auth, &token).await {
                    Ok(token) => renewed = Some(token),
                    Err(ApiError::SessionExpired) => return,
                    Err(_) => gloo_timers::future::sleep(backoff.next_delay()).await,
                }
            }
            Outcome::Dropped { lasted_ms } => {
                failures = 0;
                live.mode.set(LiveMode::Connecting);
                if lasted_ms >= STABLE_MS {
                    backoff.reset();
                }
                gloo_timers::future::sleep(backoff.next_delay()).await;
            }
        }
    }
}

/// Opens the socket (resuming after the cursor) and reads it until it closes.
async fn connect(live: LiveState, auth: AuthState, token: &str) -> Outcome {
    let Ok(mut socket) = Socket::open(token, live.cursor()) else {
        return Outcome::NotOpened;
    };
    if !socket.handshake(HANDSHAKE_TIMEOUT).await {
        return Outcome::NotOpened;
    }
    let opened_at = now_ms();
    live.mode.set(LiveMode::Socket);
    let gap = live
        .inner
        .try_update_value(|i| {
            let gap = i.was_connected && i.cursor.get().is_none();
            i.was_connected = true;
            gap
        })
        .unwrap_or(false);
    if gap {
        live.resync();
    }
    live.refresh_unread_later(auth);
    // This socket has not heard which conversation is open: tell it.
    let (outbox, commands) = mpsc::unbounded();
    live.inner.try_update_value(|i| i.outbox = Some(outbox));
    if let Some(client_id) = live.watching.try_get_value().flatten() {
        socket.send(&SocketCommand::Watch { client_id }).await;
    }
    emit(live.chat_subs, &ChatUpdate::Resync);
    read_and_write(live, &mut socket, commands).await;
    live.inner.try_update_value(|i| i.outbox = None);
    let lasted_ms = now_ms() - opened_at;
    if socket.close_code() == Some(CLOSE_TOKEN_EXPIRED) {
        Outcome::TokenExpired { lasted_ms }
    } else {
        Outcome::Dropped { lasted_ms }
    }
}

/// Takes the socket's events in and sends the tab's commands until the
/// socket closes.
async fn read_and_write(
    live: LiveState,
    socket: &mut Socket,
    commands: UnboundedReceiver<SocketCommand>,
) {
    let mut commands = Some(commands);
    loop {
        // Reading is cancel-safe: an event is either returned or not taken.
        let step = {
            let event = pin!(socket.next());
            match commands.as_mut() {
                Some(rx) => match future::select(event, rx.next()).await {
                    Either::Left((event, _)) => Either::Left(event),
                    Either::Right((command, _)) => Either::Right(command),
                },
                None => Either::Left(event.await),
            }
        };
        match step {
            Either::Left(Some(event)) => live.apply(event, false),
            Either::Left(None) => return,
            Either::Right(Some(command)) => socket.send(&command).await,
            // Only a reset live state drops the sender: keep reading.
            Either::Right(None) => commands = None,
        }
    }
}

/// `watch` for a conversation, `unwatch` for none.
fn watch_command(client_id: Option<Uuid>) -> SocketCommand {
    match client_id {
        Some(client_id) => SocketCommand::Watch { client_id },
        None => SocketCommand::Unwatch,
    }
}

/// The session ended while polling.
struct Ended;

/// Polls `/events` every 15 s, then returns so the socket is tried again.
async fn poll_for_a_while(live: LiveState, auth: AuthState) -> Result<(), Ended> {
    live.mode.set(LiveMode::Polling);
    for _ in 0..SOCKET_RETRY_POLLS {
        if let Err(ApiError::SessionExpired) = poll_once(live, auth).await {
            return Err(Ended);
        }
        gloo_timers::future::sleep(POLL_EVERY).await;
    }
    Ok(())
}

/// Reads everything new. Without a cursor the history is skipped (only the
/// position is kept), and the pages refetch once.
async fn poll_once(live: LiveState, auth: AuthState) -> Result<(), ApiError> {
    let quiet = live.cursor().is_none();
    for _ in 0..MAX_FEED_PAGES {
        let feed = api::live::feed(auth, live.cursor(), FEED_PAGE).await?;
        for event in feed.events {
            live.apply(event, quiet);
        }
        live.inner
            .try_update_value(|i| i.cursor.advance_to(feed.cursor));
        if !feed.more {
            break;
        }
    }
    if quiet {
        live.refresh_unread(auth).await?;
        live.resync();
    }
    // Polling hears chat messages late: let an open conversation catch up.
    emit(live.chat_subs, &ChatUpdate::Resync);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reconnects_back_off_from_one_second_to_at_most_thirty() {
        let mut backoff = Backoff::default();
        let delays: Vec<u64> = (0..8).map(|_| backoff.next_delay().as_secs()).collect();
        assert_eq!(delays, [1, 2, 4, 8, 16, 30, 30, 30]);
        for _ in 0..100 {
            backoff.next_delay();
        }
        assert_eq!(backoff.next_delay().as_secs(), 30, "no overflow");
        backoff.reset();
        assert_eq!(backoff.next_delay().as_secs(), 1);
    }

    #[test]
    fn replayed_events_are_taken_once() {
        let mut cursor = Cursor::default();
        assert!(cursor.admit(5));
        assert!(cursor.admit(9));
        assert!(!cursor.admit(9), "the same event twice");
        assert!(!cursor.admit(7), "an older event from a replay");
        assert_eq!(cursor.get(), Some(9));
        cursor.advance_to(8);
        assert_eq!(cursor.get(), Some(9), "never moves back");
        cursor.advance_to(12);
        assert!(!cursor.admit(12));
        assert!(cursor.admit(13));
    }

    #[test]
    fn a_page_refetches_for_its_own_booking_or_after_a_gap() {
        let id = Uuid::new_v4();
        let change = |booking_id| {
            BookingUpdate::Changed(BookingChange {
                booking_id,
                code: "ODR-2026-00042".into(),
                from: Some(shared::BookingStatus::WaitingApproval),
                status: shared::BookingStatus::Accepted,
                client_id: Uuid::nil(),
            })
        };
        assert!(change(id).concerns(id));
        assert!(!change(Uuid::new_v4()).concerns(id));
        assert!(BookingUpdate::Resync.concerns(id));
    }

    #[test]
    fn the_socket_hears_watch_for_an_open_conversation_and_unwatch_for_none() {
        let id = Uuid::nil();
        assert_eq!(
            watch_command(Some(id)),
            SocketCommand::Watch { client_id: id }
        );
        assert_eq!(watch_command(None), SocketCommand::Unwatch);
    }

    #[test]
    fn a_conversation_takes_only_its_own_chat_updates() {
        let id = Uuid::new_v4();
        let read = |client_id| {
            ChatUpdate::Read(ChatRead {
                client_id,
                by_studio: true,
                read_through: 3,
            })
        };
        assert!(read(id).concerns(id));
        assert!(!read(Uuid::new_v4()).concerns(id));
        assert!(ChatUpdate::Resync.concerns(id));
    }
}
