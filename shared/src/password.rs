/// The password policy, shared so the SPA can say what is missing as the user types.
pub const MIN_LEN: usize = 8;
pub const MAX_LEN: usize = 128;

pub fn check_password(pw: &str) -> Result<(), &'static str> {
    let len = pw.chars().count();
    if len < MIN_LEN {
        return Err("Kata sandi minimal 8 karakter.");
    }
    if len > MAX_LEN {
        return Err("Kata sandi maksimal 128 karakter.");
    }
    if !pw.chars().any(|c| c.is_uppercase()) {
        return Err("Kata sandi harus memuat huruf besar.");
    }
    if !pw.chars().any(|c| c.is_lowercase()) {
        return Err("Kata sandi harus memuat huruf kecil.");
    }
    if !pw.chars().any(|c| c.is_ascii_digit()) {
        return Err("Kata sandi harus memuat angka.");
    }
    Ok(())
}

/// A person's name as shown on invoices: trimmed, 2–100 characters, no control characters.
pub fn check_full_name(name: &str) -> Result<String, &'static str> {
    let t = name.trim();
    let n = t.chars().count();
    if n == 0 {
        return Err("Nama lengkap wajib diisi.");
    }
    if n < 2 {
        return Err("Nama lengkap terlalu pendek.");
    }
    if n > 100 {
        return Err("Nama lengkap maksimal 100 karakter.");
    }
    if t.chars().any(char::is_control) {
        return Err("Nama lengkap berisi karakter yang tidak diizinkan.");
    }
    Ok(t.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_policy() {
        assert!(check_password("Rahasia123").is_ok());
        for bad in [
            "",
            "Short1",
            "alllower123",
            "ALLUPPER123",
            "NoDigitsHere",
            &"Aa1".repeat(50),
        ] {
            assert!(check_password(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn names_are_trimmed_and_spaces_collapsed() {
        assert_eq!(check_full_name("  Sari   Dewi ").unwrap(), "Sari Dewi");
        assert!(check_full_name(" ").is_err());
        assert!(check_full_name("A").is_err());
        assert!(check_full_name("Sari\u{0}").is_err());
    }
}
