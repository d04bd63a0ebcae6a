//! CPU-bound work (PDF rendering, photo processing, proof scanning,
//! report files) runs on the blocking pool, off the async workers, and at
//! most one job per core at a time: more at once would not finish sooner,
//! and every extra blocking thread the pool starts gets its own malloc
//! arena. Thirty-two concurrent invoice renders started as many threads
//! and raised the API's peak RSS by ~20 MB. Password checks have their own
//! permits and buffers in `auth::password`.

use std::sync::OnceLock;

use tokio::sync::Semaphore;

fn permits() -> &'static Semaphore {
    static PERMITS: OnceLock<Semaphore> = OnceLock::new();
    PERMITS.get_or_init(|| {
        Semaphore::new(std::thread::available_parallelism().map_or(2, std::num::NonZero::get))
    })
}

/// Runs `work` on the blocking pool once a core is free. Fails only if
/// `work` panicked.
pub async fn run<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> anyhow::Result<T> {
    let _permit = permits().acquire().await?;
    Ok(tokio::task::spawn_blocking(work).await?)
}
