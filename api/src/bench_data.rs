//! `api bench-data`: a realistic data set for the benchmarks — clients, the
//! demo pricelist and transfer accounts, bookings spread over the past three
//! years and the next three months, in every status, at most one holding each
//! day, and their transfer proofs: about 1.5 payments per booking (every
//! booking has a DP or a full payment, nearly every done one paid in DP a
//! balance; a fifth of the proofs were rejected before a good one, expired
//! bookings have one rejected proof, a few are pending). Each booking's
//! `paid` is the sum of its approved payments. Rows are written in creation
//! order, as a real studio's database would hold them.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use rand::rngs::ThreadRng;
use rand::Rng;
use sea_orm::{DatabaseConnection, EntityTrait, Set, TransactionTrait};
use shared::payment_dto::{PaymentKind, PaymentStatus};
use shared::{BookingStatus, Role};
use uuid::Uuid;

use crate::entities::{bank_accounts, bookings, packages, payments, users};

pub const BENCH_PASSWORD: &str = "BenchPass123";

/// Bookings written per transaction (26 columns: under SQLite's and
/// PostgreSQL's bound-parameter limits).
const BOOKINGS_PER_TXN: usize = 1000;
/// Payments written per transaction (14 columns).
const PAYMENTS_PER_INSERT: usize = 2000;

const REJECT_REASONS: [&str; 3] = [
    "Bukti transfer tidak terbaca.",
    "Nominal tidak sesuai dengan tagihan.",
    "Rekening tujuan salah.",
];

/// What the payments are generated from.
struct PayCtx {
    now: DateTime<Utc>,
    banks: Vec<Uuid>,
    reviewer: Uuid,
}

/// One booking's payments (each with its upload time), and the sum of the
/// approved ones.
struct Paid {
    rows: Vec<(DateTime<Utc>, payments::ActiveModel)>,
    paid: i64,
}

impl PayCtx {
    /// Nothing lies in the future: a proof is uploaded and reviewed by now.
    fn past(&self, t: DateTime<Utc>) -> DateTime<Utc> {
        t.min(self.now - Duration::minutes(1))
    }

    fn proof(
        &self,
        rng: &mut ThreadRng,
        booking_id: Uuid,
        kind: PaymentKind,
        amount: i64,
        status: PaymentStatus,
        uploaded: DateTime<Utc>,
    ) -> ((DateTime<Utc>, payments::ActiveModel), DateTime<Utc>) {
        let created = self.past(uploaded);
        let reviewed = self.past(created + Duration::minutes(rng.gen_range(10..24 * 60)));
        let pending = status == PaymentStatus::Pending;
        let row = payments::ActiveModel {
            id: Set(Uuid::new_v4()),
            booking_id: Set(booking_id),
            kind: Set(kind.as_str().into()),
            amount: Set(amount),
            bank_account_id: Set(self.banks[rng.gen_range(0..self.banks.len())]),
            proof_key: Set(format!("proofs/bench-{}.png", Uuid::new_v4())),
            proof_content_type: Set("image/png".into()),
            proof_size: Set(rng.gen_range(80_000..900_000)),
            status: Set(status.as_str().into()),
            reviewer_id: Set((!pending).then_some(self.reviewer)),
            reason: Set((status == PaymentStatus::Rejected)
                .then(|| REJECT_REASONS[rng.gen_range(0..REJECT_REASONS.len())].to_owned())),
            created_at: Set(created.fixed_offset()),
            reviewed_at: Set((!pending).then(|| reviewed.fixed_offset())),
        };
        ((created, row), reviewed)
    }

    /// The first payment (DP or full): sometimes a rejected proof first,
    /// then one in `status`. Returns when the last one was reviewed.
    fn first(
        &self,
        rng: &mut ThreadRng,
        out: &mut Paid,
        booking: (Uuid, DateTime<Utc>),
        kind: PaymentKind,
        amount: i64,
        status: PaymentStatus,
    ) -> DateTime<Utc> {
        let (id, created) = booking;
        let mut at = created + Duration::minutes(rng.gen_range(5..55));
        if status != PaymentStatus::Rejected && rng.gen_bool(0.2) {
            let (row, reviewed) = self.proof(rng, id, kind, amount, PaymentStatus::Rejected, at);
            out.rows.push(row);
            at = reviewed + Duration::minutes(rng.gen_range(30..600));
        }
        let (row, reviewed) = self.proof(rng, id, kind, amount, status, at);
        out.rows.push(row);
        if status == PaymentStatus::Approved {
            out.paid += amount;
        }
        reviewed
    }

