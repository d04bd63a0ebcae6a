//! ETags on public reads: a GET under `/api/v1` without credentials that
//! answers 200 JSON gets a weak ETag (a hash of the body) and
//! `Cache-Control: no-cache`, so browsers and the mobile apps revalidate
//! and get an empty 304 when nothing changed. Signed-in reads are personal
//! and left alone. Runs inside compression: the tag names the JSON, not
//! its encoding (hence weak).

use actix_web::body::{self, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{Error, HttpResponse};
use sha2::{Digest, Sha256};

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
    let res = next.call(req).await?;
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
    let matches = if_none_match
        .as_deref()
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
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
