//! The one reader of `multipart/form-data` bodies (transfer proofs, portfolio
//! and site photos): one file field with its own size limit, short text
//! fields beside it, everything bounded before it is buffered.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_web::{web, HttpRequest};
use futures_util::TryStreamExt as _;
use shared::ErrorCode;

use crate::error::ApiError;

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
    let mut multipart = Multipart::new(req.headers(), payload);
    let mut form = Form {
        file: None,
        texts: HashMap::new(),
    };
    let mut fields = 0;
    while let Some(mut field) = multipart
        .try_next()
        .await
        .map_err(|_| bad("Data formulir tidak dapat dibaca."))?
    {
        fields += 1;
        if fields > MAX_FIELDS {
            return Err(bad("Terlalu banyak isian formulir."));
        }
        let name = field.name().unwrap_or_default().to_owned();
        let is_file = name == spec.name;
        let limit = if is_file {
            spec.max_bytes
        } else {
            TEXT_MAX_BYTES
        };
        let bytes = match field.bytes(limit).await {
            Ok(Ok(b)) => b,
            Ok(Err(_)) => return Err(bad("Data formulir terputus. Coba unggah lagi.")),
            Err(_) if is_file => {
                return Err(ApiError::msg(ErrorCode::PayloadTooLarge, spec.too_big))
            }
            Err(_) => return Err(bad("Isian formulir terlalu panjang.")),
        };
        if is_file {
            form.file = Some(bytes.to_vec());
        } else {
            form.texts
                .insert(name, String::from_utf8_lossy(&bytes).trim().to_owned());
        }
    }
    Ok(form)
}
