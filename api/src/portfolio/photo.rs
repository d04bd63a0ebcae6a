//! Turning an uploaded photo into what the site serves: recognised by its
//! content (JPEG, PNG or WebP only), dimensions checked before decoding (no
//! image bombs), turned upright, resized to a display size and a thumbnail,
//! and re-encoded as JPEG, which drops EXIF and any other metadata.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use sha2::{Digest, Sha256};
use shared::portfolio::{DISPLAY_MAX_PX, MAX_IMAGE_BYTES, THUMB_MAX_PX};

/// Largest side accepted in an upload.
const MAX_SIDE: u32 = 12_000;
/// Largest pixel count accepted (about a 60-megapixel camera).
const MAX_PIXELS: u64 = 64_000_000;
const QUALITY: u8 = 82;

#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    TooBig,
    NotAnImage,
    TooManyPixels,
    Broken,
}

impl Refusal {
    pub fn message(&self) -> &'static str {
        match self {
            Refusal::TooBig => "Ukuran foto maksimal 10 MB.",
            Refusal::NotAnImage => "Unggah foto JPEG, PNG atau WebP.",
            Refusal::TooManyPixels => {
                "Dimensi foto terlalu besar (maksimal 12.000 piksel per sisi)."
            }
            Refusal::Broken => "Foto tidak dapat dibaca. Coba ekspor ulang lalu unggah lagi.",
        }
    }
}

pub struct Processed {
    pub display: Vec<u8>,
    pub thumb: Vec<u8>,
    pub width: u32,
    pub height: u32,
    /// Content hash of the display file: its storage name.
    pub hash: String,
}

/// The format, from the first bytes only.
pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(ImageFormat::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(ImageFormat::Png)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(ImageFormat::WebP)
    } else {
        None
    }
}

fn jpeg(img: &DynamicImage) -> Result<Vec<u8>, Refusal> {
    let mut out = Vec::new();
    let rgb = DynamicImage::ImageRgb8(img.to_rgb8());
    rgb.write_with_encoder(JpegEncoder::new_with_quality(&mut out, QUALITY))
        .map_err(|_| Refusal::Broken)?;
    Ok(out)
}

/// CPU-bound: call from a blocking thread.
pub fn process(bytes: &[u8]) -> Result<Processed, Refusal> {
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(Refusal::TooBig);
    }
    let format = sniff(bytes).ok_or(Refusal::NotAnImage)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_PIXELS * 4);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|_| Refusal::Broken)?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 || u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(Refusal::TooManyPixels);
    }
    let orientation = decoder.orientation().map_err(|_| Refusal::Broken)?;
    let mut img = DynamicImage::from_decoder(decoder).map_err(|e| match e {
        image::ImageError::Limits(_) => Refusal::TooManyPixels,
        _ => Refusal::Broken,
    })?;
    img.apply_orientation(orientation);
    let display = if img.width().max(img.height()) > DISPLAY_MAX_PX {
        img.resize(DISPLAY_MAX_PX, DISPLAY_MAX_PX, FilterType::Triangle)
    } else {
        img
    };
    let thumb = display.resize(THUMB_MAX_PX, THUMB_MAX_PX, FilterType::Triangle);
    let display_bytes = jpeg(&display)?;
    let hash = hex::encode(&Sha256::digest(&display_bytes)[..16]);
    Ok(Processed {
        thumb: jpeg(&thumb)?,
        width: display.width(),
        height: display.height(),
        display: display_bytes,
        hash,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = DynamicImage::new_rgb8(w, h);
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn photos_are_resized_and_re_encoded_as_jpeg() {
        let p = process(&png(3200, 1600)).unwrap();
        assert_eq!((p.width, p.height), (1600, 800));
        assert!(p.display.starts_with(&[0xFF, 0xD8, 0xFF]));
        let thumb = image::load_from_memory(&p.thumb).unwrap();
        assert_eq!((thumb.width(), thumb.height()), (480, 240));
        // Small photos keep their size.
        let small = process(&png(300, 200)).unwrap();
        assert_eq!((small.width, small.height), (300, 200));
    }

    #[test]
    fn anything_else_is_refused() {
        assert_eq!(
            process(b"<html><script>x</script>").err(),
            Some(Refusal::NotAnImage)
        );
        assert_eq!(process(b"%PDF-1.7").err(), Some(Refusal::NotAnImage));
        // A PNG header that claims 100,000 × 100,000 pixels.
        let mut bomb = png(1, 1);
        bomb[16..20].copy_from_slice(&100_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&100_000u32.to_be_bytes());
        assert!(matches!(
            process(&bomb),
            Err(Refusal::TooManyPixels | Refusal::Broken)
        ));
        let mut truncated = png(50, 50);
        truncated.truncate(40);
        assert!(process(&truncated).is_err());
    }
}
