//! A second look at a transfer proof once its type is known from its first
//! bytes: a PDF must carry no active content (JavaScript, launch actions,
//! embedded files, forms that run scripts), including inside compressed
//! object streams and behind `#xx`-escaped names; an image must have sane
//! dimensions in its header (no image bombs for the crew's browsers).
//! CPU-bound: call from a blocking thread.

use std::io::{Cursor, Read};

use image::{ImageFormat, ImageReader};

use crate::storage::ProofType;

/// Largest side and pixel count of a proof image (a phone screenshot or a
/// photo of a receipt is far below).
const MAX_SIDE: u32 = 12_000;
const MAX_PIXELS: u64 = 64_000_000;
/// Most bytes inflated from one PDF's streams: a compression bomb stops here.
const MAX_INFLATED: u64 = 64 * 1024 * 1024;

/// PDF names that make a viewer run or open something.
const ACTIVE: &[&[u8]] = &[
    b"JavaScript",
    b"JS",
    b"Launch",
    b"EmbeddedFile",
    b"EmbeddedFiles",
    b"RichMedia",
    b"XFA",
    b"SubmitForm",
    b"ImportData",
];

#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    ActivePdf,
    /// Streams that inflate past `MAX_INFLATED`.
    PdfBomb,
    TooManyPixels,
    Unreadable,
}

impl Refusal {
    pub fn message(&self) -> &'static str {
        match self {
            Refusal::ActivePdf => {
                "PDF bukti berisi skrip atau lampiran. Simpan ulang sebagai PDF biasa atau unggah fotonya."
            }
            Refusal::PdfBomb => {
                "PDF bukti terlalu besar ketika dibuka. Unggah foto atau tangkapan layar bukti transfer."
            }
            Refusal::TooManyPixels => {
                "Dimensi gambar terlalu besar (maksimal 12.000 piksel per sisi). Unggah tangkapan layar biasa."
            }
            Refusal::Unreadable => "Berkas bukti rusak atau tidak dapat dibaca. Ekspor ulang lalu unggah lagi.",
        }
    }
}

pub fn inspect(bytes: &[u8], kind: ProofType) -> Result<(), Refusal> {
    match kind {
        ProofType::Pdf => pdf(bytes),
        ProofType::Jpeg => image(bytes, ImageFormat::Jpeg),
        ProofType::Png => image(bytes, ImageFormat::Png),
        ProofType::Webp => image(bytes, ImageFormat::WebP),
    }
}

fn image(bytes: &[u8], format: ImageFormat) -> Result<(), Refusal> {
    let (w, h) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|_| Refusal::Unreadable)?;
    if w == 0 || h == 0 {
        return Err(Refusal::Unreadable);
    }
    if w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(Refusal::TooManyPixels);
    }
    Ok(())
}

fn pdf(bytes: &[u8]) -> Result<(), Refusal> {
    if has_active_name(bytes) {
        return Err(Refusal::ActivePdf);
    }
    let mut budget = MAX_INFLATED;
    for body in streams(bytes) {
        let mut out = Vec::new();
        let mut z = flate2::read::ZlibDecoder::new(body).take(budget + 1);
        // Streams that are not zlib (images, fonts) inflate to nothing.
        let _ = z.read_to_end(&mut out);
        if out.len() as u64 > budget {
            return Err(Refusal::PdfBomb);
        }
        budget -= out.len() as u64;
        if has_active_name(&out) {
            return Err(Refusal::ActivePdf);
        }
    }
    Ok(())
}

