//! The dashboard's figures.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Alias, Expr, Func, SimpleExpr};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait,
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

/// Approved payments per month: one range scan of the revenue index over
/// the whole window, a sum per month, instead of a query per month.
async fn revenue_by_month(
    db: &impl ConnectionTrait,
    months: &[(String, DateTime<Utc>, DateTime<Utc>)],
) -> Result<Vec<MonthRevenue>, ApiError> {
    let (Some(first), Some(last)) = (months.first(), months.last()) else {
        return Ok(Vec::new());
    };
    let mut query = payments::Entity::find()
        .select_only()
        .filter(payments::Column::Status.eq(PaymentStatus::Approved.as_str()))
        .filter(payments::Column::ReviewedAt.gte(first.1.fixed_offset()))
        .filter(payments::Column::ReviewedAt.lt(last.2.fixed_offset()));
    for (i, (_, from, to)) in months.iter().enumerate() {
        let in_month = Expr::col(payments::Column::ReviewedAt)
            .gte(from.fixed_offset())
            .and(Expr::col(payments::Column::ReviewedAt).lt(to.fixed_offset()));
        let amount = Expr::case(in_month, Expr::col(payments::Column::Amount)).finally(0);
        let sum = Func::coalesce([Func::sum(amount).into(), Expr::val(0).into()]);
        query = query.column_as(
            SimpleExpr::from(Func::cast_as(sum, Alias::new("BIGINT"))),
            format!("m{i}"),
        );
    }
    let row = db.query_one(query.build(db.get_database_backend())).await?;
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

    let by_status: HashMap<String, i64> = bookings::Entity::find()
        .select_only()
        .column(bookings::Column::Status)
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
        .group_by(bookings::Column::Status)
        .into_model::<ByStatus>()
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.status, r.n))
        .collect();
    let bookings_by_status = BookingStatus::ALL
        .iter()
        .map(|s| StatusCount {
            status: *s,
            count: count(by_status.get(s.as_str()).copied().unwrap_or(0)),
        })
        .collect();

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
