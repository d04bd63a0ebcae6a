#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Property tests of the pure parsers and rules both sides rely on: they
//! never panic on any input, what they accept is canonical and parses to
//! itself, money reads back to the same amount, the state machine never
//! leaves a final status.

use proptest::prelude::*;
use shared::booking::{transition, Actor, BookingAction};
use shared::site::ContactInput;
use shared::terbilang::terbilang;
use shared::{BookingStatus, Email, Phone, Role, Rupiah};

/// Reads Indonesian number words back (below 10^15), independently of
/// `terbilang`, so the two can check each other.
fn words_to_number(words: &str) -> u64 {
    let (mut total, mut section, mut last) = (0u64, 0u64, 0u64);
    for w in words.split(' ') {
        let digit = [
            "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        ]
        .iter()
        .position(|d| *d == w);
        match (w, digit) {
            (_, Some(d)) => {
                last = d as u64;
                section += last;
            }
            ("sepuluh", _) => section += 10,
            ("sebelas", _) => section += 11,
            ("seratus", _) => section += 100,
            ("belas", _) => section += 10,
            ("puluh", _) => section += last * 9,
            ("ratus", _) => section += last * 99,
            ("seribu", _) => {
                total += 1000;
            }
            (scale, _) => {
                let factor = match scale {
                    "ribu" => 1_000,
                    "juta" => 1_000_000,
                    "miliar" => 1_000_000_000,
                    "triliun" => 1_000_000_000_000,
                    other => panic!("unknown word {other:?} in {words:?}"),
                };
                total += section * factor;
                section = 0;
            }
        }
    }
    total + section
}

/// `Rp 1.500.000` → 1500000, when written with `sep` and never `other`.
fn read_rupiah(s: &str, sep: char, other: char) -> Option<i128> {
    let negative = s.starts_with('-');
    let body = s.trim_start_matches('-').strip_prefix("Rp ")?;
    if body.contains(other) || body.split(sep).any(|g| g.is_empty() || g.len() > 3) {
        return None;
    }
    let v: i128 = body.replace(sep, "").parse().ok()?;
    Some(if negative { -v } else { v })
}

fn phone_number() -> impl Strategy<Value = (String, String)> {
    // (the national digits after 8, how it is written)
    (
        proptest::string::string_regex("[0-9]{8,11}").unwrap(),
        0..4usize,
        proptest::bool::ANY,
    )
        .prop_map(|(rest, prefix, spaced)| {
            let national = format!("8{rest}");
            let body = if spaced {
                national
                    .as_bytes()
                    .chunks(4)
                    .map(|c| String::from_utf8_lossy(c).into_owned())
                    .collect::<Vec<_>>()
                    .join("-")
            } else {
                national.clone()
            };
            let written = match prefix {
                0 => format!("0{body}"),
                1 => format!("62{body}"),
                2 => format!("+62 {body}"),
                _ => body,
            };
            (national, written)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn phone_parsing_never_panics_and_is_canonical(raw in "\\PC{0,24}") {
        if let Ok(p) = Phone::parse(&raw) {
            prop_assert!(p.as_str().starts_with("+628"));
            prop_assert!(p.as_str()[1..].chars().all(|c| c.is_ascii_digit()));
            prop_assert_eq!(Phone::parse(p.as_str()).unwrap(), p.clone());
            prop_assert_eq!(p.wa_digits(), &p.as_str()[1..]);
        }
    }

    #[test]
    fn every_common_way_of_writing_a_number_gives_the_same_phone((national, written) in phone_number()) {
        let p = Phone::parse(&written).unwrap();
        prop_assert_eq!(p.as_str(), format!("+62{national}"));
    }

    #[test]
    fn email_parsing_never_panics_and_is_canonical(raw in "\\PC{0,40}|[a-zA-Z0-9._%+-]{1,20}@[a-zA-Z0-9-]{1,10}\\.[a-zA-Z]{2,4}") {
        if let Ok(e) = Email::parse(&raw) {
            prop_assert_eq!(e.as_str(), e.as_str().to_lowercase());
            prop_assert!(e.as_str().len() <= 254);
            prop_assert_eq!(Email::parse(e.as_str()).unwrap(), e.clone());
        }
    }

    #[test]
    fn rupiah_reads_back_to_the_same_amount(n in any::<i64>()) {
        let r = Rupiah(n);
        prop_assert_eq!(read_rupiah(&r.format(), '.', ','), Some(i128::from(n)));
        prop_assert_eq!(read_rupiah(&r.format_en(), ',', '.'), Some(i128::from(n)));
    }

    #[test]
    fn the_down_payment_is_rounded_up_to_a_thousand_within_the_total(total in 0i64..10_000_000_000, percent in 1u8..=100) {
        let dp = Rupiah(total).percent_rounded_up_to_thousand(percent).amount();
        prop_assert!(dp <= total);
        prop_assert!(dp % 1000 == 0 || dp == total);
        prop_assert!(i128::from(dp) * 100 >= i128::from(total) * i128::from(percent) || dp == total);
    }

    #[test]
    fn terbilang_reads_back_to_the_number(n in 0u64..1_000_000_000_000_000) {
        let words = terbilang(n);
        prop_assert!(!words.contains("  ") && words.trim() == words, "{:?}", words);
        prop_assert_eq!(words_to_number(&words), n, "{}", words);
    }

    #[test]
    fn no_action_leaves_a_final_status(steps in proptest::collection::vec((0..6usize, 0..6usize), 0..30)) {
        use BookingAction as A;
        let actions = [A::UploadProof, A::Approve, A::Reject, A::Expire, A::Cancel, A::Complete];
        let actors = [
            Actor::Owner,
            Actor::System,
            Actor::Crew(Role::Client),
            Actor::Crew(Role::Staff),
            Actor::Crew(Role::Admin),
            Actor::Crew(Role::Superadmin),
        ];
        let mut status = BookingStatus::WaitingPayment;
        for (a, who) in steps {
            let was_final = status.is_final();
            if let Ok(next) = transition(status, actions[a], actors[who]) {
                prop_assert!(!was_final, "{:?} left final {:?}", actions[a], status);
                prop_assert_ne!(next, status);
                status = next;
            }
        }
        prop_assert!(!status.is_final() || !status.holds_slot());
    }

    #[test]
    fn contact_validation_never_panics(
        whatsapp in "\\PC{0,20}",
        email in "\\PC{0,30}",
        instagram in "\\PC{0,40}",
        maps_url in "\\PC{0,40}",
    ) {
        let input = ContactInput {
            whatsapp,
            email,
            address: "Saribudolok".into(),
            hours: "Senin – Jumat".into(),
            hours_en: String::new(),
            instagram,
            maps_url,
        };
        if let Ok(c) = input.validate() {
            prop_assert_eq!(c.whatsapp_url, format!("https://wa.me/{}", &c.whatsapp[1..]));
            prop_assert!(c.maps_url.is_empty() || c.maps_url.starts_with("https://"));
        }
    }
}
