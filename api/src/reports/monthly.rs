//! The monthly report's figures: bookings by event date, revenue by approval
//! time, both in the studio's timezone, beside the month before.

use std::collections::HashMap;

use chrono::{DateTime, Months, NaiveDate, Utc};
use chrono_tz::Tz;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QuerySelect,
};
use shared::backoffice::{KindRevenue, KindStatusCount, MonthlyReport, ReportPayment};
use shared::payment_dto::PaymentKind;
use shared::{BookingStatus, ServiceKind};

use super::rows::{self, TxRow};
use crate::entities::bookings;
use crate::error::ApiError;
use crate::repo::count;
use crate::stats::months::start_of;

/// At most this many payments are listed in one month's report.
pub const PAYMENTS_MAX: u64 = 5_000;

/// The first day of `YYYY-MM`, or `None` for anything else.
pub fn parse_month(text: &str) -> Option<NaiveDate> {
    let (y, m) = text.trim().split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
}

struct Month {
    label: String,
    first: NaiveDate,
    next: NaiveDate,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
}

impl Month {
    fn of(first: NaiveDate, tz: Tz) -> Option<Self> {
        let next = first.checked_add_months(Months::new(1))?;
        Some(Self {
            label: first.format("%Y-%m").to_string(),
            first,
            next,
            from: start_of(first, tz),
            to: start_of(next, tz),
        })
    }
}

#[derive(FromQueryResult)]
struct KindStatus {
    service_kind: String,
    status: String,
    n: i64,
}

async fn bookings_by_kind_status(
    db: &impl ConnectionTrait,
    m: &Month,
) -> Result<Vec<KindStatus>, ApiError> {
    Ok(bookings::Entity::find()
        .select_only()
        .column(bookings::Column::ServiceKind)
        .column(bookings::Column::Status)
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
        .filter(bookings::Column::EventDate.gte(m.first))
        .filter(bookings::Column::EventDate.lt(m.next))
        .group_by(bookings::Column::ServiceKind)
        .group_by(bookings::Column::Status)
        .into_model::<KindStatus>()
        .all(db)
        .await?)
}

pub fn to_payment(row: &TxRow) -> ReportPayment {
    ReportPayment {
        payment_id: row.payment_id,
        booking_code: row.booking_code.clone(),
        client_name: row.client_name.clone(),
        kind: ServiceKind::parse(&row.service_kind).unwrap_or(ServiceKind::Event),
        payment_kind: PaymentKind::parse(&row.payment_kind)
            .unwrap_or(PaymentKind::Dp)
            .as_str()
            .to_owned(),
        amount: row.amount,
        approved_at: row.approved_utc(),
    }
}

/// The report for the month starting `first`.
pub async fn compute(
    db: &impl ConnectionTrait,
    first: NaiveDate,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<MonthlyReport, ApiError> {
    let bad = || ApiError::msg(shared::ErrorCode::BadRequest, "Bulan tidak valid.");
    let this = Month::of(first, tz).ok_or_else(bad)?;
    let prev_first = first.checked_sub_months(Months::new(1)).ok_or_else(bad)?;
    let prev = Month::of(prev_first, tz).ok_or_else(bad)?;

    let counts = bookings_by_kind_status(db, &this).await?;
    let counts_prev = bookings_by_kind_status(db, &prev).await?;
    let mut by_pair: HashMap<(ServiceKind, BookingStatus), u64> = HashMap::new();
    for c in &counts {
        if let (Some(k), Some(s)) = (
            ServiceKind::parse(&c.service_kind),
            BookingStatus::parse(&c.status),
        ) {
            *by_pair.entry((k, s)).or_default() += count(c.n);
        }
    }
    let mut bookings_by_kind_status = Vec::new();
    for kind in ServiceKind::ALL {
        for status in BookingStatus::ALL {
            if let Some(n) = by_pair.get(&(kind, status)).copied().filter(|n| *n > 0) {
                bookings_by_kind_status.push(KindStatusCount {
                    kind,
                    status,
                    count: n,
                });
            }
        }
    }
    let bookings_total = counts.iter().map(|c| count(c.n)).sum();
    let bookings_total_previous = counts_prev.iter().map(|c| count(c.n)).sum();

    let revenue = rows::revenue_by_kind(db, this.from, this.to).await?;
    let revenue_prev = rows::revenue_by_kind(db, prev.from, prev.to).await?;
    let revenue_by_kind: Vec<KindRevenue> = ServiceKind::ALL
        .iter()
        .map(|k| KindRevenue {
            kind: *k,
            amount: revenue.get(k.as_str()).copied().unwrap_or(0),
            previous: revenue_prev.get(k.as_str()).copied().unwrap_or(0),
        })
        .collect();
    let revenue_total = revenue.values().sum();
    let revenue_total_previous = revenue_prev.values().sum();

    let payments = rows::batch(db, this.from, this.to, None, PAYMENTS_MAX)
        .await?
        .iter()
        .map(to_payment)
        .collect();

    Ok(MonthlyReport {
        month: this.label,
        previous_month: prev.label,
        bookings_total,
        bookings_total_previous,
        revenue_total,
        revenue_total_previous,
        bookings_by_kind_status,
        revenue_by_kind,
        payments,
        generated_at: now,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse_strictly() {
        assert_eq!(parse_month("2026-02"), NaiveDate::from_ymd_opt(2026, 2, 1));
        for bad in ["2026-13", "2026-2", "26-02", "2026/02", "", "2026-02-01"] {
            assert_eq!(parse_month(bad), None, "{bad}");
        }
    }
}
