//! The dashboard's figures.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
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
struct Total {
    total: i64,
}

#[derive(Debug, FromQueryResult)]
struct ByStatus {
    status: String,
    n: i64,
}

/// Approved payments whose approval fell in [from, to).
async fn revenue(
    db: &impl ConnectionTrait,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<i64, ApiError> {
    let total = payments::Entity::find()
        .select_only()
        .column_as(
            Expr::cust("CAST(COALESCE(SUM(amount), 0) AS BIGINT)"),
            "total",
        )
        .filter(payments::Column::Status.eq(PaymentStatus::Approved.as_str()))
        .filter(payments::Column::ReviewedAt.gte(from.fixed_offset()))
        .filter(payments::Column::ReviewedAt.lt(to.fixed_offset()))
        .into_model::<Total>()
        .one(db)
        .await?;
    Ok(total.map_or(0, |t| t.total))
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

    let mut revenue_by_month = Vec::with_capacity(12);
    for (month, from, to) in last_months(today, 12, tz) {
        revenue_by_month.push(MonthRevenue {
            month,
            amount: revenue(db, from, to).await?,
        });
    }
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
