//! The dashboard's figures. Counts of bookings and sums of revenue come
//! from running totals that database triggers keep (the dashboard totals
//! migration), so their cost does not grow with the studio's history.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Alias, Expr, Func, Query, SimpleExpr};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use shared::booking_dto::format_hhmm;
use shared::payment_dto::PaymentStatus;
use shared::stats::{DashboardStats, MonthRevenue, StatusCount, UpcomingShoot};
use shared::{BookingStatus, Role};

use super::months::{first_of, last_months, start_of};
use crate::booking::calendar::{studio_today, studio_tz};
use crate::entities::{bookings, payments, users};
use crate::error::ApiError;
use crate::repo::count;

/// Days of upcoming shoots shown, today included.
const UPCOMING_DAYS: i64 = 14;
/// At most this many upcoming shoots listed.
const UPCOMING_MAX: u64 = 50;

#[derive(Debug, FromQueryResult)]
struct ByStatus {
    status: String,
    n: i64,
}

/// `revenue_slots` keys approved payments by the quarter hour of their
/// review (unix seconds / 900); see the dashboard totals migration.
const SLOT_SECONDS: i64 = 900;

/// The quarter hour an instant falls in. Every studio timezone's midnight
/// starts one, so a month's slots are exactly its payments.
fn slot_of(at: DateTime<Utc>) -> i64 {
    at.timestamp().div_euclid(SLOT_SECONDS)
}

/// Approved payments per month, summed from the running quarter-hour
/// totals the database keeps: one range of the table's key per month, at
/// most 2,976 rows each, however many payments they hold.
async fn revenue_by_month(
    db: &impl ConnectionTrait,
    months: &[(String, DateTime<Utc>, DateTime<Utc>)],
) -> Result<Vec<MonthRevenue>, ApiError> {
    if months.is_empty() {
        return Ok(Vec::new());
    }
    let slot = || Expr::col(Alias::new("slot"));
    let mut query = Query::select();
    for (i, (_, from, to)) in months.iter().enumerate() {
        let sum = Func::coalesce([
            Func::sum(Expr::col(Alias::new("amount"))).into(),
            Expr::val(0).into(),
        ]);
        let month = Query::select()
            .expr(Func::cast_as(sum, Alias::new("BIGINT")))
            .from(Alias::new("revenue_slots"))
            .and_where(slot().gte(slot_of(*from)))
            .and_where(slot().lt(slot_of(*to)))
            .to_owned();
        query.expr_as(
            SimpleExpr::SubQuery(None, Box::new(month.into_sub_query_statement())),
            Alias::new(format!("m{i}")),
        );
    }
    let row = db
        .query_one(db.get_database_backend().build(&query))
        .await?;
    Ok(months
        .iter()
        .enumerate()
        .map(|(i, (month, _, _))| MonthRevenue {
            month: month.clone(),
            amount: row
                .as_ref()
                .and_then(|r| r.try_get::<i64>("", &format!("m{i}")).ok())
                .unwrap_or(0),
        })
        .collect())
}

/// Bookings per status, from the running counts the database keeps.
async fn bookings_by_status(db: &impl ConnectionTrait) -> Result<Vec<StatusCount>, ApiError> {
    let query = Query::select()
        .columns([Alias::new("status"), Alias::new("n")])
        .from(Alias::new("booking_status_counts"))
        .to_owned();
    let by_status: HashMap<String, i64> =
        ByStatus::find_by_statement(db.get_database_backend().build(&query))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.status, r.n))
            .collect();
    Ok(BookingStatus::ALL
        .iter()
        .map(|s| StatusCount {
            status: *s,
            count: count(by_status.get(s.as_str()).copied().unwrap_or(0)),
        })
        .collect())
}

pub async fn compute(
    db: &impl ConnectionTrait,
    timezone: &str,
    now: DateTime<Utc>,
) -> Result<DashboardStats, ApiError> {
    let tz = studio_tz(timezone);
    let today = studio_today(now, tz);
    let month_start = start_of(first_of(today), tz);

    let clients = users::Entity::find().filter(users::Column::Role.eq(Role::Client.as_str()));
    let clients_total = clients.clone().count(db).await?;
    let clients_new_this_month = clients
        .filter(users::Column::CreatedAt.gte(month_start.fixed_offset()))
        .count(db)
        .await?;

    let bookings_by_status = bookings_by_status(db).await?;

    let revenue_by_month = revenue_by_month(db, &last_months(today, 12, tz)).await?;
    let revenue_this_month = revenue_by_month.last().map_or(0, |m| m.amount);

    let proofs_waiting = payments::Entity::find()
        .filter(payments::Column::Status.eq(PaymentStatus::Pending.as_str()))
        .count(db)
        .await?;

    let holding: Vec<&str> = BookingStatus::ALL
        .iter()
        .filter(|s| s.holds_slot())
        .map(|s| s.as_str())
        .collect();
    let soon = bookings::Entity::find()
        .filter(bookings::Column::Status.is_in(holding))
        .filter(bookings::Column::EventDate.gte(today))
        .filter(bookings::Column::EventDate.lt(today + Duration::days(UPCOMING_DAYS)))
        .order_by_asc(bookings::Column::EventDate)
        .order_by_asc(bookings::Column::StartMinute)
        .limit(UPCOMING_MAX)
        .all(db)
        .await?;
    let client_ids: HashSet<_> = soon.iter().map(|b| b.client_id).collect();
    let names: HashMap<_, _> = if client_ids.is_empty() {
        HashMap::new()
    } else {
        users::Entity::find()
            .filter(users::Column::Id.is_in(client_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.full_name))
            .collect()
    };
    let upcoming = soon
        .into_iter()
        .filter_map(|b| {
            Some(UpcomingShoot {
                booking_id: b.id,
                client_name: names.get(&b.client_id).cloned().unwrap_or_default(),
                start_time: b
                    .start_minute
                    .and_then(|m| u32::try_from(m).ok())
                    .map(format_hhmm),
                status: BookingStatus::parse(&b.status)?,
                code: b.code,
                package_name: b.package_name,
                event_date: b.event_date,
            })
        })
        .collect();

    Ok(DashboardStats {
        month: first_of(today).format("%Y-%m").to_string(),
        clients_total,
        clients_new_this_month,
        bookings_by_status,
        revenue_this_month,
        revenue_by_month,
        proofs_waiting,
        upcoming,
        generated_at: now,
    })
}
