//! Numbers in Indonesian words ("terbilang"), as invoices and receipts print
//! the total beside the figures: `1_500_000` → "satu juta lima ratus ribu".
//!
//! Lowercase, single spaces, no trailing space. Scales go up to triliun
//! (10^12); anything larger counts in triliun ("seribu triliun"), which is how
//! the scale is read when no larger name is in common use.

const DIGITS: [&str; 10] = [
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
];

/// Scale names for 10^3, 10^6, 10^9 and 10^12, smallest first.
const SCALES: [(u64, &str); 4] = [
    (1_000_000_000_000, "triliun"),
    (1_000_000_000, "miliar"),
    (1_000_000, "juta"),
    (1_000, "ribu"),
];

/// `n` in Indonesian words: 0 → "nol", 11 → "sebelas", 1_000 → "seribu",
/// 1_500_000 → "satu juta lima ratus ribu".
pub fn terbilang(n: u64) -> String {
    if n == 0 {
        return DIGITS[0].to_owned();
    }
    let mut words: Vec<&'static str> = Vec::new();
    push_words(n, &mut words);
    words.join(" ")
}

/// An amount of rupiah in words, as printed under an invoice total:
/// 1_500_000 → "satu juta lima ratus ribu rupiah"; negative amounts start
/// with "minus ".
pub fn rupiah_in_words(n: i64) -> String {
    let words = terbilang(n.unsigned_abs());
    if n < 0 {
        format!("minus {words} rupiah")
    } else {
        format!("{words} rupiah")
    }
}

/// Appends the words for `n > 0`; pushes nothing for 0, so callers can skip
/// empty groups without producing doubled spaces.
fn push_words(n: u64, out: &mut Vec<&'static str>) {
    let mut rest = n;
    for (scale, name) in SCALES {
        if rest < scale {
            continue;
        }
        let count = rest / scale;
        rest %= scale;
        if count == 1 && scale == 1_000 {
            // "seribu", but "satu juta", "satu miliar", "satu triliun".
            out.push("seribu");
        } else {
            // Above triliun the count itself may need scales ("seribu triliun").
            push_words(count, out);
            out.push(name);
        }
    }
    push_below_thousand(rest, out);
}

fn push_below_thousand(n: u64, out: &mut Vec<&'static str>) {
    let hundreds = n / 100;
    let below_hundred = n % 100;
    match hundreds {
        0 => {}
        1 => out.push("seratus"),
        h => {
            out.push(digit(h));
            out.push("ratus");
        }
    }
    let tens = below_hundred / 10;
    let ones = below_hundred % 10;
    match (tens, ones) {
        (0, 0) => {}
        (0, o) => out.push(digit(o)),
        (1, 0) => out.push("sepuluh"),
        (1, 1) => out.push("sebelas"),
        (1, o) => {
            out.push(digit(o));
            out.push("belas");
        }
        (t, o) => {
            out.push(digit(t));
            out.push("puluh");
            if o > 0 {
                out.push(digit(o));
            }
        }
    }
}

fn digit(d: u64) -> &'static str {
    DIGITS.get(d as usize).copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terbilang_matches_the_golden_table() {
        let cases: &[(u64, &str)] = &[
            (0, "nol"),
            (1, "satu"),
            (10, "sepuluh"),
            (11, "sebelas"),
            (12, "dua belas"),
            (19, "sembilan belas"),
            (20, "dua puluh"),
            (21, "dua puluh satu"),
            (100, "seratus"),
            (101, "seratus satu"),
            (110, "seratus sepuluh"),
            (111, "seratus sebelas"),
            (199, "seratus sembilan puluh sembilan"),
            (1_000, "seribu"),
            (1_001, "seribu satu"),
            (11_000, "sebelas ribu"),
            (100_000, "seratus ribu"),
            (
                999_999,
                "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
            ),
            (1_000_000, "satu juta"),
            (1_500_000, "satu juta lima ratus ribu"),
            (2_000_000_000, "dua miliar"),
            (
                1_234_567_890,
                "satu miliar dua ratus tiga puluh empat juta lima ratus enam puluh tujuh ribu \
                 delapan ratus sembilan puluh",
            ),
            // Odd ones: "seribu" only for exactly one thousand in its group.
            (1_100, "seribu seratus"),
            (2_001, "dua ribu satu"),
            (21_000, "dua puluh satu ribu"),
            (101_000, "seratus satu ribu"),
            (111_111, "seratus sebelas ribu seratus sebelas"),
            (1_000_001, "satu juta satu"),
            (1_001_000, "satu juta seribu"),
            (1_000_000_000, "satu miliar"),
            (1_000_000_000_000, "satu triliun"),
            (2_500_000_000_000, "dua triliun lima ratus miliar"),
            (1_000_000_000_000_000, "seribu triliun"),
            (
                u64::MAX,
                "delapan belas juta empat ratus empat puluh enam ribu tujuh ratus empat puluh \
                 empat triliun tujuh puluh tiga miliar tujuh ratus sembilan juta lima ratus \
                 lima puluh satu ribu enam ratus lima belas",
            ),
        ];
        for (n, expected) in cases {
            assert_eq!(terbilang(*n), *expected, "terbilang({n})");
        }
    }

    #[test]
    fn terbilang_never_doubles_or_trails_spaces() {
        let samples = (0..2_000u64)
            .chain((0..200).map(|i| i * 1_000_003))
            .chain((0..60).map(|i| 1u64 << i));
        for n in samples {
            let words = terbilang(n);
            assert!(!words.contains("  "), "double space in {n}: {words:?}");
            assert_eq!(words.trim(), words, "stray space in {n}: {words:?}");
            assert!(!words.is_empty(), "empty words for {n}");
            if n > 0 {
                assert!(!words.contains("nol"), "nol inside {n}: {words:?}");
            }
        }
    }

    #[test]
    fn rupiah_in_words_adds_the_currency_and_a_sign() {
        assert_eq!(
            rupiah_in_words(1_500_000),
            "satu juta lima ratus ribu rupiah"
        );
        assert_eq!(rupiah_in_words(0), "nol rupiah");
        assert_eq!(rupiah_in_words(-1_000), "minus seribu rupiah");
        assert!(rupiah_in_words(i64::MIN).starts_with("minus sembilan juta"));
    }
}