/// The bodies between `stream` and `endstream`.
fn streams(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = bytes;
    std::iter::from_fn(move || {
        let start = find(rest, b"stream")?;
        let mut body = &rest[start + 6..];
        if body.starts_with(b"\r\n") {
            body = &body[2..];
        } else if body.starts_with(b"\n") || body.starts_with(b"\r") {
            body = &body[1..];
        }
        let end = find(body, b"endstream").unwrap_or(body.len());
        rest = &body[end..];
        if end < body.len() {
            rest = &rest[9..];
        }
        Some(&body[..end])
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Whether any PDF name (`/Name`, with `#xx` escapes decoded) is active.
fn has_active_name(bytes: &[u8]) -> bool {
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'/') {
        let mut j = i + off + 1;
        let mut name = Vec::new();
        while j < bytes.len() && !is_delimiter(bytes[j]) {
            if bytes[j] == b'#' && j + 2 < bytes.len() {
                let hex = std::str::from_utf8(&bytes[j + 1..j + 3]).ok();
                if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    name.push(v);
                    j += 3;
                    continue;
                }
            }
            name.push(bytes[j]);
            j += 1;
        }
        if ACTIVE.contains(&name.as_slice()) {
            return true;
        }
        i = j.max(i + off + 1);
    }
    false
}

fn is_delimiter(b: u8) -> bool {
    b.is_ascii_whitespace()
        || b == 0
        || matches!(
            b,
            b'/' | b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'%'
        )
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(data).unwrap();
        z.finish().unwrap()
    }

    fn pdf_with_stream(body: &[u8]) -> Vec<u8> {
        let mut v =
            b"%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n".to_vec();
        v.extend_from_slice(body);
        v.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
        v
    }

    #[test]
    fn plain_pdfs_pass_and_active_ones_do_not() {
        let plain = pdf_with_stream(&zlib(b"BT /F1 12 Tf (Transfer BCA) Tj ET"));
        assert_eq!(pdf(&plain), Ok(()));
        let open = b"%PDF-1.4\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj";
        assert_eq!(pdf(open), Err(Refusal::ActivePdf));
        let escaped = b"%PDF-1.4\n1 0 obj<</S/J#61vaScript>>endobj";
        assert_eq!(pdf(escaped), Err(Refusal::ActivePdf));
        let launch = b"%PDF-1.4\n1 0 obj<</S /Launch /F (cmd.exe)>>endobj";
        assert_eq!(pdf(launch), Err(Refusal::ActivePdf));
        let hidden = pdf_with_stream(&zlib(b"<</S/JavaScript/JS(app.alert(1))>>"));
        assert_eq!(pdf(&hidden), Err(Refusal::ActivePdf));
        // A name that merely starts like an active one is fine.
        assert_eq!(pdf(b"%PDF-1.4\n<</JSONish 1 /Javascripts 2>>"), Ok(()));
    }

    #[test]
    fn a_compression_bomb_in_a_pdf_stops_at_the_budget() {
        let bomb = pdf_with_stream(&zlib(&vec![0u8; (MAX_INFLATED + 1024) as usize]));
        assert!(bomb.len() < 200_000, "{}", bomb.len());
        assert_eq!(pdf(&bomb), Err(Refusal::PdfBomb));
    }

    /// A JPEG whose frame header claims `w` × `h` pixels.
    pub fn jpeg_claiming(w: u16, h: u16) -> Vec<u8> {
        let mut out = Vec::new();
        image::RgbImage::new(2, 2)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Jpeg)
            .unwrap();
        let sof = find(&out, &[0xFF, 0xC0]).unwrap();
        out[sof + 5..sof + 7].copy_from_slice(&h.to_be_bytes());
        out[sof + 7..sof + 9].copy_from_slice(&w.to_be_bytes());
        out
    }

    #[test]
    fn image_headers_are_checked_for_size() {
        let ok = jpeg_claiming(2, 2);
        assert_eq!(image(&ok, ImageFormat::Jpeg), Ok(()));
        assert_eq!(image(&jpeg_claiming(4000, 3000), ImageFormat::Jpeg), Ok(()));
        assert_eq!(
            image(&jpeg_claiming(60_000, 60_000), ImageFormat::Jpeg),
            Err(Refusal::TooManyPixels)
        );
        assert_eq!(
            image(&jpeg_claiming(10_000, 10_000), ImageFormat::Jpeg),
            Err(Refusal::TooManyPixels)
        );
        assert_eq!(image(&ok[..4], ImageFormat::Jpeg), Err(Refusal::Unreadable));
    }
}
