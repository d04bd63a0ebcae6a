//! A fixed-window limiter per (endpoint, client IP), in memory. Enough for one
//! process; several replicas each enforce their own window.

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
}

pub struct RateLimiter {
    per_window: u32,
    window: Duration,
    trust_proxy: bool,
    hits: Mutex<HashMap<(Bucket, IpAddr), (Instant, u32)>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32, trust_proxy: bool) -> Self {
        Self {
            per_window: per_minute.max(1),
            window: Duration::from_secs(60),
            trust_proxy,
            hits: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one attempt from the request's client; refuses with 429 and a
    /// `Retry-After` once the window's allowance is spent.
    pub fn check(&self, bucket: Bucket, req: &HttpRequest) -> Result<(), ApiError> {
        let ip = self.client_ip(req);
        self.hit(bucket, ip, Instant::now())
    }

    fn hit(&self, bucket: Bucket, ip: IpAddr, now: Instant) -> Result<(), ApiError> {
        let mut hits = self.hits.lock().unwrap_or_else(|p| p.into_inner());
        if hits.len() > 50_000 {
            let window = self.window;
            hits.retain(|_, (start, _)| now.duration_since(*start) < window);
        }
        let entry = hits.entry((bucket, ip)).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        if entry.1 >= self.per_window {
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
        let ip = IpAddr::from([10, 0, 0, 1]);
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
            .hit(Bucket::Login, IpAddr::from([10, 0, 0, 2]), t0)
            .is_ok());
        assert!(rl
            .hit(Bucket::Login, ip, t0 + Duration::from_secs(61))
            .is_ok());
    }
}
