//! The booking's invoice: its number, and a button that downloads the PDF.
//! The file needs the bearer token, which a plain link cannot send, so it is
//! fetched into a `Blob` and saved through a temporary object URL.

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::booking_dto::Booking;
use shared::BookingStatus;
use uuid::Uuid;

use super::download::{save, DownloadIcon};
use super::Spinner;
use crate::api::{self, ApiError};
use crate::i18n;
use crate::state::use_auth;

/// Whether the PDF is the real invoice; before acceptance it is a
/// provisional bill ("Tagihan sementara").
pub fn is_invoice(invoice_number: Option<&str>, status: BookingStatus) -> bool {
    invoice_number.is_some() || matches!(status, BookingStatus::Accepted | BookingStatus::Done)
}

/// `INV-2026-00042.pdf`, or `Tagihan-ODR-2026-00042.pdf` before there is an
/// invoice number; anything but letters, digits, `-` and `_` becomes `-`.
pub fn file_name(invoice_number: Option<&str>, code: &str) -> String {
    let stem = match invoice_number {
        Some(number) => number.to_owned(),
        None => format!("{}-{code}", i18n::BILL_FILE_PREFIX()),
    };
    let safe: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_') {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{safe}.pdf")
}

/// The invoice card of a booking page (`data-testid="invoice-card"`): the
/// invoice number when there is one (`data-testid="invoice-number"`) and the
/// download button (`#download-invoice`, `data-kind="invoice"|"bill"`).
#[component]
pub fn InvoiceCard(booking: Booking) -> impl IntoView {
    let auth = use_auth();
    let invoice = is_invoice(booking.invoice_number.as_deref(), booking.status);
    let name = file_name(booking.invoice_number.as_deref(), &booking.code);
    let id = booking.id;
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let download = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let name = name.clone();
        spawn_local(async move {
            if let Err(err) = fetch_and_save(auth, id, &name).await {
                let _ = error.try_set(Some(format!(
                    "{} {}",
                    i18n::INVOICE_FAILED(),
                    err.message()
                )));
            }
            let _ = busy.try_set(false);
        });
    };
    let (title, label) = if invoice {
        (i18n::INVOICE_TITLE(), i18n::INVOICE_DOWNLOAD())
    } else {
        (i18n::BILL_TITLE(), i18n::BILL_DOWNLOAD())
    };

    view! {
        <section class="card invoice-card" aria-labelledby="invoice-title" data-testid="invoice-card">
            <h2 id="invoice-title" class="card-title">{title}</h2>
            {match booking.invoice_number {
                Some(number) => view! {
                    <p class="invoice-number">
                        {i18n::INVOICE_NUMBER()}" "
                        <strong class="detail-code" id="invoice-number" data-testid="invoice-number">{number}</strong>
                    </p>
                    <p class="muted">{i18n::INVOICE_TEXT()}</p>
                }
                .into_any(),
                None if invoice => view! { <p class="muted">{i18n::INVOICE_TEXT()}</p> }.into_any(),
                None => view! { <p class="muted">{i18n::BILL_TEXT()}</p> }.into_any(),
            }}
            {move || error.get().map(|m| view! {
                <div class="alert alert-error" role="alert" data-testid="invoice-error"><p>{m}</p></div>
            })}
            <button
                type="button"
                class="btn btn-ghost"
                id="download-invoice"
                data-testid="download-invoice"
                data-kind=if invoice { "invoice" } else { "bill" }
                disabled=move || busy.get()
                aria-busy=move || busy.get().to_string()
                on:click=download
            >
                {move || if busy.get() {
                    view! { <Spinner/><span>{i18n::DOWNLOADING()}</span> }.into_any()
                } else {
                    view! { <DownloadIcon/><span>{label}</span> }.into_any()
                }}
            </button>
        </section>
    }
}

async fn fetch_and_save(
    auth: crate::state::AuthState,
    id: Uuid,
    name: &str,
) -> Result<(), ApiError> {
    let (bytes, content_type) = api::bookings::invoice(auth, id).await?;
    save(&bytes, &content_type, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_named_after_the_invoice_or_the_booking() {
        assert_eq!(
            file_name(Some("INV-2026-00042"), "ODR-2026-00042"),
            "INV-2026-00042.pdf"
        );
        assert_eq!(
            file_name(None, "ODR-2026-00042"),
            "Tagihan-ODR-2026-00042.pdf"
        );
        assert_eq!(file_name(Some("INV/2026 7"), "x"), "INV-2026-7.pdf");
    }

    #[test]
    fn it_is_a_provisional_bill_until_accepted() {
        assert!(!is_invoice(None, BookingStatus::WaitingPayment));
        assert!(!is_invoice(None, BookingStatus::WaitingApproval));
        assert!(!is_invoice(None, BookingStatus::Expired));
        assert!(is_invoice(None, BookingStatus::Accepted));
        assert!(is_invoice(Some("INV-2026-00001"), BookingStatus::Cancelled));
    }
}
