//! ETags and the read micro-caches. A GET under `/api/v1` without
//! credentials that answers 200 JSON gets a weak ETag (a hash of the body)
//! and `Cache-Control: no-cache`, so browsers and the mobile apps
//! revalidate and get an empty 304 when nothing changed; it is also kept in
//! the public micro-cache. A signed-in caller's own booking reads go
//! through the private micro-cache, keyed by their account, after their
//! token is checked; they get no ETag. Runs inside compression: the tag
//! names the JSON, not its encoding (hence weak). Every successful write
//! bumps the write generation both caches (and the dashboard's) compare.

use actix_web::body::{self, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, Error, HttpMessage, HttpResponse};
use sha2::{Digest, Sha256};

use crate::auth::AuthUser;
use crate::read_cache::{Hit, ReadCache};
use crate::state::AppState;

/// Writes that change neither what the public reads nor any booking:
/// sessions, chat, notification marks.
fn leaves_public_data_alone(path: &str) -> bool {
    [
        "/api/v1/auth/",
        "/api/v1/conversations/",
        "/api/v1/notifications/",
    ]
    .iter()
    .any(|p| path.starts_with(p))
}

/// Signed-in reads worth keeping for a moment: a caller's booking list,
/// one booking and its invoice. Nothing else a signed-in GET answers is
/// cached (chat, notifications and the back office change by other routes).
fn private_cacheable(path: &str) -> bool {
    let Some(rest) = path.strip_prefix("/api/v1/bookings") else {
        return false;
    };
    if rest.is_empty() {
        return true;
    }
    let Some(rest) = rest.strip_prefix('/') else {
        return false;
    };
    let id = rest.strip_suffix("/invoice.pdf").unwrap_or(rest);
    uuid::Uuid::try_parse(id).is_ok()
}

pub async fn etag(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let get = req.method() == Method::GET && req.path().starts_with("/api/v1/");
    let public_read = get && !req.headers().contains_key(header::AUTHORIZATION);
    let if_none_match = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let uri = req.uri().to_string();
    let cache: Option<(&ReadCache, String)> = if public_read {
        Some((&*state.public_cache, uri))
    } else if get && state.private_cache.enabled() && private_cacheable(req.path()) {
        // The same check the handler makes, left in the request for it
        // (`auth::extract`); a refused token goes on to the handler, which
        // answers it.
        match req.extract::<AuthUser>().await {
            Ok(user) => {
                req.extensions_mut().insert(user);
                Some((
                    &*state.private_cache,
                    format!("{}:{}|{uri}", user.id, user.role.as_str()),
                ))
            }
            Err(_) => None,
        }
    } else {
        None
    };
    let cache = cache.filter(|(c, _)| c.enabled());
    if let Some(hit) = cache.as_ref().and_then(|(c, key)| c.get(key)) {
        let (req, _) = req.into_parts();
        return Ok(ServiceResponse::new(
            req,
            from_cache(hit, if_none_match.as_deref()),
        ));
    }
    let invalidates = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        && !leaves_public_data_alone(req.path());
    let generation = state.writes.current();
    let res = next.call(req).await?;
    if invalidates && res.status().is_success() {
        state.writes.bump();
    }
    let json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/json"));
    let ok = res.status() == StatusCode::OK;
    if public_read && ok && json {
        let store = cache.map(|(c, key)| (c, key, generation));
        return tag_public(res, if_none_match.as_deref(), store).await;
    }
    let Some((cache, key)) = cache.filter(|_| ok && !public_read) else {
        return Ok(res.map_into_boxed_body());
    };
    let (req, res) = res.into_parts();
    let (head, body) = res.into_parts();
    let bytes = buffered(body).await?;
    let headers = head
        .headers()
        .iter()
        .map(|(n, v)| (n.clone(), v.clone()))
        .collect();
    cache.put(
        key,
        Hit {
            body: bytes.clone(),
            headers,
        },
        generation,
    );
    Ok(ServiceResponse::new(
        req,
        head.set_body(BoxBody::new(bytes)),
    ))
}

/// A public 200 JSON answer: tagged, kept in the public cache when it has
/// nothing of its own to say about caching, and 304 when the caller has it.
async fn tag_public(
    res: ServiceResponse<impl MessageBody + 'static>,
    if_none_match: Option<&str>,
    cache: Option<(&ReadCache, String, u64)>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let (req, res) = res.into_parts();
    let (mut head, body) = res.into_parts();
    let bytes = buffered(body).await?;
    let tag = format!("W/\"{}\"", hex::encode(&Sha256::digest(&bytes)[..12]));
    let tag_value = header::HeaderValue::from_str(&tag)?;
    let own_cache_control = head.headers().contains_key(header::CACHE_CONTROL);
    if let (Some((c, key, g)), false) = (cache, own_cache_control) {
        let hit = Hit {
            body: bytes.clone(),
            headers: vec![
                (
                    header::CONTENT_TYPE,
                    header::HeaderValue::from_static("application/json"),
                ),
                (header::ETAG, tag_value.clone()),
                (
                    header::CACHE_CONTROL,
                    header::HeaderValue::from_static("no-cache"),
                ),
            ],
        };
        c.put(key, hit, g);
    }
    let headers = head.headers_mut();
    headers.insert(header::ETAG, tag_value);
    if !own_cache_control {
        headers.insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("no-cache"),
        );
    }
    let res: HttpResponse<BoxBody> = if matches(if_none_match, &tag) {
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

/// The whole body, to hash or to keep.
async fn buffered(body: impl MessageBody) -> Result<web::Bytes, Error> {
    body::to_bytes(body)
        .await
        .map_err(|e| actix_web::error::ErrorInternalServerError(e.into().to_string()))
}

fn matches(if_none_match: Option<&str>, tag: &str) -> bool {
    if_none_match.is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"))
}

/// A cached answer as the handler gave it; 304 when it carries the ETag
/// the caller already has.
fn from_cache(hit: Hit, if_none_match: Option<&str>) -> HttpResponse<BoxBody> {
    let tag = hit.header(&header::ETAG).and_then(|v| v.to_str().ok());
    if tag.is_some_and(|t| matches(if_none_match, t)) {
        let mut res = HttpResponse::NotModified();
        for (name, value) in &hit.headers {
            if name == header::ETAG || name == header::CACHE_CONTROL {
                res.insert_header((name.clone(), value.clone()));
            }
        }
        return res.finish();
    }
    let mut res = HttpResponse::Ok();
    for (name, value) in hit.headers {
        res.insert_header((name, value));
    }
    res.body(hit.body)
}
