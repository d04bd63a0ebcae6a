//! Creating a booking: checks that need the database, then one transaction
//! that cannot race. PostgreSQL takes an advisory lock on the event date;
//! SQLite takes its single write lock with the first statement. A write that
//! still meets a busy SQLite database is retried, never reported as a 500.

use std::time::Duration as StdDuration;

use chrono::{DateTime, Datelike, Duration, NaiveDate, SubsecRound, Utc};
use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseTransaction, DbErr, Set, Statement, TransactionTrait,
};
use shared::booking_dto::{CreateBookingRequest, PaymentOption};
use shared::catalogue::StudioSettings;
use shared::{BookingStatus, ErrorCode, FieldErrors, Role, Rupiah};
use uuid::Uuid;

use super::calendar::{studio_today, studio_tz};
use super::slots::{max_overlap_within, Interval, WHOLE_DAY};
use crate::entities::{booking_events, bookings, packages, users};
use crate::error::{sqlite_busy, ApiError};
use crate::notify::Notifier;
use crate::repo;
use crate::repo::batch::Batch;
use crate::state::AppState;

/// How far ahead a booking may be made.
const MAX_DAYS_AHEAD: i64 = 3 * 366;

pub fn field(name: &str, msg: impl Into<String>) -> ApiError {
    let mut f = FieldErrors::new();
    f.insert(name.to_owned(), msg.into());
    ApiError::Validation(f)
}

/// What the request asks for, priced and placed, before touching the calendar.
struct Plan {
    package: packages::Model,
    interval: Interval,
    total: Rupiah,
    dp: Rupiah,
}

/// The date rule: no earlier than today + the lead time (H+1 by default) in
/// the studio's timezone, and no later than the booking horizon.
pub fn check_date_rule(
    date: NaiveDate,
    field_name: &str,
    settings: &StudioSettings,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let today = studio_today(now, studio_tz(&settings.timezone));
    let earliest = today + Duration::days(i64::from(settings.min_lead_days));
    if date < earliest {
        return Err(field(
            field_name,
            format!(
                "Tanggal acara paling cepat {} (pemesanan minimal H+{}).",
                earliest.format("%d-%m-%Y"),
                settings.min_lead_days
            ),
        ));
    }
    if date > today + Duration::days(MAX_DAYS_AHEAD) {
        return Err(field(
            field_name,
            "Tanggal acara maksimal 3 tahun dari sekarang.",
        ));
    }
    Ok(())
}

/// The interval a package occupies when it starts at `start_minute`.
pub fn package_interval(
    package: &packages::Model,
    start_minute: Option<u32>,
    field_name: &str,
) -> Result<Interval, ApiError> {
    if package.full_day {
        return Ok(WHOLE_DAY);
    }
    let start =
        start_minute.ok_or_else(|| field(field_name, "Pilih jam mulai untuk paket ini."))?;
    let hours = u32::try_from(package.duration_hours.unwrap_or(1).max(1)).unwrap_or(1);
    let end = start + hours * 60;
    if end > WHOLE_DAY.end {
        return Err(field(
            field_name,
            "Sesi harus selesai sebelum tengah malam.",
        ));
    }
    Ok(Interval::new(start, end))
}

fn plan(
    req: &CreateBookingRequest,
    start_minute: Option<u32>,
    package: packages::Model,
    settings: &StudioSettings,
    now: DateTime<Utc>,
) -> Result<Plan, ApiError> {
    check_date_rule(req.event_date, "event_date", settings, now)?;
    let interval = package_interval(&package, start_minute, "start_time")?;
    let total = Rupiah(package.price);
    let dp = total.percent_rounded_up_to_thousand(settings.dp_percent);
    Ok(Plan {
        package,
        interval,
        total,
        dp,
    })
}

