//! The sockets of this process and who is behind each.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use shared::Role;
use tokio::sync::{mpsc, Notify};
use uuid::Uuid;

use super::feed;
use crate::entities::live_events;

/// Messages a socket may fall behind by before it is dropped (the client
/// reconnects and catches up from the feed).
const QUEUE: usize = 256;

/// One event as sent: its `seq` and the JSON text frame.
pub type Frame = (i64, Arc<str>);

struct Sub {
    user_id: Uuid,
    role: Role,
    tx: mpsc::Sender<Frame>,
}

#[derive(Default)]
pub struct Hub {
    subs: Mutex<HashMap<u64, Sub>>,
    next: AtomicU64,
    /// Wakes the dispatcher right after a commit that published events.
    pub wake: Notify,
    /// The last feed row the dispatcher has handed out.
    pub delivered: AtomicI64,
}

/// A socket's place in the hub; leaving it (drop) unsubscribes.
pub struct Subscription {
    hub: Arc<Hub>,
    id: u64,
    pub rx: mpsc::Receiver<Frame>,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.hub.remove(self.id);
    }
}

impl Hub {
    pub fn subscribe(self: &Arc<Self>, user_id: Uuid, role: Role) -> Subscription {
        let (tx, rx) = mpsc::channel(QUEUE);
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        self.lock().insert(id, Sub { user_id, role, tx });
        Subscription {
            hub: self.clone(),
            id,
            rx,
        }
    }

    fn remove(&self, id: u64) {
        self.lock().remove(&id);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Sub>> {
        self.subs.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn connections(&self) -> usize {
        self.lock().len()
    }

    /// Hands one stored event to every socket it is for. A socket whose
    /// queue is full is cut loose rather than slowing the others.
    pub fn deliver(&self, row: &live_events::Model) {
        let Some(event) = feed::to_event(row) else {
            tracing::warn!(seq = row.seq, "unreadable live event skipped");
            return;
        };
        let Ok(json) = serde_json::to_string(&event) else {
            return;
        };
        let frame: Arc<str> = json.into();
        let mut subs = self.lock();
        subs.retain(|_, sub| {
            if !feed::visible_to(row, sub.user_id, sub.role) {
                return true;
            }
            match sub.tx.try_send((row.seq, frame.clone())) {
                Ok(()) => true,
                Err(mpsc::error::TrySendError::Full(_)) => {
                    tracing::warn!(user = %sub.user_id, "live socket too slow; dropped");
                    false
                }
                Err(mpsc::error::TrySendError::Closed(_)) => false,
            }
        });
    }
}
