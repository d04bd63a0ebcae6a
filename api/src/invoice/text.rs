//! Text preparation for the invoice: Indonesian formats and the one
//! character set the PDF's built-in fonts can print.

use std::borrow::Cow;

use chrono::NaiveTime;

/// `09:00 – 12:00 WIB`; `None` is a full-day package.
pub fn time_range(time: Option<(NaiveTime, NaiveTime)>) -> String {
    match time {
        Some((start, end)) => format!(
            "{} \u{2013} {} WIB",
            start.format("%H:%M"),
            end.format("%H:%M")
        ),
        None => "Sepanjang Hari".to_owned(),
    }
}

/// The invoice uses the PDF built-in Helvetica, which only has the glyphs of
/// Windows-1252 (WinAnsiEncoding); genpdf refuses to print anything else.
/// Names, addresses and notes come from users, so every such string goes
/// through here: look-alikes are mapped, line breaks become spaces, other
/// control characters vanish and anything else unprintable becomes `?`.
pub fn winansi(s: &str) -> Cow<'_, str> {
    if s.chars().all(is_winansi) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_winansi(c) {
            out.push(c);
            continue;
        }
        match c {
            '\n' | '\r' | '\t' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' => out.push(' '),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' => out.push('-'),
            '\u{2032}' => out.push('\''),
            '\u{2033}' => out.push('"'),
            // Invisible: soft hyphen, zero-width characters, variation
            // selectors, and other control characters.
            '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FE00}'..='\u{FE0F}' => {}
            c if c.is_control() => {}
            _ => out.push('?'),
        }
    }
    Cow::Owned(out)
}

/// The characters lopdf's WinAnsiEncoding table (used by genpdf for built-in
/// fonts) can encode. U+00A0 and U+00AD are not among them: the table lists
/// those code points as plain space and hyphen.
fn is_winansi(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{00A1}'..='\u{00AC}'
        | '\u{00AE}'..='\u{00FF}'
        | '\u{20AC}' | '\u{201A}' | '\u{0192}' | '\u{201E}' | '\u{2026}' | '\u{2020}'
        | '\u{2021}' | '\u{02C6}' | '\u{2030}' | '\u{0160}' | '\u{2039}' | '\u{0152}'
        | '\u{017D}' | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '\u{2022}'
        | '\u{2013}' | '\u{2014}' | '\u{02DC}' | '\u{2122}' | '\u{0161}' | '\u{203A}'
        | '\u{0153}' | '\u{017E}' | '\u{0178}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_range_uses_an_en_dash_and_wib() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(time_range(Some((t(9, 0), t(12, 0)))), "09:00 – 12:00 WIB");
        assert_eq!(time_range(None), "Sepanjang Hari");
    }

    #[test]
    fn winansi_keeps_what_helvetica_can_print() {
        let s = "Rp 1.500.000 – “Ayu” Siregar, Café Ñ € •";
        assert!(matches!(winansi(s), Cow::Borrowed(_)), "{s}");
    }

    #[test]
    fn winansi_replaces_what_it_cannot() {
        let cases = [
            ("Jl. Merdeka\nNo. 5", "Jl. Merdeka No. 5"),
            ("a\u{00A0}b", "a b"),
            ("co\u{00AD}operate", "cooperate"),
            ("Ş\u{0131}rin", "??rin"),
            ("foto 📸 ok", "foto ? ok"),
            ("−5", "-5"),
            ("bell\u{0007}", "bell"),
        ];
        for (input, expected) in cases {
            assert_eq!(winansi(input), expected, "{input:?}");
        }
    }
}
