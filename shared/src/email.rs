use serde::{Deserialize, Serialize};

/// An email address, trimmed and lower-cased, so uniqueness is case-insensitive.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, &'static str> {
        let s = raw.trim().to_lowercase();
        if s.is_empty() {
            return Err("Email wajib diisi.");
        }
        if s.len() > 254 {
            return Err("Email terlalu panjang.");
        }
        let Some((local, domain)) = s.split_once('@') else {
            return Err("Email tidak valid, contoh: nama@email.com.");
        };
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
            && labels
                .last()
                .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
        if local_ok && domain_ok {
            Ok(Email(s))
        } else {
            Err("Email tidak valid, contoh: nama@email.com.")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = &'static str;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Email::parse(&value)
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_emails_are_trimmed_and_lowercased() {
        assert_eq!(
            Email::parse("  Sari.Dewi@Gmail.COM ").unwrap().as_str(),
            "sari.dewi@gmail.com"
        );
        assert!(Email::parse("a+tag@studio.co.id").is_ok());
    }

    #[test]
    fn invalid_emails_are_refused() {
        for bad in [
            "",
            "   ",
            "sari",
            "sari@",
            "@gmail.com",
            "sari@gmail",
            "sari@@gmail.com",
            "sa ri@gmail.com",
            "sari@gmail..com",
            ".sari@gmail.com",
            "sari@-gmail.com",
            "sari@gmail.c0m",
            "<script>@x.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }
}
