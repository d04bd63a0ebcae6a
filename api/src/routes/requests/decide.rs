use actix_web::{post, web, HttpResponse};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use shared::booking::{Actor, BookingAction};
use shared::payment_dto::{BookingRequest, DecideRequestBody, RequestKind};
use shared::{BookingStatus, ErrorBody, ErrorCode};
use uuid::Uuid;

use crate::auth::{Admin, AuthUser};
use crate::booking::create::{
    check_date_rule, check_slot, field, lock_date, package_interval, record_event,
};
use crate::booking::transition::{apply, Change};
use crate::entities::{booking_reminders, booking_requests, bookings};
use crate::error::{ApiError, ApiResult};
use crate::notify::{self, Notifier};
use crate::repo;
use crate::state::AppState;

/// Approves a request. A cancel cancels the booking and frees its slot (the DP
/// is forfeit); a reschedule moves the booking only if the new slot is free
/// and obeys the date rule, else 409 and nothing changes. Admins.
#[utoipa::path(
    tag = "bookings",
    params(("id" = Uuid, Path)),
    request_body = DecideRequestBody,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = BookingRequest),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "Already decided, booking no longer accepted, or the new slot is taken", body = ErrorBody),
        (status = 422, body = ErrorBody),
    )
)]
#[post("/requests/{id}/approve")]
pub async fn approve_request(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
    body: web::Json<DecideRequestBody>,
) -> ApiResult<HttpResponse> {
    decide(&state, *auth, *id, true, body.note.clone()).await
}

/// Declines a request with a note for the client; the booking stays accepted. Admins.
#[utoipa::path(
    tag = "bookings",
    params(("id" = Uuid, Path)),
    request_body = DecideRequestBody,
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = BookingRequest),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody),
        (status = 422, description = "A note is required", body = ErrorBody),
    )
)]
#[post("/requests/{id}/decline")]
pub async fn decline_request(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
    body: web::Json<DecideRequestBody>,
) -> ApiResult<HttpResponse> {
    decide(&state, *auth, *id, false, body.note.clone()).await
}

