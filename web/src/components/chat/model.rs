//! What a conversation shows, without the browser: the stored messages in
//! `seq` order (each once, however it arrived: a page, the socket, a
//! catch-up or the answer to a send), the messages still on their way, the
//! read marks of both sides, and the rows drawn from them with day
//! separators and the status of each message.

use chrono::{DateTime, NaiveDate, Utc};
use shared::chat::{ChatBookingRef, ChatMessage, ChatPage, ChatRead, SendMessage};
use uuid::Uuid;

use crate::i18n;

/// Where a message of the viewer's side stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Shown at once, the server has not answered yet.
    Sending,
    /// Stored by the server.
    Sent,
    /// The other side has read it.
    Read,
    /// The server refused it or could not be reached: send again.
    Failed,
}

impl Delivery {
    /// `data-status` value for the end-to-end tests.
    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Sending => "sending",
            Delivery::Sent => "sent",
            Delivery::Read => "read",
            Delivery::Failed => "failed",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Delivery::Sending => i18n::CHAT_STATUS_SENDING(),
            Delivery::Sent => i18n::CHAT_STATUS_SENT(),
            Delivery::Read => i18n::CHAT_STATUS_READ(),
            Delivery::Failed => i18n::CHAT_STATUS_FAILED(),
        }
    }
}

/// A message the viewer wrote that the server has not stored (yet).
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    /// Sent along, so a resend stores it once.
    pub client_key: Uuid,
    pub body: String,
    pub booking: Option<ChatBookingRef>,
    pub created_at: DateTime<Utc>,
    /// Why the last attempt failed; `None` while it is on its way.
    pub error: Option<String>,
}

/// Who looks at the conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewer {
    /// A crew member, answering as the studio (else the client).
    pub studio: bool,
    /// The viewer's own name, for their messages still on their way.
    pub name: String,
}

impl Viewer {
    fn is_mine(&self, message: &ChatMessage) -> bool {
        message.from_studio == self.studio
    }

    /// "Aruna Moment" for the studio as the client sees it; "Anda" for the
    /// client's own messages; each sender's name for the crew.
    fn author(&self, message: &ChatMessage) -> String {
        match (self.studio, message.from_studio) {
            (false, true) => i18n::STUDIO_NAME().to_owned(),
            (false, false) => i18n::CHAT_YOU().to_owned(),
            (true, _) => message.sender_name.clone(),
        }
    }

    fn own_author(&self) -> String {
        if self.studio && !self.name.is_empty() {
            self.name.clone()
        } else {
            i18n::CHAT_YOU().to_owned()
        }
    }
}

/// One conversation as far as this tab knows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Thread {
    /// Stored messages, oldest first, each `seq` once.
    messages: Vec<ChatMessage>,
    /// The viewer's messages not stored yet, in the order written.
    pending: Vec<Pending>,
    /// The client has read the studio's messages up to this `seq`.
    pub client_read_through: i64,
    /// The studio has read the client's messages up to this `seq`.
    pub studio_read_through: i64,
    /// Older messages exist before the first one shown.
    pub older: bool,
    /// The newest `seq` seen: catch up after it.
    pub cursor: i64,
    /// The first page arrived.
    pub loaded: bool,
}

impl Thread {
    /// Takes in the newest page (the first load). Messages that came live
    /// before it stay.
    pub fn take_latest(&mut self, page: ChatPage) {
        self.older = page.more;
        self.loaded = true;
        self.take_page(page);
    }

    /// Takes in the page before the first message (scrolling up).
    pub fn take_older(&mut self, page: ChatPage) {
        self.older = page.more;
        self.take_page(page);
    }

    /// Takes in a catch-up page; how many messages were new.
    pub fn take_newer(&mut self, page: ChatPage) -> usize {
        self.take_page(page)
    }

    fn take_page(&mut self, page: ChatPage) -> usize {
        self.client_read_through = self.client_read_through.max(page.client_read_through);
        self.studio_read_through = self.studio_read_through.max(page.studio_read_through);
        self.cursor = self.cursor.max(page.cursor);
        page.messages
            .into_iter()
            .filter(|m| self.insert(m.clone()))
            .count()
    }

    /// Takes one stored message in; `false` when it was already here. It
    /// replaces the viewer's pending copy with the same `client_key`.
    pub fn insert(&mut self, message: ChatMessage) -> bool {
        if let Some(key) = message.client_key {
            self.pending.retain(|p| p.client_key != key);
        }
        self.cursor = self.cursor.max(message.seq);
        if self
            .messages
            .iter()
            .any(|m| m.id == message.id || m.seq == message.seq)
        {
            return false;
        }
        let at = self.messages.partition_point(|m| m.seq < message.seq);
        self.messages.insert(at, message);
        true
    }

