use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};
use jsonwebtoken::{
    decode, encode, get_current_timestamp, Algorithm, DecodingKey, EncodingKey, Header, Validation,
};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use shared::Role;
use uuid::Uuid;

const ISSUER: &str = "aruna-moment";

/// Verified tokens kept at most; a full map is emptied.
const MAX_VERIFIED: usize = 2048;

/// Seconds of clock skew allowed on `exp` and `nbf`.
const LEEWAY: u64 = 5;

/// Claims of an access token. The role is in the token so a request needs no
/// database read to be authorised.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub sub: Uuid,
    pub role: Role,
    /// The user's `token_version` when issued; a bump (disabled account,
    /// role or password change) retires every older token.
    #[serde(default)]
    pub ver: i32,
    pub iss: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
}

pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    pub ttl: Duration,
    /// Tokens whose signature, algorithm and issuer were checked, with
    /// their claims. A caller sends the same token with every request for
    /// its lifetime, and checking it again (base64, HMAC-SHA256, two JSON
    /// parses) was ~8% of the CPU of a read answered from memory. Keyed by
    /// the whole token, so a hit is the very bytes already verified; the
    /// lifetime is checked on every use.
    verified: Mutex<HashMap<Box<str>, Claims>>,
}

impl JwtKeys {
    pub fn new(secret: &SecretString, ttl_minutes: i64) -> Self {
        let bytes = secret.expose_secret().as_bytes();
        // Only HS256 is accepted: `alg: none` and any other algorithm fail.
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "sub"]);
        validation.validate_nbf = true;
        validation.leeway = LEEWAY;
        Self {
            encoding: EncodingKey::from_secret(bytes),
            decoding: DecodingKey::from_secret(bytes),
            validation,
            ttl: Duration::minutes(ttl_minutes.max(1)),
            verified: Mutex::new(HashMap::new()),
        }
    }

    pub fn issue(
        &self,
        user_id: Uuid,
        role: Role,
        version: i32,
        now: DateTime<Utc>,
    ) -> anyhow::Result<String> {
        let claims = Claims {
            sub: user_id,
            role,
            ver: version,
            iss: ISSUER.to_owned(),
            iat: now.timestamp(),
            nbf: now.timestamp(),
            exp: (now + self.ttl).timestamp(),
        };
        Ok(encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &self.encoding,
        )?)
    }

    /// Checks signature, algorithm, issuer and lifetime.
    pub fn verify(&self, token: &str) -> Option<Claims> {
        self.verify_at(token, get_current_timestamp())
    }

    /// As [`JwtKeys::verify`] at `now` (unix seconds) for a token verified
    /// before; a new token is checked by jsonwebtoken against the clock.
    fn verify_at(&self, token: &str, now: u64) -> Option<Claims> {
        if let Ok(mut verified) = self.verified.lock() {
            if let Some(claims) = verified.get(token) {
                if within_lifetime(claims, now) {
                    return Some(claims.clone());
                }
                verified.remove(token);
                return None;
            }
        }
        let claims = decode::<Claims>(token, &self.decoding, &self.validation)
            .ok()?
            .claims;
        if let Ok(mut verified) = self.verified.lock() {
            if verified.len() >= MAX_VERIFIED {
                verified.clear();
            }
            verified.insert(token.into(), claims.clone());
        }
        Some(claims)
    }
}

/// jsonwebtoken's own rule: not expired more than the leeway ago, not
/// valid only from more than the leeway ahead.
fn within_lifetime(claims: &Claims, now: u64) -> bool {
    let now = i64::try_from(now).unwrap_or(i64::MAX);
    let leeway = LEEWAY as i64;
    claims.exp >= now - leeway && claims.nbf <= now + leeway
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> JwtKeys {
        JwtKeys::new(
            &SecretString::from("test-secret-test-secret-test-secret"),
            15,
        )
    }

    #[test]
    fn issued_tokens_verify_and_carry_the_role() {
        let k = keys();
        let id = Uuid::new_v4();
        let t = k.issue(id, Role::Admin, 0, Utc::now()).unwrap();
        let c = k.verify(&t).unwrap();
        assert_eq!((c.sub, c.role), (id, Role::Admin));
    }

    #[test]
    fn expired_and_foreign_tokens_fail() {
        let k = keys();
        let old = k
            .issue(
                Uuid::new_v4(),
                Role::Client,
                0,
                Utc::now() - Duration::hours(1),
            )
            .unwrap();
        assert!(k.verify(&old).is_none());
        let other = JwtKeys::new(&SecretString::from("another-secret-another-secret-xx"), 15);
        let t = other
            .issue(Uuid::new_v4(), Role::Client, 0, Utc::now())
            .unwrap();
        assert!(k.verify(&t).is_none());
    }

    #[test]
    fn a_verified_token_is_kept_but_never_past_its_lifetime() {
        let k = keys();
        let id = Uuid::new_v4();
        let t = k.issue(id, Role::Client, 3, Utc::now()).unwrap();
        let first = k.verify(&t).unwrap();
        assert_eq!(k.verified.lock().unwrap().len(), 1, "kept");
        let again = k.verify(&t).unwrap();
        assert_eq!((again.sub, again.ver, again.exp), (first.sub, 3, first.exp));

        // One character of the signature changed: not the kept token.
        let i = t.len() - 10;
        let c = if &t[i..=i] == "A" { "B" } else { "A" };
        let forged = format!("{}{c}{}", &t[..i], &t[i + 1..]);
        assert!(k.verify(&forged).is_none());

        let exp = u64::try_from(first.exp).unwrap();
        assert!(k.verify_at(&t, exp + LEEWAY).is_some(), "within the leeway");
        assert!(k.verify_at(&t, exp + LEEWAY + 1).is_none(), "expired");
        assert!(
            k.verified.lock().unwrap().is_empty(),
            "an expired token is forgotten"
        );
    }
}
