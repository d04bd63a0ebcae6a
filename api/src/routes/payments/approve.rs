use actix_web::{post, web, HttpResponse};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use shared::booking::{Actor, BookingAction};
use shared::booking_dto::Booking;
use shared::payment_dto::{PaymentKind, PaymentStatus};
use shared::{BookingStatus, ErrorBody, ErrorCode};
use uuid::Uuid;

use crate::auth::Staff;
use crate::booking::create::record_event;
use crate::booking::transition::{apply, Change};
use crate::entities::bookings;
use crate::error::{ApiError, ApiResult};
use crate::notify::{self, Notifier};
use crate::repo;
use crate::state::AppState;

/// Approves a pending proof. A DP or full payment accepts the booking; a
/// balance payment settles it. Staff and above.
#[utoipa::path(
    tag = "payments",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["staff", "admin", "superadmin"])),
    responses(
        (status = 200, description = "The booking after approval", body = Booking),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "Already reviewed, or the booking cannot be accepted", body = ErrorBody),
    )
)]
#[post("/payments/{id}/approve")]
pub async fn approve_payment(
    state: web::Data<AppState>,
    auth: Staff,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let payment = repo::payments::find(&txn, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let booking = repo::bookings::find(&txn, payment.booking_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if !repo::payments::review(
        &txn,
        payment.id,
        PaymentStatus::Approved,
        auth.id,
        None,
        now,
    )
    .await?
    {
        return Err(ApiError::msg(
            ErrorCode::Conflict,
            "Bukti ini sudah diperiksa sebelumnya.",
        ));
    }
    let paid = Expr::col(bookings::Column::Paid).add(payment.amount);
    let kind = PaymentKind::parse(&payment.kind).unwrap_or(PaymentKind::Dp);
    let first_acceptance = kind != PaymentKind::Balance;
    if kind == PaymentKind::Balance {
        bookings::Entity::update_many()
            .col_expr(bookings::Column::Paid, paid)
            .col_expr(bookings::Column::UpdatedAt, Expr::value(now.fixed_offset()))
            .filter(bookings::Column::Id.eq(booking.id))
            .exec(&txn)
            .await?;
        record_event(
            &txn,
            booking.id,
            Some((auth.id, auth.role)),
            Some(BookingStatus::Accepted),
            BookingStatus::Accepted,
            Some("Pelunasan disetujui".into()),
            now,
        )
        .await?;
        crate::live::feed::booking_changed(
            &txn,
            &booking,
            Some(BookingStatus::Accepted),
            BookingStatus::Accepted,
            now,
        )
        .await?;
    } else {
        // The invoice number comes from its counter before the status
        // changes: `apply` must be the last lock this transaction takes.
        let invoice_number = match &booking.invoice_number {
            Some(n) => n.clone(),
            None => crate::booking::invoice::next_number(&txn, now).await?,
        };
        let change = Change::new(
            BookingAction::Approve,
            Actor::Crew(auth.role),
            Some((auth.id, auth.role)),
            now,
        )
        .note(format!("Pembayaran {} disetujui", kind.label_id()))
        .set(bookings::Column::Paid, paid)
        .set(bookings::Column::InvoiceNumber, Expr::value(invoice_number))
        .set(
            bookings::Column::InvoicedAt,
            Expr::value(booking.invoiced_at.unwrap_or(now.fixed_offset())),
        );
        apply(&txn, &booking, change).await?;
    }
    let updated = repo::bookings::find(&txn, booking.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if let Some(client) = repo::users::find(&txn, booking.client_id).await? {
        let notifier = Notifier::new(&txn, &state).await?;
        notify::booking::approved(
            &txn,
            &notifier,
            &updated,
            &client,
            kind,
            payment.amount,
            first_acceptance,
            now,
        )
        .await?;
    }
    crate::audit::record(
        &txn,
        &auth,
        crate::audit::Change::new("payment.approve", "payment", payment.id)
            .summary(format!(
                "{}: {} {} disetujui",
                booking.code,
                kind.label_id(),
                shared::Rupiah(payment.amount).format()
            ))
            .diff(
                &serde_json::json!({"payment": "pending", "booking_status": booking.status, "paid": booking.paid}),
                &serde_json::json!({"payment": "approved", "booking_status": updated.status, "paid": updated.paid}),
            ),
        now,
    )
    .await?;
    txn.commit().await?;
    state.kick();
    tracing::info!(actor = %auth.id, payment = %payment.id, "payment approved");
    Ok(HttpResponse::Ok().json(repo::bookings::load_dto(&state.db, booking.id).await?))
}
