//! The time as it passes: a ticking clock and a countdown to a deadline.

use std::time::Duration;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::i18n;

/// Browser-clock milliseconds since the epoch, updated every second while the
/// calling component lives.
pub fn use_now() -> ReadSignal<f64> {
    use_now_every(Duration::from_secs(1))
}

/// Like [`use_now`], updated every `period` (a minute is plenty for "5 menit
/// lalu").
pub fn use_now_every(period: Duration) -> ReadSignal<f64> {
    let (now, set_now) = signal(js_sys::Date::now());
    if let Ok(handle) = set_interval_with_handle(move || set_now.set(js_sys::Date::now()), period) {
        on_cleanup(move || handle.clear());
    }
    now
}

/// A browser-clock reading as an instant.
pub fn instant(ms: f64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms as i64).unwrap_or_default()
}

/// Milliseconds left until `deadline` at `now_ms` (never negative).
pub fn ms_left(deadline: DateTime<Utc>, now_ms: f64) -> f64 {
    (deadline.timestamp_millis() as f64 - now_ms).max(0.0)
}

/// `1:02:09` or `59:07`: what is left, as a kitchen timer shows it.
pub fn clock_text(ms: f64) -> String {
    let total = (ms / 1000.0).ceil() as u64;
    let (h, m, s) = (total / 3600, total % 3600 / 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// A live countdown to `deadline` (`data-testid="countdown"`), with the
/// deadline itself written out below.
#[component]
pub fn Countdown(
    deadline: DateTime<Utc>,
    /// What the time is for, e.g. "Sisa waktu pembayaran".
    label: &'static str,
) -> impl IntoView {
    let now = use_now();
    let left = move || ms_left(deadline, now.get());
    let urgent = move || left() < 10.0 * 60.0 * 1000.0;
    view! {
        <div class="countdown" class:countdown-urgent=urgent class:countdown-over=move || left() <= 0.0 data-testid="countdown" role="timer" aria-live="off">
            <span class="countdown-label">{label}</span>
            <span class="countdown-clock">
                {move || if left() > 0.0 { clock_text(left()) } else { i18n::COUNTDOWN_OVER().to_owned() }}
            </span>
            <span class="countdown-until">{format!("{} {}", i18n::UNTIL(), i18n::format_datetime(deadline))}</span>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_reads_like_a_timer() {
        assert_eq!(clock_text(59_000.0), "00:59");
        assert_eq!(clock_text(59_001.0), "01:00");
        assert_eq!(clock_text(3_600_000.0 + 129_000.0), "1:02:09");
        assert_eq!(clock_text(0.0), "00:00");
    }
}
