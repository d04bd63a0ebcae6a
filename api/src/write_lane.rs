//! A thread of its own for the transactions that hold SQLite's one write
//! connection while the request threads are busy.
//!
//! A write transaction is a chain of round trips to the database's
//! connection thread: `BEGIN`, each statement, `COMMIT`, and the ping with
//! which sqlx takes the connection back. Between two of them the
//! transaction's task waits to be polled again, and on a request thread it
//! waits behind every other request that thread is serving, while every
//! other booking waits for the write lock. On this thread nothing else is
//! queued: the transaction is polled as soon as its answer is in.
//! Measured before the WAL checkpoints left the writer (`db_checkpoint`):
//! 368 → 388 bookings a second, the mean of three runs each, binaries
//! taking turns (`wrk -t2 -c32`, 20,000 bookings in the database).
//!
//! Only for SQLite: a PostgreSQL connection's socket answers on the runtime
//! that opened it, so a job on the lane would wait for two threads, not one.
//!
//! A job given to the lane runs to its end even when the request that gave
//! it goes away: a booking made for a client who hung up is committed (and
//! announced) rather than cut off half way.

use std::future::Future;
use std::sync::OnceLock;

use crate::error::ApiError;

/// The lane's runtime: one worker thread for the whole process, started on
/// first use. Kept in a static, so it is never dropped inside another
/// runtime (which tokio forbids). `None` if the thread could not start.
fn lane() -> Option<&'static tokio::runtime::Runtime> {
    static LANE: OnceLock<Option<tokio::runtime::Runtime>> = OnceLock::new();
    LANE.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("write-lane")
            .enable_all()
            .build()
            .inspect_err(|error| {
                tracing::warn!(%error, "no write lane: writes run on the request threads");
            })
            .ok()
    })
    .as_ref()
}

/// Runs `job` on the lane (or here, if the lane could not start) and
/// answers its output. A job that panics is an internal error.
pub async fn run<F>(job: F) -> Result<F::Output, ApiError>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let Some(lane) = lane() else {
        return Ok(job.await);
    };
    lane.spawn(job)
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("a write lane job failed: {e}")))
}

#[cfg(test)]
mod tests {
    #[actix_web::test]
    async fn runs_a_job_on_its_own_thread_and_answers_its_output() {
        let here = std::thread::current().id();
        let (thread, name) = super::run(async {
            let t = std::thread::current();
            (t.id(), t.name().map(str::to_owned))
        })
        .await
        .unwrap();
        assert_ne!(thread, here);
        assert_eq!(name.as_deref(), Some("write-lane"));
    }

    #[actix_web::test]
    async fn a_job_that_panics_is_an_error_not_a_crash() {
        let answer = super::run(async { panic!("boom") }).await;
        assert!(answer.is_err());
        assert_eq!(
            super::run(async { 7 }).await.unwrap(),
            7,
            "the lane goes on"
        );
    }
}
