//! Argon2id passwords, with OWASP's m = 7 MiB, t = 5, p = 1: one of its
//! equivalent settings (as strong as m = 19 MiB, t = 2, the crate's
//! default, which accounts created before kept until their next sign-in
//! upgrades them) and the one that keeps the least memory resident: the
//! API's whole footprint is a few tens of MB. Each check needs that working
//! memory and a core for tens of milliseconds, so checks run:
//! - on the blocking pool: a login never stalls the async workers;
//! - on at most half the cores at a time: a login flood queues here and
//!   leaves the other half to every other request (on two cores, one check
//!   at a time: ~65 logins a second, and 7 MiB less resident than two);
//! - in working memory kept from one check to the next: one buffer per
//!   permit, allocated once. Allocating it per check let the allocator keep
//!   a copy in every blocking thread's arena: 0.6–1 GB under a login flood.

use std::sync::{Mutex, OnceLock};

use argon2::password_hash::{rand_core::OsRng, Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use tokio::sync::Semaphore;

/// The working memory of the checks in flight, handed out with the permits.
struct Cores {
    permits: Semaphore,
    buffers: Mutex<Vec<Vec<Block>>>,
}

fn cores() -> &'static Cores {
    static CORES: OnceLock<Cores> = OnceLock::new();
    CORES.get_or_init(|| {
        let n = (std::thread::available_parallelism().map_or(2, |n| n.get()) / 2).max(1);
        Cores {
            permits: Semaphore::new(n),
            buffers: Mutex::new(Vec::new()),
        }
    })
}

/// Runs `work` with a permit and a buffer, off the async workers.
async fn on_a_core<T: Send + 'static>(
    work: impl FnOnce(&mut Vec<Block>) -> anyhow::Result<T> + Send + 'static,
) -> anyhow::Result<T> {
    let cores = cores();
    let _permit = cores.permits.acquire().await?;
    tokio::task::spawn_blocking(move || {
        let mut buffer = cores
            .buffers
            .lock()
            .ok()
            .and_then(|mut b| b.pop())
            .unwrap_or_default();
        let result = work(&mut buffer);
        if let Ok(mut b) = cores.buffers.lock() {
            b.push(buffer);
        }
        result
    })
    .await?
}

/// `blocks` sized for `params`, reusing what it holds.
fn memory_for<'a>(blocks: &'a mut Vec<Block>, params: &Params) -> &'a mut [Block] {
    let n = params.block_count();
    if blocks.len() != n {
        blocks.clear();
        blocks.resize(n, Block::default());
        blocks.shrink_to_fit();
    }
    &mut blocks[..]
}

/// The parameters new hashes get.
fn params() -> Params {
    Params::new(7 * 1024, 5, 1, None).unwrap_or_default()
}

/// Whether a stored hash was made with other parameters (or another
/// algorithm) than new ones get: the next successful sign-in rehashes it.
pub fn outdated(phc: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else {
        return false;
    };
    let current = params();
    Algorithm::try_from(parsed.algorithm) != Ok(Algorithm::Argon2id)
        || Params::try_from(&parsed).map_or(true, |p| {
            (p.m_cost(), p.t_cost(), p.p_cost())
                != (current.m_cost(), current.t_cost(), current.p_cost())
        })
}

/// Hashes with Argon2id and [`params`], as a PHC string.
pub async fn hash(password: String) -> anyhow::Result<String> {
    on_a_core(move |blocks| hash_with(&password, blocks)).await
}

/// The same, on the calling thread (seeding, tests).
pub fn hash_blocking(password: &str) -> anyhow::Result<String> {
    hash_with(password, &mut Vec::new())
}

fn hash_with(password: &str, blocks: &mut Vec<Block>) -> anyhow::Result<String> {
    let params = params();
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt
        .decode_b64(&mut salt_bytes)
        .map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    argon
        .hash_password_into_with_memory(
            password.as_bytes(),
            salt_raw,
            &mut out,
            memory_for(blocks, &params),
        )
        .map_err(|e| anyhow::anyhow!("hashing password: {e}"))?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| anyhow::anyhow!("{e}"))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| anyhow::anyhow!("{e}"))?),
    };
    Ok(phc.to_string())
}

