use actix_web::{post, web, HttpResponse};
use chrono::Duration;
use sea_orm::sea_query::Expr;
use shared::booking::{Actor, BookingAction};
use shared::booking_dto::Booking;
use shared::payment_dto::{PaymentKind, PaymentStatus, RejectPaymentRequest};
use shared::{BookingStatus, ErrorBody, ErrorCode, FieldErrors};
use uuid::Uuid;

use crate::auth::Staff;
use crate::booking::create::record_event;
use crate::booking::transition::{apply, Change};
use crate::entities::bookings;
use crate::error::{ApiError, ApiResult};
use crate::notify::{self, Notifier};
use crate::repo;
use crate::state::AppState;

/// Rejects a pending proof with a reason. For a DP or full payment the client
/// may upload again within the settings' re-upload window; the slot is held
/// until then. Staff and above.
#[utoipa::path(
    tag = "payments",
    params(("id" = Uuid, Path)),
    request_body = RejectPaymentRequest,
    security(("bearer" = ["staff", "admin", "superadmin"])),
    responses(
        (status = 200, description = "The booking after rejection", body = Booking),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "Already reviewed", body = ErrorBody),
        (status = 422, description = "A reason is required", body = ErrorBody),
    )
)]
#[post("/payments/{id}/reject")]
pub async fn reject_payment(
    state: web::Data<AppState>,
    auth: Staff,
    id: web::Path<Uuid>,
    body: web::Json<RejectPaymentRequest>,
) -> ApiResult<HttpResponse> {
    let reason = body.reason.trim().to_owned();
    if reason.chars().count() < 3 || reason.chars().count() > 500 {
        let mut f = FieldErrors::new();
        f.insert(
            "reason".into(),
            "Tuliskan alasan penolakan (3–500 karakter).".into(),
        );
        return Err(ApiError::Validation(f));
    }
    let settings = repo::settings::get(&state.db).await?;
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
        PaymentStatus::Rejected,
        auth.id,
        Some(reason.clone()),
        now,
    )
    .await?
    {
        return Err(ApiError::msg(
            ErrorCode::Conflict,
            "Bukti ini sudah diperiksa sebelumnya.",
        ));
    }
    let kind = PaymentKind::parse(&payment.kind).unwrap_or(PaymentKind::Dp);
    let reupload_until = if kind == PaymentKind::Balance {
        record_event(
            &txn,
            booking.id,
            Some((auth.id, auth.role)),
            Some(BookingStatus::Accepted),
            BookingStatus::Accepted,
            Some(format!("Bukti pelunasan ditolak: {reason}")),
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
        None
    } else {
        let until = now + Duration::minutes(i64::from(settings.reupload_window_minutes));
        let change = Change::new(
            BookingAction::Reject,
            Actor::Crew(auth.role),
            Some((auth.id, auth.role)),
            now,
        )
        .note(format!("Bukti {} ditolak: {reason}", kind.label_id()))
        .set(
            bookings::Column::ReuploadUntil,
            Expr::value(until.fixed_offset()),
        );
        apply(&txn, &booking, change).await?;
        Some(until)
    };
    if let Some(client) = repo::users::find(&txn, booking.client_id).await? {
        let notifier = Notifier::new(&txn, &state).await?;
        notify::booking::rejected(
            &txn,
            &notifier,
            &booking,
            &client,
            kind,
            &reason,
            reupload_until,
            now,
        )
        .await?;
    }
    crate::audit::record(
        &txn,
        &auth,
        crate::audit::Change::new("payment.reject", "payment", payment.id)
            .summary(format!(
                "{}: bukti {} {} ditolak: {reason}",
                booking.code,
                kind.label_id(),
                shared::Rupiah(payment.amount).format()
            ))
            .diff(
                &serde_json::json!({"payment": "pending", "reason": null}),
                &serde_json::json!({"payment": "rejected", "reason": reason}),
            ),
        now,
    )
    .await?;
    txn.commit().await?;
    state.kick();
    tracing::info!(actor = %auth.id, payment = %payment.id, "payment rejected");
    Ok(HttpResponse::Ok().json(repo::bookings::load_dto(&state.db, booking.id).await?))
}
