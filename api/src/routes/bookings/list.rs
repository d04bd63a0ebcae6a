use actix_web::{get, web, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;
use shared::booking_dto::BookingPage;
use shared::{BookingStatus, ErrorBody, ServiceKind};
use utoipa::IntoParams;

use crate::auth::AuthUser;
use crate::error::ApiResult;
use crate::repo::bookings::{self, BookingFilter};
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListBookingsQuery {
    #[param(minimum = 1, maximum = 1_000_000)]
    pub page: Option<u64>,
    /// 1–100, default 20.
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u64>,
    pub status: Option<BookingStatus>,
    pub kind: Option<ServiceKind>,
    /// Event date from (inclusive), `YYYY-MM-DD`.
    #[param(value_type = Option<String>, format = Date)]
    pub from: Option<NaiveDate>,
    #[param(value_type = Option<String>, format = Date)]
    pub to: Option<NaiveDate>,
    /// Crew only: code, client name, email or phone.
    pub q: Option<String>,
}

/// Bookings, latest event date first: a client gets their own, the crew gets all.
/// Matches are counted up to 1,000 past the page's start (`total_capped`
/// says when there are more), so a page costs the same however long the
/// studio's history.
#[utoipa::path(
    tag = "bookings",
    params(ListBookingsQuery),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = BookingPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
    )
)]
#[get("/bookings")]
pub async fn list_bookings(
    state: web::Data<AppState>,
    auth: AuthUser,
    query: web::Query<ListBookingsQuery>,
) -> ApiResult<HttpResponse> {
    let (page, per_page) = crate::routes::paging::check(query.page, query.per_page)?;
    let crew = auth.role.is_crew();
    let filter = BookingFilter {
        client_id: (!crew).then_some(auth.id),
        status: query.status,
        kind: query.kind,
        from: query.from,
        to: query.to,
        query: if crew { query.q.clone() } else { None },
    };
    let (items, count) = bookings::list(&*state.reads, &filter, page, per_page).await?;
    Ok(HttpResponse::Ok().json(BookingPage {
        items,
        page,
        per_page,
        total: count.total,
        total_capped: count.capped,
    }))
}
