//! Delivers the outbox. Woken right after a commit that queued mail, and
//! every few seconds for retries; the web request never waits on SMTP.

use std::sync::Arc;
use std::time::Duration;

use chrono::Duration as ChronoDuration;
use sea_orm::DatabaseConnection;
use tokio::sync::Notify;

use super::Mailer;
use crate::clock::Clock;
use crate::repo::outbox;

pub struct OutboxWorker {
    pub db: DatabaseConnection,
    pub mailer: Option<Mailer>,
    pub clock: Arc<dyn Clock>,
    pub wakeup: Arc<Notify>,
}

impl OutboxWorker {
    pub async fn run(self) {
        if self.mailer.is_none() {
            tracing::warn!(
                "APP_SMTP_URL is not set: emails stay queued in the outbox until it is configured"
            );
            return;
        }
        loop {
            match self.deliver_due().await {
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::error!(error = ?e, "outbox pass failed"),
            }
            tokio::select! {
                _ = self.wakeup.notified() => {}
                _ = tokio::time::sleep(Duration::from_secs(2)) => {}
            }
        }
    }

    /// One pass: claims and sends every due message. Returns how many it tried.
    pub async fn deliver_due(&self) -> anyhow::Result<usize> {
        let Some(mailer) = &self.mailer else {
            return Ok(0);
        };
        let now = self.clock.now();
        let due = outbox::due(&self.db, now, 20).await.map_err(anyhow_of)?;
        let mut tried = 0;
        for msg in due {
            if !outbox::claim(&self.db, msg.id, now, ChronoDuration::minutes(2))
                .await
                .map_err(anyhow_of)?
            {
                continue;
            }
            tried += 1;
            match mailer.send(&msg).await {
                Ok(()) => {
                    outbox::mark_sent(&self.db, msg.id, self.clock.now())
                        .await
                        .map_err(anyhow_of)?;
                    tracing::info!(outbox_id = %msg.id, "email delivered");
                }
                Err(e) => {
                    tracing::warn!(outbox_id = %msg.id, attempt = msg.attempts + 1, error = %e, "email delivery failed; will retry");
                    outbox::mark_failed(&self.db, &msg, &format!("{e:#}"), self.clock.now())
                        .await
                        .map_err(anyhow_of)?;
                }
            }
        }
        Ok(tried)
    }
}

fn anyhow_of(e: crate::error::ApiError) -> anyhow::Error {
    anyhow::anyhow!("{e:?}")
}
