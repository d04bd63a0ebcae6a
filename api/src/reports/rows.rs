//! Approved payments with their booking and client, in approval order.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr, JoinType};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect,
};
use shared::payment_dto::PaymentStatus;
use uuid::Uuid;

use crate::entities::{bank_accounts, bookings, payments, users};
use crate::error::ApiError;

/// One approved payment as the exports and the report print it.
#[derive(Debug, Clone, FromQueryResult)]
pub struct TxRow {
    pub payment_id: Uuid,
    pub approved_at: DateTime<chrono::FixedOffset>,
    pub amount: i64,
    pub payment_kind: String,
    pub bank_account_id: Uuid,
    pub reviewer_id: Option<Uuid>,
    pub booking_code: String,
    pub invoice_number: Option<String>,
    pub service_kind: String,
    pub package_name: String,
    pub client_name: String,
    pub client_phone: String,
}

impl TxRow {
    pub fn approved_utc(&self) -> DateTime<Utc> {
        self.approved_at.with_timezone(&Utc)
    }
}

/// Names looked up once per export: bank accounts and reviewers are few.
#[derive(Debug, Default)]
pub struct Names {
    pub banks: HashMap<Uuid, String>,
    pub staff: HashMap<Uuid, String>,
}

impl Names {
    pub async fn load(db: &impl ConnectionTrait) -> Result<Self, ApiError> {
        let banks = bank_accounts::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|b| (b.id, format!("{} {}", b.bank, b.account_number)))
            .collect();
        let staff = users::Entity::find()
            .filter(users::Column::Role.ne(shared::Role::Client.as_str()))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.full_name))
            .collect();
        Ok(Self { banks, staff })
    }

    pub fn bank(&self, row: &TxRow) -> &str {
        self.banks
            .get(&row.bank_account_id)
            .map_or("", String::as_str)
    }

    pub fn reviewer(&self, row: &TxRow) -> &str {
        row.reviewer_id
            .and_then(|id| self.staff.get(&id))
            .map_or("", String::as_str)
    }
}

/// Where the previous batch ended.
#[derive(Debug, Clone, Copy)]
pub struct Cursor {
    pub at: DateTime<chrono::FixedOffset>,
    pub id: Uuid,
}

/// Up to `limit` approved payments approved in [from, to), after `cursor`.
pub async fn batch(
    db: &impl ConnectionTrait,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    cursor: Option<Cursor>,
    limit: u64,
) -> Result<Vec<TxRow>, ApiError> {
    let client = Alias::new("client");
    let mut q = payments::Entity::find()
        .select_only()
        .column_as(payments::Column::Id, "payment_id")
        .column_as(payments::Column::ReviewedAt, "approved_at")
        .column(payments::Column::Amount)
        .column_as(payments::Column::Kind, "payment_kind")
        .column(payments::Column::BankAccountId)
        .column(payments::Column::ReviewerId)
        .column_as(bookings::Column::Code, "booking_code")
        .column(bookings::Column::InvoiceNumber)
        .column(bookings::Column::ServiceKind)
        .column(bookings::Column::PackageName)
        .column_as(
            Expr::col((client.clone(), users::Column::FullName)),
            "client_name",
        )
        .column_as(
            Expr::col((client.clone(), users::Column::Phone)),
            "client_phone",
        )
        .join(JoinType::InnerJoin, booking_of_payment())
        .join_as(JoinType::InnerJoin, client_of_booking(), client)
        .filter(payments::Column::Status.eq(PaymentStatus::Approved.as_str()))
        .filter(payments::Column::ReviewedAt.gte(from.fixed_offset()))
        .filter(payments::Column::ReviewedAt.lt(to.fixed_offset()));
    if let Some(c) = cursor {
        q = q.filter(
            sea_orm::Condition::any()
                .add(payments::Column::ReviewedAt.gt(c.at))
                .add(
                    sea_orm::Condition::all()
                        .add(payments::Column::ReviewedAt.eq(c.at))
                        .add(payments::Column::Id.gt(c.id)),
                ),
        );
    }
    Ok(q.order_by_asc(payments::Column::ReviewedAt)
        .order_by_asc(payments::Column::Id)
        .limit(limit)
        .into_model::<TxRow>()
        .all(db)
        .await?)
}

pub fn cursor_after(rows: &[TxRow]) -> Option<Cursor> {
    rows.last().map(|r| Cursor {
        at: r.approved_at,
        id: r.payment_id,
    })
}

fn booking_of_payment() -> sea_orm::RelationDef {
    payments::Entity::belongs_to(bookings::Entity)
        .from(payments::Column::BookingId)
        .to(bookings::Column::Id)
        .into()
}

fn client_of_booking() -> sea_orm::RelationDef {
    bookings::Entity::belongs_to(users::Entity)
        .from(bookings::Column::ClientId)
        .to(users::Column::Id)
        .into()
}

/// Approved payments per service kind in [from, to), rupiah.
pub async fn revenue_by_kind(
    db: &impl ConnectionTrait,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<HashMap<String, i64>, ApiError> {
    #[derive(FromQueryResult)]
    struct KindSum {
        service_kind: String,
        amount: i64,
    }
    Ok(payments::Entity::find()
        .select_only()
        .column(bookings::Column::ServiceKind)
        .column_as(
            Expr::cust("CAST(COALESCE(SUM(payments.amount), 0) AS BIGINT)"),
            "amount",
        )
        .join(JoinType::InnerJoin, booking_of_payment())
        .filter(payments::Column::Status.eq(PaymentStatus::Approved.as_str()))
        .filter(payments::Column::ReviewedAt.gte(from.fixed_offset()))
        .filter(payments::Column::ReviewedAt.lt(to.fixed_offset()))
        .group_by(bookings::Column::ServiceKind)
        .into_model::<KindSum>()
        .all(db)
        .await?
        .into_iter()
        .map(|k| (k.service_kind, k.amount))
        .collect())
}