/// The new booking, and its client as read for it.
pub async fn create_booking(
    state: &AppState,
    client_id: Uuid,
    req: &CreateBookingRequest,
) -> Result<(bookings::Model, Option<users::Model>), ApiError> {
    let valid = req.validate().map_err(ApiError::Validation)?;
    let package = repo::packages::find(&state.db, req.package_id)
        .await?
        .filter(|p| p.active)
        .ok_or_else(|| field("package_id", "Paket tidak tersedia. Pilih paket lain."))?;
    let settings = repo::settings::get(&state.db).await?;
    // To the microsecond PostgreSQL keeps: the booking answered is the one
    // it stores, without reading it back.
    let now = state.clock.now().trunc_subsecs(6);
    let plan = plan(req, valid.start_minute, package, &settings, now)?;

    // Read before the write lock: this transaction changes neither the
    // crew nor the client.
    let notifier = Notifier::with_settings(state, settings.clone())
        .with_crew(&state.db)
        .await?;
    let client = repo::users::find(&state.db, client_id).await?;
    let job = Job {
        writer: state.writer.clone(),
        client_id,
        req: req.clone(),
        valid,
        plan,
        settings,
        notifier,
        client,
        now,
    };
    // On SQLite every other booking waits while this one holds the write
    // lock: the lane keeps that short. PostgreSQL's bookings of other dates
    // go on meanwhile, and its connections answer on the request threads'
    // runtimes, so a job there stays here.
    let (booking, client) = if state.writer.get_database_backend() == DatabaseBackend::Sqlite {
        crate::write_lane::run(job.run()).await??
    } else {
        job.run().await?
    };
    state.kick();
    Ok((booking, client))
}

/// What the booking's transaction needs, owned, for the write lane.
struct Job {
    writer: sea_orm::DatabaseConnection,
    client_id: Uuid,
    req: CreateBookingRequest,
    valid: shared::booking_dto::ValidBookingRequest,
    plan: Plan,
    settings: StudioSettings,
    notifier: Notifier,
    client: Option<users::Model>,
    now: DateTime<Utc>,
}

impl Job {
    /// The booking's transaction, tried again while SQLite is busy.
    async fn run(self) -> Result<(bookings::Model, Option<users::Model>), ApiError> {
        let mut attempt = 0u32;
        loop {
            // Not `db::begin_write`: the booking's number is this
            // transaction's first write on SQLite, and takes the write lock
            // itself.
            let txn = self.writer.begin().await?;
            let placed = place_locked(
                &txn,
                self.client_id,
                &self.req,
                &self.valid,
                &self.plan,
                &self.settings,
                self.now,
            );
            match async {
                let booking = placed.await?;
                let client = self.client.as_ref();
                tell(&txn, &self.notifier, &booking, client, self.now).await?;
                Ok::<_, Locked>(booking)
            }
            .await
            {
                Ok(booking) => match txn.commit().await {
                    Ok(()) => return Ok((booking, self.client)),
                    Err(e) if sqlite_busy(&e) && attempt < 50 => {}
                    Err(e) => return Err(e.into()),
                },
                Err(Locked::Busy) if attempt < 50 => {
                    drop(txn);
                }
                Err(Locked::Busy) => return Err(ApiError::code(ErrorCode::Unavailable)),
                Err(Locked::Api(e)) => return Err(e),
            }
            attempt += 1;
            let jitter = u64::from(rand::random::<u8>() % 20);
            tokio::time::sleep(StdDuration::from_millis(5 + jitter)).await;
        }
    }
}

/// The new booking's row, its live event and notifications, last in its
/// transaction and sent as one batch.
async fn tell(
    txn: &DatabaseTransaction,
    notifier: &Notifier,
    booking: &bookings::Model,
    client: Option<&users::Model>,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let mut batch = Batch::new(txn);
    batch.insert(bookings::ActiveModel::from(booking.clone()));
    queue_event(
        &mut batch,
        NewEvent {
            booking_id: booking.id,
            actor: Some((booking.client_id, Role::Client)),
            from: None,
            to: BookingStatus::WaitingPayment,
            note: None,
            at: now,
        },
    );
    crate::live::feed::queue_booking_changed(
        &mut batch,
        booking,
        None,
        BookingStatus::WaitingPayment,
        now,
    )?;
    if let Some(client) = client {
        let due_now = if booking.payment_option == PaymentOption::Full.as_str() {
            booking.total
        } else {
            booking.dp_amount
        };
        crate::notify::booking::created(txn, &mut batch, notifier, booking, client, due_now, now)
            .await?;
    }
    Ok(batch.run(txn).await?)
}