    pub fn apply_read(&mut self, read: ChatRead) {
        if read.by_studio {
            self.studio_read_through = self.studio_read_through.max(read.read_through);
        } else {
            self.client_read_through = self.client_read_through.max(read.read_through);
        }
    }

    /// The oldest stored `seq`: ask for the page before it.
    pub fn first_seq(&self) -> Option<i64> {
        self.messages.first().map(|m| m.seq)
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty() && self.pending.is_empty()
    }

    #[cfg(test)]
    pub fn messages(&self) -> &[ChatMessage] {
        &self.messages
    }

    /// Shows a message the viewer just wrote.
    pub fn add_pending(&mut self, pending: Pending) {
        self.pending.push(pending);
    }

    /// The request for pending message `key` (the same `client_key` every
    /// time, so the server stores it once).
    pub fn request_for(&self, key: Uuid) -> Option<SendMessage> {
        self.pending
            .iter()
            .find(|p| p.client_key == key)
            .map(|p| SendMessage {
                body: p.body.clone(),
                booking_id: p.booking.as_ref().map(|b| b.id),
                client_key: Some(key),
            })
    }

    /// Pending message `key` failed, for `why`.
    pub fn fail(&mut self, key: Uuid, why: String) {
        if let Some(p) = self.pending.iter_mut().find(|p| p.client_key == key) {
            p.error = Some(why);
        }
    }

    /// Pending message `key` is on its way again.
    pub fn retry(&mut self, key: Uuid) -> bool {
        match self.pending.iter_mut().find(|p| p.client_key == key) {
            Some(p) => {
                p.error = None;
                true
            }
            None => false,
        }
    }

    /// The newest message of the other side that the viewer has not marked
    /// read: mark read through it.
    pub fn unread_through(&self, studio: bool) -> Option<i64> {
        let mine_read = if studio {
            self.studio_read_through
        } else {
            self.client_read_through
        };
        self.messages
            .iter()
            .rev()
            .find(|m| m.from_studio != studio)
            .map(|m| m.seq)
            .filter(|&seq| seq > mine_read)
    }

    /// The viewer read the other side's messages through `seq`.
    pub fn mark_read_by(&mut self, studio: bool, seq: i64) {
        self.apply_read(ChatRead {
            client_id: Uuid::nil(),
            by_studio: studio,
            read_through: seq,
        });
    }

    /// A stored message's status: read once the side that did not write it
    /// has read through its `seq`.
    pub fn delivery(&self, message: &ChatMessage) -> Delivery {
        let read_through = if message.from_studio {
            self.client_read_through
        } else {
            self.studio_read_through
        };
        if message.seq <= read_through {
            Delivery::Read
        } else {
            Delivery::Sent
        }
    }

    /// What to draw, oldest first: a separator before each day's first
    /// message (on the studio's calendar), then the messages.
    pub fn rows(&self, viewer: &Viewer, today: NaiveDate) -> Vec<Row> {
        let stored = self.messages.iter().map(|m| Bubble {
            id: m.client_key.unwrap_or(m.id),
            seq: Some(m.seq),
            mine: viewer.is_mine(m),
            author: viewer.author(m),
            body: m.body.clone(),
            booking: m.booking.clone(),
            at: m.created_at,
            status: self.delivery(m),
            error: None,
        });
        let pending = self.pending.iter().map(|p| Bubble {
            id: p.client_key,
            seq: None,
            mine: true,
            author: viewer.own_author(),
            body: p.body.clone(),
            booking: p.booking.clone(),
            at: p.created_at,
            status: if p.error.is_some() {
                Delivery::Failed
            } else {
                Delivery::Sending
            },
            error: p.error.clone(),
        });
        let mut rows = Vec::new();
        let mut last_day = None;
        for bubble in stored.chain(pending) {
            let day = i18n::wib(bubble.at).date();
            if last_day != Some(day) {
                last_day = Some(day);
                rows.push(Row::Day {
                    day,
                    label: i18n::day_label(day, today),
                });
            }
            rows.push(Row::Message(bubble));
        }
        rows
    }
}

/// A line of the conversation.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    Day { day: NaiveDate, label: String },
    Message(Bubble),
}

impl Row {
    /// Changes whenever the row must be drawn again (a new status, a new
    /// day label), so a keyed list redraws only those rows.
    pub fn key(&self) -> String {
        match self {
            Row::Day { day, label } => format!("d:{day}:{label}"),
            Row::Message(b) => format!(
                "m:{}:{}:{}",
                b.id,
                b.seq.unwrap_or_default(),
                b.status.as_str()
            ),
        }
    }
}

