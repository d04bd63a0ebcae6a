//! ETags on public reads: a GET under `/api/v1` without credentials that
//! answers 200 JSON gets a weak ETag (a hash of the body) and
//! `Cache-Control: no-cache`, so browsers and the mobile apps revalidate
//! and get an empty 304 when nothing changed. Signed-in reads are personal
//! and left alone. Runs inside compression: the tag names the JSON, not
//! its encoding (hence weak). The same public reads go through the
//! micro-cache (`public_cache`), and every successful write that may touch
//! public data empties it.

use actix_web::body::{self, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, Error, HttpResponse};
use sha2::{Digest, Sha256};

use crate::public_cache::Hit;
use crate::state::AppState;

/// Writes that never change what the public reads: sessions, chat,
/// notification marks.
fn leaves_public_data_alone(path: &str) -> bool {
    [
        "/api/v1/auth/",
        "/api/v1/conversations/",
        "/api/v1/notifications/",
    ]
    .iter()
    .any(|p| path.starts_with(p))
}

pub async fn etag(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let public_read = req.method() == Method::GET
        && req.path().starts_with("/api/v1/")
        && !req.headers().contains_key(header::AUTHORIZATION);
    let if_none_match = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    // The public cache's generation is also the dashboard cache's write
    // signal, so it is bumped even when the public cache itself is off.
    let writes = req
        .app_data::<web::Data<AppState>>()
        .map(|s| s.public_cache.clone());
    let cache = writes.clone().filter(|c| c.enabled());
    let key = req.uri().to_string();
    if public_read {
        if let Some(hit) = cache.as_ref().and_then(|c| c.get(&key)) {
            let (req, _) = req.into_parts();
            return Ok(ServiceResponse::new(
                req,
                from_cache(hit, if_none_match.as_deref()),
            ));
        }
    }
    let invalidates = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        && !leaves_public_data_alone(req.path());
    let generation = cache.as_ref().map(|c| c.generation());
    let res = next.call(req).await?;
    if invalidates && res.status().is_success() {
        if let Some(c) = &writes {
            c.invalidate();
        }
    }
    let json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/json"));
    if !public_read || !json || res.status() != StatusCode::OK {
        return Ok(res.map_into_boxed_body());
    }
    let (req, res) = res.into_parts();
    let (mut head, body) = res.into_parts();
    let bytes = body::to_bytes(body)
        .await
        .map_err(|e| actix_web::error::ErrorInternalServerError(e.into().to_string()))?;
    let tag = format!("W/\"{}\"", hex::encode(&Sha256::digest(&bytes)[..12]));
    let matches = matches(if_none_match.as_deref(), &tag);
    // Only answers with nothing of their own to say about caching.
    if let (Some(c), Some(g)) = (&cache, generation) {
        if !head.headers().contains_key(header::CACHE_CONTROL) {
            let hit = Hit {
                body: bytes.clone(),
                etag: tag.clone(),
            };
            c.put(key, hit, g);
        }
    }
    let headers = head.headers_mut();
    headers.insert(header::ETAG, header::HeaderValue::from_str(&tag)?);
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("no-cache"),
        );
    }
    let res: HttpResponse<BoxBody> = if matches {
        let mut not_modified = HttpResponse::NotModified();
        for (name, value) in head.headers().iter() {
            if name == header::ETAG || name == header::CACHE_CONTROL {
                not_modified.insert_header((name.clone(), value.clone()));
            }
        }
        not_modified.finish()
    } else {
        head.set_body(BoxBody::new(bytes))
    };
    Ok(ServiceResponse::new(req, res))
}

fn matches(if_none_match: Option<&str>, tag: &str) -> bool {
    if_none_match.is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"))
}

/// A cached public read, as the handler and this middleware answered it.
fn from_cache(hit: Hit, if_none_match: Option<&str>) -> HttpResponse<BoxBody> {
    let fresh = matches(if_none_match, &hit.etag);
    let mut res = if fresh {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    res.insert_header((header::ETAG, hit.etag))
        .insert_header((header::CACHE_CONTROL, "no-cache"));
    if fresh {
        res.finish()
    } else {
        res.content_type("application/json").body(hit.body)
    }
}