async fn decide(
    state: &AppState,
    auth: AuthUser,
    id: Uuid,
    approve: bool,
    note: Option<String>,
) -> ApiResult<HttpResponse> {
    let note = note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    if !approve && note.is_none() {
        return Err(field("note", "Tuliskan alasan penolakan untuk klien."));
    }
    let settings = repo::settings::get(&state.db).await?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let request = booking_requests::Entity::find_by_id(id)
        .one(&txn)
        .await
        .map_err(ApiError::from)?
        .ok_or_else(ApiError::not_found)?;
    let booking = repo::bookings::find(&txn, request.booking_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let decided = booking_requests::Entity::update_many()
        .col_expr(
            booking_requests::Column::Status,
            Expr::value(if approve { "approved" } else { "declined" }),
        )
        .col_expr(booking_requests::Column::DecidedBy, Expr::value(auth.id))
        .col_expr(
            booking_requests::Column::DecisionNote,
            Expr::value(note.clone()),
        )
        .col_expr(
            booking_requests::Column::DecidedAt,
            Expr::value(now.fixed_offset()),
        )
        .filter(booking_requests::Column::Id.eq(request.id))
        .filter(booking_requests::Column::Status.eq("pending"))
        .exec(&txn)
        .await
        .map_err(ApiError::from)?;
    if decided.rows_affected != 1 {
        return Err(ApiError::msg(
            ErrorCode::Conflict,
            "Permintaan ini sudah diputuskan.",
        ));
    }
    let by = Some((auth.id, auth.role));
    let accepted = Some(BookingStatus::Accepted);
    match (approve, repo::requests::kind(&request.kind)) {
        (false, kind) => {
            let what = if kind == RequestKind::Cancel {
                "pembatalan"
            } else {
                "jadwal ulang"
            };
            record_event(
                &txn,
                booking.id,
                by,
                accepted,
                BookingStatus::Accepted,
                Some(format!(
                    "Permintaan {what} ditolak: {}",
                    note.clone().unwrap_or_default()
                )),
                now,
            )
            .await
            .map_err(ApiError::from)?;
        }
        (true, RequestKind::Cancel) => {
            let change = Change::new(BookingAction::Cancel, Actor::Crew(auth.role), by, now)
                .note(format!("Pembatalan disetujui: {}", request.reason));
            apply(&txn, &booking, change).await?;
        }
        (true, RequestKind::Reschedule) => {
            if BookingStatus::parse(&booking.status) != Some(BookingStatus::Accepted) {
                return Err(ApiError::code(ErrorCode::InvalidTransition));
            }
            let date = request
                .new_date
                .ok_or_else(|| ApiError::code(ErrorCode::Conflict))?;
            check_date_rule(date, "new_date", &settings, now)?;
            let package = repo::packages::find(&txn, booking.package_id)
                .await?
                .ok_or_else(ApiError::not_found)?;
            let start = request.new_start_minute.and_then(|m| u32::try_from(m).ok());
            let interval = package_interval(&package, start, "new_start_time")?;
            lock_date(&txn, date).await.map_err(ApiError::from)?;
            check_slot(&txn, date, interval, &settings, now, Some(booking.id)).await?;
            let minute = |m: u32| i32::try_from(m).ok();
            let full = package.full_day;
            bookings::Entity::update_many()
                .col_expr(bookings::Column::EventDate, Expr::value(date))
                .col_expr(
                    bookings::Column::StartMinute,
                    Expr::value(if full { None } else { minute(interval.start) }),
                )
                .col_expr(
                    bookings::Column::EndMinute,
                    Expr::value(if full { None } else { minute(interval.end) }),
                )
                .col_expr(bookings::Column::UpdatedAt, Expr::value(now.fixed_offset()))
                .filter(bookings::Column::Id.eq(booking.id))
                .filter(bookings::Column::Status.eq(BookingStatus::Accepted.as_str()))
                .exec(&txn)
                .await
                .map_err(ApiError::from)?;
            record_event(
                &txn,
                booking.id,
                by,
                accepted,
                BookingStatus::Accepted,
                Some(format!(
                    "Jadwal dipindah dari {} ke {date}",
                    booking.event_date
                )),
                now,
            )
            .await
            .map_err(ApiError::from)?;
            // Reminders follow the new date.
            booking_reminders::Entity::delete_many()
                .filter(booking_reminders::Column::BookingId.eq(booking.id))
                .exec(&txn)
                .await
                .map_err(ApiError::from)?;
        }
    }
    let kind = repo::requests::kind(&request.kind);
    let updated = repo::bookings::find(&txn, booking.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if !(approve && kind == RequestKind::Cancel) {
        // A cancel went through `apply`, which published it already.
        crate::live::feed::booking_changed(&txn, &updated, accepted, BookingStatus::Accepted, now)
            .await?;
    }
    if let Some(client) = repo::users::find(&txn, booking.client_id).await? {
        let notifier = Notifier::new(&txn, state).await?;
        notify::booking::request_decided(
            &txn,
            &notifier,
            &updated,
            &client,
            kind,
            approve,
            note.as_deref(),
            now,
        )
        .await?;
    }
    let what = if kind == RequestKind::Cancel {
        "pembatalan"
    } else {
        "jadwal ulang"
    };
    crate::audit::record(
        &txn,
        &auth,
        crate::audit::Change::new(
            if approve { "request.approve" } else { "request.decline" },
            "booking",
            booking.id,
        )
        .summary(format!(
            "{}: permintaan {what} {}{}",
            booking.code,
            if approve { "disetujui" } else { "ditolak" },
            note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default()
        ))
        .diff(
            &serde_json::json!({"status": booking.status, "event_date": booking.event_date, "start_minute": booking.start_minute}),
            &serde_json::json!({"status": updated.status, "event_date": updated.event_date, "start_minute": updated.start_minute}),
        ),
        now,
    )
    .await?;
    txn.commit().await.map_err(ApiError::from)?;
    state.kick();
    let fresh = booking_requests::Entity::find_by_id(id)
        .one(&state.db)
        .await
        .map_err(ApiError::from)?
        .ok_or_else(ApiError::not_found)?;
    tracing::info!(actor = %auth.id, request = %id, approve, "booking request decided");
    Ok(HttpResponse::Ok().json(repo::requests::to_dto(&fresh, &booking.code)))
}