/// One message as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Bubble {
    /// The sender's `client_key` when there is one (so a pending message
    /// and its stored copy are the same bubble), else the message id.
    pub id: Uuid,
    /// `None` while not stored.
    pub seq: Option<i64>,
    /// Written by the viewer's side (drawn on the right).
    pub mine: bool,
    pub author: String,
    pub body: String,
    pub booking: Option<ChatBookingRef>,
    pub at: DateTime<Utc>,
    pub status: Delivery,
    /// Why sending failed.
    pub error: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    fn msg(seq: i64, from_studio: bool, when: &str) -> ChatMessage {
        ChatMessage {
            id: Uuid::from_u128(seq as u128),
            seq,
            client_id: Uuid::nil(),
            from_studio,
            sender_id: Uuid::nil(),
            sender_name: if from_studio { "Budi" } else { "Sari Dewi" }.into(),
            body: format!("pesan {seq}"),
            booking: None,
            client_key: None,
            created_at: at(when),
        }
    }

    fn page(messages: Vec<ChatMessage>, more: bool) -> ChatPage {
        let cursor = messages.last().map_or(0, |m| m.seq);
        ChatPage {
            messages,
            cursor,
            more,
            client_read_through: 0,
            studio_read_through: 0,
        }
    }

    fn seqs(t: &Thread) -> Vec<i64> {
        t.messages().iter().map(|m| m.seq).collect()
    }

    fn client() -> Viewer {
        Viewer {
            studio: false,
            name: "Sari Dewi".into(),
        }
    }

    fn staff() -> Viewer {
        Viewer {
            studio: true,
            name: "Budi".into(),
        }
    }

    #[test]
    fn messages_are_kept_in_seq_order_and_each_once() {
        let mut t = Thread::default();
        t.take_latest(page(
            vec![
                msg(10, false, "2026-12-09T01:00:00Z"),
                msg(12, true, "2026-12-09T02:00:00Z"),
            ],
            true,
        ));
        assert!(t.older && t.loaded);
        // The socket repeats one and brings a newer one; a catch-up overlaps.
        assert!(!t.insert(msg(12, true, "2026-12-09T02:00:00Z")));
        assert!(t.insert(msg(15, false, "2026-12-09T03:00:00Z")));
        let new = t.take_newer(page(
            vec![
                msg(15, false, "2026-12-09T03:00:00Z"),
                msg(16, true, "2026-12-09T04:00:00Z"),
            ],
            false,
        ));
        assert_eq!(new, 1);
        t.take_older(page(
            vec![
                msg(3, false, "2026-12-08T01:00:00Z"),
                msg(7, true, "2026-12-08T02:00:00Z"),
            ],
            false,
        ));
        assert_eq!(seqs(&t), [3, 7, 10, 12, 15, 16]);
        assert!(!t.older, "the oldest page says nothing is older");
        assert_eq!(t.first_seq(), Some(3));
        assert_eq!(t.cursor, 16);
    }

    #[test]
    fn a_message_that_came_live_before_the_first_page_stays() {
        let mut t = Thread::default();
        t.insert(msg(20, true, "2026-12-09T01:00:00Z"));
        t.take_latest(page(vec![msg(18, false, "2026-12-09T00:00:00Z")], false));
        assert_eq!(seqs(&t), [18, 20]);
    }

    #[test]
    fn my_message_goes_sending_then_sent_then_read_or_failed_and_back() {
        let mut t = Thread::default();
        let key = Uuid::new_v4();
        t.add_pending(Pending {
            client_key: key,
            body: "<script>alert(1)</script>".into(),
            booking: None,
            created_at: at("2026-12-09T05:00:00Z"),
            error: None,
        });
        let today = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
        let status = |t: &Thread| match t.rows(&client(), today).last() {
            Some(Row::Message(b)) => (b.status, b.seq, b.error.clone()),
            other => panic!("no message row: {other:?}"),
        };
        assert_eq!(status(&t), (Delivery::Sending, None, None));

        t.fail(key, i18n::CHAT_TOO_FAST().into());
        assert_eq!(
            status(&t),
            (Delivery::Failed, None, Some(i18n::CHAT_TOO_FAST().into()))
        );
        assert!(t.retry(key));
        assert_eq!(status(&t).0, Delivery::Sending);
        let resend = t.request_for(key).unwrap();
        assert_eq!(resend.client_key, Some(key), "a resend keeps its key");
        assert_eq!(resend.body, "<script>alert(1)</script>");

        // The socket's copy arrives first; the POST answer repeats it.
        let mut stored = msg(30, false, "2026-12-09T05:00:01Z");
        stored.client_key = Some(key);
        assert!(t.insert(stored.clone()));
        assert!(!t.insert(stored));
        assert_eq!(t.rows(&client(), today).len(), 2, "one day, one message");
        assert_eq!(status(&t), (Delivery::Sent, Some(30), None));
        assert!(t.request_for(key).is_none());

        t.apply_read(ChatRead {
            client_id: Uuid::nil(),
            by_studio: true,
            read_through: 30,
        });
        assert_eq!(status(&t).0, Delivery::Read);
    }

    #[test]
    fn read_marks_never_move_back_and_belong_to_one_side() {
        let mut t = Thread::default();
        t.take_latest(page(
            vec![
                msg(1, false, "2026-12-09T01:00:00Z"),
                msg(2, true, "2026-12-09T01:01:00Z"),
            ],
            false,
        ));
        t.apply_read(ChatRead {
            client_id: Uuid::nil(),
            by_studio: false,
            read_through: 2,
        });
        t.apply_read(ChatRead {
            client_id: Uuid::nil(),
            by_studio: false,
            read_through: 1,
        });
        assert_eq!(t.client_read_through, 2);
        assert_eq!(t.delivery(&t.messages()[1]), Delivery::Read);
        assert_eq!(
            t.delivery(&t.messages()[0]),
            Delivery::Sent,
            "the studio has not read the client's message"
        );
    }

    #[test]
    fn the_viewer_marks_read_only_the_other_sides_new_messages() {
        let mut t = Thread::default();
        assert_eq!(t.unread_through(false), None, "nothing to read");
        t.take_latest(page(
            vec![
                msg(4, true, "2026-12-09T01:00:00Z"),
                msg(5, false, "2026-12-09T01:01:00Z"),
            ],
            false,
        ));
        assert_eq!(
            t.unread_through(false),
            Some(4),
            "the client reads the studio's"
        );
        assert_eq!(
            t.unread_through(true),
            Some(5),
            "the studio reads the client's"
        );
        t.mark_read_by(false, 4);
        assert_eq!(t.unread_through(false), None);
        t.insert(msg(9, true, "2026-12-09T01:02:00Z"));
        assert_eq!(t.unread_through(false), Some(9));
    }

    #[test]
    fn days_are_separated_on_the_studio_clock() {
        let mut t = Thread::default();
        t.take_latest(page(
            vec![
                msg(1, false, "2026-12-06T03:00:00Z"),
                // 23.30 WIB on the 7th, and 06.30 WIB on the 8th.
                msg(2, true, "2026-12-07T16:30:00Z"),
                msg(3, false, "2026-12-07T23:30:00Z"),
                msg(4, true, "2026-12-09T01:00:00Z"),
                msg(5, false, "2026-12-09T02:00:00Z"),
            ],
            false,
        ));
        let today = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
        let drawn: Vec<String> = t
            .rows(&client(), today)
            .iter()
            .map(|r| match r {
                Row::Day { label, .. } => format!("[{label}]"),
                Row::Message(b) => b.seq.unwrap_or_default().to_string(),
            })
            .collect();
        assert_eq!(
            drawn,
            [
                "[Minggu, 6 Desember 2026]",
                "1",
                "[Senin, 7 Desember 2026]",
                "2",
                "[Kemarin]",
                "3",
                "[Hari ini]",
                "4",
                "5"
            ]
        );
    }

    #[test]
    fn each_side_sees_its_own_messages_on_the_right_with_the_right_author() {
        let mut t = Thread::default();
        t.take_latest(page(
            vec![
                msg(1, false, "2026-12-09T01:00:00Z"),
                msg(2, true, "2026-12-09T01:01:00Z"),
            ],
            false,
        ));
        let today = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
        let bubbles = |v: Viewer| -> Vec<(bool, String)> {
            t.rows(&v, today)
                .into_iter()
                .filter_map(|r| match r {
                    Row::Message(b) => Some((b.mine, b.author)),
                    Row::Day { .. } => None,
                })
                .collect()
        };
        assert_eq!(
            bubbles(client()),
            [(true, "Anda".into()), (false, "Aruna Moment".into())]
        );
        assert_eq!(
            bubbles(staff()),
            [(false, "Sari Dewi".into()), (true, "Budi".into())]
        );
    }

    #[test]
    fn a_row_is_redrawn_when_its_status_changes() {
        let mut t = Thread::default();
        t.take_latest(page(vec![msg(1, false, "2026-12-09T01:00:00Z")], false));
        let today = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
        let before: Vec<String> = t.rows(&client(), today).iter().map(Row::key).collect();
        t.mark_read_by(true, 1);
        let after: Vec<String> = t.rows(&client(), today).iter().map(Row::key).collect();
        assert_eq!(before[0], after[0], "the day stays");
        assert_ne!(before[1], after[1], "the message is redrawn as read");
    }
}
