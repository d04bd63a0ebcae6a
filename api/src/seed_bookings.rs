//! Sample bookings in every status for the demo client, so the dashboards,
//! the review queue and the calendar have something to show on first run.

use chrono::{DateTime, Datelike, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};
use shared::payment_dto::{PaymentKind, PaymentStatus};
use shared::{BookingStatus, Role, Rupiah};
use uuid::Uuid;

use crate::booking::calendar::{studio_today, studio_tz};
use crate::booking::create::{next_counter, record_event};
use crate::clock::{Clock, SystemClock};
use crate::entities::{bank_accounts, bookings, packages, payments, users};
use crate::repo;
use crate::storage::Storage;

/// A 1×1 PNG standing in for a transfer photo.
const SAMPLE_PROOF: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

struct Sample {
    status: BookingStatus,
    days_ahead: i64,
    /// (kind, status, reason) of the payment this booking shows.
    payment: Option<(PaymentKind, PaymentStatus, Option<&'static str>)>,
    fully_paid: bool,
}

const SAMPLES: &[Sample] = &[
    Sample {
        status: BookingStatus::WaitingPayment,
        days_ahead: 21,
        payment: None,
        fully_paid: false,
    },
    Sample {
        status: BookingStatus::WaitingApproval,
        days_ahead: 26,
        payment: Some((PaymentKind::Dp, PaymentStatus::Pending, None)),
        fully_paid: false,
    },
    Sample {
        status: BookingStatus::Rejected,
        days_ahead: 29,
        payment: Some((
            PaymentKind::Dp,
            PaymentStatus::Rejected,
            Some("Nominal transfer kurang Rp 25.000. Mohon unggah bukti transfer yang sesuai."),
        )),
        fully_paid: false,
    },
    Sample {
        status: BookingStatus::Accepted,
        days_ahead: 36,
        payment: Some((PaymentKind::Dp, PaymentStatus::Approved, None)),
        fully_paid: false,
    },
    Sample {
        status: BookingStatus::Accepted,
        days_ahead: 44,
        payment: Some((PaymentKind::Full, PaymentStatus::Approved, None)),
        fully_paid: true,
    },
    Sample {
        status: BookingStatus::Expired,
        days_ahead: 33,
        payment: None,
        fully_paid: false,
    },
    Sample {
        status: BookingStatus::Cancelled,
        days_ahead: 52,
        payment: None,
        fully_paid: false,
    },
    Sample {
        status: BookingStatus::Done,
        days_ahead: -20,
        payment: Some((PaymentKind::Full, PaymentStatus::Approved, None)),
        fully_paid: true,
    },
];

/// Creates the samples when the demo client has no bookings yet.
pub async fn seed(
    db: &DatabaseConnection,
    storage: &dyn Storage,
    client_email: &str,
) -> anyhow::Result<bool> {
    let err = |e: crate::error::ApiError| anyhow::anyhow!("{e:?}");
    let Some(client) = users::Entity::find()
        .filter(users::Column::Email.eq(client_email))
        .one(db)
        .await?
    else {
        return Ok(false);
    };
    if bookings::Entity::find()
        .filter(bookings::Column::ClientId.eq(client.id))
        .count(db)
        .await?
        > 0
    {
        return Ok(false);
    }
    let pkgs = packages::Entity::find()
        .filter(packages::Column::FullDay.eq(true))
        .all(db)
        .await?;
    let Some(bank) = bank_accounts::Entity::find().one(db).await? else {
        return Ok(false);
    };
    if pkgs.is_empty() {
        return Ok(false);
    }
    let settings = repo::settings::get(db).await.map_err(err)?;
    let now = SystemClock.now();
    let today = studio_today(now, studio_tz(&settings.timezone));
    for (i, s) in SAMPLES.iter().enumerate() {
        let pkg = &pkgs[i % pkgs.len()];
        let total = Rupiah(pkg.price);
        let full = matches!(s.payment, Some((PaymentKind::Full, _, _)));
        let dp = if full {
            total
        } else {
            total.percent_rounded_up_to_thousand(settings.dp_percent)
        };
        let created = now - Duration::days(if s.days_ahead < 0 { 60 } else { 3 });
        let txn = crate::db::begin_write(db).await?;
        let seq = next_counter(&txn, "booking", today.year()).await?;
        // Bookings whose payment was approved were accepted: they carry an
        // invoice number, like real ones.
        let invoiced = matches!(s.payment, Some((_, PaymentStatus::Approved, _)));
        let invoice_number = if invoiced {
            let n = next_counter(&txn, "invoice", today.year()).await?;
            Some(format!("INV-{}-{n:05}", today.year()))
        } else {
            None
        };
        let booking = bookings::ActiveModel {
            id: Set(Uuid::new_v4()),
            code: Set(format!("ODR-{}-{seq:05}", today.year())),
            client_id: Set(client.id),
            package_id: Set(pkg.id),
            service_kind: Set(pkg.service_kind.clone()),
            package_name: Set(pkg.name.clone()),
            event_date: Set(today + Duration::days(s.days_ahead)),
            start_minute: Set(None),
            end_minute: Set(None),
            full_day: Set(true),
            location: Set("Gereja HKBP Saribudolok, Simalungun".into()),
            latitude: Set(None),
            longitude: Set(None),
            notes: Set(Some("Contoh booking dari data demo.".into())),
            payment_option: Set(if full { "full" } else { "dp" }.into()),
            total: Set(total.amount()),
            dp_amount: Set(dp.amount()),
            paid: Set(match s.payment {
                Some((_, PaymentStatus::Approved, _)) if s.fully_paid => total.amount(),
                Some((_, PaymentStatus::Approved, _)) => dp.amount(),
                _ => 0,
            }),
            status: Set(s.status.as_str().into()),
            payment_deadline: Set(Some(fixed(if s.status == BookingStatus::WaitingPayment {
                now + Duration::minutes(55)
            } else {
                created + Duration::hours(1)
            }))),
            reupload_until: Set((s.status == BookingStatus::Rejected)
                .then(|| fixed(now + Duration::minutes(settings.reupload_window_minutes.into())))),
            created_at: Set(fixed(created)),
            updated_at: Set(fixed(now)),
            hidden_by_client: Set(false),
            invoice_number: Set(invoice_number),
            invoiced_at: Set(invoiced.then(|| fixed(created + Duration::hours(1)))),
        }
        .insert(&txn)
        .await?;
        record_event(
            &txn,
            booking.id,
            Some((client.id, Role::Client)),
            None,
            BookingStatus::WaitingPayment,
            None,
            created,
        )
        .await?;
        if let Some((kind, status, reason)) = s.payment {
            let key = format!("proofs/{}.png", Uuid::new_v4());
            storage.put(&key, SAMPLE_PROOF).await?;
            payments::ActiveModel {
                id: Set(Uuid::new_v4()),
                booking_id: Set(booking.id),
                kind: Set(kind.as_str().into()),
                amount: Set(dp.amount()),
                bank_account_id: Set(bank.id),
                proof_key: Set(key),
                proof_content_type: Set("image/png".into()),
                proof_size: Set(i64::try_from(SAMPLE_PROOF.len()).unwrap_or(0)),
                status: Set(status.as_str().into()),
                reviewer_id: Set(None),
                reason: Set(reason.map(str::to_owned)),
                created_at: Set(fixed(created + Duration::minutes(20))),
                reviewed_at: Set(
                    (status != PaymentStatus::Pending).then(|| fixed(created + Duration::hours(2)))
                ),
            }
            .insert(&txn)
            .await?;
        }
        if s.status != BookingStatus::WaitingPayment {
            record_event(
                &txn,
                booking.id,
                None,
                Some(BookingStatus::WaitingPayment),
                s.status,
                Some("Data demo".into()),
                created + Duration::hours(2),
            )
            .await?;
        }
        txn.commit().await?;
    }
    Ok(true)
}

fn fixed(t: DateTime<Utc>) -> chrono::DateTime<chrono::FixedOffset> {
    t.fixed_offset()
}
