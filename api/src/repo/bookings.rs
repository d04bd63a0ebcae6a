use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter,
    QuerySelect, QueryTrait,
};
use serde::Deserialize;
use shared::booking_dto::{
    format_hhmm, Booking, BookingClient, BookingPackage, PaymentOption, BOOKING_COUNT_AHEAD,
};
use shared::{BookingStatus, Rupiah, ServiceKind};
use uuid::Uuid;

use super::booking_where::Where;
use super::select_text::{limit_one, SelectText};
use crate::booking::slots::Interval;
use crate::entities::{blocks, bookings, users};
use crate::error::ApiError;

/// The statuses that can hold a slot; which of them do at a given moment
/// is [`holds_slot`]'s to say.
const SLOT_STATUSES: [BookingStatus; 4] = [
    BookingStatus::WaitingApproval,
    BookingStatus::Accepted,
    BookingStatus::WaitingPayment,
    BookingStatus::Rejected,
];

/// Whether a booking holds its slot at `now`: unpaid ones until their
/// deadline, rejected ones while the re-upload window is open. The rest
/// free it at once, whether or not the expiry job has run yet.
///
/// Checked here rather than in SQL: SQLite's planner answered the
/// equivalent OR through the (status, created_at) index, reading every
/// unpaid booking of every date, and the slot check inside each new
/// booking's write lock grew with the unpaid backlog (0.64 ms with a
/// thousand of them). `status IN (…)` and the date range alone are one
/// index range per status.
pub fn holds_slot(
    status: &str,
    payment_deadline: Option<DateTime<Utc>>,
    reupload_until: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    match BookingStatus::parse(status) {
        Some(BookingStatus::WaitingApproval | BookingStatus::Accepted) => true,
        Some(BookingStatus::WaitingPayment) => payment_deadline.is_some_and(|d| d > now),
        Some(BookingStatus::Rejected) => reupload_until.is_some_and(|d| d > now),
        _ => false,
    }
}

/// Intervals taken on each date in `[from, to]`: active bookings and blocks.
pub struct Taken {
    pub bookings: HashMap<NaiveDate, Vec<Interval>>,
    pub blocks: HashMap<NaiveDate, Vec<Interval>>,
}

pub async fn taken(
    db: &impl ConnectionTrait,
    from: NaiveDate,
    to: NaiveDate,
    now: DateTime<Utc>,
    exclude: Option<Uuid>,
) -> Result<Taken, ApiError> {
    use sea_orm::prelude::DateTimeWithTimeZone;
    use sea_orm::sea_query::UnionType;
    // Blocks ride in the same query (one round trip, inside each booking's
    // write lock), marked by a status no booking has.
    const BLOCK: &str = "block";
    let mut slots = bookings::Entity::find()
        .select_only()
        .columns([
            bookings::Column::EventDate,
            bookings::Column::StartMinute,
            bookings::Column::EndMinute,
            bookings::Column::Status,
            bookings::Column::PaymentDeadline,
            bookings::Column::ReuploadUntil,
        ])
        .filter(bookings::Column::EventDate.between(from, to))
        .filter(bookings::Column::Status.is_in(SLOT_STATUSES.map(BookingStatus::as_str)));
    if let Some(id) = exclude {
        slots = slots.filter(bookings::Column::Id.ne(id));
    }
    let blocked = blocks::Entity::find()
        .select_only()
        .columns([
            blocks::Column::Date,
            blocks::Column::StartMinute,
            blocks::Column::EndMinute,
        ])
        .expr(Expr::val(BLOCK))
        .expr(Expr::cust("NULL"))
        .expr(Expr::cust("NULL"))
        .filter(blocks::Column::Date.between(from, to))
        .into_query();
    let query = slots.into_query().union(UnionType::All, blocked).to_owned();
    let rows = db
        .query_all(db.get_database_backend().build(&query))
        .await?;
    let mut taken = Taken {
        bookings: HashMap::new(),
        blocks: HashMap::new(),
    };
    for row in rows {
        let date: NaiveDate = row.try_get_by_index(0)?;
        let interval = Interval::from_db(row.try_get_by_index(1)?, row.try_get_by_index(2)?);
        let status: String = row.try_get_by_index(3)?;
        let at = |i| -> Result<Option<DateTime<Utc>>, sea_orm::DbErr> {
            Ok(row
                .try_get_by_index::<Option<DateTimeWithTimeZone>>(i)?
                .map(|d| d.to_utc()))
        };
        let into = if status == BLOCK {
            &mut taken.blocks
        } else if holds_slot(&status, at(4)?, at(5)?, now) {
            &mut taken.bookings
        } else {
            continue;
        };
        into.entry(date).or_default().push(interval);
    }
    Ok(taken)
}

