use chrono::{DateTime, Duration, Utc};
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use shared::Role;
use uuid::Uuid;

const ISSUER: &str = "aruna-moment";

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
}

impl JwtKeys {
    pub fn new(secret: &SecretString, ttl_minutes: i64) -> Self {
        let bytes = secret.expose_secret().as_bytes();
        // Only HS256 is accepted: `alg: none` and any other algorithm fail.
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "sub"]);
        validation.validate_nbf = true;
        validation.leeway = 5;
        Self {
            encoding: EncodingKey::from_secret(bytes),
            decoding: DecodingKey::from_secret(bytes),
            validation,
            ttl: Duration::minutes(ttl_minutes.max(1)),
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
        decode::<Claims>(token, &self.decoding, &self.validation)
            .ok()
            .map(|d| d.claims)
    }
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
}
