//! Authentication: JWT access tokens, Argon2id passwords, opaque refresh and
//! reset tokens, and the extractors handlers use to know who is calling.

pub mod account_cache;
pub mod extract;
pub mod jwt;
pub mod password;
pub mod tokens;

pub use extract::{Admin, AuthUser, Client, MaybeAuthUser, Staff, Superadmin};
