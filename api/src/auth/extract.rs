use std::future::Future;
use std::pin::Pin;

use actix_web::{dev::Payload, http::header, web, FromRequest, HttpMessage, HttpRequest};
use sea_orm::{EntityTrait, QuerySelect};
use shared::Role;
use uuid::Uuid;

use crate::auth::account_cache::{Account, Lookup};
use crate::auth::jwt::Claims;
use crate::entities::users;
use crate::error::ApiError;
use crate::state::AppState;

/// The signed-in caller, from a valid `Authorization: Bearer` access token
/// whose account is still active and whose `token_version` is current.
/// Missing, malformed, tampered, expired or retired tokens are refused with 401.
#[derive(Debug, Clone, Copy)]
pub struct AuthUser {
    pub id: Uuid,
    pub role: Role,
}

impl AuthUser {
    /// 403 unless the caller has at least `role`.
    pub fn require(&self, role: Role) -> Result<(), ApiError> {
        if self.role.at_least(role) {
            Ok(())
        } else {
            Err(ApiError::forbidden())
        }
    }
}

/// The caller if a token is present. A present but invalid token is still an
/// error: it is never silently treated as anonymous.
#[derive(Debug, Clone, Copy)]
pub struct MaybeAuthUser(pub Option<AuthUser>);

type Checked = Pin<Box<dyn Future<Output = Result<Option<AuthUser>, ApiError>>>>;

/// Reads and verifies the bearer token without touching the database; `None`
/// when the request carries no token.
fn claims(req: &HttpRequest) -> Result<Option<(web::Data<AppState>, Claims)>, ApiError> {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let token = value
        .to_str()
        .ok()
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim)
        .ok_or_else(ApiError::unauthorized)?;
    let state = req
        .app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("AppState missing")))?;
    let claims = state.jwt.verify(token).ok_or_else(ApiError::unauthorized)?;
    Ok(Some((state, claims)))
}

/// Whether the account behind verified claims may still act: it exists, is
/// active and has not bumped its token version since the token was issued.
/// The role is the account's current one.
pub async fn current(state: &AppState, claims: &Claims) -> Result<AuthUser, ApiError> {
    // Read before the lookup: an account this process changes after it
    // bumps it, and then a kept entry must not answer for a failed read.
    let generation = state.accounts.generation();
    let account = match state.accounts.lookup(claims.sub) {
        Lookup::Hit(account) => Some(account),
        Lookup::Refresh(kept) => {
            // Released unless `read_account` stores a new entry first (a
            // failed or cancelled read lets the next request try).
            let _claim = Claim(state, claims.sub);
            match read_account(state, claims.sub).await {
                Ok(account) => account,
                // The kept entry is still within its TTL and nothing was
                // changed meanwhile.
                Err(e) if state.accounts.generation() == generation => {
                    tracing::warn!(error = %e, "account refresh failed; the kept entry answers");
                    Some(kept)
                }
                Err(e) => return Err(e),
            }
        }
        Lookup::Miss => read_account(state, claims.sub).await?,
    };
    match account {
        Some(a) if a.active && a.token_version == claims.ver => Ok(AuthUser {
            id: claims.sub,
            role: a.role,
        }),
        _ => Err(ApiError::unauthorized()),
    }
}

/// A refresh claimed from the account cache, given back when dropped.
struct Claim<'a>(&'a AppState, Uuid);

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        self.0.accounts.release(self.1);
    }
}

/// The account as the database has it now, kept in the cache.
async fn read_account(state: &AppState, id: Uuid) -> Result<Option<Account>, ApiError> {
    let generation = state.accounts.generation();
    let row: Option<(String, bool, i32)> = users::Entity::find_by_id(id)
        .select_only()
        .column(users::Column::Role)
        .column(users::Column::IsActive)
        .column(users::Column::TokenVersion)
        .into_tuple()
        .one(&*state.reads)
        .await?;
    let Some((role, active, token_version)) = row else {
        state.accounts.remove(id);
        return Ok(None);
    };
    let account = Account {
        // An unreadable role gets the least power, never more.
        role: Role::parse(&role).unwrap_or(Role::Client),
        active,
        token_version,
    };
    state.accounts.put(id, account, generation);
    Ok(Some(account))
}

/// The role check runs on the token's claims before anything else (so a
/// refused caller learns nothing from body validation), then the account is
/// checked in the database.
fn check(req: &HttpRequest, allowed: Option<fn(Role) -> bool>) -> Checked {
    // The private read cache (`etag`) made this very check on the way in.
    if allowed.is_none() {
        if let Some(user) = req.extensions().get::<AuthUser>().copied() {
            return Box::pin(async move { Ok(Some(user)) });
        }
    }
    let found = claims(req);
    Box::pin(async move {
        let Some((state, claims)) = found? else {
            return Ok(None);
        };
        if allowed.is_some_and(|ok| !ok(claims.role)) {
            return Err(ApiError::forbidden());
        }
        let user = current(&state, &claims).await?;
        if allowed.is_some_and(|ok| !ok(user.role)) {
            return Err(ApiError::forbidden());
        }
        Ok(Some(user))
    })
}

impl FromRequest for AuthUser {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let checked = check(req, None);
        Box::pin(async move { checked.await?.ok_or_else(ApiError::unauthorized) })
    }
}

impl FromRequest for MaybeAuthUser {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let checked = check(req, None);
        Box::pin(async move { checked.await.map(MaybeAuthUser) })
    }
}

/// Extractors that also demand a role: 401 without a valid token, 403 for
/// any other role, both before the request body is read.
macro_rules! role_extractor {
    ($(#[$doc:meta])* $name:ident, $role:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        pub struct $name(pub AuthUser);

        impl std::ops::Deref for $name {
            type Target = AuthUser;
            fn deref(&self) -> &AuthUser {
                &self.0
            }
        }

        impl FromRequest for $name {
            type Error = ApiError;
            type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

            fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
                let allow: fn(Role) -> bool = $role;
                let checked = check(req, Some(allow));
                Box::pin(async move {
                    checked.await?.map($name).ok_or_else(ApiError::unauthorized)
                })
            }
        }
    };
}

role_extractor!(
    /// A client, and only a client: crew cannot book or pay as one.
    Client,
    |r| r == Role::Client
);
role_extractor!(
    /// Crew: staff, admin or superadmin.
    Staff,
    |r| r.at_least(Role::Staff)
);
role_extractor!(
    /// The studio's managers: admin or superadmin.
    Admin,
    |r| r.at_least(Role::Admin)
);
role_extractor!(
    /// The owner.
    Superadmin,
    |r| r == Role::Superadmin
);
