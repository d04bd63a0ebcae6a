//! Money is whole rupiah in an `i64`, never a float. `Rupiah` formats the
//! Indonesian way (`Rp 1.500.000`) and spells amounts out for invoices.

use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct Rupiah(pub i64);

impl Rupiah {
    pub fn amount(self) -> i64 {
        self.0
    }

    /// `percent` of this amount, rounded **up** to the next Rp1.000, as the
    /// studio quotes down payments.
    pub fn percent_rounded_up_to_thousand(self, percent: u8) -> Rupiah {
        let raw = self.0.saturating_mul(i64::from(percent));
        // ceil(raw / 100 / 1000) * 1000 without floats
        let per_thousand = raw.saturating_add(100 * 1000 - 1) / (100 * 1000);
        Rupiah(per_thousand.saturating_mul(1000).min(self.0.max(0)))
    }

    /// `Rp 1.500.000` (negative amounts as `-Rp 1.500`).
    pub fn format(self) -> String {
        let grouped = group_thousands(self.0.unsigned_abs(), '.');
        if self.0 < 0 {
            format!("-Rp {grouped}")
        } else {
            format!("Rp {grouped}")
        }
    }
}

/// `1500000` as `1.500.000` (or with `,` between the groups).
pub fn group_thousands(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(c);
    }
    grouped
}

impl Rupiah {
    /// `Rp 1,500,000`: the English reading (comma thousands).
    pub fn format_en(self) -> String {
        self.format().replace('.', ",")
    }

    /// English or, by default, the Indonesian `Rp 1.500.000`.
    pub fn format_for(self, english: bool) -> String {
        if english {
            self.format_en()
        } else {
            self.format()
        }
    }
}

impl std::fmt::Display for Rupiah {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.format())
    }
}

impl std::ops::Add for Rupiah {
    type Output = Rupiah;
    fn add(self, rhs: Rupiah) -> Rupiah {
        Rupiah(self.0.saturating_add(rhs.0))
    }
}

impl std::ops::Sub for Rupiah {
    type Output = Rupiah;
    fn sub(self, rhs: Rupiah) -> Rupiah {
        Rupiah(self.0.saturating_sub(rhs.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_dots() {
        assert_eq!(Rupiah(0).format(), "Rp 0");
        assert_eq!(Rupiah(999).format(), "Rp 999");
        assert_eq!(Rupiah(1_000).format(), "Rp 1.000");
        assert_eq!(Rupiah(1_500_000).format(), "Rp 1.500.000");
        assert_eq!(Rupiah(12_345_678_901).format(), "Rp 12.345.678.901");
        assert_eq!(Rupiah(-1_500).format(), "-Rp 1.500");
    }

    #[test]
    fn down_payment_rounds_up_to_a_thousand() {
        assert_eq!(
            Rupiah(5_000_000).percent_rounded_up_to_thousand(15),
            Rupiah(750_000)
        );
        assert_eq!(
            Rupiah(3_333_333).percent_rounded_up_to_thousand(15),
            Rupiah(500_000)
        );
        assert_eq!(
            Rupiah(1_234_567).percent_rounded_up_to_thousand(15),
            Rupiah(186_000)
        );
        assert_eq!(
            Rupiah(1_000_000).percent_rounded_up_to_thousand(100),
            Rupiah(1_000_000)
        );
        assert_eq!(
            Rupiah(500).percent_rounded_up_to_thousand(15),
            Rupiah(500),
            "never above the total"
        );
        assert_eq!(Rupiah(0).percent_rounded_up_to_thousand(15), Rupiah(0));
    }
}
