//! `api bench-data`: a realistic data set for the benchmarks — clients, the
//! demo pricelist and transfer accounts, bookings spread over the past three
//! years and the next three months, in every status, at most one holding each
//! day, and their transfer proofs: about 1.5 payments per booking (every
//! booking has a DP or a full payment, nearly every done one paid in DP a
//! balance; a fifth of the proofs were rejected before a good one, expired
//! bookings have one rejected proof, a few are pending). Each booking's
//! `paid` is the sum of its approved payments. Rows are written in creation
//! order, as a real studio's database would hold them.
//!
//! Also the portfolio (posts of 1–10 images each; rows only, no files behind
//! them) and the chat: messages spread unevenly over the clients'
//! conversations (a few talk a lot), each conversation's summary, counters
//! and read marks as the API would have left them.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use rand::rngs::ThreadRng;
use rand::Rng;
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait, Set, TransactionTrait};
use shared::payment_dto::{PaymentKind, PaymentStatus};
use shared::{BookingStatus, Role};
use uuid::Uuid;

use crate::entities::{
    bank_accounts, bookings, chat_messages, conversations, packages, payments,
    portfolio_categories, portfolio_images, portfolio_posts, users,
};

pub const BENCH_PASSWORD: &str = "BenchPass123";

/// Bookings written per transaction (26 columns: under SQLite's and
/// PostgreSQL's bound-parameter limits).
const BOOKINGS_PER_TXN: usize = 1000;
/// Payments written per transaction (14 columns).
const PAYMENTS_PER_INSERT: usize = 2000;
/// Portfolio posts and images written per insert (9 columns each).
const PORTFOLIO_PER_INSERT: usize = 2000;
/// Conversations written per insert (13 columns).
const CONVERSATIONS_PER_INSERT: usize = 2000;
/// Chat messages written per insert (8 columns; `seq` is the database's).
const MESSAGES_PER_INSERT: usize = 3000;

const POST_TITLES: [&str; 6] = [
    "Akad di Balige",
    "Prewedding Danau Toba",
    "Martuppol di Tarutung",
    "Resepsi di Medan",
    "Pesta Adat Simalungun",
    "Sesi Keluarga di Studio",
];

const CHAT_FROM_CLIENT: [&str; 6] = [
    "Halo kak, tanggal 12 bulan depan masih kosong?",
    "Sudah saya transfer DP-nya ya kak, buktinya sudah diunggah.",
    "Kak, bisa tambah satu jam untuk sesi keluarga?",
    "Lokasinya pindah ke gedung serbaguna, alamatnya menyusul.",
    "Terima kasih kak, hasilnya bagus sekali!",
    "Kapan file fotonya bisa dikirim?",
];

const CHAT_FROM_STUDIO: [&str; 6] = [
    "Halo kak, tanggal itu masih tersedia. Silakan pilih paketnya.",
    "Terima kasih, pembayaran sudah kami terima.",
    "Bisa kak, tambahan satu jam Rp 250.000.",
    "Baik kak, kami catat perubahan lokasinya.",
    "Sama-sama kak, senang bisa mengabadikan acaranya.",
    "File foto dikirim lewat Google Drive paling lambat H+14.",
];

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
    /// When the first payment was approved: the booking's acceptance, and
    /// its invoice's date.
    accepted: Option<DateTime<Utc>>,
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
            out.accepted.get_or_insert(reviewed);
        }
        reviewed
    }

    /// The payments of a booking in `status`.
    fn payments_for(&self, rng: &mut ThreadRng, b: &Booking, status: BookingStatus) -> Paid {
        let mut out = Paid {
            rows: Vec::with_capacity(3),
            paid: 0,
            accepted: None,
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

/// How much to generate.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    pub bookings: usize,
    /// Accounts `bench0`… (`bench0` is the admin, the rest clients).
    pub clients: usize,
    pub portfolio_images: usize,
    pub chat_messages: usize,
}

pub async fn generate(db: &DatabaseConnection, sizes: Sizes) -> anyhow::Result<()> {
    let Sizes {
        bookings: n_bookings,
        clients: n_clients,
        ..
    } = sizes;
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
                // Numbered below, in the order the bookings were made.
                invoice_number: Set(None),
                invoiced_at: Set(paid.accepted.map(|t| t.fixed_offset())),
            },
        ));
        pay_rows.extend(paid.rows);
    }
    // Rows land in the tables in the order a studio would have created them
    // (the physical order the range scans of a real database see), and the
    // codes follow that order. So do the invoice numbers of the bookings
    // that were accepted (a `BENCH` series, apart from the studio's own
    // `INV-YYYY-NNNNN`, so its counter needs no setting).
    booking_rows.sort_by_key(|(created, _)| *created);
    pay_rows.sort_by_key(|(created, _)| *created);
    let made = booking_rows.len();
    let n_payments = pay_rows.len();
    let (mut seq, mut invoices) = (0usize, 0usize);
    let mut booking_rows = booking_rows.into_iter().map(|(_, mut row)| {
        seq += 1;
        row.code = Set(format!("ODR-BENCH-{seq:07}"));
        if matches!(row.invoiced_at, Set(Some(_))) {
            invoices += 1;
            row.invoice_number = Set(Some(format!("INV-BENCH-{invoices:07}")));
        }
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
    let (n_posts, n_images) = write_portfolio(db, &mut rng, sizes.portfolio_images, now).await?;
    let (n_conversations, n_messages) =
        write_chat(db, &mut rng, &client_ids, sizes.chat_messages, now).await?;
    // A studio's database is measured as it runs, not straight after a bulk
    // load: PostgreSQL's autovacuum would have gathered statistics and set
    // the visibility map (index-only scans). SQLite gathers none unless
    // asked (the API never runs ANALYZE), so none are made here: with the
    // STAT4 samples `PRAGMA optimize` wrote, SQLite compiled a statement
    // again at every run whose bound values could change its plan (a
    // client's list spent more time in its parser than in its query), and
    // without them, on row counts alone, it scanned every user to find the
    // crew.
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        db.execute_unprepared("VACUUM ANALYZE").await?;
    }
    println!(
        "bench data: {n_clients} clients (bench0@example.com is an admin; password {BENCH_PASSWORD}), {made} bookings, {n_payments} payments, {n_posts} portfolio posts with {n_images} images, {n_messages} chat messages in {n_conversations} conversations"
    );
    Ok(())
}

