//! Serves the built SPA: hashed assets under `/pkg` cached for a year,
//! everything else revalidated, and `index.html` for client-side routes.
//! Unknown `/api/…` paths answer a JSON 404 instead.

use std::path::{Path, PathBuf};

use actix_files::{Files, NamedFile};
use actix_web::dev::{fn_service, ServiceRequest, ServiceResponse};
use actix_web::http::header::ContentEncoding;
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::Method;
use actix_web::middleware::DefaultHeaders;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use shared::ErrorCode;

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
                .service(web::resource("/{file:[^/]+}").route(web::get().to({
                    let pkg = pkg.clone();
                    move |req: HttpRequest, file: web::Path<String>| {
                        let pkg = pkg.clone();
                        async move { asset(&req, &pkg, &file) }
                    }
                })))
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

/// A hashed asset: its `<name>.br` (written by release builds) to browsers
/// that accept brotli, else the file itself (compressed on the fly by the
/// Compress middleware, which leaves an already encoded body alone).
fn asset(req: &HttpRequest, pkg: &Path, name: &str) -> Result<HttpResponse, actix_web::Error> {
    if name.starts_with('.') || name.ends_with(".br") {
        return Err(ApiError::not_found().into());
    }
    let path = pkg.join(name);
    let original = NamedFile::open(&path).map_err(|_| ApiError::not_found())?;
    let accepts_br = req
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .any(|e| e.split(';').next().is_some_and(|c| c.trim() == "br"))
        });
    let br = pkg.join(format!("{name}.br"));
    let mut res = match NamedFile::open(&br) {
        Ok(compressed) if accepts_br => compressed
            .set_content_type(original.content_type().clone())
            .set_content_encoding(ContentEncoding::Brotli)
            .into_response(req),
        _ => original.into_response(req),
    };
    res.headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    Ok(res)
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
    // Pages and media are read, never written: TRACE, POST… get 405.
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut res = ApiError::code(ErrorCode::MethodNotAllowed).error_response();
        res.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return ServiceResponse::new(req, res);
    }
    let index = dist.0.join("index.html");
    let preview = match req.app_data::<web::Data<crate::state::AppState>>() {
        Some(state) => link_preview(state, path).await,
        None => None,
    };
    let mut res = match preview {
        Some(meta) => match tokio::fs::read_to_string(&index).await {
            Ok(html) => HttpResponse::Ok()
                .content_type("text/html; charset=utf-8")
                .body(html.replacen("</head>", &format!("{meta}</head>"), 1)),
            Err(_) => HttpResponse::ServiceUnavailable().finish(),
        },
        None => match NamedFile::open(&index) {
        Ok(file) => file.use_etag(true).into_response(&req),
        Err(_) => HttpResponse::ServiceUnavailable()
            .content_type("text/html; charset=utf-8")
            .body(
                "<!doctype html><meta charset=utf-8><title>Aruna Moment</title>\
                 <p>Aplikasi web belum dibangun. Jalankan <code>cargo xtask build-web</code> \
                 lalu muat ulang halaman ini. API tersedia di <a href=\"/api/docs/\">/api/docs/</a>.</p>",
            ),
        },
    };
    let headers = res.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    ServiceResponse::new(req, res)
}

/// Open Graph tags for a shared portfolio post (`/portfolio/<id>`), so a
/// link pasted into WhatsApp or social media shows its title and photo.
async fn link_preview(state: &crate::state::AppState, path: &str) -> Option<String> {
    let id: uuid::Uuid = path
        .strip_prefix("/portfolio/")?
        .trim_end_matches('/')
        .parse()
        .ok()?;
    let post = crate::portfolio::posts::visible(&state.db, id, false)
        .await
        .ok()?;
    let dto = crate::portfolio::posts::to_dtos(&state.db, &[post], None)
        .await
        .ok()?
        .pop()?;
    let base = state.settings.public_url.trim_end_matches('/');
    let esc = crate::mail::templates::escape;
    let description: String = if dto.story.is_empty() {
        format!("{} — portofolio Aruna Moment", dto.category.name)
    } else {
        dto.story.chars().take(200).collect()
    };
    let mut meta = format!(
        "<meta property=\"og:type\" content=\"article\">\
         <meta property=\"og:site_name\" content=\"Aruna Moment\">\
         <meta property=\"og:title\" content=\"{}\">\
         <meta property=\"og:description\" content=\"{}\">\
         <meta property=\"og:url\" content=\"{base}/portfolio/{}\">\
         <meta name=\"twitter:card\" content=\"summary_large_image\">",
        esc(&dto.title),
        esc(&description),
        dto.id,
    );
    if let Some(image) = dto.images.first() {
        meta.push_str(&format!(
            "<meta property=\"og:image\" content=\"{base}{}\">\
             <meta property=\"og:image:width\" content=\"{}\">\
             <meta property=\"og:image:height\" content=\"{}\">",
            esc(&image.url),
            image.width,
            image.height
        ));
    }
    Some(meta)
}
