//! Delivers the outbox (email and WhatsApp). Woken right after a commit that
//! queued messages, and every few seconds for retries; the web request never
//! waits on SMTP or the gateway. Each message is claimed with a lease by one
//! worker, so several API processes never send the same one together.

use std::sync::Arc;
use std::time::Duration;

use chrono::Duration as ChronoDuration;
use sea_orm::DatabaseConnection;
use tokio::sync::Notify;

use super::whatsapp::WhatsApp;
use super::Mailer;
use crate::clock::Clock;
use crate::entities::email_outbox;
use crate::repo::outbox;

pub struct OutboxWorker {
    pub db: DatabaseConnection,
    pub mailer: Option<Mailer>,
    pub whatsapp: Option<WhatsApp>,
    pub clock: Arc<dyn Clock>,
    pub wakeup: Arc<Notify>,
}

impl OutboxWorker {
    pub async fn run(self) {
        if self.mailer.is_none() {
            tracing::warn!(
                "APP_SMTP_URL is not set: emails stay queued in the outbox until it is configured"
            );
        }
        if self.channels().is_empty() {
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

    fn channels(&self) -> Vec<&'static str> {
        let mut channels = Vec::new();
        if self.mailer.is_some() {
            channels.push(outbox::EMAIL);
        }
        if self.whatsapp.is_some() {
            channels.push(outbox::WHATSAPP);
        }
        channels
    }

    /// One pass: claims and sends every due message. Returns how many it tried.
    pub async fn deliver_due(&self) -> anyhow::Result<usize> {
        let channels = self.channels();
        if channels.is_empty() {
            return Ok(0);
        }
        let now = self.clock.now();
        let due = outbox::due(&self.db, &channels, now, 20)
            .await
            .map_err(anyhow_of)?;
        let mut tried = 0;
        for msg in due {
            if !outbox::claim(&self.db, msg.id, now, ChronoDuration::minutes(2))
                .await
                .map_err(anyhow_of)?
            {
                continue;
            }
            tried += 1;
            match self.send(&msg).await {
                Ok(()) => {
                    outbox::mark_sent(&self.db, msg.id, self.clock.now())
                        .await
                        .map_err(anyhow_of)?;
                    tracing::info!(outbox_id = %msg.id, channel = %msg.channel, "message delivered");
                }
                Err(e) => {
                    tracing::warn!(outbox_id = %msg.id, channel = %msg.channel, attempt = msg.attempts + 1, error = %e, "delivery failed; will retry");
                    outbox::mark_failed(&self.db, &msg, &format!("{e:#}"), self.clock.now())
                        .await
                        .map_err(anyhow_of)?;
                }
            }
        }
        Ok(tried)
    }

    async fn send(&self, msg: &email_outbox::Model) -> anyhow::Result<()> {
        match (msg.channel.as_str(), &self.mailer, &self.whatsapp) {
            (outbox::WHATSAPP, _, Some(wa)) => wa.send(&msg.to_address, &msg.body_text).await,
            (outbox::EMAIL, Some(mailer), _) => {
                let attachment = match msg.attachment.as_deref() {
                    Some(reference) => Some(self.attachment(reference).await?),
                    None => None,
                };
                mailer.send(msg, attachment).await
            }
            (channel, _, _) => anyhow::bail!("no transport for channel {channel}"),
        }
    }

    /// Renders a referenced attachment now, from the booking as it stands.
    async fn attachment(&self, reference: &str) -> anyhow::Result<(String, Vec<u8>)> {
        let booking_id = outbox::parse_invoice_attachment(reference)
            .ok_or_else(|| anyhow::anyhow!("unknown attachment {reference}"))?;
        let pdf = crate::booking::invoice::render_for(&self.db, booking_id)
            .await
            .map_err(anyhow_of)?;
        Ok((pdf.file_name, pdf.bytes.to_vec()))
    }
}

fn anyhow_of(e: crate::error::ApiError) -> anyhow::Error {
    anyhow::anyhow!("{e:?}")
}
