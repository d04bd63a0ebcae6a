//! Photo uploads of the public site (portfolio, hero slides, about photo):
//! the form field `image`, processed by [`photo::process`] on a blocking
//! thread and stored as a display file and a thumbnail under
//! content-hashed names.

use shared::portfolio::MAX_IMAGE_BYTES;
use shared::ErrorCode;
use uuid::Uuid;

use crate::error::ApiError;
use crate::portfolio::photo::{self, Refusal};
use crate::routes::multipart::{self, FileField, Form};
use crate::state::AppState;

/// Multipart body of an image upload: the photo in the field `image`.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ImageUpload {
    /// JPEG, PNG or WebP, at most 10 MB.
    #[schema(value_type = String, format = Binary)]
    image: Vec<u8>,
}

const IMAGE_FIELD: FileField = FileField {
    name: "image",
    max_bytes: MAX_IMAGE_BYTES,
    too_big: "Ukuran foto maksimal 10 MB.",
    not_multipart: "Kirim foto sebagai multipart/form-data di isian `image`.",
};

/// The photo bytes and the form's other fields.
pub async fn read(
    req: &actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> Result<(Vec<u8>, Form), ApiError> {
    let mut form = multipart::read(req, payload, &IMAGE_FIELD).await?;
    let image = form.file.take().ok_or_else(|| {
        ApiError::msg(
            ErrorCode::BadRequest,
            "Pilih foto untuk diunggah (isian `image`).",
        )
    })?;
    Ok((image, form))
}

fn refused(r: &Refusal) -> ApiError {
    let code = match r {
        Refusal::TooBig => ErrorCode::PayloadTooLarge,
        Refusal::NotAnImage => ErrorCode::UnsupportedMediaType,
        Refusal::TooManyPixels | Refusal::Broken => ErrorCode::ValidationFailed,
    };
    ApiError::msg(code, r.message())
}

/// Where a processed photo was stored.
pub struct Stored {
    pub key: String,
    pub thumb_key: String,
    pub width: u32,
    pub height: u32,
}

impl Stored {
    pub fn keys(&self) -> [&String; 2] {
        [&self.key, &self.thumb_key]
    }
}

/// Processes the upload and writes `<dir>/<hash>-<id>.jpg` and its `-t.jpg`
/// thumbnail. The caller writes its row and calls [`remove`] if that fails.
pub async fn store(
    state: &AppState,
    dir: &str,
    id: Uuid,
    bytes: Vec<u8>,
) -> Result<Stored, ApiError> {
    let processed = crate::cpu::run(move || photo::process(&bytes))
        .await
        .map_err(ApiError::Internal)?
        .map_err(|r| refused(&r))?;
    let stem = format!("{dir}/{}-{}", processed.hash, &id.simple().to_string()[..8]);
    let stored = Stored {
        key: format!("{stem}.jpg"),
        thumb_key: format!("{stem}-t.jpg"),
        width: processed.width,
        height: processed.height,
    };
    state.storage.put(&stored.key, &processed.display).await?;
    if let Err(e) = state.storage.put(&stored.thumb_key, &processed.thumb).await {
        remove(state, [&stored.key]).await;
        return Err(e.into());
    }
    Ok(stored)
}

/// Deletes stored files; a failure is logged (the rows are gone anyway).
pub async fn remove<'a>(state: &AppState, keys: impl IntoIterator<Item = &'a String>) {
    for key in keys {
        if let Err(e) = state.storage.delete(key).await {
            tracing::warn!(error = ?e, key, "could not delete a photo file");
        }
    }
}