    /// The payments of a booking in `status`.
    fn payments_for(&self, rng: &mut ThreadRng, b: &Booking, status: BookingStatus) -> Paid {
        let mut out = Paid {
            rows: Vec::with_capacity(3),
            paid: 0,
        };
        let first_kind = if b.full {
            PaymentKind::Full
        } else {
            PaymentKind::Dp
        };
        let first_amount = if b.full { b.total } else { b.dp };
        let booking = (b.id, b.created);
        match status {
            BookingStatus::Done | BookingStatus::Accepted => {
                let reviewed = self.first(
                    rng,
                    &mut out,
                    booking,
                    first_kind,
                    first_amount,
                    PaymentStatus::Approved,
                );
                if status == BookingStatus::Done && !b.full && rng.gen_bool(0.95) {
                    // The balance, paid in the days around the shoot.
                    let event = b.event.and_time(NaiveTime::MIN).and_utc();
                    let around = event - Duration::days(rng.gen_range(0..6))
                        + Duration::hours(rng.gen_range(8..20));
                    let at = around.max(reviewed + Duration::hours(1));
                    let recent = self.now - event < Duration::days(30);
                    let balance_status = if recent && rng.gen_bool(0.3) {
                        PaymentStatus::Pending
                    } else {
                        PaymentStatus::Approved
                    };
                    let amount = b.total - b.dp;
                    let (row, _) =
                        self.proof(rng, b.id, PaymentKind::Balance, amount, balance_status, at);
                    out.rows.push(row);
                    if balance_status == PaymentStatus::Approved {
                        out.paid += amount;
                    }
                }
            }
            BookingStatus::WaitingApproval => {
                self.first(
                    rng,
                    &mut out,
                    booking,
                    first_kind,
                    first_amount,
                    PaymentStatus::Pending,
                );
            }
            BookingStatus::Cancelled => {
                let s = if rng.gen_bool(0.7) {
                    PaymentStatus::Approved
                } else {
                    PaymentStatus::Rejected
                };
                self.first(rng, &mut out, booking, first_kind, first_amount, s);
            }
            BookingStatus::Expired | BookingStatus::Rejected | BookingStatus::WaitingPayment => {
                // One proof, rejected, and never sent again.
                let uploaded = b.created + Duration::minutes(rng.gen_range(5..55));
                let (row, _) = self.proof(
                    rng,
                    b.id,
                    first_kind,
                    first_amount,
                    PaymentStatus::Rejected,
                    uploaded,
                );
                out.rows.push(row);
            }
        }
        out
    }
}

/// What a booking's payments depend on.
struct Booking {
    id: Uuid,
    created: DateTime<Utc>,
    event: NaiveDate,
    total: i64,
    dp: i64,
    full: bool,
}

