//! In-app notifications and the live event feed (WebSocket and `?after=`
//! polling carry the same `LiveEvent`s).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::BookingStatus;

/// What a notification is about. One per event in DOMAIN.md's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// A client placed a booking (client: pay before the deadline; crew: new booking).
    BookingCreated,
    /// A payment proof arrived (client: being checked; crew: waits for review).
    ProofReceived,
    /// A DP or balance payment was approved; the booking is confirmed.
    PaymentApproved,
    /// Everything is paid and approved ("LUNAS").
    FullyPaid,
    /// A proof was rejected, with the reason and the re-upload deadline.
    PaymentRejected,
    /// The booking expired unpaid and let go of its slot.
    BookingExpired,
    /// The booking was cancelled.
    BookingCancelled,
    /// A client asked to cancel or reschedule (crew).
    RequestCreated,
    /// The studio decided a cancel or reschedule request (client).
    RequestDecided,
    /// The balance is due soon.
    BalanceDue,
    /// The shoot is in a few days (H-7) or tomorrow (H-1).
    ShootReminder,
    /// The shoot is done; invites a review.
    BookingDone,
    /// A new chat message.
    ChatMessage,
}

impl NotificationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::BookingCreated => "booking_created",
            NotificationKind::ProofReceived => "proof_received",
            NotificationKind::PaymentApproved => "payment_approved",
            NotificationKind::FullyPaid => "fully_paid",
            NotificationKind::PaymentRejected => "payment_rejected",
            NotificationKind::BookingExpired => "booking_expired",
            NotificationKind::BookingCancelled => "booking_cancelled",
            NotificationKind::RequestCreated => "request_created",
            NotificationKind::RequestDecided => "request_decided",
            NotificationKind::BalanceDue => "balance_due",
            NotificationKind::ShootReminder => "shoot_reminder",
            NotificationKind::BookingDone => "booking_done",
            NotificationKind::ChatMessage => "chat_message",
        }
    }

    pub const ALL: [NotificationKind; 13] = [
        NotificationKind::BookingCreated,
        NotificationKind::ProofReceived,
        NotificationKind::PaymentApproved,
        NotificationKind::FullyPaid,
        NotificationKind::PaymentRejected,
        NotificationKind::BookingExpired,
        NotificationKind::BookingCancelled,
        NotificationKind::RequestCreated,
        NotificationKind::RequestDecided,
        NotificationKind::BalanceDue,
        NotificationKind::ShootReminder,
        NotificationKind::BookingDone,
        NotificationKind::ChatMessage,
    ];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    pub id: Uuid,
    pub kind: NotificationKind,
    /// One line, Indonesian: "Pembayaran DP disetujui".
    pub title: String,
    pub body: String,
    /// Where the SPA takes the user: `/akun/booking/{id}`.
    pub link: Option<String>,
    pub booking_id: Option<Uuid>,
    pub read: bool,
    pub created_at: DateTime<Utc>,
}

/// Unread counts stop here: a badge shows `99+` past 99 anyway, and
/// counting a backlog of thousands on every new notification made each
/// booking slower the longer the crew left theirs unread.
pub const UNREAD_COUNT_CAP: u64 = 100;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationPage {
    pub items: Vec<Notification>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
    /// Unread notifications of this user, all pages, counted up to 100
    /// (`100` means 100 or more).
    pub unread: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnreadCount {
    /// Counted up to 100 (`100` means 100 or more).
    pub unread: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LiveKind {
    /// A booking changed (status, payments): `booking` is set.
    Booking,
    /// A new notification for this user: `notification` and `unread` are set.
    Notification,
    /// Notifications were read elsewhere: `unread` is set.
    Unread,
    /// A new chat message: `chat` is set.
    Chat,
    /// One side read the other's chat messages: `chat_read` is set.
    ChatRead,
}

/// A booking's new state, small enough to patch a page or to know to refetch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingChange {
    pub booking_id: Uuid,
    pub code: String,
    pub from: Option<BookingStatus>,
    pub status: BookingStatus,
    pub client_id: Uuid,
}

/// One event of the live feed, as pushed on `GET /api/v1/ws` and listed by
/// `GET /api/v1/events?after=`. `seq` only grows; it is the cursor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LiveEvent {
    pub seq: i64,
    pub at: DateTime<Utc>,
    pub kind: LiveKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booking: Option<BookingChange>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<Notification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unread: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat: Option<crate::chat::ChatMessage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_read: Option<crate::chat::ChatRead>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LiveFeed {
    pub events: Vec<LiveEvent>,
    /// Pass as `after` next time; unchanged when nothing is new.
    pub cursor: i64,
    /// True when more events wait beyond this page.
    pub more: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_strings() {
        for k in NotificationKind::ALL {
            assert_eq!(NotificationKind::parse(k.as_str()), Some(k));
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
        }
        assert_eq!(NotificationKind::parse("nope"), None);
    }
}
