//! Service kinds, booking statuses and the one state machine every booking
//! transition goes through, on the server and (for showing actions) in the SPA.

use serde::{Deserialize, Serialize};

use crate::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ServiceKind {
    Wedding,
    Prewedding,
    Portrait,
    Event,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 4] = [
        ServiceKind::Wedding,
        ServiceKind::Prewedding,
        ServiceKind::Portrait,
        ServiceKind::Event,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ServiceKind::Wedding => "wedding",
            ServiceKind::Prewedding => "prewedding",
            ServiceKind::Portrait => "portrait",
            ServiceKind::Event => "event",
        }
    }

    pub fn parse(s: &str) -> Option<ServiceKind> {
        ServiceKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            ServiceKind::Wedding => "Wedding",
            ServiceKind::Prewedding => "Prewedding",
            ServiceKind::Portrait => "Potret",
            ServiceKind::Event => "Acara",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            ServiceKind::Wedding => "Wedding",
            ServiceKind::Prewedding => "Prewedding",
            ServiceKind::Portrait => "Portrait",
            ServiceKind::Event => "Event",
        }
    }

    /// The label in English or, by default, Indonesian.
    pub fn label(self, english: bool) -> &'static str {
        if english {
            self.label_en()
        } else {
            self.label_id()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BookingStatus {
    WaitingPayment,
    WaitingApproval,
    Accepted,
    Rejected,
    Expired,
    Cancelled,
    Done,
}

impl BookingStatus {
    pub const ALL: [BookingStatus; 7] = [
        BookingStatus::WaitingPayment,
        BookingStatus::WaitingApproval,
        BookingStatus::Accepted,
        BookingStatus::Rejected,
        BookingStatus::Expired,
        BookingStatus::Cancelled,
        BookingStatus::Done,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BookingStatus::WaitingPayment => "waiting_payment",
            BookingStatus::WaitingApproval => "waiting_approval",
            BookingStatus::Accepted => "accepted",
            BookingStatus::Rejected => "rejected",
            BookingStatus::Expired => "expired",
            BookingStatus::Cancelled => "cancelled",
            BookingStatus::Done => "done",
        }
    }

    pub fn parse(s: &str) -> Option<BookingStatus> {
        BookingStatus::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            BookingStatus::WaitingPayment => "Menunggu Pembayaran",
            BookingStatus::WaitingApproval => "Menunggu Konfirmasi",
            BookingStatus::Accepted => "Diterima",
            BookingStatus::Rejected => "Pembayaran Ditolak",
            BookingStatus::Expired => "Kedaluwarsa",
            BookingStatus::Cancelled => "Dibatalkan",
            BookingStatus::Done => "Selesai",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            BookingStatus::WaitingPayment => "Awaiting payment",
            BookingStatus::WaitingApproval => "Awaiting confirmation",
            BookingStatus::Accepted => "Accepted",
            BookingStatus::Rejected => "Payment rejected",
            BookingStatus::Expired => "Expired",
            BookingStatus::Cancelled => "Cancelled",
            BookingStatus::Done => "Done",
        }
    }

    /// The label in English or, by default, Indonesian.
    pub fn label(self, english: bool) -> &'static str {
        if english {
            self.label_en()
        } else {
            self.label_id()
        }
    }

    /// Whether a booking in this status holds its slot. `Rejected` holds it
    /// only while its re-upload window is open, which the caller checks.
    pub fn holds_slot(self) -> bool {
        matches!(
            self,
            BookingStatus::WaitingPayment
                | BookingStatus::WaitingApproval
                | BookingStatus::Accepted
                | BookingStatus::Rejected
        )
    }

    pub fn is_final(self) -> bool {
        matches!(
            self,
            BookingStatus::Expired | BookingStatus::Cancelled | BookingStatus::Done
        )
    }
}

/// What someone (or the scheduler) does to a booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BookingAction {
    /// The client uploads a transfer proof (first time, or again after a rejection).
    UploadProof,
    /// Crew approves the proof under review.
    Approve,
    /// Crew rejects the proof under review, with a reason.
    Reject,
    /// The scheduler: payment deadline or re-upload window passed.
    Expire,
    /// Cancel: the client before acceptance, an admin at any active stage
    /// (for an accepted booking, also by approving a cancel request).
    Cancel,
    /// Done after the event day (scheduler) or marked by an admin.
    Complete,
}

/// Who acts: a signed-in role, the owning client, or the scheduler.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// The client who owns the booking.
    Owner,
    /// Someone signed in with this role who does not own the booking.
    Crew(Role),
    /// The background job.
    System,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransitionError {
    /// No such transition from this status.
    NotAllowed {
        from: BookingStatus,
        action: BookingAction,
    },
    /// The transition exists, but not for this actor.
    Forbidden,
}

