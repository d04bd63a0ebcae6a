//! The site's content: public reading, admin editing.

pub mod about;
pub mod contact;
pub mod faq;
pub mod hero;

use actix_web::{get, web, HttpResponse};
use shared::site::SiteContent;

use crate::error::ApiResult;
use crate::state::AppState;

/// Hero slides, about text and photo, FAQ and contact details: everything
/// the public pages show, in one response. Public.
#[utoipa::path(tag = "site", responses((status = 200, body = SiteContent)))]
#[get("/site")]
pub async fn get_site(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(crate::site::content(&state.db).await?))
}
