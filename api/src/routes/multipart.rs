//! The one reader of `multipart/form-data` bodies (transfer proofs, portfolio
//! and site photos): one file field with its own size limit, short text
//! fields beside it, everything bounded before it is buffered, and in time:
//! a body that stalls (a phone losing signal, or a slow-loris holding the
//! connection) is refused with 408 once it sends nothing for
//! `upload_idle_seconds`, or when it is still arriving after
//! `upload_max_seconds`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use actix_multipart::Multipart;
use actix_web::error::PayloadError;
use actix_web::web::Bytes;
use actix_web::{web, HttpRequest};
use futures_util::{stream, Stream, StreamExt as _, TryStreamExt as _};
use shared::{ErrorCode, FieldErrors};
use tokio::time::Instant;

use crate::error::ApiError;
use crate::state::AppState;

/// Text fields are short: captions, kinds, ids.
const TEXT_MAX_BYTES: usize = 1000;
const MAX_FIELDS: usize = 10;

/// The file a form carries.
pub struct FileField {
    pub name: &'static str,
    pub max_bytes: usize,
    /// The 413 message when the file is larger.
    pub too_big: &'static str,
    /// The 415 message when the body is not multipart at all.
    pub not_multipart: &'static str,
}

pub struct Form {
    pub file: Option<Vec<u8>>,
    /// Other fields, trimmed UTF-8.
    pub texts: HashMap<String, String>,
}

impl Form {
    pub fn text(&mut self, name: &str) -> Option<String> {
        self.texts.remove(name)
    }
}

pub async fn read(
    req: &HttpRequest,
    payload: web::Payload,
    spec: &FileField,
) -> Result<Form, ApiError> {
    let bad = |m: &str| ApiError::msg(ErrorCode::BadRequest, m.to_owned());
    let ctype = req
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !ctype.starts_with("multipart/form-data") {
        return Err(ApiError::msg(
            ErrorCode::UnsupportedMediaType,
            spec.not_multipart,
        ));
    }
    // Bodies are read as sent: a compressed upload is never inflated here.
    let encoded = req
        .headers()
        .get("content-encoding")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| !v.trim().eq_ignore_ascii_case("identity"));
    if encoded {
        return Err(ApiError::msg(
            ErrorCode::UnsupportedMediaType,
            "Unggahan tidak boleh dikompresi (Content-Encoding). Kirim berkasnya apa adanya.",
        ));
    }
    let (idle, most) = req
        .app_data::<web::Data<AppState>>()
        .map(|s| {
            (
                s.settings.upload_idle_seconds,
                s.settings.upload_max_seconds,
            )
        })
        .unwrap_or((30, 600));
    let stalled = Arc::new(AtomicBool::new(false));
    let body = guarded(
        payload,
        Duration::from_secs(idle.max(1)),
        Instant::now() + Duration::from_secs(most.max(1)),
        stalled.clone(),
    );
    let timed_out = || {
        ApiError::msg(
            ErrorCode::RequestTimeout,
            "Unggahan terhenti karena koneksi terlalu lambat. Periksa jaringan lalu unggah lagi.",
        )
    };
    let mut multipart = Multipart::new(req.headers(), body);
    let mut form = Form {
        file: None,
        texts: HashMap::new(),
    };
    let mut fields = 0;
    loop {
        let next = multipart.try_next().await;
        if stalled.load(Ordering::Relaxed) {
            return Err(timed_out());
        }
        let Some(mut field) = next.map_err(|_| bad("Data formulir tidak dapat dibaca."))? else {
            break;
        };
        fields += 1;
        if fields > MAX_FIELDS {
            return Err(bad("Terlalu banyak isian formulir."));
        }
        let name = field.name().unwrap_or_default().to_owned();
        let is_file = name == spec.name;
        if is_file {
            let file_name = field
                .content_disposition()
                .and_then(|cd| cd.get_filename())
                .unwrap_or_default();
            if !plain_file_name(file_name) {
                let mut f = FieldErrors::new();
                f.insert(
                    spec.name.into(),
                    "Nama berkas tidak valid. Ganti nama berkas (tanpa / atau \\) lalu unggah lagi."
                        .into(),
                );
                return Err(ApiError::Validation(f));
            }
        }
        let limit = if is_file {
            spec.max_bytes
        } else {
            TEXT_MAX_BYTES
        };
        let bytes = match field.bytes(limit).await {
            _ if stalled.load(Ordering::Relaxed) => return Err(timed_out()),
            Ok(Ok(b)) => b,
            Ok(Err(_)) => return Err(bad("Data formulir terputus. Coba unggah lagi.")),
            Err(_) if is_file => {
                return Err(ApiError::msg(ErrorCode::PayloadTooLarge, spec.too_big))
            }
            Err(_) => return Err(bad("Isian formulir terlalu panjang.")),
        };
        if is_file {
            form.file = Some(bytes.to_vec());
        } else if bytes.contains(&0) {
            return Err(bad("Isian formulir tidak boleh berisi karakter NUL."));
        } else {
            form.texts
                .insert(name, String::from_utf8_lossy(&bytes).trim().to_owned());
        }
    }
    Ok(form)
}

/// A file name as a browser sends it: a base name, no path, no control
/// characters. It is never used for storage (files get names of our own);
/// anything else is a crafted request and gets a clear refusal.
fn plain_file_name(name: &str) -> bool {
    name != "."
        && name != ".."
        && !name
            .chars()
            .any(|c| c == '/' || c == '\\' || c.is_control())
}

/// The request body, cut off with an I/O error (and `stalled` set) when no
/// chunk arrives within `idle` or the body is still coming at `deadline`.
fn guarded(
    payload: web::Payload,
    idle: Duration,
    deadline: Instant,
    stalled: Arc<AtomicBool>,
) -> impl Stream<Item = Result<Bytes, PayloadError>> + 'static {
    stream::unfold(Some(payload), move |state| {
        let stalled = stalled.clone();
        async move {
            let mut payload = state?;
            let wait = idle.min(deadline.saturating_duration_since(Instant::now()));
            match tokio::time::timeout(wait, payload.next()).await {
                Ok(Some(chunk)) => Some((chunk, Some(payload))),
                Ok(None) => None,
                Err(_) => {
                    stalled.store(true, Ordering::Relaxed);
                    let cut = std::io::Error::new(std::io::ErrorKind::TimedOut, "upload stalled");
                    Some((Err(PayloadError::Io(cut)), None))
                }
            }
        }
    })
    // Multipart may poll again after the end.
    .fuse()
}
