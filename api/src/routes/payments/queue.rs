use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use shared::payment_dto::{PaymentStatus, ReviewItem, ReviewPage};
use shared::{BookingStatus, ErrorBody};
use utoipa::IntoParams;

use crate::auth::Staff;
use crate::error::ApiResult;
use crate::repo;
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PaymentQueueQuery {
    /// Default `pending`: the review queue, oldest first.
    pub status: Option<PaymentStatus>,
    #[param(minimum = 1, maximum = 1_000_000)]
    pub page: Option<u64>,
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u64>,
}

/// Proofs by status with what the crew needs to judge them. Staff and above.
#[utoipa::path(
    tag = "payments",
    params(PaymentQueueQuery),
    security(("bearer" = ["staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = ReviewPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[get("/payments")]
pub async fn list_payments(
    state: web::Data<AppState>,
    _: Staff,
    query: web::Query<PaymentQueueQuery>,
) -> ApiResult<HttpResponse> {
    let (page, per_page) = crate::routes::paging::check(query.page, query.per_page)?;
    let status = query.status.unwrap_or(PaymentStatus::Pending);
    let (rows, total) = repo::payments::by_status(&state.db, status, page, per_page).await?;
    // Three queries for the whole page, not three per row.
    let bookings = repo::bookings::find_many(&state.db, rows.iter().map(|p| p.booking_id)).await?;
    let booking_rows: Vec<_> = bookings.values().cloned().collect();
    let clients = repo::bookings::clients_of(&state.db, &booking_rows).await?;
    let banks: std::collections::HashMap<_, _> = repo::bank_accounts::list(&state.db, true)
        .await?
        .into_iter()
        .map(|b| (b.id, b))
        .collect();
    let mut items = Vec::with_capacity(rows.len());
    for p in &rows {
        let Some(b) = bookings.get(&p.booking_id) else {
            continue;
        };
        let client = clients.get(&b.client_id);
        let bank = banks.get(&p.bank_account_id);
        items.push(ReviewItem {
            payment: repo::payments::to_dto(p, &b.code),
            client_name: client.map(|c| c.full_name.clone()).unwrap_or_default(),
            client_phone: client.map(|c| c.phone.clone()).unwrap_or_default(),
            package_name: b.package_name.clone(),
            event_date: b.event_date,
            booking_status: BookingStatus::parse(&b.status).unwrap_or(BookingStatus::Cancelled),
            bank: bank.map(|x| x.bank.clone()).unwrap_or_default(),
            account_number: bank.map(|x| x.account_number.clone()).unwrap_or_default(),
        });
    }
    Ok(HttpResponse::Ok().json(ReviewPage {
        items,
        page,
        per_page,
        total,
    }))
}
