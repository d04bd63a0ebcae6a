//! Outgoing email: templates, the SMTP transport and the outbox worker.

pub mod notice;
pub mod templates;
pub mod whatsapp;
pub mod worker;

use anyhow::Context;
use lettre::message::{header::ContentType, Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::entities::email_outbox;

/// SMTP delivery through lettre, built from `APP_SMTP_URL`.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    pub fn new(smtp_url: &str, from: &str) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .context("invalid APP_SMTP_URL")?
            .timeout(Some(std::time::Duration::from_secs(15)))
            .build();
        let from = from.parse().context("invalid APP_MAIL_FROM")?;
        Ok(Self { transport, from })
    }

    /// Sends one outbox message, with `attachment` (file name, PDF bytes)
    /// when the message asked for one.
    pub async fn send(
        &self,
        msg: &email_outbox::Model,
        attachment: Option<(String, Vec<u8>)>,
    ) -> anyhow::Result<()> {
        let to: Mailbox = msg.to_address.parse().context("invalid recipient")?;
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&msg.subject);
        let text = SinglePart::builder()
            .header(ContentType::TEXT_PLAIN)
            .body(msg.body_text.clone());
        let email = match (&msg.body_html, attachment) {
            (Some(html), None) => builder.multipart(MultiPart::alternative_plain_html(
                msg.body_text.clone(),
                html.clone(),
            ))?,
            (None, None) => builder.singlepart(text)?,
            (html, Some((name, bytes))) => {
                let body = match html {
                    Some(html) => {
                        MultiPart::alternative_plain_html(msg.body_text.clone(), html.clone())
                    }
                    None => MultiPart::mixed().singlepart(text),
                };
                let pdf = ContentType::parse("application/pdf").context("content type")?;
                builder.multipart(
                    MultiPart::mixed()
                        .multipart(body)
                        .singlepart(Attachment::new(name).body(bytes, pdf)),
                )?
            }
        };
        self.transport
            .send(email)
            .await
            .context("SMTP delivery failed")?;
        Ok(())
    }
}