enum Locked {
    Busy,
    Api(ApiError),
}

impl From<ApiError> for Locked {
    fn from(e: ApiError) -> Self {
        Locked::Api(e)
    }
}

impl From<DbErr> for Locked {
    fn from(e: DbErr) -> Self {
        if sqlite_busy(&e) {
            Locked::Busy
        } else {
            Locked::Api(e.into())
        }
    }
}

/// The new booking, numbered and checked against the calendar under the
/// date's lock, not yet written: [`tell`] inserts it. On SQLite the number
/// comes first: it is the transaction's first write, which takes the
/// database's write lock before the calendar is read (one round trip
/// fewer than a separate lock-taking statement while every other writer
/// waits); a refused slot rolls the number back. On PostgreSQL it comes
/// last, so the counter's row lock is held for one round trip fewer.
#[allow(clippy::too_many_arguments)]
async fn place_locked(
    txn: &DatabaseTransaction,
    client_id: Uuid,
    req: &CreateBookingRequest,
    valid: &shared::booking_dto::ValidBookingRequest,
    plan: &Plan,
    settings: &StudioSettings,
    now: DateTime<Utc>,
) -> Result<bookings::Model, Locked> {
    let year = studio_today(now, studio_tz(&settings.timezone)).year();
    lock_date(txn, req.event_date).await?;
    let check = check_slot(txn, req.event_date, plan.interval, settings, now, None);
    let seq = if txn.get_database_backend() == DatabaseBackend::Postgres {
        // The date's lock already covers its calendar; the counter's row,
        // which every other booking waits for until this one commits, is
        // locked only once the slot is known to be free.
        check.await?;
        next_counter(txn, "booking", year).await?
    } else {
        let seq = next_counter(txn, "booking", year).await?;
        check.await?;
        seq
    };

    let deadline = now + Duration::minutes(i64::from(settings.payment_deadline_minutes));
    let full_day = plan.interval == WHOLE_DAY && plan.package.full_day;
    let minute = |m: u32| i32::try_from(m).unwrap_or(0);
    Ok(bookings::Model {
        id: Uuid::new_v4(),
        code: format!("ODR-{year}-{seq:05}"),
        client_id,
        package_id: plan.package.id,
        service_kind: plan.package.service_kind.clone(),
        package_name: plan.package.name.clone(),
        event_date: req.event_date,
        start_minute: (!full_day).then(|| minute(plan.interval.start)),
        end_minute: (!full_day).then(|| minute(plan.interval.end)),
        full_day,
        location: valid.location.clone(),
        latitude: valid.coordinates.map(|c| c.0),
        longitude: valid.coordinates.map(|c| c.1),
        notes: valid.notes.clone(),
        payment_option: req.payment_option.as_str().to_owned(),
        total: plan.total.amount(),
        dp_amount: match req.payment_option {
            PaymentOption::Dp => plan.dp.amount(),
            PaymentOption::Full => plan.total.amount(),
        },
        paid: 0,
        status: BookingStatus::WaitingPayment.as_str().to_owned(),
        payment_deadline: Some(deadline.fixed_offset()),
        reupload_until: None,
        created_at: now.fixed_offset(),
        updated_at: now.fixed_offset(),
        hidden_by_client: false,
        invoice_number: None,
        invoiced_at: None,
    })
}