/// Inserts `rows` in transactions of `per` rows.
async fn insert_chunked<A>(db: &DatabaseConnection, rows: Vec<A>, per: usize) -> anyhow::Result<()>
where
    A: sea_orm::ActiveModelTrait + Send,
    <A::Entity as EntityTrait>::Model: sea_orm::IntoActiveModel<A>,
{
    let mut rows = rows.into_iter();
    loop {
        let chunk: Vec<A> = rows.by_ref().take(per).collect();
        if chunk.is_empty() {
            return Ok(());
        }
        let txn = db.begin().await?;
        A::Entity::insert_many(chunk)
            .exec_without_returning(&txn)
            .await?;
        txn.commit().await?;
    }
}

/// Portfolio posts over the past three years, nine in ten published, with
/// `n_images` images between them. Returns (posts, images).
async fn write_portfolio(
    db: &DatabaseConnection,
    rng: &mut ThreadRng,
    n_images: usize,
    now: DateTime<Utc>,
) -> anyhow::Result<(usize, usize)> {
    if n_images == 0 {
        return Ok((0, 0));
    }
    let categories: Vec<Uuid> = portfolio_categories::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    anyhow::ensure!(!categories.is_empty(), "no portfolio categories");
    let mut posts = Vec::new();
    let mut images = Vec::with_capacity(n_images);
    while images.len() < n_images {
        let id = Uuid::new_v4();
        let created =
            (now - Duration::minutes(rng.gen_range(60..3 * 365 * 24 * 60))).fixed_offset();
        let n = rng.gen_range(1..=10).min(n_images - images.len());
        for position in 0..n {
            let stem = format!("portfolio/bench-{}", Uuid::new_v4().simple());
            let (width, height) = if rng.gen_bool(0.6) {
                (1600, 1067)
            } else {
                (1067, 1600)
            };
            images.push(portfolio_images::ActiveModel {
                id: Set(Uuid::new_v4()),
                post_id: Set(id),
                position: Set(i32::try_from(position).unwrap_or(0)),
                key: Set(format!("{stem}.jpg")),
                thumb_key: Set(format!("{stem}-t.jpg")),
                width: Set(width),
                height: Set(height),
                like_count: Set(0),
                created_at: Set(created),
            });
        }
        posts.push(portfolio_posts::ActiveModel {
            id: Set(id),
            category_id: Set(categories[rng.gen_range(0..categories.len())]),
            title: Set(format!(
                "{} #{}",
                POST_TITLES[rng.gen_range(0..POST_TITLES.len())],
                posts.len() + 1
            )),
            story: Set(
                "Cerita singkat acara ini: persiapan pagi, akad, lalu pesta \
                 bersama keluarga besar hingga sore."
                    .into(),
            ),
            published: Set(rng.gen_bool(0.9)),
            sort_order: Set(0),
            like_count: Set(0),
            created_at: Set(created),
            updated_at: Set(created),
        });
    }
    let (n_posts, n_images) = (posts.len(), images.len());
    insert_chunked(db, posts, PORTFOLIO_PER_INSERT).await?;
    insert_chunked(db, images, PORTFOLIO_PER_INSERT).await?;
    Ok((n_posts, n_images))
}

