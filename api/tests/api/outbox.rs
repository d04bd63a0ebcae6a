//! The outbox against a real SMTP server process that goes away and comes
//! back: nothing is lost, nothing is sent twice.

use std::time::Duration;

use sea_orm::{ConnectionTrait, Statement};

use crate::helpers::MailSink;
use crate::scene::scene_with;

async fn outbox_rows(db: &sea_orm::DatabaseConnection, to: &str) -> Vec<(String, i32, bool)> {
    let backend = db.get_database_backend();
    let sql = match backend {
        sea_orm::DbBackend::Postgres => {
            "SELECT status, attempts, last_error IS NOT NULL AS failed FROM email_outbox WHERE to_address = $1 ORDER BY created_at"
        }
        _ => "SELECT status, attempts, last_error IS NOT NULL AS failed FROM email_outbox WHERE to_address = ? ORDER BY created_at",
    };
    db.query_all(Statement::from_sql_and_values(backend, sql, [to.into()]))
        .await
        .unwrap()
        .into_iter()
        .map(|r| {
            (
                r.try_get::<String>("", "status").unwrap(),
                r.try_get::<i32>("", "attempts").unwrap(),
                r.try_get::<bool>("", "failed").unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn an_invoice_email_waits_out_an_smtp_outage_and_arrives_once() {
    let sink = MailSink::start(tempfile::tempdir().unwrap(), None);
    let port = sink.port;
    let s = scene_with(|c| c.smtp_url = format!("smtp://127.0.0.1:{port}")).await;
    // The server goes away before anything happens.
    let (dir, port) = sink.stop();

    let (booking, payment) = s.booked_and_paid(&s.client, 30).await;
    let accepted = s.approve(&payment).await;
    assert_eq!(accepted["status"], "accepted");
    let number = accepted["invoice_number"].as_str().unwrap().to_owned();
    assert!(
        number.starts_with("INV-") && number.ends_with("-00001"),
        "{number}"
    );

    // The worker tries, fails, and keeps every message with its error.
    let mut rows = Vec::new();
    for _ in 0..100 {
        rows = outbox_rows(&s.app.db, &s.client_email).await;
        if rows.len() == 3 && rows.iter().all(|(_, attempts, _)| *attempts >= 1) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(rows.len(), 3, "created, proof received, approved: {rows:?}");
    assert!(
        rows.iter()
            .all(|(status, attempts, failed)| status == "pending" && *attempts >= 1 && *failed),
        "{rows:?}"
    );

    // Back on the same port; time passes beyond the backoff.
    let sink = MailSink::start(dir, Some(port));
    s.app.clock.advance(chrono::Duration::hours(2));
    s.app.state.kick();
    let mail = sink.wait_for_subject(&s.client_email, "disetujui").await;
    assert!(mail.subject.contains(booking["code"].as_str().unwrap()));
    assert!(mail.text.contains("/akun/booking/"), "{}", mail.text);
    let (name, pdf) = mail.attachments.first().expect("invoice attached");
    assert_eq!(name, &format!("{number}.pdf"));
    assert!(pdf.starts_with(b"%PDF"));
    let text = pdf_extract::extract_text_from_mem(pdf).unwrap();
    assert!(text.contains(&number), "{text}");

    // Everything went out exactly once.
    for _ in 0..100 {
        if outbox_rows(&s.app.db, &s.client_email)
            .await
            .iter()
            .all(|(status, _, _)| status == "sent")
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let rows = outbox_rows(&s.app.db, &s.client_email).await;
    assert!(
        rows.iter().all(|(status, _, _)| status == "sent"),
        "{rows:?}"
    );
    s.app.state.kick();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let all = sink.all_to(&s.client_email);
    assert_eq!(
        all.len(),
        3,
        "{:?}",
        all.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    assert_eq!(
        all.iter()
            .filter(|m| m.subject.contains("disetujui"))
            .count(),
        1
    );
}