/// Whose bookings `auth` may see: the crew every client's, a client only
/// their own.
fn only_client(auth: &crate::auth::AuthUser) -> Option<Uuid> {
    (!auth.role.is_crew()).then_some(auth.id)
}

/// Booking `id`, if `auth` may see it ([`only_client`]).
fn visible(id: Uuid, auth: &crate::auth::AuthUser) -> Condition {
    let cond = Condition::all().add(bookings::Column::Id.eq(id));
    match only_client(auth) {
        Some(client) => cond.add(bookings::Column::ClientId.eq(client)),
        None => cond,
    }
}

/// The one-row select `build` makes of booking `id` where `auth` may see
/// it ([`visible`]), its text kept in `texts` for each of its two shapes:
/// the crew's (the id) and a client's (the id, and theirs).
fn visible_statement<Q: QueryTrait>(
    db: &impl ConnectionTrait,
    texts: &'static [SelectText; 2],
    id: Uuid,
    auth: &crate::auth::AuthUser,
    build: impl FnOnce() -> Q,
) -> sea_orm::Statement {
    let client = only_client(auth);
    let mut values = vec![id.into()];
    values.extend(client.map(sea_orm::Value::from));
    values.push(limit_one());
    texts[usize::from(client.is_some())].statement(db.get_database_backend(), values, build)
}

/// The booking if `auth` may see it ([`visible`]). Anyone else gets the
/// same 404 as for a booking that does not exist.
pub async fn find_visible(
    db: &impl ConnectionTrait,
    id: Uuid,
    auth: &crate::auth::AuthUser,
) -> Result<bookings::Model, ApiError> {
    static TEXT: [SelectText; 2] = [SelectText::new(), SelectText::new()];
    let statement = visible_statement(db, &TEXT, id, auth, || {
        bookings::Entity::find().filter(visible(id, auth)).limit(1)
    });
    bookings::Model::find_by_statement(statement)
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)
}

/// [`find_visible`] with the booking's client, in one query (the invoice
/// prints both).
pub async fn find_visible_with_client(
    db: &impl ConnectionTrait,
    id: Uuid,
    auth: &crate::auth::AuthUser,
) -> Result<(bookings::Model, Option<users::Model>), ApiError> {
    use sea_orm::{FromQueryResult, IdenStatic, JoinType, SelectA, SelectB};
    static TEXT: [SelectText; 2] = [SelectText::new(), SelectText::new()];
    let statement = visible_statement(db, &TEXT, id, auth, || {
        bookings::Entity::find()
            .join(
                JoinType::LeftJoin,
                bookings::Entity::belongs_to(users::Entity)
                    .from(bookings::Column::ClientId)
                    .to(users::Column::Id)
                    .into(),
            )
            .filter(visible(id, auth))
            .select_also(users::Entity)
            .limit(1)
    });
    let row = db
        .query_one(statement)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok((
        bookings::Model::from_query_result(&row, SelectA.as_str())?,
        users::Model::from_query_result_optional(&row, SelectB.as_str())?,
    ))
}

/// [`find_visible`] as the API shows the booking, with its client, in one
/// query.
pub async fn find_visible_dto(
    db: &impl ConnectionTrait,
    id: Uuid,
    auth: &crate::auth::AuthUser,
) -> Result<Booking, ApiError> {
    let mut which = Where::all().id(id);
    if let Some(client) = only_client(auth) {
        which = which.client(client);
    }
    super::booking_page::one(db, which)
        .await?
        .ok_or_else(ApiError::not_found)
}

/// The booking as the API shows it, read afresh (after a change).
pub async fn load_dto(db: &impl ConnectionTrait, id: Uuid) -> Result<Booking, ApiError> {
    let booking = find(db, id).await?.ok_or_else(ApiError::not_found)?;
    let client = crate::repo::users::find(db, booking.client_id).await?;
    Ok(to_dto(&booking, client.as_ref()))
}

