//! Repairs how genpdf 0.2 writes text in built-in fonts.
//!
//! genpdf hands printpdf each WinAnsi character as a 16-bit code, and printpdf
//! writes it as a two-byte hex string (`<0041>` for `A`). Built-in fonts are
//! simple fonts with one byte per code, so every letter is preceded by a code
//! 0 (.notdef): Poppler happens to draw nothing for it, but copied or searched
//! text, text extraction and screen readers see a NUL before every character,
//! and a viewer that gives .notdef a width would space the letters out.
//!
//! After rendering, every such string in the page content is rewritten as a
//! one-byte literal string, and strings that follow each other with nothing
//! between them (no kerning) are joined, which also makes a page about five
//! times smaller.
//!
//! lopdf (genpdf's own dependency) reads and writes the document around the
//! content streams, but the content itself is scanned here by hand: lopdf
//! 0.26's content parser took ~8 ms a page, more than the whole layout.

use anyhow::Context as _;

/// Rewrites the text strings in every page of `pdf`. Hex strings that are
/// not all two-byte codes below 256 are left as they are.
pub fn narrow_text_codes(pdf: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut doc = lopdf::Document::load_mem(pdf).context("re-reading the rendered PDF")?;
    let pages: Vec<_> = doc.get_pages().into_values().collect();
    for page in pages {
        let content = doc
            .get_page_content(page)
            .context("reading a page of the rendered PDF")?;
        doc.change_page_content(page, narrow_content(&content))
            .context("replacing a page's content")?;
    }
    let mut out = Vec::with_capacity(pdf.len());
    doc.save_to(&mut out).context("writing the PDF")?;
    Ok(out)
}

/// Rewrites the hex strings of one content stream; everything else,
/// including literal strings and `<<` dictionaries, is copied unchanged.
fn narrow_content(content: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(content.len() / 2);
    // Where the last literal string we wrote ends, to join the next one on.
    let mut joinable_end: Option<usize> = None;
    let mut i = 0;
    while let Some(&b) = content.get(i) {
        match b {
            b'(' => {
                let end = literal_string_end(content, i);
                out.extend_from_slice(content.get(i..end).unwrap_or_default());
                joinable_end = None;
                i = end;
            }
            b'<' if content.get(i + 1) == Some(&b'<') => {
                out.extend_from_slice(b"<<");
                joinable_end = None;
                i += 2;
            }
            b'<' => {
                let Some(close) = content
                    .get(i..)
                    .and_then(|rest| rest.iter().position(|&c| c == b'>'))
                    .map(|p| i + p)
                else {
                    // Unterminated: not ours to repair.
                    out.extend_from_slice(content.get(i..).unwrap_or_default());
                    break;
                };
                let hex = content.get(i + 1..close).unwrap_or_default();
                match decode_hex(hex).and_then(|codes| narrow(&codes)) {
                    Some(text) => {
                        if joinable_end == Some(out.len()) {
                            out.pop(); // the closing parenthesis
                        } else {
                            out.push(b'(');
                        }
                        push_escaped(&mut out, &text);
                        out.push(b')');
                        joinable_end = Some(out.len());
                    }
                    None => {
                        out.extend_from_slice(content.get(i..=close).unwrap_or_default());
                        joinable_end = None;
                    }
                }
                i = close + 1;
            }
            _ => {
                out.push(b);
                joinable_end = None;
                i += 1;
            }
        }
    }
    out
}

/// The index just past the literal string opening at `start`, honouring
/// nested parentheses and backslash escapes.
fn literal_string_end(content: &[u8], start: usize) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while let Some(&b) = content.get(i) {
        match b {
            b'\\' => i += 1,
            b'(' => depth += 1,
            b')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    content.len()
}

/// Hex digits to bytes, whitespace ignored, an odd final digit padded with 0
/// as the PDF specification says.
fn decode_hex(hex: &[u8]) -> Option<Vec<u8>> {
    let digits: Vec<u8> = hex
        .iter()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|&b| match b {
            b'0'..=b'9' => Some(b - b'0'),
            b'a'..=b'f' => Some(b - b'a' + 10),
            b'A'..=b'F' => Some(b - b'A' + 10),
            _ => None,
        })
        .collect::<Option<_>>()?;
    Some(
        digits
            .chunks(2)
            .map(|pair| {
                (pair.first().copied().unwrap_or(0) << 4) | pair.get(1).copied().unwrap_or(0)
            })
            .collect(),
    )
}

/// `[0x00, 0x41, 0x00, 0x72]` → `[0x41, 0x72]`; `None` unless every code
/// fits in one byte.
fn narrow(codes: &[u8]) -> Option<Vec<u8>> {
    if !codes.len().is_multiple_of(2) {
        return None;
    }
    codes
        .chunks_exact(2)
        .map(|pair| match pair {
            [0, low] => Some(*low),
            _ => None,
        })
        .collect()
}

/// Writes `text` as the inside of a literal string.
fn push_escaped(out: &mut Vec<u8>, text: &[u8]) {
    for &b in text {
        match b {
            b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', b]),
            // Raw line breaks inside strings may be normalised by readers.
            0..=0x1F => out.extend_from_slice(format!("\\{b:03o}").as_bytes()),
            _ => out.push(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn narrowed(content: &str) -> String {
        String::from_utf8(narrow_content(content.as_bytes())).unwrap()
    }

    #[test]
    fn two_byte_codes_become_one_literal_string() {
        assert_eq!(
            narrowed("[<0041><0072><0075><006E><0061>] TJ"),
            "[(Aruna)] TJ"
        );
    }

    #[test]
    fn kerning_keeps_strings_apart() {
        assert_eq!(
            narrowed("[<0041> -80 <0056><0065>] TJ"),
            "[(A) -80 (Ve)] TJ"
        );
    }

    #[test]
    fn delimiters_and_control_codes_are_escaped() {
        assert_eq!(
            narrowed("[<0028><005C><0029><000A>] TJ"),
            r"[(\(\\\)\012)] TJ"
        );
    }

    #[test]
    fn windows_1252_bytes_pass_through() {
        let out = narrow_content(b"[<0031><0096><0032>] TJ");
        assert_eq!(out, b"[(1\x962)] TJ");
    }

    #[test]
    fn everything_else_is_copied_unchanged() {
        let cases = [
            "/OC /MC0 BDC\nq\nBT\n5.27 TL\n51.02 785.36 Td\n0.52 0.38 0.23 rg\n",
            "<< /MCID 0 >> BDC",
            "[(already) -20 (literal\\) <0041>)] TJ",
            "[<4142>] TJ",
            "[<00>] TJ",
            "[<zz41>] TJ",
            "<0041",
        ];
        for case in cases {
            assert_eq!(narrowed(case), case, "{case:?}");
        }
    }

    #[test]
    fn hex_decoding_ignores_whitespace_and_pads_an_odd_digit() {
        assert_eq!(decode_hex(b"00 4 1"), Some(vec![0x00, 0x41]));
        assert_eq!(decode_hex(b"004"), Some(vec![0x00, 0x40]));
        assert_eq!(decode_hex(b"0g"), None);
    }
}