/// The booking state machine: the next status, or why not.
pub fn transition(
    from: BookingStatus,
    action: BookingAction,
    actor: Actor,
) -> Result<BookingStatus, TransitionError> {
    use BookingAction as A;
    use BookingStatus as S;
    let next = match (from, action) {
        (S::WaitingPayment | S::Rejected, A::UploadProof) => S::WaitingApproval,
        (S::WaitingApproval, A::Approve) => S::Accepted,
        (S::WaitingApproval, A::Reject) => S::Rejected,
        (S::WaitingPayment | S::Rejected, A::Expire) => S::Expired,
        (S::WaitingPayment | S::WaitingApproval | S::Rejected | S::Accepted, A::Cancel) => {
            S::Cancelled
        }
        (S::Accepted, A::Complete) => S::Done,
        _ => return Err(TransitionError::NotAllowed { from, action }),
    };
    let crew = |min: Role| matches!(actor, Actor::Crew(r) if r.at_least(min));
    let allowed = match action {
        A::UploadProof => actor == Actor::Owner,
        A::Approve | A::Reject => crew(Role::Staff),
        A::Expire => actor == Actor::System,
        // After acceptance the client must ask (a cancel request), not cancel.
        A::Cancel => crew(Role::Admin) || (actor == Actor::Owner && from != S::Accepted),
        A::Complete => actor == Actor::System || crew(Role::Admin),
    };
    if allowed {
        Ok(next)
    } else {
        Err(TransitionError::Forbidden)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BookingAction as A;
    use BookingStatus as S;

    const ACTIONS: [BookingAction; 6] = [
        A::UploadProof,
        A::Approve,
        A::Reject,
        A::Expire,
        A::Cancel,
        A::Complete,
    ];

    fn actors() -> Vec<Actor> {
        let mut v = vec![Actor::Owner, Actor::System];
        v.extend(Role::ALL.into_iter().map(Actor::Crew));
        v
    }

    /// The whole table, written out: (from, action, actor) → outcome.
    fn expected(from: S, action: A, actor: Actor) -> Result<S, TransitionError> {
        let crew_at_least = |r: Role| matches!(actor, Actor::Crew(x) if x >= r);
        let ok = |to: S, who: bool| {
            if who {
                Ok(to)
            } else {
                Err(TransitionError::Forbidden)
            }
        };
        match (from, action) {
            (S::WaitingPayment, A::UploadProof) | (S::Rejected, A::UploadProof) => {
                ok(S::WaitingApproval, actor == Actor::Owner)
            }
            (S::WaitingApproval, A::Approve) => ok(S::Accepted, crew_at_least(Role::Staff)),
            (S::WaitingApproval, A::Reject) => ok(S::Rejected, crew_at_least(Role::Staff)),
            (S::WaitingPayment, A::Expire) | (S::Rejected, A::Expire) => {
                ok(S::Expired, actor == Actor::System)
            }
            (S::WaitingPayment | S::WaitingApproval | S::Rejected, A::Cancel) => ok(
                S::Cancelled,
                actor == Actor::Owner || crew_at_least(Role::Admin),
            ),
            (S::Accepted, A::Cancel) => ok(S::Cancelled, crew_at_least(Role::Admin)),
            (S::Accepted, A::Complete) => ok(
                S::Done,
                actor == Actor::System || crew_at_least(Role::Admin),
            ),
            _ => Err(TransitionError::NotAllowed { from, action }),
        }
    }

    #[test]
    fn every_status_action_actor_triple_matches_the_table() {
        let mut checked = 0;
        for from in S::ALL {
            for action in ACTIONS {
                for actor in actors() {
                    assert_eq!(
                        transition(from, action, actor),
                        expected(from, action, actor),
                        "{from:?} --{action:?}--> by {actor:?}"
                    );
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 7 * 6 * 6);
    }

    #[test]
    fn final_statuses_have_no_way_out() {
        for from in [S::Expired, S::Cancelled, S::Done] {
            assert!(from.is_final());
            for action in ACTIONS {
                for actor in actors() {
                    assert!(transition(from, action, actor).is_err());
                }
            }
        }
    }

    #[test]
    fn a_cancelled_booking_cannot_be_approved_back_to_life() {
        assert_eq!(
            transition(S::Cancelled, A::Approve, Actor::Crew(Role::Superadmin)),
            Err(TransitionError::NotAllowed {
                from: S::Cancelled,
                action: A::Approve
            })
        );
    }

    #[test]
    fn statuses_serialise_as_snake_case() {
        for s in S::ALL {
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.as_str())
            );
            assert_eq!(S::parse(s.as_str()), Some(s));
        }
        assert_eq!(
            ServiceKind::parse("prewedding"),
            Some(ServiceKind::Prewedding)
        );
    }
}
