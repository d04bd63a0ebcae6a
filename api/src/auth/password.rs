use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use std::sync::OnceLock;
use tokio::sync::Semaphore;

/// Argon2 runs on the blocking pool, so a login never stalls the async
/// workers, and at most one per core at a time: each takes 19 MiB and a
/// core for tens of milliseconds, so a login flood queues here instead of
/// growing memory by gigabytes and starving every other request.
async fn on_a_core<T: Send + 'static>(
    work: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
) -> anyhow::Result<T> {
    static CORES: OnceLock<Semaphore> = OnceLock::new();
    let cores = CORES.get_or_init(|| {
        Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
    });
    let _permit = cores.acquire().await?;
    tokio::task::spawn_blocking(work).await?
}

/// Hashes with Argon2id (the crate default).
pub async fn hash(password: String) -> anyhow::Result<String> {
    on_a_core(move || hash_blocking(&password)).await
}

pub fn hash_blocking(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing password: {e}"))
}

/// Verifies a password. With no stored hash (unknown user) it still does the
/// work against a dummy hash, so response time does not reveal accounts.
pub async fn verify(password: String, stored: Option<String>) -> anyhow::Result<bool> {
    on_a_core(move || {
        let dummy = dummy_hash();
        let (phc, real) = match &stored {
            Some(h) => (h.as_str(), true),
            None => (dummy, false),
        };
        let parsed =
            PasswordHash::new(phc).map_err(|e| anyhow::anyhow!("stored hash unreadable: {e}"))?;
        let ok = Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(ok && real)
    })
    .await
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash_blocking("dummy-password-for-timing").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hash_then_verify() {
        let h = hash("Rahasia123".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("Rahasia123".into(), Some(h.clone())).await.unwrap());
        assert!(!verify("rahasia123".into(), Some(h)).await.unwrap());
        assert!(!verify("dummy-password-for-timing".into(), None)
            .await
            .unwrap());
    }
}
