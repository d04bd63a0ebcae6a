use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use shared::auth::User;
use shared::{ErrorBody, Role};
use utoipa::{IntoParams, ToSchema};

use crate::auth::Admin;
use crate::error::ApiResult;
use crate::repo::users::{self, UserFilter};
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListUsersQuery {
    /// 1-based page number (default 1).
    #[param(minimum = 1, maximum = 1_000_000)]
    pub page: Option<u64>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u64>,
    pub role: Option<Role>,
    /// Matches name, email or phone.
    pub q: Option<String>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct UserPage {
    pub items: Vec<User>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

/// Lists accounts for the back office, newest first. Admins and above.
#[utoipa::path(
    tag = "users",
    params(ListUsersQuery),
    security(("bearer" = ["admin", "superadmin"])),
    responses(
        (status = 200, body = UserPage),
        (status = 400, description = "Bad paging parameters", body = ErrorBody),
        (status = 401, description = "No valid access token", body = ErrorBody),
        (status = 403, description = "Not an admin", body = ErrorBody),
    )
)]
#[get("/users")]
pub async fn list_users(
    state: web::Data<AppState>,
    _: Admin,
    query: web::Query<ListUsersQuery>,
) -> ApiResult<HttpResponse> {
    let (page, per_page) = crate::routes::paging::check(query.page, query.per_page)?;
    let filter = UserFilter {
        role: query.role,
        query: query.q.clone(),
    };
    let (items, total) = users::list(&state.db, &filter, page, per_page).await?;
    Ok(HttpResponse::Ok().json(UserPage {
        items: items.iter().map(users::to_dto).collect(),
        page,
        per_page,
        total,
    }))
}
