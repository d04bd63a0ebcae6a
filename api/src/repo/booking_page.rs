//! A page of bookings, its clients and its capped count in one query that
//! answers one row: the page and its clients as two JSON arrays the
//! database builds.
//!
//! Read as rows, a page of 20 was 21 × 26 values each copied, looked up by
//! name and decoded on the way out of the driver (sqlx's SQLite worker
//! hands every row across threads): 0.5 ms of a list's ~1 ms, against
//! ~0.1 ms of SQL. One text value parsed by serde in one pass costs a
//! fraction of that, and the clients and the count ride in the same
//! round trip.

use std::fmt;
use std::sync::OnceLock;

use chrono::{DateTime, NaiveDateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseBackend, Iden};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer};
use shared::booking_dto::Booking;
use uuid::Uuid;

use super::booking_where::Where;
use super::bookings::{dto, Count, Stored};
use crate::entities::bookings;
use crate::error::ApiError;

/// The columns of [`Stored`], in its field order.
const COLUMNS: [bookings::Column; 23] = [
    bookings::Column::Id,
    bookings::Column::Code,
    bookings::Column::InvoiceNumber,
    bookings::Column::Status,
    bookings::Column::PackageId,
    bookings::Column::ServiceKind,
    bookings::Column::PackageName,
    bookings::Column::ClientId,
    bookings::Column::EventDate,
    bookings::Column::StartMinute,
    bookings::Column::EndMinute,
    bookings::Column::FullDay,
    bookings::Column::Location,
    bookings::Column::Latitude,
    bookings::Column::Longitude,
    bookings::Column::Notes,
    bookings::Column::PaymentOption,
    bookings::Column::Total,
    bookings::Column::DpAmount,
    bookings::Column::Paid,
    bookings::Column::PaymentDeadline,
    bookings::Column::ReuploadUntil,
    bookings::Column::CreatedAt,
];

/// The bookings `which` takes, latest event first, `offset` and `limit` as
/// a list pages them, with their clients; and how many match, counted up
/// to `count_cap + 1`.
pub async fn read(
    db: &impl ConnectionTrait,
    which: Where,
    offset: u64,
    limit: u64,
    count_cap: u64,
) -> Result<(Vec<Booking>, Count), ApiError> {
    let (items, n) = query(db, which, offset, limit, Some(count_cap)).await?;
    let n = n.unwrap_or(0);
    Ok((
        items,
        Count {
            total: n.min(count_cap),
            capped: n > count_cap,
        },
    ))
}

/// The one booking `which` takes (an id, and whose it must be) with its
/// client, in one query.
pub async fn one(db: &impl ConnectionTrait, which: Where) -> Result<Option<Booking>, ApiError> {
    Ok(query(db, which, 0, 1, None).await?.0.pop())
}

/// An SQL integer from a count or a page's bounds.
fn int(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

async fn query(
    db: &impl ConnectionTrait,
    mut which: Where,
    offset: u64,
    limit: u64,
    count_cap: Option<u64>,
) -> Result<(Vec<Booking>, Option<u64>), ApiError> {
    let backend = db.get_database_backend();
    // Plain text around [`Where`]'s conditions: the column lists are made
    // once ([`columns`], [`texts`]), and the conditions, written once,
    // serve both the page and its count. Built by sea-query at every
    // request, the statement was a fifth of one booking's read and a sixth
    // of a list's (callgrind, `perf record`; every request a cache miss).
    let filter = which.clause();
    let (limit, offset) = (which.param(int(limit)), which.param(int(offset)));
    let count = match count_cap {
        Some(cap) => {
            let cap = which.param(int(cap.saturating_add(1)));
            format!(", (SELECT COUNT(*) FROM (SELECT 1 FROM \"bookings\"{filter} LIMIT {cap}) AS \"m\")")
        }
        None => String::new(),
    };
    // A client's own reads name their client: read them once, not once
    // per booking ([`aggregates`]).
    let (aggregates, clients) = aggregates(backend, which.only_client());
    let sql = format!(
        "SELECT {aggregates}{count} FROM (SELECT {columns} FROM \"bookings\"{filter} \
         ORDER BY \"bookings\".\"event_date\" DESC, \"bookings\".\"created_at\" DESC \
         LIMIT {limit} OFFSET {offset}) AS \"p\"{clients}",
        columns = columns(),
    );
    let row = db
        .query_one(which.statement(backend, sql))
        .await?
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("an aggregate answered no row")))?;
    let page: Vec<Stored> = json_array(row.try_get_by_index(0)?, "a booking page")?;
    let clients: Vec<Option<Client>> =
        json_array(row.try_get_by_index(1)?, "a booking page's clients")?;
    let n = count_cap
        .map(|_| row.try_get_by_index::<i64>(2).map(super::count))
        .transpose()?;
    let mut items: Vec<Booking> = page
        .into_iter()
        .map(|stored| {
            let client = clients
                .iter()
                .flatten()
                .find(|c| c.0 == Some(stored.client_id));
            let client = shared::booking_dto::BookingClient {
                id: stored.client_id,
                full_name: client.and_then(|c| c.1.clone()).unwrap_or_default(),
                email: client.and_then(|c| c.2.clone()).unwrap_or_default(),
                phone: client.and_then(|c| c.3.clone()).unwrap_or_default(),
            };
            dto(stored, client)
        })
        .collect();
    // The page's order (the ORDER BY above chose which rows are on it).
    items.sort_by_key(|b| std::cmp::Reverse((b.event_date, b.created_at)));
    Ok((items, n))
}

