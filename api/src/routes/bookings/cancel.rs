use actix_web::{post, web, HttpResponse};
use sea_orm::{ActiveModelTrait, Set};
use shared::booking::{Actor, BookingAction};
use shared::booking_dto::Booking;
use shared::payment_dto::BookingActionRequest;
use shared::{BookingStatus, ErrorBody, ErrorCode};
use uuid::Uuid;

use crate::auth::{Admin, AuthUser, Client};
use crate::booking::transition::{actor_for, apply, Change};
use crate::entities::bookings;
use crate::error::{ApiError, ApiResult};
use crate::notify::{self, Notifier};
use crate::repo;
use crate::state::AppState;
use shared::Role;

/// Cancels a booking and frees its slot at once. The client may cancel until
/// the booking is accepted (after that, DP is forfeit and cancelling is a
/// request the studio decides); admins may cancel any active booking.
#[utoipa::path(
    tag = "bookings",
    params(("id" = Uuid, Path)),
    request_body = BookingActionRequest,
    security(("bearer" = ["client", "admin", "superadmin"])),
    responses(
        (status = 200, body = Booking),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "`invalid_transition`", body = ErrorBody),
    )
)]
#[post("/bookings/{id}/cancel")]
pub async fn cancel_booking(
    state: web::Data<AppState>,
    auth: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<BookingActionRequest>,
) -> ApiResult<HttpResponse> {
    // Clients cancel their own bookings, admins any; staff only look.
    if auth.role == Role::Staff {
        return Err(ApiError::forbidden());
    }
    transition_route(
        &state,
        auth,
        *id,
        BookingAction::Cancel,
        body.reason.clone(),
        "Dibatalkan",
    )
    .await
}

/// Marks an accepted booking done before the scheduler does. Admins.
#[utoipa::path(
    tag = "bookings",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = Booking),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "`invalid_transition`", body = ErrorBody),
    )
)]
#[post("/bookings/{id}/complete")]
pub async fn complete_booking(
    state: web::Data<AppState>,
    auth: Admin,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    transition_route(
        &state,
        *auth,
        *id,
        BookingAction::Complete,
        None,
        "Ditandai selesai",
    )
    .await
}

async fn transition_route(
    state: &AppState,
    auth: AuthUser,
    id: Uuid,
    action: BookingAction,
    reason: Option<String>,
    label: &str,
) -> ApiResult<HttpResponse> {
    let booking = repo::bookings::find_visible(&state.db, id, &auth).await?;
    let note = match reason.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        Some(r) => format!("{label}: {}", r.chars().take(500).collect::<String>()),
        None => label.to_owned(),
    };
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let change = Change::new(
        action,
        actor_for(&booking, auth.id, auth.role),
        Some((auth.id, auth.role)),
        now,
    )
    .note(note.clone());
    let actor = change.actor;
    let to = apply(&txn, &booking, change).await?;
    if let Some(client) = repo::users::find(&txn, booking.client_id).await? {
        let notifier = Notifier::new(&txn, state).await?;
        match to {
            BookingStatus::Cancelled => {
                let by_client = actor == Actor::Owner;
                notify::booking::cancelled(&txn, &notifier, &booking, &client, by_client, now)
                    .await?;
            }
            BookingStatus::Done => {
                notify::booking::done(&txn, &notifier, &booking, &client, now).await?;
            }
            _ => {}
        }
    }
    if auth.role.is_crew() {
        let code = if to == BookingStatus::Done {
            "booking.complete"
        } else {
            "booking.cancel"
        };
        crate::audit::record(
            &txn,
            &auth,
            crate::audit::Change::new(code, "booking", booking.id)
                .summary(format!("{}: {note}", booking.code))
                .diff(
                    &serde_json::json!({"status": booking.status}),
                    &serde_json::json!({"status": to}),
                ),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    state.kick();
    tracing::info!(actor = %auth.id, booking = %booking.id, ?action, "booking changed");
    Ok(HttpResponse::Ok().json(repo::bookings::load_dto(&state.db, id).await?))
}

/// Hides a finished (done, cancelled or expired) booking from the client's
/// own list. The studio still sees it. The owner only.
#[utoipa::path(
    tag = "bookings",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["client"])),
    responses(
        (status = 204, description = "Hidden"),
        (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "`invalid_transition`: the booking is not finished", body = ErrorBody),
    )
)]
#[post("/bookings/{id}/hide")]
pub async fn hide_booking(
    state: web::Data<AppState>,
    auth: Client,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let booking = repo::bookings::find(&state.db, *id)
        .await?
        .filter(|b| b.client_id == auth.id)
        .ok_or_else(ApiError::not_found)?;
    if !BookingStatus::parse(&booking.status).is_some_and(BookingStatus::is_final) {
        return Err(ApiError::msg(
            ErrorCode::InvalidTransition,
            "Hanya booking yang sudah selesai, dibatalkan atau kedaluwarsa yang bisa disembunyikan.",
        ));
    }
    let mut am: bookings::ActiveModel = booking.into();
    am.hidden_by_client = Set(true);
    am.update(&state.db).await.map_err(ApiError::from)?;
    Ok(HttpResponse::NoContent().finish())
}
