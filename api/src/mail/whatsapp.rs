//! WhatsApp through an HTTP gateway (Fonnte-style): `POST <url>` with
//! `Authorization: <token>` and form fields `target` and `message`. A gateway
//! that answers non-2xx, or 2xx with `{"status": false}`, has not sent it.

use anyhow::{bail, Context};
use secrecy::{ExposeSecret, SecretString};

use crate::config::WhatsAppSettings;

pub struct WhatsApp {
    client: reqwest::Client,
    url: String,
    token: SecretString,
}

impl WhatsApp {
    pub fn new(settings: &WhatsAppSettings) -> anyhow::Result<Option<Self>> {
        if !settings.configured() {
            return Ok(None);
        }
        url::Url::parse(&settings.url).context("APP_WHATSAPP__URL is not a valid URL")?;
        let client = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(15))
            .build()
            .context("HTTP client")?;
        Ok(Some(Self {
            client,
            url: settings.url.clone(),
            token: settings.token.clone(),
        }))
    }

    /// `phone` is `+62…`; gateways want the digits (`62…`).
    pub async fn send(&self, phone: &str, message: &str) -> anyhow::Result<()> {
        let target = phone.trim_start_matches('+');
        let res = self
            .client
            .post(&self.url)
            .header("Authorization", self.token.expose_secret())
            .form(&[("target", target), ("message", message)])
            .send()
            .await
            .context("WhatsApp gateway unreachable")?;
        let status = res.status();
        let body = res.text().await.unwrap_or_default();
        if !status.is_success() {
            bail!(
                "WhatsApp gateway answered {status}: {}",
                body.chars().take(200).collect::<String>()
            );
        }
        if let Ok(json) = serde_json::from_str::<serde_json::Value>(&body) {
            if json.get("status").and_then(|s| s.as_bool()) == Some(false) {
                bail!(
                    "WhatsApp gateway refused: {}",
                    json.get("reason")
                        .and_then(|r| r.as_str())
                        .unwrap_or("no reason given")
                );
            }
        }
        Ok(())
    }
}
