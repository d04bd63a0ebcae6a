//! Example invoices for the tests, the benchmark and design previews.

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};

use super::{
    BankAccountLine, BilledTo, InvoiceData, MoneySummary, PaymentLine, ServiceInfo, Stamp,
    StudioHeader,
};

/// An accepted wedding booking with its 30 % down payment approved:
/// `INV-2026-00042`, Rp 1.500.000 in total, shoot on 9 Desember 2026.
pub fn accepted_with_dp() -> InvoiceData {
    InvoiceData {
        studio: StudioHeader {
            name: "Aruna Moment".to_owned(),
            address: "Jl. Sisingamangaraja No. 12, Medan, Sumatera Utara 20212".to_owned(),
            email: "halo@arunamoment.id".to_owned(),
            phone: "+62 812-6000-4242".to_owned(),
        },
        number: Some("INV-2026-00042".to_owned()),
        booking_code: "ODR-2026-00042".to_owned(),
        issued_at: at(2026, 11, 25, 3, 0),
        due: Some(at(2026, 12, 2, 7, 30)),
        billed_to: BilledTo {
            full_name: "Rina Siregar".to_owned(),
            email: "rina.siregar@example.com".to_owned(),
            phone: "+62 813-7000-1234".to_owned(),
        },
        service: ServiceInfo {
            kind_label: "Wedding".to_owned(),
            package_name: "Paket Akad & Resepsi".to_owned(),
            event_date: day(2026, 12, 9),
            time: Some((time(9, 0), time(12, 0))),
            location: "Gedung Serbaguna Martabe, Jl. Gatot Subroto No. 88, Medan".to_owned(),
            notes: Some("Mohon tim datang 1 jam sebelum akad untuk foto persiapan.".to_owned()),
        },
        money: MoneySummary {
            total: 1_500_000,
            dp_percent: 30,
            dp_amount: 450_000,
            paid: 450_000,
            remaining: 1_050_000,
        },
        payments: vec![PaymentLine {
            date: at(2026, 11, 25, 2, 15),
            kind_label: "DP".to_owned(),
            amount: 450_000,
            status_label: "Disetujui".to_owned(),
        }],
        bank_accounts: vec![
            BankAccountLine {
                bank: "BCA".to_owned(),
                account_number: "8420 1234 56".to_owned(),
                holder: "Aruna Moment Studio".to_owned(),
            },
            BankAccountLine {
                bank: "Mandiri".to_owned(),
                account_number: "106 000 4242 420".to_owned(),
                holder: "Aruna Moment Studio".to_owned(),
            },
        ],
        stamp: None,
    }
}

/// The same booking after the balance was paid and approved.
pub fn fully_paid() -> InvoiceData {
    let mut data = accepted_with_dp();
    data.due = None;
    data.money.paid = data.money.total;
    data.money.remaining = 0;
    data.payments.push(PaymentLine {
        date: at(2026, 12, 1, 4, 40),
        kind_label: "Pelunasan".to_owned(),
        amount: 1_050_000,
        status_label: "Disetujui".to_owned(),
    });
    data.stamp = Some(Stamp::Lunas);
    data
}

/// The same booking, cancelled by the client after paying the down payment.
pub fn cancelled() -> InvoiceData {
    let mut data = accepted_with_dp();
    data.due = None;
    data.stamp = Some(Stamp::Dibatalkan {
        note: Some("Dibatalkan atas permintaan klien pada 28 November 2026.".to_owned()),
    });
    data
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .unwrap_or_default()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}
