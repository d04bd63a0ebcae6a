//! Public photos (portfolio, hero slides, about): content-hashed names, so
//! they are cached for a year and never change under the same URL.

use actix_web::http::header;
use actix_web::{get, web, HttpResponse};
use shared::ErrorBody;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// A portfolio photo or thumbnail (JPEG).
#[utoipa::path(
    tag = "portfolio",
    params(("file" = String, Path, description = "`<hash>-<id>.jpg` or `…-t.jpg`")),
    responses(
        (status = 200, description = "The JPEG", content_type = "image/jpeg"),
        (status = 404, body = ErrorBody),
    )
)]
#[get("/media/portfolio/{file}")]
pub async fn get_media(
    state: web::Data<AppState>,
    file: web::Path<String>,
) -> ApiResult<HttpResponse> {
    serve(&state, "portfolio", &file).await
}

/// A hero slide or about photo, or its thumbnail (JPEG).
#[utoipa::path(
    tag = "site",
    params(("file" = String, Path, description = "`<hash>-<id>.jpg` or `…-t.jpg`")),
    responses(
        (status = 200, description = "The JPEG", content_type = "image/jpeg"),
        (status = 404, body = ErrorBody),
    )
)]
#[get("/media/site/{file}")]
pub async fn get_site_media(
    state: web::Data<AppState>,
    file: web::Path<String>,
) -> ApiResult<HttpResponse> {
    serve(&state, "site", &file).await
}

async fn serve(state: &AppState, dir: &str, file: &str) -> ApiResult<HttpResponse> {
    if !is_media_name(file) {
        return Err(ApiError::not_found());
    }
    let bytes = state
        .storage
        .get(&format!("{dir}/{file}"))
        .await
        .map_err(|_| ApiError::not_found())?;
    Ok(HttpResponse::Ok()
        .content_type("image/jpeg")
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .body(bytes))
}

/// `<hex>-<hex>.jpg` or `<hex>-<hex>-t.jpg`, as the upload names them.
fn is_media_name(file: &str) -> bool {
    let Some(stem) = file.strip_suffix(".jpg") else {
        return false;
    };
    let stem = stem.strip_suffix("-t").unwrap_or(stem);
    let mut parts = stem.split('-');
    let hex = |p: Option<&str>| {
        p.is_some_and(|p| {
            !p.is_empty() && p.len() <= 40 && p.chars().all(|c| c.is_ascii_hexdigit())
        })
    };
    hex(parts.next()) && hex(parts.next()) && parts.next().is_none()
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_upload_names_are_served() {
        assert!(super::is_media_name("0a1b-c2d3.jpg"));
        assert!(super::is_media_name("0a1b-c2d3-t.jpg"));
        for bad in [
            "../x.jpg",
            "0a1b.jpg",
            "0a1b-c2d3.png",
            "a-b-c.jpg",
            "0a1b-zz.jpg",
            "",
        ] {
            assert!(!super::is_media_name(bad), "{bad}");
        }
    }
}