/// Verifies a password. With no stored hash (unknown user) it still does the
/// work against a dummy hash, so response time does not reveal accounts.
pub async fn verify(password: String, stored: Option<String>) -> anyhow::Result<bool> {
    on_a_core(move |blocks| {
        let (phc, real) = match &stored {
            Some(h) => (h.as_str(), true),
            None => (dummy_hash(), false),
        };
        Ok(verify_with(&password, phc, blocks)? && real)
    })
    .await
}

fn verify_with(password: &str, phc: &str, blocks: &mut Vec<Block>) -> anyhow::Result<bool> {
    let bad = |e: &dyn std::fmt::Display| anyhow::anyhow!("stored hash unreadable: {e}");
    let parsed = PasswordHash::new(phc).map_err(|e| bad(&e))?;
    let algorithm = Algorithm::try_from(parsed.algorithm).map_err(|e| bad(&e))?;
    let version = parsed
        .version
        .map(Version::try_from)
        .transpose()
        .map_err(|e| bad(&e))?
        .unwrap_or_default();
    let params = Params::try_from(&parsed).map_err(|e| bad(&e))?;
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return Err(bad(&"no salt or hash"));
    };
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt.decode_b64(&mut salt_bytes).map_err(|e| bad(&e))?;
    let mut out = vec![0u8; expected.len()];
    let argon = Argon2::new(algorithm, version, params.clone());
    if argon
        .hash_password_into_with_memory(
            password.as_bytes(),
            salt_raw,
            &mut out,
            memory_for(blocks, &params),
        )
        .is_err()
    {
        return Ok(false);
    }
    // `Output`'s equality is constant-time.
    Ok(Output::new(&out).is_ok_and(|o| o == expected))
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash_blocking("dummy-password-for-timing").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use argon2::{PasswordHasher as _, PasswordVerifier as _};

    use super::*;

    #[tokio::test]
    async fn hash_then_verify() {
        let h = hash("Rahasia123".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=7168,t=5,p=1$"), "{h}");
        assert!(!outdated(&h));
        let old = Argon2::default()
            .hash_password(b"Rahasia123", &SaltString::generate(&mut OsRng))
            .unwrap()
            .to_string();
        assert!(outdated(&old), "{old}");
        assert!(
            !outdated("not a hash"),
            "unreadable is an error at verify, not here"
        );
        assert!(verify("Rahasia123".into(), Some(h.clone())).await.unwrap());
        assert!(!verify("rahasia123".into(), Some(h)).await.unwrap());
        assert!(!verify("dummy-password-for-timing".into(), None)
            .await
            .unwrap());
        assert!(verify("x".into(), Some("not a hash".into())).await.is_err());
    }

    #[test]
    fn agrees_with_the_argon2_crate_both_ways() {
        let ours = hash_blocking("Sandi Rahasia 9").unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(Argon2::default()
            .verify_password(b"Sandi Rahasia 9", &parsed)
            .is_ok());
        // Hashes written by the crate itself (every account so far), also
        // with other parameters, still verify, in a buffer of another size.
        let salt = SaltString::generate(&mut OsRng);
        let theirs = Argon2::default()
            .hash_password(b"Sandi Rahasia 9", &salt)
            .unwrap()
            .to_string();
        let small = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(8 * 1024, 3, 1, None).unwrap(),
        )
        .hash_password(b"Sandi Rahasia 9", &salt)
        .unwrap()
        .to_string();
        let mut blocks = Vec::new();
        for phc in [&theirs, &small, &ours] {
            assert!(
                verify_with("Sandi Rahasia 9", phc, &mut blocks).unwrap(),
                "{phc}"
            );
            assert!(!verify_with("sandi rahasia 9", phc, &mut blocks).unwrap());
        }
    }
}
