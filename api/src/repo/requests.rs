use chrono::Utc;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use shared::booking_dto::format_hhmm;
use shared::payment_dto::{BookingRequest, RequestKind, RequestStatus};
use uuid::Uuid;

use crate::entities::booking_requests::{self, Entity as Requests};
use crate::error::ApiError;

pub fn kind(s: &str) -> RequestKind {
    if s == "reschedule" {
        RequestKind::Reschedule
    } else {
        RequestKind::Cancel
    }
}

pub fn status(s: &str) -> RequestStatus {
    match s {
        "approved" => RequestStatus::Approved,
        "declined" => RequestStatus::Declined,
        _ => RequestStatus::Pending,
    }
}

pub fn status_str(s: RequestStatus) -> &'static str {
    match s {
        RequestStatus::Pending => "pending",
        RequestStatus::Approved => "approved",
        RequestStatus::Declined => "declined",
    }
}

pub fn to_dto(r: &booking_requests::Model, code: &str) -> BookingRequest {
    BookingRequest {
        id: r.id,
        booking_id: r.booking_id,
        booking_code: code.to_owned(),
        kind: kind(&r.kind),
        status: status(&r.status),
        reason: r.reason.clone(),
        new_date: r.new_date,
        new_start_time: r
            .new_start_minute
            .and_then(|m| u32::try_from(m).ok())
            .map(format_hhmm),
        decision_note: r.decision_note.clone(),
        created_at: r.created_at.with_timezone(&Utc),
        decided_at: r.decided_at.map(|d| d.with_timezone(&Utc)),
    }
}

pub async fn for_booking(
    db: &impl ConnectionTrait,
    booking_id: Uuid,
) -> Result<Vec<booking_requests::Model>, ApiError> {
    Ok(Requests::find()
        .filter(booking_requests::Column::BookingId.eq(booking_id))
        .order_by_asc(booking_requests::Column::CreatedAt)
        .all(db)
        .await?)
}

pub async fn by_status(
    db: &impl ConnectionTrait,
    status: RequestStatus,
) -> Result<Vec<booking_requests::Model>, ApiError> {
    Ok(Requests::find()
        .filter(booking_requests::Column::Status.eq(status_str(status)))
        .order_by_asc(booking_requests::Column::CreatedAt)
        .all(db)
        .await?)
}
