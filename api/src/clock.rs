use chrono::{DateTime, Utc};

/// Where "now" comes from. Production uses the system clock; tests inject a
/// fixed or moving clock so they can travel in time.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;
}

#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}
