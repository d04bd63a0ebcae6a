//! Every JSON body this API takes is an object. serde would also read a
//! struct from an array (`[null, null]` fills its fields in order), so a
//! request that is not an object is refused before any handler sees it:
//! the first non-blank byte of a JSON body must be `{`. Text may not carry
//! NUL (`\u0000` in a JSON body, `%00` in a query string): PostgreSQL
//! refuses it in text columns and parameters, and no form needs it. The
//! checks stream (nothing is buffered). A compressed body is left to the
//! extractor, which inflates it: its bytes say nothing here.

use std::io;
use std::pin::Pin;

use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::http::{header, Method};
use actix_web::middleware::Next;
use actix_web::web::Bytes;
use actix_web::{Error, HttpMessage as _};
use futures_util::{stream, Stream, StreamExt as _};

/// The I/O error texts the JSON error handler recognises.
pub const NOT_AN_OBJECT: &str = "the JSON body is not an object";
pub const HAS_NUL: &str = "the JSON body carries a NUL character";

const NUL_ESCAPE: &[u8] = b"\\u0000";

pub async fn objects_only(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    if req.query_string().contains("%00") {
        return Err(crate::error::ApiError::msg(
            shared::ErrorCode::BadRequest,
            "Parameter tidak boleh berisi karakter NUL (%00).",
        )
        .into());
    }
    if carries_plain_json(&req) {
        let guarded = guard(req.take_payload());
        let boxed: Pin<Box<dyn Stream<Item = Result<Bytes, PayloadError>>>> = Box::pin(guarded);
        req.set_payload(Payload::from(boxed));
    }
    next.call(req).await
}

fn carries_plain_json(req: &ServiceRequest) -> bool {
    let writes = matches!(
        *req.method(),
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    );
    let json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|m| {
            let m = m.trim().to_ascii_lowercase();
            m == "application/json" || m.ends_with("+json")
        });
    let encoded = req.headers().contains_key(header::CONTENT_ENCODING);
    writes && json && !encoded
}

fn guard(payload: Payload) -> impl Stream<Item = Result<Bytes, PayloadError>> + 'static {
    // (payload, whether the first byte was seen, the last bytes of the
    // previous chunk), or None once cut off.
    stream::unfold(Some((payload, false, Vec::new())), |state| async move {
        let (mut payload, mut seen, carry) = state?;
        let chunk = match payload.next().await? {
            Ok(chunk) => chunk,
            Err(e) => return Some((Err(e), None)),
        };
        let refuse = |why: &str| {
            let refused = io::Error::new(io::ErrorKind::InvalidData, why.to_owned());
            Some((Err(PayloadError::Io(refused)), None))
        };
        if !seen {
            match chunk.iter().find(|b| !b.is_ascii_whitespace()) {
                None => {}
                Some(b'{') => seen = true,
                Some(_) => return refuse(NOT_AN_OBJECT),
            }
        }
        // The escape may straddle two chunks.
        let mut window = carry;
        window.extend_from_slice(&chunk);
        if window.windows(NUL_ESCAPE.len()).any(|w| w == NUL_ESCAPE) {
            return refuse(HAS_NUL);
        }
        let keep = window.len().saturating_sub(NUL_ESCAPE.len() - 1);
        window.drain(..keep);
        Some((Ok(chunk), Some((payload, seen, window))))
    })
    .fuse()
}
