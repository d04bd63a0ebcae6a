use serde::{Deserialize, Serialize};

/// An Indonesian mobile (WhatsApp) number in E.164 form: `+628…`.
///
/// Accepts the ways people write them: `0812-3456-7890`, `62812…`,
/// `+62 812 3456 7890`, `(0812) 3456 7890`, `812…`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

impl Phone {
    pub fn parse(raw: &str) -> Result<Phone, &'static str> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err("Nomor WhatsApp wajib diisi.");
        }
        let mut digits = String::with_capacity(trimmed.len());
        for (i, c) in trimmed.chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                '+' if i == 0 => {}
                ' ' | '-' | '.' | '(' | ')' => {}
                _ => {
                    return Err("Nomor WhatsApp hanya boleh berisi angka, contoh: 0812 3456 7890.")
                }
            }
        }
        let national = if let Some(rest) = digits.strip_prefix("62") {
            rest
        } else if let Some(rest) = digits.strip_prefix('0') {
            rest
        } else {
            digits.as_str()
        };
        if !national.starts_with('8') {
            return Err("Gunakan nomor WhatsApp Indonesia yang diawali 08 atau +62 8.");
        }
        if !(9..=12).contains(&national.len()) {
            return Err("Panjang nomor WhatsApp tidak sesuai, contoh: 0812 3456 7890.");
        }
        Ok(Phone(format!("+62{national}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Digits only, as WhatsApp links and gateways want them: `62812…`.
    pub fn wa_digits(&self) -> &str {
        &self.0[1..]
    }
}

impl TryFrom<String> for Phone {
    type Error = &'static str;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Phone::parse(&value)
    }
}

impl From<Phone> for String {
    fn from(p: Phone) -> String {
        p.0
    }
}

impl std::fmt::Display for Phone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_indonesian_forms_normalise_to_e164() {
        for (raw, want) in [
            ("081234567890", "+6281234567890"),
            ("6281234567890", "+6281234567890"),
            ("+6281234567890", "+6281234567890"),
            ("+62 812-3456-7890", "+6281234567890"),
            ("(0812) 3456.7890", "+6281234567890"),
            ("81234567890", "+6281234567890"),
            ("0812345678", "+62812345678"),
        ] {
            assert_eq!(Phone::parse(raw).unwrap().as_str(), want, "{raw}");
        }
        assert_eq!(
            Phone::parse("0812 3456 7890").unwrap().wa_digits(),
            "6281234567890"
        );
    }

    #[test]
    fn non_indonesian_or_malformed_numbers_are_refused() {
        for bad in [
            "",
            "abc",
            "0812abc4567",
            "021345678",
            "+1 415 555 0100",
            "0812",
            "08123456789012345",
            "62+812345678",
            "0812-3456-789012",
        ] {
            assert!(Phone::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }
}
