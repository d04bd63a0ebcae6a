//! A fixed-window limiter per (endpoint, client IP) or (endpoint, user), in
//! memory. Enough for one process; several replicas each enforce their own
//! window.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actix_web::HttpRequest;

use crate::error::ApiError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    Login,
    Register,
    PasswordReset,
    /// Chat messages, per user.
    ChatSend,
}

/// Whom a window counts: a client address (anonymous endpoints) or a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Who {
    Ip(IpAddr),
    User(uuid::Uuid),
}

pub struct RateLimiter {
    per_window: u32,
    chat_per_window: u32,
    window: Duration,
    trust_proxy: bool,
    hits: Mutex<HashMap<(Bucket, Who), (Instant, u32)>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32, trust_proxy: bool) -> Self {
        Self {
            per_window: per_minute.max(1),
            chat_per_window: 30,
            window: Duration::from_secs(60),
            trust_proxy,
            hits: Mutex::new(HashMap::new()),
        }
    }

    /// Chat messages a user may send per minute.
    pub fn with_chat_per_minute(mut self, per_minute: u32) -> Self {
        self.chat_per_window = per_minute.max(1);
        self
    }

    /// Counts one attempt from the request's client; refuses with 429 and a
    /// `Retry-After` once the window's allowance is spent.
    pub fn check(&self, bucket: Bucket, req: &HttpRequest) -> Result<(), ApiError> {
        let ip = self.client_ip(req);
        self.hit(bucket, Who::Ip(ip), Instant::now())
    }

    /// As [`check`](Self::check), counted per signed-in user.
    pub fn check_user(&self, bucket: Bucket, user: uuid::Uuid) -> Result<(), ApiError> {
        self.hit(bucket, Who::User(user), Instant::now())
    }

    fn allowance(&self, bucket: Bucket) -> u32 {
        match bucket {
            Bucket::ChatSend => self.chat_per_window,
            _ => self.per_window,
        }
    }

    fn hit(&self, bucket: Bucket, who: Who, now: Instant) -> Result<(), ApiError> {
        let mut hits = self.hits.lock().unwrap_or_else(|p| p.into_inner());
        if hits.len() > 50_000 {
            let window = self.window;
            hits.retain(|_, (start, _)| now.duration_since(*start) < window);
        }
        let allowance = self.allowance(bucket);
        let entry = hits.entry((bucket, who)).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        if entry.1 >= allowance {
            let left = self.window.saturating_sub(now.duration_since(entry.0));
            return Err(ApiError::RateLimited {
                retry_after: left.as_secs().max(1),
            });
        }
        entry.1 += 1;
        Ok(())
    }

    fn client_ip(&self, req: &HttpRequest) -> IpAddr {
        let info = req.connection_info();
        let addr = if self.trust_proxy {
            info.realip_remote_addr()
        } else {
            info.peer_addr()
        };
        addr.and_then(|a| {
            a.parse::<IpAddr>()
                .ok()
                .or_else(|| a.parse::<std::net::SocketAddr>().ok().map(|s| s.ip()))
        })
        .unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_the_window_then_refuses_until_it_passes() {
        let rl = RateLimiter::new(3, false);
        let ip = Who::Ip(IpAddr::from([10, 0, 0, 1]));
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(rl.hit(Bucket::Login, ip, t0).is_ok());
        }
        match rl.hit(Bucket::Login, ip, t0 + Duration::from_secs(20)) {
            Err(ApiError::RateLimited { retry_after }) => assert_eq!(retry_after, 40),
            other => panic!("expected 429, got {other:?}"),
        }
        // Other endpoints and other clients have their own allowance.
        assert!(rl.hit(Bucket::Register, ip, t0).is_ok());
        assert!(rl
            .hit(Bucket::Login, Who::Ip(IpAddr::from([10, 0, 0, 2])), t0)
            .is_ok());
        assert!(rl
            .hit(Bucket::Login, ip, t0 + Duration::from_secs(61))
            .is_ok());
    }

    #[test]
    fn chat_counts_per_user_with_its_own_allowance() {
        let rl = RateLimiter::new(100, false).with_chat_per_minute(2);
        let (a, b) = (uuid::Uuid::new_v4(), uuid::Uuid::new_v4());
        let t0 = Instant::now();
        assert!(rl.hit(Bucket::ChatSend, Who::User(a), t0).is_ok());
        assert!(rl.hit(Bucket::ChatSend, Who::User(a), t0).is_ok());
        assert!(rl.hit(Bucket::ChatSend, Who::User(a), t0).is_err());
        assert!(rl.hit(Bucket::ChatSend, Who::User(b), t0).is_ok());
    }
}