/// A client of the page: their id, name, email and phone (all null, or the
/// whole entry, where a booking's client was not found).
type Client = (Option<Uuid>, Option<String>, Option<String>, Option<String>);

/// A JSON array the database built, or none (PostgreSQL's aggregate of no
/// rows is NULL).
fn json_array<T: serde::de::DeserializeOwned>(
    json: Option<String>,
    what: &str,
) -> Result<Vec<T>, ApiError> {
    match json.as_deref() {
        Some(json) => serde_json::from_str(json)
            .map_err(|e| ApiError::Internal(anyhow::anyhow!("reading {what}: {e}"))),
        None => Ok(Vec::new()),
    }
}

/// The page's columns, [`COLUMNS`] of `bookings`, as SQL text: made once,
/// the same for both backends.
fn columns() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let table = Iden::to_string(&bookings::Entity);
        COLUMNS
            .iter()
            .map(|c| format!("\"{table}\".\"{}\"", Iden::to_string(c)))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// The SQL that folds the page `p` into a JSON array of [`Stored`] and its
/// clients into one of [`Client`], and what must follow `p` for them.
///
/// PostgreSQL reads each booking's client by its key in a subquery: with a
/// join, its planner chose to hash all the users for a page of 20, and a
/// subquery plans faster and ran in half the time (0.22 + 0.35 ms against
/// 0.35 + 0.70 ms, `EXPLAIN ANALYZE`, warm). Where the read names one
/// client (`client`, the placeholder of their id: a client's own list or
/// booking), it reads them once instead: per booking, a client's list of
/// 20 was 20 lookups of the same row and 20 copies of their name, email
/// and phone to write and parse, 15–20% of PostgreSQL's time and up to 8%
/// of the API's for a list that missed the cache (10× bench data). Looking
/// the page's clients up as one array for the crew's lists as well cost
/// more than it saved (a materialised CTE and a bitmap scan: +20% of
/// PostgreSQL's time).
///
/// SQLite joins the clients (its JSON would take such a subquery's array
/// for text); reading a client once there gained a client's list less
/// than it cost their one booking (±5%).
///
/// The arrays are in no promised order: [`query`] puts the page back in
/// its order (an ORDER BY in the aggregate was a second sort in SQLite, a
/// third of the statement's time).
fn aggregates(backend: DatabaseBackend, client: Option<&str>) -> (String, &'static str) {
    let texts = texts(backend);
    let page = &texts.page;
    let columns = &texts.client;
    match (backend, client) {
        (DatabaseBackend::Postgres, Some(k)) => (
            format!(
                "{page}, (SELECT json_build_array(json_build_array({columns})) \
                 FROM \"users\" AS \"u\" WHERE \"u\".\"id\" = {k})::text"
            ),
            "",
        ),
        (DatabaseBackend::Postgres, None) => (
            format!(
                "{page}, json_agg((SELECT json_build_array({columns}) \
                 FROM \"users\" AS \"u\" WHERE \"u\".\"id\" = \"p\".\"client_id\"))::text"
            ),
            "",
        ),
        _ => (
            format!("{page}, json_group_array(json_array({columns}))"),
            " LEFT JOIN \"users\" AS \"u\" ON \"u\".\"id\" = \"p\".\"client_id\"",
        ),
    }
}

/// The aggregate of the page's bookings and the columns of a client, as
/// [`aggregates`] writes them for `backend`: made once for each.
struct Texts {
    page: String,
    client: String,
}

fn texts(backend: DatabaseBackend) -> &'static Texts {
    static SQLITE: OnceLock<Texts> = OnceLock::new();
    static POSTGRES: OnceLock<Texts> = OnceLock::new();
    let cell = match backend {
        DatabaseBackend::Postgres => &POSTGRES,
        _ => &SQLITE,
    };
    cell.get_or_init(|| {
        let stored = COLUMNS
            .iter()
            .map(|c| column(backend, "p", &c.to_string(), *c))
            .collect::<Vec<_>>()
            .join(", ");
        let id = column(backend, "u", "id", bookings::Column::Id);
        Texts {
            page: match backend {
                DatabaseBackend::Postgres => format!("json_agg(json_build_array({stored}))::text"),
                _ => format!("json_group_array(json_array({stored}))"),
            },
            client: format!("{id}, \"u\".\"full_name\", \"u\".\"email\", \"u\".\"phone\""),
        }
    })
}

