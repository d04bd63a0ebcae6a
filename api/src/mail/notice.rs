//! The email that goes with an in-app notification: the same title and text,
//! a greeting, and one button into the SPA.

use super::templates::{escape, layout};
use crate::repo::outbox::NewEmail;

pub struct NoticeEmail<'a> {
    pub to: &'a str,
    pub full_name: &'a str,
    pub subject: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    /// Absolute link into the SPA.
    pub link: Option<&'a str>,
    pub cta: &'a str,
    pub attachment: Option<String>,
}

pub fn notice(n: NoticeEmail<'_>) -> NewEmail {
    let mut text = format!("Halo {},\n\n{}\n", n.full_name, n.body);
    if let Some(link) = n.link {
        text.push_str(&format!("\n{}: {link}\n", n.cta));
    }
    if n.attachment.is_some() {
        text.push_str("\nInvoice PDF terlampir pada email ini.\n");
    }
    text.push_str("\nSalam hangat,\nAruna Moment");
    let paragraphs: String = n
        .body
        .split("\n\n")
        .map(|p| format!("<p>{}</p>", escape(p).replace('\n', "<br>")))
        .collect();
    let button = n
        .link
        .map(|link| {
            format!(
                "<p><a href=\"{}\" style=\"display:inline-block;background:#2f3a33;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none\">{}</a></p>",
                escape(link),
                escape(n.cta)
            )
        })
        .unwrap_or_default();
    let attached = if n.attachment.is_some() {
        "<p style=\"font-size:13px\">Invoice PDF terlampir pada email ini.</p>"
    } else {
        ""
    };
    let html = layout(
        n.title,
        &format!(
            "<p>Halo {},</p>{paragraphs}{button}{attached}",
            escape(n.full_name)
        ),
    );
    NewEmail {
        to: n.to.to_owned(),
        subject: n.subject.to_owned(),
        text,
        html: Some(html),
        attachment: n.attachment,
    }
}