/// Refuses with `slot_unavailable` when a block or the crew capacity leaves no
/// room for `interval` on `date`. Call it after `lock_date` in the same
/// transaction; `exclude` is the booking being moved, if any.
pub async fn check_slot(
    txn: &DatabaseTransaction,
    date: NaiveDate,
    interval: Interval,
    settings: &StudioSettings,
    now: DateTime<Utc>,
    exclude: Option<Uuid>,
) -> Result<(), ApiError> {
    let taken = repo::bookings::taken(txn, date, date, now, exclude).await?;
    let blocked = taken
        .blocks
        .get(&date)
        .is_some_and(|b| b.iter().any(|iv| iv.overlaps(interval)));
    let busy = taken
        .bookings
        .get(&date)
        .map(|b| max_overlap_within(b, interval))
        .unwrap_or(0);
    if blocked || busy >= settings.capacity {
        return Err(ApiError::code(ErrorCode::SlotUnavailable));
    }
    Ok(())
}

/// Serialises every writer of this date's slots until the transaction ends.
/// PostgreSQL takes an advisory lock on the date. SQLite needs nothing more
/// when the transaction holds its single write lock before it reads the
/// calendar: `db::begin_write` takes it at once, a new booking with its
/// number ([`place_locked`]).
pub async fn lock_date(txn: &DatabaseTransaction, date: NaiveDate) -> Result<(), DbErr> {
    let backend = txn.get_database_backend();
    if backend == DatabaseBackend::Postgres {
        let key = i64::from(date.num_days_from_ce());
        txn.execute(Statement::from_sql_and_values(
            backend,
            "SELECT pg_advisory_xact_lock($1)",
            [key.into()],
        ))
        .await?;
    }
    Ok(())
}

/// The next number of a gap-free yearly sequence, inside the caller's
/// transaction: a rolled-back booking gives its number back.
pub async fn next_counter(txn: &DatabaseTransaction, name: &str, year: i32) -> Result<i64, DbErr> {
    let backend = txn.get_database_backend();
    // One statement: every statement in a write transaction is a round
    // trip to SQLite's connection thread while the write lock is held.
    let sql = match backend {
        DatabaseBackend::Postgres => {
            "INSERT INTO counters (name, year, value) VALUES ($1, $2, 1) \
             ON CONFLICT (name, year) DO UPDATE SET value = counters.value + 1 RETURNING value"
        }
        _ => {
            "INSERT INTO counters (name, year, value) VALUES (?, ?, 1) \
             ON CONFLICT (name, year) DO UPDATE SET value = counters.value + 1 RETURNING value"
        }
    };
    let row = txn
        .query_one(Statement::from_sql_and_values(
            backend,
            sql,
            [name.into(), year.into()],
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("counter".into()))?;
    row.try_get::<i64>("", "value")
}

pub async fn record_event(
    db: &impl ConnectionTrait,
    booking_id: Uuid,
    actor: Option<(Uuid, Role)>,
    from: Option<BookingStatus>,
    to: BookingStatus,
    note: Option<String>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut batch = Batch::new(db);
    queue_event(
        &mut batch,
        NewEvent {
            booking_id,
            actor,
            from,
            to,
            note,
            at: now,
        },
    );
    batch.run(db).await
}

/// One line of a booking's history.
pub struct NewEvent {
    pub booking_id: Uuid,
    pub actor: Option<(Uuid, Role)>,
    pub from: Option<BookingStatus>,
    pub to: BookingStatus,
    pub note: Option<String>,
    pub at: DateTime<Utc>,
}

/// [`record_event`] into the caller's batch.
pub fn queue_event(batch: &mut Batch, e: NewEvent) {
    batch.insert(booking_events::ActiveModel {
        id: Set(Uuid::new_v4()),
        booking_id: Set(e.booking_id),
        actor_id: Set(e.actor.map(|a| a.0)),
        actor_role: Set(e.actor.map(|a| a.1.as_str().to_owned())),
        from_status: Set(e.from.map(|s| s.as_str().to_owned())),
        to_status: Set(e.to.as_str().to_owned()),
        note: Set(e.note),
        created_at: Set(e.at.fixed_offset()),
    });
}