/// A column of the page as JSON can carry it. SQLite keeps UUIDs as 16
/// bytes, written out as hex (which `Uuid` reads); its JSON writes a real
/// number to 15 digits, so coordinates go as text of the 17 that give back
/// the same double.
///
/// `c` says which kind of column `table`.`name` is (a user's id is an id
/// as a booking's is).
fn column(backend: DatabaseBackend, table: &str, name: &str, c: bookings::Column) -> String {
    use bookings::Column as C;
    let name = format!("\"{table}\".\"{name}\"");
    if backend != DatabaseBackend::Sqlite {
        return name;
    }
    match c {
        C::Id | C::PackageId | C::ClientId => {
            format!("CASE typeof({name}) WHEN 'blob' THEN hex({name}) ELSE {name} END")
        }
        C::Latitude | C::Longitude => {
            format!("CASE WHEN {name} IS NULL THEN NULL ELSE printf('%!.17g', {name}) END")
        }
        _ => name,
    }
}

/// SQLite's booleans are 0 and 1.
///
/// Read by a visitor, not an untagged enum: serde's untagged enums buffer
/// the value and build an error message for each variant that does not
/// fit, ~2,300 instructions per flag (callgrind).
pub(super) fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    struct Flag;
    impl Visitor<'_> for Flag {
        type Value = bool;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a boolean, or 0 or 1")
        }
        fn visit_bool<E: de::Error>(self, b: bool) -> Result<bool, E> {
            Ok(b)
        }
        fn visit_i64<E: de::Error>(self, n: i64) -> Result<bool, E> {
            Ok(n != 0)
        }
        fn visit_u64<E: de::Error>(self, n: u64) -> Result<bool, E> {
            Ok(n != 0)
        }
    }
    d.deserialize_any(Flag)
}

/// A real number, or its text (SQLite's, see [`column`]), or null; read by
/// a visitor for the reason [`flag`] gives.
pub(super) fn maybe_real<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    struct Real;
    impl Visitor<'_> for Real {
        type Value = Option<f64>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a number, its text, or null")
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
            Ok(Some(n))
        }
        fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
            Ok(Some(n as f64))
        }
        fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
            Ok(Some(n as f64))
        }
        fn visit_str<E: de::Error>(self, t: &str) -> Result<Self::Value, E> {
            t.parse()
                .map(Some)
                .map_err(|_| E::custom(format!("not a number: {t}")))
        }
    }
    d.deserialize_any(Real)
}

pub(super) fn stamp<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
    parse_stamp(&text).ok_or_else(|| serde::de::Error::custom(format!("not a time: {text}")))
}

pub(super) fn maybe_stamp<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    match <Option<std::borrow::Cow<'de, str>>>::deserialize(d)? {
        None => Ok(None),
        Some(text) => parse_stamp(&text)
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom(format!("not a time: {text}"))),
    }
}

/// A stored time as either database writes it: RFC 3339 (sqlx on SQLite,
/// PostgreSQL's JSON), or SQLite's own `YYYY-MM-DD HH:MM:SS[.f][+HH:MM]`.
fn parse_stamp(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.to_utc());
    }
    if let Ok(t) = DateTime::parse_from_str(text, "%F %T%.f%:z") {
        return Some(t.to_utc());
    }
    NaiveDateTime::parse_from_str(text, "%F %T%.f")
        .ok()
        .map(|t| t.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_in_every_stored_form() {
        let t = "2026-11-25T05:23:07.257020+00:00";
        let want = DateTime::parse_from_rfc3339(t).unwrap().to_utc();
        assert_eq!(parse_stamp(t), Some(want));
        assert_eq!(parse_stamp("2026-11-25 12:23:07.257020+07:00"), Some(want));
        assert_eq!(parse_stamp("2026-11-25 05:23:07.257020"), Some(want));
        assert_eq!(parse_stamp("yesterday"), None);
    }

    #[test]
    fn reals_read_as_numbers_or_text_to_the_last_digit() {
        #[derive(Deserialize)]
        struct R(#[serde(deserialize_with = "maybe_real")] Option<f64>);
        for (json, want) in [
            ("null", None),
            ("-6.7342", Some(-6.7342)),
            ("\"-6.7342000000000004\"", Some(-6.7342)),
            ("\"106.82715425491332\"", Some(106.827_154_254_913_32)),
        ] {
            let R(got) = serde_json::from_str(json).unwrap();
            assert_eq!(got, want, "{json}");
        }
        for bad in ["\"north\"", "true", "[1]"] {
            assert!(serde_json::from_str::<R>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn flags_read_as_booleans_or_numbers() {
        #[derive(Deserialize)]
        struct F(#[serde(deserialize_with = "flag")] bool);
        for (json, want) in [("true", true), ("false", false), ("1", true), ("0", false)] {
            let F(got) = serde_json::from_str(json).unwrap();
            assert_eq!(got, want, "{json}");
        }
        for bad in ["\"yes\"", "null", "1.5"] {
            assert!(serde_json::from_str::<F>(bad).is_err(), "{bad}");
        }
    }
}