pub async fn find(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<bookings::Model>, ApiError> {
    static TEXT: SelectText = SelectText::new();
    let backend = db.get_database_backend();
    let statement = TEXT.statement(backend, vec![id.into(), limit_one()], || {
        bookings::Entity::find()
            .filter(bookings::Column::Id.eq(id))
            .limit(1)
    });
    Ok(bookings::Model::find_by_statement(statement)
        .one(db)
        .await?)
}

/// Several bookings by id, in one query.
pub async fn find_many(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, bookings::Model>, ApiError> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    Ok(bookings::Entity::find()
        .filter(bookings::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|b| (b.id, b))
        .collect())
}

pub struct BookingFilter {
    pub client_id: Option<Uuid>,
    pub status: Option<BookingStatus>,
    pub kind: Option<ServiceKind>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub query: Option<String>,
}

/// A page of the bookings matching `f`, as the API shows them, and how many
/// match.
pub async fn list(
    db: &impl ConnectionTrait,
    f: &BookingFilter,
    page: u64,
    per_page: u64,
) -> Result<(Vec<Booking>, Count), ApiError> {
    let mut which = Where::all();
    if let Some(c) = f.client_id {
        which = which.listed_for(c);
    }
    if let Some(s) = f.status {
        which = which.status(s.as_str());
    }
    if let Some(k) = f.kind {
        which = which.kind(k.as_str());
    }
    if let Some(from) = f.from {
        which = which.from(from);
    }
    if let Some(to) = f.to {
        which = which.to(to);
    }
    if let Some(text) = f.query.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let like = format!("%{}%", text.to_lowercase());
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let mut people = Condition::any()
            .add(users::Column::Email.like(like.clone()))
            .add(Expr::expr(Func::lower(Expr::col(users::Column::FullName))).like(like.clone()));
        if digits.len() >= 3 {
            let tail = digits
                .trim_start_matches('0')
                .trim_start_matches("62")
                .to_owned();
            people = people.add(users::Column::Phone.like(format!("%{tail}%")));
        }
        let client_ids: Vec<Uuid> = users::Entity::find()
            .filter(people)
            .all(db)
            .await?
            .into_iter()
            .map(|u| u.id)
            .collect();
        which = which.code_or_client(like, &client_ids);
    }
    // Latest event first: the order a studio reads its book in, and one the
    // (status, event_date) and (event_date, status) indexes serve directly.
    // Counted over the index the filter uses, but only so far: a COUNT of
    // every match grows with the history.
    let offset = page.saturating_sub(1).saturating_mul(per_page);
    let cap = offset.saturating_add(BOOKING_COUNT_AHEAD);
    super::booking_page::read(db, which, offset, per_page, cap).await
}

/// How many bookings a list matched: exact unless `capped`, when more than
/// `total` do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub total: u64,
    pub capped: bool,
}

/// The clients of these bookings, by id, in one query.
pub async fn clients_of(
    db: &impl ConnectionTrait,
    rows: &[bookings::Model],
) -> Result<HashMap<Uuid, users::Model>, ApiError> {
    let ids: HashSet<Uuid> = rows.iter().map(|b| b.client_id).collect();
    Ok(users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect())
}

/// A booking's stored fields that the API shows, in the order the list's
/// JSON page carries them ([`super::booking_page`]).
#[derive(Debug, Deserialize)]
pub struct Stored {
    pub id: Uuid,
    pub code: String,
    pub invoice_number: Option<String>,
    pub status: String,
    pub package_id: Uuid,
    pub service_kind: String,
    pub package_name: String,
    pub client_id: Uuid,
    pub event_date: NaiveDate,
    pub start_minute: Option<i32>,
    pub end_minute: Option<i32>,
    #[serde(deserialize_with = "super::booking_page::flag")]
    pub full_day: bool,
    pub location: String,
    #[serde(deserialize_with = "super::booking_page::maybe_real")]
    pub latitude: Option<f64>,
    #[serde(deserialize_with = "super::booking_page::maybe_real")]
    pub longitude: Option<f64>,
    pub notes: Option<String>,
    pub payment_option: String,
    pub total: i64,
    pub dp_amount: i64,
    pub paid: i64,
    #[serde(deserialize_with = "super::booking_page::maybe_stamp")]
    pub payment_deadline: Option<DateTime<Utc>>,
    #[serde(deserialize_with = "super::booking_page::maybe_stamp")]
    pub reupload_until: Option<DateTime<Utc>>,
    #[serde(deserialize_with = "super::booking_page::stamp")]
    pub created_at: DateTime<Utc>,
}

