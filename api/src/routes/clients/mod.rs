//! Clients in the back office (admin and above).

use actix_web::{get, web, HttpResponse};
use serde::{Deserialize, Serialize};
use shared::backoffice::{ClientDetail, ClientPage};
use shared::ErrorBody;
use utoipa::IntoParams;
use uuid::Uuid;

use crate::auth::Admin;
use crate::error::{ApiError, ApiResult};
use crate::repo::clients;
use crate::state::AppState;

#[derive(Debug, Deserialize, Serialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ClientsQuery {
    /// 1-based page number (default 1).
    #[param(minimum = 1, maximum = 1_000_000)]
    pub page: Option<u64>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u64>,
    /// Matches name, email or phone (any common form).
    pub q: Option<String>,
}

/// Clients, newest registration first, with their booking count, total paid
/// (approved payments) and latest event date.
#[utoipa::path(
    tag = "clients",
    params(ClientsQuery),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = ClientPage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
#[get("/clients")]
pub async fn list_clients(
    state: web::Data<AppState>,
    _: Admin,
    query: web::Query<ClientsQuery>,
) -> ApiResult<HttpResponse> {
    let (page, per_page) = crate::routes::paging::check(query.page, query.per_page)?;
    let (items, total) = clients::page(&state.db, query.q.clone(), page, per_page).await?;
    Ok(HttpResponse::Ok().json(ClientPage {
        items,
        page,
        per_page,
        total,
    }))
}

/// One client with every booking, newest event first. Their conversation is
/// at `/api/v1/conversations/{id}`.
#[utoipa::path(
    tag = "clients",
    params(("id" = Uuid, Path)),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = ClientDetail),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, description = "No client with this id", body = ErrorBody),
    )
)]
#[get("/clients/{id}")]
pub async fn get_client(
    state: web::Data<AppState>,
    _: Admin,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let detail = clients::detail(&state.db, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(HttpResponse::Ok().json(detail))
}
