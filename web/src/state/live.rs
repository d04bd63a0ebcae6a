//! The live connection of a signed-in tab: exactly one WebSocket to
//! `/api/v1/ws`, reconnected with backoff and resumed after the last event
//! seen; polling `/api/v1/events` when no socket can be opened. Views read the
//! unread count and the toasts from [`LiveState`]; pages subscribe to booking
//! changes ([`on_booking_update`]) and notification changes
//! ([`on_notifications_change`]) to refetch what they show. Subscriptions,
//! not a "latest change" signal: a replay delivers several changes at once,
//! and a signal would pass on only the last.

use std::time::Duration;

use futures::future::{abortable, AbortHandle};
use leptos::prelude::*;
use leptos::task::spawn_local;
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
}

/// The tab's live state (`Copy`); provided once by [`provide_live`].
#[derive(Debug, Clone, Copy)]
pub struct LiveState {
    unread: RwSignal<u64>,
    mode: RwSignal<LiveMode>,
    toasts: RwSignal<Vec<Toast>>,
    booking_subs: StoredValue<Subscribers<BookingUpdate>>,
    notification_subs: StoredValue<Subscribers<()>>,
    inner: StoredValue<Inner>,
}

/// Creates the live state and provides it as context; connects while someone
/// is signed in, and closes the socket when they sign out (or another user
/// signs in, in this tab or another).
pub fn provide_live(auth: AuthState) -> LiveState {
    let live = LiveState {
        unread: RwSignal::new(0),
        mode: RwSignal::new(LiveMode::Off),
        toasts: RwSignal::new(Vec::new()),
        booking_subs: StoredValue::new(Subscribers::default()),
        notification_subs: StoredValue::new(Subscribers::default()),
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
    while let Some(event) = socket.next().await {
        live.apply(event, false);
    }
    let lasted_ms = now_ms() - opened_at;
    if socket.close_code() == Some(CLOSE_TOKEN_EXPIRED) {
        Outcome::TokenExpired { lasted_ms }
    } else {
        Outcome::Dropped { lasted_ms }
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
}
