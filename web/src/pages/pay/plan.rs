//! What the payment page offers for a booking, decided from the booking, its
//! payments and the studio's rules; and the checks a proof file must pass
//! before it is sent. Free of the DOM so it is tested on the host.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use shared::booking_dto::{Booking, PaymentOption};
use shared::catalogue::StudioSettings;
use shared::payment_dto::{Payment, PaymentKind, PaymentStatus, MAX_PROOF_BYTES};
use shared::{BookingStatus, Rupiah};

use crate::i18n;

#[derive(Debug, Clone, PartialEq)]
pub enum PayMode {
    /// A transfer is due: send a proof of `amount` as `kind`.
    Pay {
        kind: PaymentKind,
        amount: Rupiah,
        /// Until when the proof is accepted (the slot is held until then).
        deadline: Option<DateTime<Utc>>,
        /// The last proof was rejected: this is the re-upload window.
        reupload: Option<Rejection>,
        /// For the balance: the last day to pay it.
        due_date: Option<NaiveDate>,
    },
    /// A proof is with the studio; nothing to do but wait.
    Waiting,
    /// Nothing to pay now (paid in full, or the booking is over).
    Nothing,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rejection {
    pub reason: Option<String>,
}

/// The first-payment kind of a booking, from the option chosen at booking.
pub fn first_kind(option: PaymentOption) -> PaymentKind {
    match option {
        PaymentOption::Dp => PaymentKind::Dp,
        PaymentOption::Full => PaymentKind::Full,
    }
}

pub fn pay_mode(b: &Booking, payments: &[Payment], settings: &StudioSettings) -> PayMode {
    if payments.iter().any(|p| p.status == PaymentStatus::Pending) {
        return PayMode::Waiting;
    }
    match b.status {
        BookingStatus::WaitingPayment => PayMode::Pay {
            kind: first_kind(b.payment_option),
            amount: b.amount_due_now,
            deadline: b.payment_deadline,
            reupload: None,
            due_date: None,
        },
        BookingStatus::Rejected => {
            let last = payments
                .iter()
                .filter(|p| p.status == PaymentStatus::Rejected)
                .max_by_key(|p| p.reviewed_at.unwrap_or(p.created_at));
            // The server's deadline; older answers without it fall back to
            // the rejection time plus the settings' window.
            let deadline = b.reupload_until.or_else(|| {
                last.and_then(|p| p.reviewed_at)
                    .map(|at| at + Duration::minutes(i64::from(settings.reupload_window_minutes)))
            });
            PayMode::Pay {
                kind: first_kind(b.payment_option),
                amount: b.amount_due_now,
                deadline,
                reupload: Some(Rejection {
                    reason: last.and_then(|p| p.reason.clone()),
                }),
                due_date: None,
            }
        }
        BookingStatus::Accepted if b.remaining.amount() > 0 => PayMode::Pay {
            kind: PaymentKind::Balance,
            amount: b.remaining,
            deadline: None,
            reupload: None,
            due_date: Some(b.event_date - Duration::days(i64::from(settings.balance_due_days))),
        },
        _ => PayMode::Nothing,
    }
}

/// The proof types the API accepts (it checks the content too).
const ACCEPTED: [(&str, &[&str]); 4] = [
    ("image/jpeg", &["jpg", "jpeg"]),
    ("image/png", &["png"]),
    ("image/webp", &["webp"]),
    ("application/pdf", &["pdf"]),
];

/// The `accept` attribute of the file input.
pub const ACCEPT_ATTR: &str =
    "image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf";

/// Whether a picked file may be sent, with the sentence to show when not.
pub fn check_proof(name: &str, mime: &str, size: f64) -> Result<(), String> {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let known = ACCEPTED.iter().any(|(m, exts)| {
        if mime.is_empty() {
            exts.contains(&ext.as_str())
        } else {
            *m == mime
        }
    });
    if !known {
        return Err(i18n::PROOF_BAD_TYPE().to_owned());
    }
    if size <= 0.0 {
        return Err(i18n::PROOF_EMPTY().to_owned());
    }
    if size > MAX_PROOF_BYTES as f64 {
        return Err(format!(
            "{} ({}). {}",
            i18n::PROOF_TOO_BIG(),
            i18n::file_size(size),
            i18n::PROOF_TOO_BIG_HINT()
        ));
    }
    Ok(())
}

pub fn is_image(mime: &str) -> bool {
    mime.starts_with("image/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::booking_dto::{BookingClient, BookingPackage};
    use shared::ServiceKind;
    use uuid::Uuid;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    fn booking(status: BookingStatus, option: PaymentOption, paid: i64) -> Booking {
        Booking {
            id: Uuid::nil(),
            code: "ODR-2026-00001".into(),
            invoice_number: None,
            status,
            package: BookingPackage {
                id: Uuid::nil(),
                service_kind: ServiceKind::Wedding,
                name: "Akad".into(),
            },
            client: BookingClient {
                id: Uuid::nil(),
                full_name: "Sari".into(),
                email: "s@example.com".into(),
                phone: "+62812".into(),
            },
            event_date: NaiveDate::from_ymd_opt(2026, 12, 20).unwrap(),
            start_time: None,
            end_time: None,
            full_day: true,
            location: "Gereja".into(),
            latitude: None,
            longitude: None,
            notes: None,
            payment_option: option,
            total: Rupiah(3_500_000),
            dp_amount: Rupiah(525_000),
            amount_due_now: if option == PaymentOption::Dp {
                Rupiah(525_000)
            } else {
                Rupiah(3_500_000)
            },
            paid: Rupiah(paid),
            remaining: Rupiah(3_500_000 - paid),
            payment_deadline: Some(at("2026-12-01T10:00:00Z")),
            reupload_until: None,
            created_at: at("2026-12-01T09:00:00Z"),
        }
    }

    fn payment(status: PaymentStatus, reviewed: Option<&str>) -> Payment {
        Payment {
            id: Uuid::new_v4(),
            booking_id: Uuid::nil(),
            booking_code: "ODR-2026-00001".into(),
            kind: PaymentKind::Dp,
            amount: Rupiah(525_000),
            bank_account_id: Uuid::nil(),
            status,
            reason: Some("Buram".into()),
            proof_url: String::new(),
            proof_content_type: "image/jpeg".into(),
            created_at: at("2026-12-01T09:10:00Z"),
            reviewed_at: reviewed.map(at),
        }
    }

    #[test]
    fn a_new_booking_pays_what_it_chose() {
        let s = StudioSettings::default();
        let dp = booking(BookingStatus::WaitingPayment, PaymentOption::Dp, 0);
        assert!(matches!(
            pay_mode(&dp, &[], &s),
            PayMode::Pay {
                kind: PaymentKind::Dp,
                amount: Rupiah(525_000),
                deadline: Some(_),
                ..
            }
        ));
        let full = booking(BookingStatus::WaitingPayment, PaymentOption::Full, 0);
        assert!(matches!(
            pay_mode(&full, &[], &s),
            PayMode::Pay {
                kind: PaymentKind::Full,
                amount: Rupiah(3_500_000),
                ..
            }
        ));
    }

    #[test]
    fn a_rejected_proof_opens_a_reupload_window() {
        let s = StudioSettings::default();
        let b = booking(BookingStatus::Rejected, PaymentOption::Dp, 0);
        let p = payment(PaymentStatus::Rejected, Some("2026-12-01T09:30:00Z"));
        match pay_mode(&b, &[p], &s) {
            PayMode::Pay {
                deadline, reupload, ..
            } => {
                assert_eq!(
                    deadline,
                    Some(
                        at("2026-12-01T09:30:00Z")
                            + Duration::minutes(i64::from(s.reupload_window_minutes))
                    )
                );
                assert_eq!(reupload.and_then(|r| r.reason).as_deref(), Some("Buram"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_pending_proof_means_waiting_and_a_paid_booking_means_nothing() {
        let s = StudioSettings::default();
        let b = booking(BookingStatus::WaitingApproval, PaymentOption::Dp, 0);
        assert_eq!(
            pay_mode(&b, &[payment(PaymentStatus::Pending, None)], &s),
            PayMode::Waiting
        );
        let paid = booking(BookingStatus::Accepted, PaymentOption::Full, 3_500_000);
        assert_eq!(pay_mode(&paid, &[], &s), PayMode::Nothing);
        let done = booking(BookingStatus::Done, PaymentOption::Dp, 525_000);
        assert_eq!(pay_mode(&done, &[], &s), PayMode::Nothing);
    }

    #[test]
    fn an_accepted_dp_leaves_the_balance_due_before_the_event() {
        let s = StudioSettings::default();
        let b = booking(BookingStatus::Accepted, PaymentOption::Dp, 525_000);
        match pay_mode(&b, &[], &s) {
            PayMode::Pay {
                kind,
                amount,
                due_date,
                ..
            } => {
                assert_eq!(kind, PaymentKind::Balance);
                assert_eq!(amount, Rupiah(2_975_000));
                assert_eq!(
                    due_date,
                    NaiveDate::from_ymd_opt(2026, 12, 20)
                        .map(|d| d - Duration::days(i64::from(s.balance_due_days)))
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn proofs_are_checked_by_type_and_size() {
        assert!(check_proof("bukti.jpg", "image/jpeg", 200_000.0).is_ok());
        assert!(check_proof("bukti.PDF", "", 200_000.0).is_ok());
        assert!(check_proof("bukti.webp", "image/webp", 1.0).is_ok());
        assert_eq!(
            check_proof("bukti.heic", "image/heic", 200_000.0),
            Err(i18n::PROOF_BAD_TYPE().to_owned())
        );
        assert!(check_proof("page.html", "text/html", 10.0).is_err());
        assert!(check_proof("a.png", "image/png", 0.0).is_err());
        let big = check_proof("a.png", "image/png", 6.0 * 1024.0 * 1024.0).unwrap_err();
        assert!(big.contains("6,0 MB"), "{big}");
        assert!(check_proof("a.png", "image/png", MAX_PROOF_BYTES as f64).is_ok());
    }
}
