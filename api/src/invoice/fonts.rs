//! The invoice's font: PDF built-in Helvetica, measured with Liberation Sans.
//!
//! Embedding a TrueType font makes every invoice 1 MB or more (genpdf 0.2
//! does not subset), so the PDF names the built-in Helvetica, which every
//! viewer has, and the metric-compatible Liberation Sans files, compiled into
//! the binary, only tell genpdf how wide each glyph is for line breaking and
//! right alignment. The files are never read from disk at run time.

use std::sync::OnceLock;

use anyhow::Context as _;
use genpdf::fonts::{FontData, FontFamily};
use printpdf::BuiltinFont;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Italic.ttf");
const BOLD_ITALIC: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-BoldItalic.ttf");

/// Parsed once per process; a clone shares the parsed font (an `Arc`), so
/// an invoice costs no copy of the 1.6 MB of metrics.
static FAMILY: OnceLock<FontFamily<FontData>> = OnceLock::new();

/// Helvetica in its four styles, with Liberation Sans metrics.
pub fn helvetica() -> anyhow::Result<FontFamily<FontData>> {
    if let Some(family) = FAMILY.get() {
        return Ok(family.clone());
    }
    let family = FontFamily {
        regular: face(REGULAR, BuiltinFont::Helvetica)?,
        bold: face(BOLD, BuiltinFont::HelveticaBold)?,
        italic: face(ITALIC, BuiltinFont::HelveticaOblique)?,
        bold_italic: face(BOLD_ITALIC, BuiltinFont::HelveticaBoldOblique)?,
    };
    Ok(FAMILY.get_or_init(|| family).clone())
}

fn face(metrics: &'static [u8], builtin: BuiltinFont) -> anyhow::Result<FontData> {
    FontData::new(metrics.to_vec(), Some(builtin))
        .map_err(|e| anyhow::anyhow!("{e}"))
        .with_context(|| format!("loading the metrics for {builtin:?}"))
}
