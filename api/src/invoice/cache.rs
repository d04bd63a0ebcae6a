//! Rendered invoices kept by what they print: the same [`InvoiceData`]
//! prints the same invoice, so a client downloading their invoice again (or
//! a crew member opening it after them) costs no second rendering. Any
//! change to the booking, its payments, the client or the studio's details
//! changes the data, so a stale PDF is never served. Rendering runs off the
//! request executor, one per core ([`crate::cpu`]).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use actix_web::web::Bytes;

use super::InvoiceData;

/// Invoices kept at most (a few KB each).
const KEEP: usize = 32;

static RENDERED: Mutex<VecDeque<(Arc<InvoiceData>, Bytes)>> = Mutex::new(VecDeque::new());

fn lookup(data: &InvoiceData) -> Option<Bytes> {
    let kept = RENDERED.lock().ok()?;
    kept.iter()
        .find(|(d, _)| d.booking_code == data.booking_code && **d == *data)
        .map(|(_, pdf)| pdf.clone())
}

fn keep(data: Arc<InvoiceData>, pdf: Bytes) {
    if let Ok(mut kept) = RENDERED.lock() {
        kept.retain(|(d, _)| d.booking_code != data.booking_code);
        if kept.len() >= KEEP {
            kept.pop_front();
        }
        kept.push_back((data, pdf));
    }
}

/// The PDF for `data`, rendered at most once while it stays among the
/// last [`KEEP`] distinct invoices.
pub async fn render(data: InvoiceData) -> anyhow::Result<Bytes> {
    if let Some(pdf) = lookup(&data) {
        return Ok(pdf);
    }
    let data = Arc::new(data);
    let input = data.clone();
    let pdf = Bytes::from(crate::cpu::run(move || super::render(&input)).await??);
    keep(data, pdf.clone());
    Ok(pdf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn same_data_same_pdf_changed_data_rendered_again() {
        let data = crate::invoice::sample::accepted_with_dp();
        let first = render(data.clone()).await.unwrap();
        let again = render(data.clone()).await.unwrap();
        assert_eq!(first.as_ptr(), again.as_ptr(), "served from memory");
        let mut paid = data;
        paid.money.paid += 1_000_000;
        let changed = render(paid.clone()).await.unwrap();
        assert_ne!(first.as_ptr(), changed.as_ptr());
        assert!(changed.starts_with(b"%PDF"));
    }
}
