use std::str::FromStr;

use actix_web::{put, web, HttpResponse};
use shared::catalogue::StudioSettings;
use shared::{ErrorBody, Phone};

use crate::auth::Superadmin;
use crate::error::{ApiError, ApiResult};
use crate::repo::settings;
use crate::state::AppState;

/// Saves the studio settings. Superadmin only.
#[utoipa::path(
    tag = "catalogue",
    request_body = StudioSettings,
    security(("bearer" = ["superadmin"])),
    responses(
        (status = 200, body = StudioSettings),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 422, description = "Invalid fields", body = ErrorBody),
    )
)]
#[put("/settings")]
pub async fn update_settings(
    state: web::Data<AppState>,
    auth: Superadmin,
    body: web::Json<StudioSettings>,
) -> ApiResult<HttpResponse> {
    let mut errors = body.validate().err().unwrap_or_default();
    if chrono_tz::Tz::from_str(&body.timezone).is_err() {
        errors.insert(
            "timezone".into(),
            "Zona waktu tidak dikenal, contoh: Asia/Jakarta.".into(),
        );
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let mut clean = body.into_inner();
    clean.name = clean.name.trim().to_owned();
    clean.address = clean.address.trim().to_owned();
    clean.email = clean.email.trim().to_lowercase();
    if let Ok(p) = Phone::parse(&clean.phone) {
        clean.phone = p.into();
    }
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let before = settings::get(&txn).await?;
    settings::put(&txn, &clean, now).await?;
    crate::audit::record(
        &txn,
        &auth,
        crate::audit::Change::new("settings.update", "settings", "studio")
            .summary("Pengaturan studio diubah")
            .diff(&before, &clean),
        now,
    )
    .await?;
    txn.commit().await?;
    tracing::info!(actor = %auth.id, "studio settings updated");
    Ok(HttpResponse::Ok().json(clean))
}
