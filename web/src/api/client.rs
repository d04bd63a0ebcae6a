//! The HTTP plumbing: JSON bodies, the shared error shape, bearer tokens, and
//! renewing the session when the access token runs out.

use std::borrow::Cow;
use std::cell::RefCell;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::{Method, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use shared::auth::{RefreshRequest, TokenResponse};
use shared::{ErrorBody, ErrorCode};

use super::ApiError;
use crate::state::auth::Session;
use crate::state::{AuthState, SessionEnd};

pub(crate) const API_BASE: &str = "/api/v1";

const JSON: &str = "application/json";

/// One request, kept whole so it can be sent again after a token renewal.
///
/// Paths are relative to `/api/v1` and may carry a query string; build dynamic
/// ones with [`path_with_id`] and [`query`] so ids and values are encoded.
pub(crate) struct Call {
    method: Method,
    path: Cow<'static, str>,
    body: Option<String>,
    accept: &'static str,
}

impl Call {
    pub(crate) fn get(path: impl Into<Cow<'static, str>>) -> Call {
        Call::bodiless(Method::GET, path)
    }

    pub(crate) fn delete(path: impl Into<Cow<'static, str>>) -> Call {
        Call::bodiless(Method::DELETE, path)
    }

    /// A POST without a body (an action such as "approve").
    pub(crate) fn post_empty(path: impl Into<Cow<'static, str>>) -> Call {
        Call::bodiless(Method::POST, path)
    }

    /// A PUT without a body (an idempotent toggle such as "like").
    pub(crate) fn put_empty(path: impl Into<Cow<'static, str>>) -> Call {
        Call::bodiless(Method::PUT, path)
    }

    pub(crate) fn post(
        path: impl Into<Cow<'static, str>>,
        body: &impl Serialize,
    ) -> Result<Call, ApiError> {
        Call::with_body(Method::POST, path, body)
    }

    pub(crate) fn put(
        path: impl Into<Cow<'static, str>>,
        body: &impl Serialize,
    ) -> Result<Call, ApiError> {
        Call::with_body(Method::PUT, path, body)
    }

    pub(crate) fn patch(
        path: impl Into<Cow<'static, str>>,
        body: &impl Serialize,
    ) -> Result<Call, ApiError> {
        Call::with_body(Method::PATCH, path, body)
    }

    /// Asks for another representation than JSON (a PDF); error answers
    /// still come as JSON, so keep `application/json` in the list.
    pub(crate) fn accept(mut self, accept: &'static str) -> Call {
        self.accept = accept;
        self
    }

    fn bodiless(method: Method, path: impl Into<Cow<'static, str>>) -> Call {
        Call {
            method,
            path: path.into(),
            body: None,
            accept: JSON,
        }
    }

    fn with_body(
        method: Method,
        path: impl Into<Cow<'static, str>>,
        body: &impl Serialize,
    ) -> Result<Call, ApiError> {
        let json = serde_json::to_string(body).map_err(|_| ApiError::Decode)?;
        Ok(Call {
            method,
            path: path.into(),
            body: Some(json),
            accept: JSON,
        })
    }
}

/// `/packages` + `7f3c…` → `/packages/7f3c…`, the id percent-encoded.
pub(crate) fn path_with_id(base: &str, id: impl std::fmt::Display) -> String {
    format!("{base}/{}", encode(&id.to_string()))
}

/// `/packages` + `[("kind", "wedding")]` → `/packages?kind=wedding`; pairs
/// whose value is `None` are left out, values are percent-encoded.
pub(crate) fn query(base: &str, pairs: &[(&str, Option<&str>)]) -> String {
    let mut out = base.to_owned();
    let mut sep = '?';
    for (key, value) in pairs {
        if let Some(value) = value {
            out.push(sep);
            out.push_str(key);
            out.push('=');
            out.push_str(&encode(value));
            sep = '&';
        }
    }
    out
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub(crate) fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A call that needs no session.
pub(crate) async fn public<T: DeserializeOwned>(call: Call) -> Result<T, ApiError> {
    decode(send(&call, None).await?).await
}

/// A public call that says who is asking when someone is signed in, so the
/// answer can be personal (which images they like, unpublished posts for
/// admins). A session that cannot be renewed goes out anonymously instead.
pub(crate) async fn public_or_authed<T: DeserializeOwned>(
    auth: AuthState,
    call: Call,
) -> Result<T, ApiError> {
    if auth.current().is_some() {
        match authed_response(auth, &call).await {
            Ok(resp) => return decode(resp).await,
            Err(ApiError::SessionExpired) => {}
            Err(err) => return Err(err),
        }
    }
    public(call).await
}

/// A call that answers `204 No Content` (or any success without a body we need).
pub(crate) async fn public_empty(call: Call) -> Result<(), ApiError> {
    let resp = send(&call, None).await?;
    if resp.ok() {
        Ok(())
    } else {
        Err(error_of(resp).await)
    }
}

/// A call made as the signed-in user. Renews the access token first when it is
/// (nearly) expired; on a 401 renews once and retries once; when renewal fails
/// the session ends, and protected pages send the user to `/login?next=…`.
pub(crate) async fn authed<T: DeserializeOwned>(
    auth: AuthState,
    call: Call,
) -> Result<T, ApiError> {
    decode(authed_response(auth, &call).await?).await
}

/// Like [`authed`], for calls that may answer `204 No Content` (`None`) or a
/// body (`Some`), such as a DELETE that deactivates instead of deleting.
pub(crate) async fn authed_maybe<T: DeserializeOwned>(
    auth: AuthState,
    call: Call,
) -> Result<Option<T>, ApiError> {
    let resp = authed_response(auth, &call).await?;
    if resp.status() == 204 {
        return Ok(None);
    }
    decode(resp).await.map(Some)
}

/// Like [`authed`], for calls whose success body we do not need.
pub(crate) async fn authed_empty(auth: AuthState, call: Call) -> Result<(), ApiError> {
    let resp = authed_response(auth, &call).await?;
    if resp.ok() {
        Ok(())
    } else {
        Err(error_of(resp).await)
    }
}

/// Like [`authed`], for a file: its bytes and its `Content-Type`.
pub(crate) async fn authed_bytes(
    auth: AuthState,
    call: Call,
) -> Result<(Vec<u8>, String), ApiError> {
    let resp = authed_response(auth, &call).await?;
    if !resp.ok() {
        return Err(error_of(resp).await);
    }
    let content_type = resp
        .headers()
        .get("content-type")
        .unwrap_or_else(|| "application/octet-stream".to_owned());
    let bytes = resp.binary().await.map_err(|_| ApiError::Network)?;
    Ok((bytes, content_type))
}

/// A live access token for a request this module does not send itself (an
/// upload through `XMLHttpRequest`, which reports progress).
pub(crate) async fn access_token(auth: AuthState) -> Result<String, ApiError> {
    fresh_access_token(auth).await
}

/// The token to retry with after `spent` got a 401: one another call renewed
/// meanwhile, or a fresh renewal.
pub(crate) async fn token_after_refusal(auth: AuthState, spent: &str) -> Result<String, ApiError> {
    match auth.current() {
        Some(s) if s.access_token != spent && s.access_is_fresh() => Ok(s.access_token),
        Some(_) => Ok(refresh(auth).await?.access_token),
        None => Err(ApiError::SessionExpired),
    }
}

/// Ends the session after a renewed token was refused too.
pub(crate) fn session_expired(auth: AuthState) -> ApiError {
    expire(auth)
}

/// The error for a failed answer whose body was read as text.
pub(crate) fn error_of_text(status: u16, body: &str) -> ApiError {
    match serde_json::from_str::<ErrorBody>(body) {
        Ok(body) => ApiError::Server { status, body },
        Err(_) => ApiError::from_status(status),
    }
}

/// The answer to `call` sent with a live access token: anything but a 401
/// about the token itself, which renews the session and retries once.
async fn authed_response(auth: AuthState, call: &Call) -> Result<Response, ApiError> {
    let token = fresh_access_token(auth).await?;
    let resp = send(call, Some(&token)).await?;
    if resp.status() != 401 {
        return Ok(resp);
    }
    refused_token_or_answer(resp).await?;

    // Another call may have renewed the session while this one was in flight.
    let renewed = match auth.current() {
        Some(s) if s.access_token != token && s.access_is_fresh() => s.access_token,
        Some(_) => refresh(auth).await?.access_token,
        None => return Err(ApiError::SessionExpired),
    };
    let resp = send(call, Some(&renewed)).await?;
    if resp.status() == 401 {
        refused_token_or_answer(resp).await?;
        return Err(expire(auth));
    }
    Ok(resp)
}

/// A 401 is either "your token is no good" (`Ok`, renew and retry) or an
/// answer about the request itself, such as a wrong current password (`Err`).
async fn refused_token_or_answer(resp: Response) -> Result<(), ApiError> {
    let status = resp.status();
    match resp.json::<ErrorBody>().await {
        Ok(body) if body.code == ErrorCode::InvalidCredentials => {
            Err(ApiError::Server { status, body })
        }
        _ => Ok(()),
    }
}

async fn fresh_access_token(auth: AuthState) -> Result<String, ApiError> {
    match auth.current() {
        None => Err(ApiError::SessionExpired),
        Some(s) if s.access_is_fresh() => Ok(s.access_token),
        Some(_) => Ok(refresh(auth).await?.access_token),
    }
}

type Flight = Shared<LocalBoxFuture<'static, Result<Session, ApiError>>>;

thread_local! {
    /// The renewal in progress. Refresh tokens are single-use (and reusing one
    /// revokes the whole session family), so concurrent calls share one renewal.
    static REFRESHING: RefCell<Option<Flight>> = const { RefCell::new(None) };
}

/// Renews the session, joining a renewal already in flight.
pub(crate) async fn refresh(auth: AuthState) -> Result<Session, ApiError> {
    let flight = REFRESHING.with(|slot| {
        slot.borrow_mut()
            .get_or_insert_with(|| {
                async move {
                    let result = refresh_now(auth).await;
                    REFRESHING.with(|slot| slot.borrow_mut().take());
                    result
                }
                .boxed_local()
                .shared()
            })
            .clone()
    });
    flight.await
}

async fn refresh_now(auth: AuthState) -> Result<Session, ApiError> {
    // Another tab may have renewed already; its tokens are in storage.
    if let Some(adopted) = auth.adopt_stored() {
        return Ok(adopted);
    }
    let Some(spent) = auth.current() else {
        return Err(ApiError::SessionExpired);
    };
    let call = Call::post(
        "/auth/refresh",
        &RefreshRequest {
            refresh_token: spent.refresh_token.clone(),
        },
    )?;
    // Offline or a server hiccup keeps the session: the next call tries again.
    let resp = send(&call, None).await?;
    if resp.ok() {
        let tokens: TokenResponse = resp.json().await.map_err(|_| ApiError::Decode)?;
        return match auth.current() {
            // Signed out (or in as someone else) while we were renewing.
            Some(now) if now.refresh_token == spent.refresh_token => Ok(auth.sign_in(tokens)),
            _ => Err(ApiError::SessionExpired),
        };
    }
    match resp.status() {
        400 | 401 | 403 | 422 => {
            // Lost a race with another tab that spent the same token?
            if let Some(adopted) = auth.adopt_stored() {
                return Ok(adopted);
            }
            Err(expire(auth))
        }
        _ => Err(error_of(resp).await),
    }
}

fn expire(auth: AuthState) -> ApiError {
    if auth.current().is_some() {
        auth.end(SessionEnd::Expired);
    }
    ApiError::SessionExpired
}

async fn send(call: &Call, token: Option<&str>) -> Result<Response, ApiError> {
    let mut req = RequestBuilder::new(&format!("{API_BASE}{}", call.path))
        .method(call.method.clone())
        .header("Accept", call.accept);
    if let Some(token) = token {
        req = req.header("Authorization", &format!("Bearer {token}"));
    }
    let req = match &call.body {
        Some(json) => req
            .header("Content-Type", "application/json")
            .body(json.clone()),
        None => req.build(),
    }
    .map_err(|_| ApiError::Network)?;
    req.send().await.map_err(|_| ApiError::Network)
}

async fn decode<T: DeserializeOwned>(resp: Response) -> Result<T, ApiError> {
    if resp.ok() {
        resp.json::<T>().await.map_err(|_| ApiError::Decode)
    } else {
        Err(error_of(resp).await)
    }
}

async fn error_of(resp: Response) -> ApiError {
    let status = resp.status();
    match resp.json::<ErrorBody>().await {
        Ok(body) => ApiError::Server { status, body },
        Err(_) => ApiError::from_status(status),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dynamic_paths_are_encoded() {
        assert_eq!(path_with_id("/packages", "a b/c"), "/packages/a%20b%2Fc");
        assert_eq!(
            query(
                "/packages",
                &[("kind", Some("wedding")), ("x", None), ("q", Some("a&b"))]
            ),
            "/packages?kind=wedding&q=a%26b"
        );
        assert_eq!(query("/packages", &[("kind", None)]), "/packages");
    }
}
