use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};
use shared::payment_dto::{Payment, PaymentKind, PaymentStatus};
use shared::Rupiah;
use uuid::Uuid;

use super::select_text::SelectText;
use crate::entities::payments::{self, Entity as Payments};
use crate::error::ApiError;

pub struct NewPayment {
    pub booking_id: Uuid,
    pub kind: PaymentKind,
    pub amount: i64,
    pub bank_account_id: Uuid,
    pub proof_key: String,
    pub proof_content_type: &'static str,
    pub proof_size: usize,
}

pub async fn insert(
    db: &impl ConnectionTrait,
    p: NewPayment,
    now: DateTime<Utc>,
) -> Result<payments::Model, ApiError> {
    Ok(payments::ActiveModel {
        id: Set(Uuid::new_v4()),
        booking_id: Set(p.booking_id),
        kind: Set(p.kind.as_str().to_owned()),
        amount: Set(p.amount),
        bank_account_id: Set(p.bank_account_id),
        proof_key: Set(p.proof_key),
        proof_content_type: Set(p.proof_content_type.to_owned()),
        proof_size: Set(i64::try_from(p.proof_size).unwrap_or(i64::MAX)),
        status: Set(PaymentStatus::Pending.as_str().to_owned()),
        reviewer_id: Set(None),
        reason: Set(None),
        created_at: Set(now.fixed_offset()),
        reviewed_at: Set(None),
    }
    .insert(db)
    .await?)
}

pub async fn find(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<payments::Model>, ApiError> {
    Ok(Payments::find_by_id(id).one(db).await?)
}

pub async fn for_booking(
    db: &impl ConnectionTrait,
    booking_id: Uuid,
) -> Result<Vec<payments::Model>, ApiError> {
    static TEXT: SelectText = SelectText::new();
    let statement = TEXT.statement(db.get_database_backend(), vec![booking_id.into()], || {
        Payments::find()
            .filter(payments::Column::BookingId.eq(booking_id))
            .order_by_asc(payments::Column::CreatedAt)
    });
    Ok(payments::Model::find_by_statement(statement)
        .all(db)
        .await?)
}

pub async fn has_pending(db: &impl ConnectionTrait, booking_id: Uuid) -> Result<bool, ApiError> {
    Ok(Payments::find()
        .filter(payments::Column::BookingId.eq(booking_id))
        .filter(payments::Column::Status.eq(PaymentStatus::Pending.as_str()))
        .count(db)
        .await?
        > 0)
}

pub async fn by_status(
    db: &impl ConnectionTrait,
    status: PaymentStatus,
    page: u64,
    per_page: u64,
) -> Result<(Vec<payments::Model>, u64), ApiError> {
    let paginator = Payments::find()
        .filter(payments::Column::Status.eq(status.as_str()))
        .order_by_asc(payments::Column::CreatedAt)
        .paginate(db, per_page);
    let total = paginator.num_items().await?;
    Ok((paginator.fetch_page(page.saturating_sub(1)).await?, total))
}

/// Records the review if the payment is still pending; false when someone
/// else reviewed it first.
pub async fn review(
    db: &impl ConnectionTrait,
    id: Uuid,
    status: PaymentStatus,
    reviewer: Uuid,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> Result<bool, ApiError> {
    use sea_orm::sea_query::Expr;
    let res = Payments::update_many()
        .col_expr(payments::Column::Status, Expr::value(status.as_str()))
        .col_expr(payments::Column::ReviewerId, Expr::value(reviewer))
        .col_expr(payments::Column::Reason, Expr::value(reason))
        .col_expr(
            payments::Column::ReviewedAt,
            Expr::value(now.fixed_offset()),
        )
        .filter(payments::Column::Id.eq(id))
        .filter(payments::Column::Status.eq(PaymentStatus::Pending.as_str()))
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

pub fn to_dto(p: &payments::Model, booking_code: &str) -> Payment {
    Payment {
        id: p.id,
        booking_id: p.booking_id,
        booking_code: booking_code.to_owned(),
        kind: PaymentKind::parse(&p.kind).unwrap_or(PaymentKind::Dp),
        amount: Rupiah(p.amount),
        bank_account_id: p.bank_account_id,
        status: PaymentStatus::parse(&p.status).unwrap_or(PaymentStatus::Pending),
        reason: p.reason.clone(),
        proof_url: format!("/api/v1/payments/{}/proof", p.id),
        proof_content_type: p.proof_content_type.clone(),
        created_at: p.created_at.with_timezone(&Utc),
        reviewed_at: p.reviewed_at.map(|d| d.with_timezone(&Utc)),
    }
}