pub async fn generate(
    db: &DatabaseConnection,
    n_bookings: usize,
    n_clients: usize,
) -> anyhow::Result<()> {
    anyhow::ensure!(n_clients > 0, "at least one client (bench0 is the admin)");
    crate::seed_catalogue::seed(db).await?;
    let pkgs = packages::Entity::find().all(db).await?;
    anyhow::ensure!(!pkgs.is_empty(), "no packages");
    let banks: Vec<Uuid> = bank_accounts::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|b| b.id)
        .collect();
    anyhow::ensure!(!banks.is_empty(), "no bank accounts");
    let hash = crate::auth::password::hash(BENCH_PASSWORD.into()).await?;
    let now = Utc::now();
    let mut client_ids = Vec::with_capacity(n_clients);
    for chunk in (0..n_clients).collect::<Vec<_>>().chunks(500) {
        let txn = db.begin().await?;
        let rows: Vec<users::ActiveModel> = chunk
            .iter()
            .map(|i| {
                let id = Uuid::new_v4();
                client_ids.push(id);
                users::ActiveModel {
                    id: Set(id),
                    full_name: Set(format!("Klien Bench {i}")),
                    email: Set(format!("bench{i}@example.com")),
                    phone: Set(format!("+62813{:08}", i)),
                    password_hash: Set(hash.clone()),
                    role: Set(if *i == 0 { Role::Admin } else { Role::Client }
                        .as_str()
                        .into()),
                    is_active: Set(true),
                    token_version: Set(0),
                    created_at: Set(now.fixed_offset()),
                    updated_at: Set(now.fixed_offset()),
                }
            })
            .collect();
        users::Entity::insert_many(rows).exec(&txn).await?;
        txn.commit().await?;
    }
    // bench0, the admin, reviews every proof.
    let ctx = PayCtx {
        now,
        banks,
        reviewer: client_ids[0],
    };
    let today = now.date_naive();
    let start = today - Duration::days(3 * 365);
    let span = 3 * 365 + 90;
    let mut rng = rand::thread_rng();
    let mut holding = std::collections::HashSet::new();
    let mut booking_rows = Vec::with_capacity(n_bookings);
    let mut pay_rows = Vec::with_capacity(n_bookings * 3 / 2);
    for _ in 0..n_bookings {
        let day = start + Duration::days(rng.gen_range(0..span));
        let pkg = &pkgs[rng.gen_range(0..pkgs.len())];
        let past = day < today;
        let status = if past {
            [
                BookingStatus::Done,
                BookingStatus::Done,
                BookingStatus::Cancelled,
                BookingStatus::Expired,
            ][rng.gen_range(0..4)]
        } else if holding.insert(day) {
            [BookingStatus::Accepted, BookingStatus::WaitingApproval][rng.gen_range(0..2)]
        } else {
            [BookingStatus::Cancelled, BookingStatus::Expired][rng.gen_range(0..2)]
        };
        // Booked one week to six months ahead, and never in the future.
        let booked = day.and_time(NaiveTime::MIN).and_utc() - Duration::days(rng.gen_range(7..180))
            + Duration::minutes(rng.gen_range(0..24 * 60));
        let created = booked.min(now - Duration::hours(rng.gen_range(1..72)));
        let full = rng.gen_bool(0.2);
        let b = Booking {
            id: Uuid::new_v4(),
            created,
            event: day,
            total: pkg.price,
            dp: pkg.price / 100 * 15,
            full,
        };
        let paid = ctx.payments_for(&mut rng, &b, status);
        booking_rows.push((
            created,
            bookings::ActiveModel {
                id: Set(b.id),
                code: Set(String::new()),
                client_id: Set(client_ids[rng.gen_range(0..client_ids.len())]),
                package_id: Set(pkg.id),
                service_kind: Set(pkg.service_kind.clone()),
                package_name: Set(pkg.name.clone()),
                event_date: Set(day),
                start_minute: Set(None),
                end_minute: Set(None),
                full_day: Set(true),
                location: Set("Lokasi bench".into()),
                latitude: Set(None),
                longitude: Set(None),
                notes: Set(None),
                payment_option: Set(if full { "full" } else { "dp" }.into()),
                total: Set(b.total),
                dp_amount: Set(b.dp),
                paid: Set(paid.paid),
                status: Set(status.as_str().into()),
                payment_deadline: Set(Some((created + Duration::hours(1)).fixed_offset())),
                reupload_until: Set(None),
                created_at: Set(created.fixed_offset()),
                updated_at: Set(created.fixed_offset()),
                hidden_by_client: Set(false),
                invoice_number: Set(None),
                invoiced_at: Set(None),
            },
        ));
        pay_rows.extend(paid.rows);
    }
    // Rows land in the tables in the order a studio would have created them
    // (the physical order the range scans of a real database see), and the
    // codes follow that order.
    booking_rows.sort_by_key(|(created, _)| *created);
    pay_rows.sort_by_key(|(created, _)| *created);
    let made = booking_rows.len();
    let n_payments = pay_rows.len();
    let mut seq = 0usize;
    let mut booking_rows = booking_rows.into_iter().map(|(_, mut row)| {
        seq += 1;
        row.code = Set(format!("ODR-BENCH-{seq:07}"));
        row
    });
    loop {
        let chunk: Vec<_> = booking_rows.by_ref().take(BOOKINGS_PER_TXN).collect();
        if chunk.is_empty() {
            break;
        }
        let txn = db.begin().await?;
        bookings::Entity::insert_many(chunk).exec(&txn).await?;
        txn.commit().await?;
    }
    let mut pay_rows = pay_rows.into_iter().map(|(_, row)| row);
    loop {
        let chunk: Vec<_> = pay_rows.by_ref().take(PAYMENTS_PER_INSERT).collect();
        if chunk.is_empty() {
            break;
        }
        let txn = db.begin().await?;
        payments::Entity::insert_many(chunk).exec(&txn).await?;
        txn.commit().await?;
    }
    println!(
        "bench data: {n_clients} clients (bench0@example.com is an admin; password {BENCH_PASSWORD}), {made} bookings, {n_payments} payments"
    );
    Ok(())
}
