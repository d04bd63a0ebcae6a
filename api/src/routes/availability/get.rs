use actix_web::{get, web, HttpResponse};
use chrono::{Duration, NaiveDate};
use serde::Deserialize;
use shared::booking_dto::{format_hhmm, DayAvailability, DayState, TimeRange};
use shared::{ErrorBody, ErrorCode};
use utoipa::IntoParams;

use crate::booking::calendar::{studio_today, studio_tz};
use crate::booking::slots::{full_ranges, no_room_left, Interval, WHOLE_DAY};
use crate::error::{ApiError, ApiResult};
use crate::repo;
use crate::state::AppState;

/// The studio's working hours, for deciding when a day is full.
const WORKING_HOURS: Interval = Interval {
    start: 6 * 60,
    end: 22 * 60,
};
/// Largest range one call may ask for.
const MAX_DAYS: i64 = 92;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AvailabilityQuery {
    #[param(value_type = String, format = Date)]
    pub from: NaiveDate,
    /// Inclusive; at most 92 days after `from`.
    #[param(value_type = String, format = Date)]
    pub to: NaiveDate,
}

/// Each day's state between two dates, for the booking calendar.
#[utoipa::path(
    tag = "bookings",
    params(AvailabilityQuery),
    responses(
        (status = 200, body = Vec<DayAvailability>),
        (status = 400, description = "Missing, malformed or too wide a range", body = ErrorBody),
    )
)]
#[get("/availability")]
pub async fn get_availability(
    state: web::Data<AppState>,
    query: web::Query<AvailabilityQuery>,
) -> ApiResult<HttpResponse> {
    let (from, to) = (query.from, query.to);
    if to < from || (to - from).num_days() >= MAX_DAYS {
        return Err(ApiError::msg(
            ErrorCode::BadRequest,
            "Rentang tanggal tidak valid: `to` tidak boleh sebelum `from`, maksimal 92 hari.",
        ));
    }
    let settings = repo::settings::get(&state.db).await?;
    let now = state.clock.now();
    let earliest = studio_today(now, studio_tz(&settings.timezone))
        + Duration::days(i64::from(settings.min_lead_days));
    let taken = repo::bookings::taken(&state.db, from, to, now, None).await?;
    let mut days = Vec::new();
    let mut date = from;
    while date <= to {
        let blocks = taken.blocks.get(&date).map(Vec::as_slice).unwrap_or(&[]);
        let bookings = taken.bookings.get(&date).map(Vec::as_slice).unwrap_or(&[]);
        let mut full = full_ranges(bookings, settings.capacity);
        full.extend(blocks.iter().copied());
        full.sort_by_key(|iv| iv.start);
        let merged = full_ranges(&full, 1);
        let state = if blocks.contains(&WHOLE_DAY) {
            DayState::Blocked
        } else if no_room_left(&merged, WORKING_HOURS, 60) {
            DayState::Full
        } else if bookings.is_empty() && blocks.is_empty() {
            DayState::Free
        } else {
            DayState::PartlyBooked
        };
        days.push(DayAvailability {
            date,
            state,
            bookable: date >= earliest && !matches!(state, DayState::Blocked | DayState::Full),
            full_ranges: merged
                .iter()
                .map(|iv| TimeRange {
                    start: format_hhmm(iv.start),
                    end: format_hhmm(iv.end),
                })
                .collect(),
        });
        date += Duration::days(1);
    }
    Ok(HttpResponse::Ok().json(days))
}
