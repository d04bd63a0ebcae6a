//! Serves the built SPA: hashed assets under `/pkg` cached for a year,
//! everything else revalidated, and `index.html` for client-side routes.
//! Unknown `/api/…` paths answer a JSON 404 instead.

use std::path::{Path, PathBuf};

use actix_files::{Files, NamedFile};
use actix_web::dev::{fn_service, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::DefaultHeaders;
use actix_web::{web, HttpResponse, ResponseError};

use crate::error::ApiError;

/// Content-Security-Policy of the SPA: only our own origin; WASM needs
/// `wasm-unsafe-eval`, never `unsafe-eval` or inline scripts.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; \
    font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

#[derive(Clone)]
pub struct SpaDist(pub PathBuf);

pub fn configure(cfg: &mut web::ServiceConfig, dist: &Path) {
    let state = SpaDist(dist.to_path_buf());
    let pkg = dist.join("pkg");
    if pkg.is_dir() {
        cfg.service(
            web::scope("/pkg")
                .wrap(
                    DefaultHeaders::new()
                        .add((header::CACHE_CONTROL, "public, max-age=31536000, immutable")),
                )
                .service(Files::new("/", pkg)),
        );
    }
    if dist.join("index.html").is_file() {
        let fallback_state = state.clone();
        cfg.service(
            web::scope("")
                .wrap(DefaultHeaders::new().add((header::CACHE_CONTROL, "no-cache")))
                .service(
                    Files::new("/", dist)
                        .index_file("index.html")
                        .default_handler(fn_service(move |req: ServiceRequest| {
                            let s = fallback_state.clone();
                            async move { Ok(fallback_response(req, &s).await) }
                        })),
                ),
        );
    }
}

/// The app-wide default service: JSON 404 for the API, else the SPA shell.
pub async fn fallback(req: ServiceRequest) -> Result<ServiceResponse, actix_web::Error> {
    let dist = req
        .app_data::<web::Data<SpaDist>>()
        .map(|d| d.get_ref().clone());
    match dist {
        Some(d) => Ok(fallback_response(req, &d).await),
        None => {
            let (req, _) = req.into_parts();
            Ok(ServiceResponse::new(
                req,
                ApiError::not_found().error_response(),
            ))
        }
    }
}

async fn fallback_response(req: ServiceRequest, dist: &SpaDist) -> ServiceResponse {
    let (req, _) = req.into_parts();
    let path = req.path();
    if path == "/api" || path.starts_with("/api/") || path.starts_with("/pkg/") {
        return ServiceResponse::new(req, ApiError::not_found().error_response());
    }
    let index = dist.0.join("index.html");
    let mut res = match NamedFile::open(&index) {
        Ok(file) => file.use_etag(true).into_response(&req),
        Err(_) => HttpResponse::ServiceUnavailable()
            .content_type("text/html; charset=utf-8")
            .body(
                "<!doctype html><meta charset=utf-8><title>Aruna Moment</title>\
                 <p>Aplikasi web belum dibangun. Jalankan <code>cargo xtask build-web</code> \
                 lalu muat ulang halaman ini. API tersedia di <a href=\"/api/docs/\">/api/docs/</a>.</p>",
            ),
    };
    let headers = res.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    ServiceResponse::new(req, res)
}