/// `n_messages` chat messages between the studio (the admin, `ids[0]`) and
/// the clients (`ids[1..]`), skewed so that a few clients write most of
/// them. Each conversation is a burst of messages some time in the past
/// three years; one in ten left unread by the studio when the client wrote
/// last, three in ten unread by the client when the studio did. Returns
/// (conversations, messages).
async fn write_chat(
    db: &DatabaseConnection,
    rng: &mut ThreadRng,
    ids: &[Uuid],
    n_messages: usize,
    now: DateTime<Utc>,
) -> anyhow::Result<(usize, usize)> {
    let Some((&studio, clients)) = ids.split_first() else {
        return Ok((0, 0));
    };
    if n_messages == 0 || clients.is_empty() {
        return Ok((0, 0));
    }
    let mut per_client = vec![0usize; clients.len()];
    for _ in 0..n_messages {
        let u: f64 = rng.gen();
        let i = ((u * u) * clients.len() as f64) as usize;
        per_client[i.min(clients.len() - 1)] += 1;
    }
    let horizon = 3 * 365 * 24 * 60;
    let mut convs = Vec::new();
    let mut messages: Vec<(DateTime<Utc>, chat_messages::ActiveModel)> =
        Vec::with_capacity(n_messages);
    for (&client, &n) in clients.iter().zip(&per_client) {
        if n == 0 {
            continue;
        }
        // Minutes after the first message; the first one is the client's.
        let mut offsets = Vec::with_capacity(n);
        let mut from_studio = Vec::with_capacity(n);
        let mut at = 0i64;
        for k in 0..n {
            if k > 0 {
                at += if rng.gen_bool(0.8) {
                    rng.gen_range(1..90)
                } else {
                    rng.gen_range(6 * 60..10 * 24 * 60)
                };
            }
            offsets.push(at);
            from_studio.push(k > 0 && rng.gen_bool(0.45));
        }
        // The chattiest conversations are squeezed into the three years.
        let span = at.min(horizon - 60);
        let first = now - Duration::minutes(rng.gen_range(span + 60..=horizon));
        let times: Vec<DateTime<Utc>> = offsets
            .iter()
            .map(|m| first + Duration::minutes(if at > span { m * span / at } else { *m }))
            .collect();
        let mut last_body = "";
        for (&at, &studio_wrote) in times.iter().zip(&from_studio) {
            let body = if studio_wrote {
                CHAT_FROM_STUDIO[rng.gen_range(0..CHAT_FROM_STUDIO.len())]
            } else {
                CHAT_FROM_CLIENT[rng.gen_range(0..CHAT_FROM_CLIENT.len())]
            };
            last_body = body;
            messages.push((
                at,
                chat_messages::ActiveModel {
                    id: Set(Uuid::new_v4()),
                    client_id: Set(client),
                    sender_id: Set(if studio_wrote { studio } else { client }),
                    from_studio: Set(studio_wrote),
                    body: Set(body.to_owned()),
                    booking_id: Set(None),
                    client_key: Set(None),
                    created_at: Set(at.fixed_offset()),
                    ..Default::default()
                },
            ));
        }
        let last_studio = from_studio[n - 1];
        // The messages at the end from the last writer, and when they began.
        let trailing = from_studio
            .iter()
            .rev()
            .take_while(|s| **s == last_studio)
            .count();
        let since = Some(times[n - trailing].fixed_offset());
        let unread = rng.gen_bool(if last_studio { 0.3 } else { 0.1 });
        let trailing_count = i64::try_from(trailing).unwrap_or(0);
        convs.push(conversations::ActiveModel {
            client_id: Set(client),
            last_message_at: Set(Some(times[n - 1].fixed_offset())),
            last_preview: Set(Some(shared::chat::preview(last_body, 140))),
            last_from_studio: Set(Some(last_studio)),
            unread_by_studio: Set(if unread && !last_studio {
                trailing_count
            } else {
                0
            }),
            unread_by_client: Set(if unread && last_studio {
                trailing_count
            } else {
                0
            }),
            client_read_seq: Set(0),
            studio_read_seq: Set(0),
            studio_unread_since: Set((unread && !last_studio).then_some(since).flatten()),
            client_unread_since: Set((unread && last_studio).then_some(since).flatten()),
            studio_alerted_at: Set(None),
            client_alerted_at: Set(None),
            created_at: Set(times[0].fixed_offset()),
        });
    }
    let n_convs = convs.len();
    insert_chunked(db, convs, CONVERSATIONS_PER_INSERT).await?;
    // Creation order, so `seq` follows time as it does in a real database.
    messages.sort_by_key(|(at, _)| *at);
    let messages: Vec<_> = messages.into_iter().map(|(_, m)| m).collect();
    insert_chunked(db, messages, MESSAGES_PER_INSERT).await?;
    // Read marks: a side that has read everything is at the last message;
    // one with unread messages is at its own last message (writing marks
    // what came before as read).
    db.execute_unprepared(
        "UPDATE conversations SET \
         studio_read_seq = COALESCE((SELECT MAX(m.seq) FROM chat_messages m \
           WHERE m.client_id = conversations.client_id \
           AND (m.from_studio OR conversations.unread_by_studio = 0)), 0), \
         client_read_seq = COALESCE((SELECT MAX(m.seq) FROM chat_messages m \
           WHERE m.client_id = conversations.client_id \
           AND (NOT m.from_studio OR conversations.unread_by_client = 0)), 0)",
    )
    .await?;
    Ok((n_convs, n_messages))
}
