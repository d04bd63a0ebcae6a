use actix_web::{post, web, HttpResponse};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use shared::booking_dto::parse_hhmm;
use shared::payment_dto::{BookingRequest, CreateRequestBody, RequestKind};
use shared::{BookingStatus, ErrorBody, ErrorCode};
use uuid::Uuid;

use crate::auth::Client;
use crate::booking::create::{check_date_rule, field, package_interval};
use crate::entities::booking_requests;
use crate::error::{ApiError, ApiResult};
use crate::notify::{self, Notifier};
use crate::repo;
use crate::state::AppState;

/// Asks the studio to cancel or reschedule an accepted booking. The booking
/// stays accepted until an admin decides; one request may be pending at a time.
#[utoipa::path(
    tag = "bookings",
    params(("id" = Uuid, Path)),
    request_body = CreateRequestBody,
    security(("bearer" = ["client"])),
    responses(
        (status = 201, body = BookingRequest),
        (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "Not accepted, or a request is already pending", body = ErrorBody),
        (status = 422, body = ErrorBody),
    )
)]
#[post("/bookings/{id}/requests")]
pub async fn create_booking_request(
    state: web::Data<AppState>,
    auth: Client,
    id: web::Path<Uuid>,
    body: web::Json<CreateRequestBody>,
) -> ApiResult<HttpResponse> {
    let booking = repo::bookings::find(&state.db, *id)
        .await?
        .filter(|b| b.client_id == auth.id)
        .ok_or_else(ApiError::not_found)?;
    if BookingStatus::parse(&booking.status) != Some(BookingStatus::Accepted) {
        return Err(ApiError::msg(
            ErrorCode::InvalidTransition,
            "Permintaan pembatalan atau jadwal ulang hanya untuk booking yang sudah diterima.",
        ));
    }
    let reason = body.reason.trim().to_owned();
    if reason.chars().count() < 3 || reason.chars().count() > 1000 {
        return Err(field("reason", "Tuliskan alasan (3–1000 karakter)."));
    }
    let now = state.clock.now();
    let (new_date, new_start) = match body.kind {
        RequestKind::Cancel => (None, None),
        RequestKind::Reschedule => {
            let date = body
                .new_date
                .ok_or_else(|| field("new_date", "Pilih tanggal baru."))?;
            let settings = repo::settings::get(&state.db).await?;
            check_date_rule(date, "new_date", &settings, now)?;
            let package = repo::packages::find(&state.db, booking.package_id)
                .await?
                .ok_or_else(ApiError::not_found)?;
            let start = match body
                .new_start_time
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                Some(t) => Some(parse_hhmm(t).ok_or_else(|| {
                    field("new_start_time", "Jam mulai tidak valid, contoh: 09:00.")
                })?),
                None => None,
            };
            let interval = package_interval(&package, start, "new_start_time")?;
            (Some(date), (!package.full_day).then_some(interval.start))
        }
    };
    let txn = crate::db::begin_write(&state.writer).await?;
    let pending = booking_requests::Entity::find()
        .filter(booking_requests::Column::BookingId.eq(booking.id))
        .filter(booking_requests::Column::Status.eq("pending"))
        .count(&txn)
        .await
        .map_err(ApiError::from)?;
    if pending > 0 {
        return Err(ApiError::msg(
            ErrorCode::Conflict,
            "Masih ada permintaan yang menunggu keputusan studio.",
        ));
    }
    let row = booking_requests::ActiveModel {
        id: Set(Uuid::new_v4()),
        booking_id: Set(booking.id),
        kind: Set(match body.kind {
            RequestKind::Cancel => "cancel",
            RequestKind::Reschedule => "reschedule",
        }
        .to_owned()),
        status: Set("pending".into()),
        reason: Set(reason.clone()),
        new_date: Set(new_date),
        new_start_minute: Set(new_start.and_then(|m| i32::try_from(m).ok())),
        decided_by: Set(None),
        decision_note: Set(None),
        created_at: Set(now.fixed_offset()),
        decided_at: Set(None),
    }
    .insert(&txn)
    .await
    .map_err(ApiError::from)?;
    if let Some(client) = repo::users::find(&txn, booking.client_id).await? {
        let notifier = Notifier::new(&txn, &state).await?;
        notify::booking::request_created(
            &txn, &notifier, &booking, &client, body.kind, &reason, now,
        )
        .await?;
    }
    txn.commit().await?;
    state.kick();
    Ok(HttpResponse::Created().json(repo::requests::to_dto(&row, &booking.code)))
}
