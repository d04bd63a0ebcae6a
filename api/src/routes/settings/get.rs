use actix_web::{get, web, HttpResponse};
use shared::catalogue::StudioSettings;

use crate::error::ApiResult;
use crate::repo::settings;
use crate::state::AppState;

/// The studio's public settings: contact details and booking rules.
#[utoipa::path(tag = "catalogue", responses((status = 200, body = StudioSettings)))]
#[get("/settings")]
pub async fn get_settings(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(settings::get(&state.db).await?))
}