impl From<&bookings::Model> for Stored {
    fn from(b: &bookings::Model) -> Stored {
        Stored {
            id: b.id,
            code: b.code.clone(),
            invoice_number: b.invoice_number.clone(),
            status: b.status.clone(),
            package_id: b.package_id,
            service_kind: b.service_kind.clone(),
            package_name: b.package_name.clone(),
            client_id: b.client_id,
            event_date: b.event_date,
            start_minute: b.start_minute,
            end_minute: b.end_minute,
            full_day: b.full_day,
            location: b.location.clone(),
            latitude: b.latitude,
            longitude: b.longitude,
            notes: b.notes.clone(),
            payment_option: b.payment_option.clone(),
            total: b.total,
            dp_amount: b.dp_amount,
            paid: b.paid,
            payment_deadline: b.payment_deadline.map(|d| d.to_utc()),
            reupload_until: b.reupload_until.map(|d| d.to_utc()),
            created_at: b.created_at.to_utc(),
        }
    }
}

pub fn to_dto(b: &bookings::Model, client: Option<&users::Model>) -> Booking {
    let client = BookingClient {
        id: b.client_id,
        full_name: client.map(|c| c.full_name.clone()).unwrap_or_default(),
        email: client.map(|c| c.email.clone()).unwrap_or_default(),
        phone: client.map(|c| c.phone.clone()).unwrap_or_default(),
    };
    dto(Stored::from(b), client)
}

/// The booking as the API shows it, from its stored fields and its client.
pub fn dto(b: Stored, client: BookingClient) -> Booking {
    let interval = (!b.full_day).then(|| Interval::from_db(b.start_minute, b.end_minute));
    let option = PaymentOption::parse(&b.payment_option).unwrap_or(PaymentOption::Dp);
    let total = Rupiah(b.total);
    let dp = Rupiah(b.dp_amount);
    Booking {
        id: b.id,
        code: b.code,
        invoice_number: b.invoice_number,
        status: BookingStatus::parse(&b.status).unwrap_or(BookingStatus::Cancelled),
        package: BookingPackage {
            id: b.package_id,
            service_kind: ServiceKind::parse(&b.service_kind).unwrap_or(ServiceKind::Event),
            name: b.package_name,
        },
        client,
        event_date: b.event_date,
        start_time: interval.map(|i| format_hhmm(i.start)),
        end_time: interval.map(|i| format_hhmm(i.end)),
        full_day: b.full_day,
        location: b.location,
        latitude: b.latitude,
        longitude: b.longitude,
        notes: b.notes,
        payment_option: option,
        total,
        dp_amount: dp,
        amount_due_now: if option == PaymentOption::Full {
            total
        } else {
            dp
        },
        paid: Rupiah(b.paid),
        remaining: total - Rupiah(b.paid),
        payment_deadline: b.payment_deadline,
        reupload_until: b.reupload_until,
        created_at: b.created_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn only_open_windows_hold_a_slot() {
        let now = Utc::now();
        let (later, earlier) = (
            Some(now + Duration::minutes(1)),
            Some(now - Duration::minutes(1)),
        );
        assert!(holds_slot("accepted", None, None, now));
        assert!(holds_slot("waiting_approval", None, None, now));
        assert!(holds_slot("waiting_payment", later, None, now));
        assert!(!holds_slot("waiting_payment", earlier, None, now));
        assert!(!holds_slot("waiting_payment", Some(now), None, now));
        assert!(!holds_slot("waiting_payment", None, later, now));
        assert!(holds_slot("rejected", None, later, now));
        assert!(!holds_slot("rejected", later, earlier, now));
        for gone in ["done", "cancelled", "expired", "nonsense"] {
            assert!(!holds_slot(gone, later, later, now), "{gone}");
        }
    }
}
