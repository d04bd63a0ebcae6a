//! The monthly report as an A4 PDF, in the invoice's type and colours.

use anyhow::Context as _;
use chrono_tz::Tz;
use genpdf::elements::{Break, FrameCellDecorator, Paragraph, TableLayout};
use genpdf::style::{Color, Style, StyledString};
use genpdf::{Alignment, Element, Margins};
use shared::backoffice::{change_percent, MonthlyReport};
use shared::id_date::month_name;
use shared::payment_dto::PaymentKind;
use shared::Rupiah;

use super::csv::local;
use crate::invoice::{fonts, text::winansi, text_codes};

const ACCENT: Color = Color::Rgb(133, 96, 58);
const MUTED: Color = Color::Rgb(112, 112, 112);

fn para(text: &str, style: Style) -> Paragraph {
    Paragraph::new(StyledString::new(winansi(text).into_owned(), style))
}

fn cell(text: &str) -> impl Element {
    para(text, Style::new()).padded(Margins::trbl(1, 1.5, 1, 1.5))
}

fn num(text: &str) -> impl Element {
    para(text, Style::new())
        .aligned(Alignment::Right)
        .padded(Margins::trbl(1, 1.5, 1, 1.5))
}

fn head(text: &str) -> impl Element {
    para(text, Style::new().bold().with_font_size(9)).padded(Margins::trbl(1, 1.5, 1, 1.5))
}

fn section(title: &str) -> impl Element {
    para(
        title,
        Style::new().bold().with_font_size(12).with_color(ACCENT),
    )
    .padded(Margins::trbl(6, 0, 2, 0))
}

fn change(now: i64, prev: i64) -> String {
    change_percent(now, prev).map_or_else(|| "–".to_owned(), |p| format!("{p:+}%"))
}

fn table(widths: Vec<usize>) -> TableLayout {
    let mut t = TableLayout::new(widths);
    t.set_cell_decorator(FrameCellDecorator::new(true, true, false));
    t
}

/// "Maret 2026" for `2026-03`.
pub fn month_title(month: &str) -> String {
    match month.split_once('-') {
        Some((y, m)) => match m.parse::<u32>() {
            Ok(m @ 1..=12) => format!("{} {y}", month_name(m - 1)),
            _ => month.to_owned(),
        },
        None => month.to_owned(),
    }
}

pub fn render(report: &MonthlyReport, studio_name: &str, tz: Tz) -> anyhow::Result<Vec<u8>> {
    let mut doc = genpdf::Document::new(fonts::helvetica()?);
    let title = format!("Laporan Bulanan {}", month_title(&report.month));
    doc.set_title(winansi(&title).into_owned());
    doc.set_minimal_conformance();
    doc.set_font_size(10);
    doc.set_line_spacing(1.25);
    let mut page = genpdf::SimplePageDecorator::new();
    page.set_margins(Margins::trbl(16, 16, 16, 16));
    doc.set_page_decorator(page);

    doc.push(para(studio_name, Style::new().with_color(MUTED)));
    doc.push(para(
        &title,
        Style::new().bold().with_font_size(18).with_color(ACCENT),
    ));
    doc.push(para(
        &format!(
            "Dibandingkan dengan {}. Pesanan menurut tanggal acara, pendapatan menurut waktu persetujuan pembayaran.",
            month_title(&report.previous_month)
        ),
        Style::new().with_color(MUTED).with_font_size(9),
    ));

    doc.push(section("Ringkasan"));
    let (this, prev) = (
        month_title(&report.month),
        month_title(&report.previous_month),
    );
    let mut t = table(vec![3, 2, 2, 1]);
    t.row()
        .element(head(""))
        .element(head(&this))
        .element(head(&prev))
        .element(head("Perubahan"))
        .push()?;
    let (b, bp) = (
        i64::try_from(report.bookings_total).unwrap_or(0),
        i64::try_from(report.bookings_total_previous).unwrap_or(0),
    );
    t.row()
        .element(cell("Pesanan"))
        .element(num(&b.to_string()))
        .element(num(&bp.to_string()))
        .element(num(&change(b, bp)))
        .push()?;
    t.row()
        .element(cell("Pendapatan"))
        .element(num(&Rupiah(report.revenue_total).format()))
        .element(num(&Rupiah(report.revenue_total_previous).format()))
        .element(num(&change(
            report.revenue_total,
            report.revenue_total_previous,
        )))
        .push()?;
    doc.push(t);

    doc.push(section("Pendapatan per Layanan"));
    let mut t = table(vec![3, 2, 2, 1]);
    t.row()
        .element(head("Layanan"))
        .element(head(&this))
        .element(head(&prev))
        .element(head("Perubahan"))
        .push()?;
    for k in &report.revenue_by_kind {
        t.row()
            .element(cell(k.kind.label_id()))
            .element(num(&Rupiah(k.amount).format()))
            .element(num(&Rupiah(k.previous).format()))
            .element(num(&change(k.amount, k.previous)))
            .push()?;
    }
    doc.push(t);

    doc.push(section("Pesanan per Layanan dan Status"));
    if report.bookings_by_kind_status.is_empty() {
        doc.push(para(
            "Tidak ada pesanan dengan tanggal acara di bulan ini.",
            Style::new().with_color(MUTED),
        ));
    } else {
        let mut t = table(vec![3, 3, 1]);
        t.row()
            .element(head("Layanan"))
            .element(head("Status"))
            .element(head("Jumlah"))
            .push()?;
        for c in &report.bookings_by_kind_status {
            t.row()
                .element(cell(c.kind.label_id()))
                .element(cell(c.status.label_id()))
                .element(num(&c.count.to_string()))
                .push()?;
        }
        doc.push(t);
    }

    doc.push(section("Pembayaran Disetujui"));
    if report.payments.is_empty() {
        doc.push(para(
            "Belum ada pembayaran yang disetujui di bulan ini.",
            Style::new().with_color(MUTED),
        ));
    } else {
        let mut t = table(vec![3, 3, 4, 2, 2, 3]);
        t.row()
            .element(head("Tanggal"))
            .element(head("Kode"))
            .element(head("Klien"))
            .element(head("Layanan"))
            .element(head("Jenis"))
            .element(head("Jumlah"))
            .push()?;
        for p in &report.payments {
            t.row()
                .element(cell(
                    &local(p.approved_at, tz)
                        .format("%d/%m/%Y %H:%M")
                        .to_string(),
                ))
                .element(cell(&p.booking_code))
                .element(cell(&p.client_name))
                .element(cell(p.kind.label_id()))
                .element(cell(
                    PaymentKind::parse(&p.payment_kind).map_or("", PaymentKind::label_id),
                ))
                .element(num(&Rupiah(p.amount).format()))
                .push()?;
        }
        let total: i64 = report.payments.iter().map(|p| p.amount).sum();
        t.row()
            .element(head("Total"))
            .element(cell(""))
            .element(cell(""))
            .element(cell(""))
            .element(cell(""))
            .element(
                para(&Rupiah(total).format(), Style::new().bold())
                    .aligned(Alignment::Right)
                    .padded(Margins::trbl(1, 1.5, 1, 1.5)),
            )
            .push()?;
        doc.push(t);
    }
    doc.push(Break::new(1.0));
    doc.push(para(
        &format!(
            "Dibuat {} WIB",
            local(report.generated_at, tz).format("%d/%m/%Y %H:%M")
        ),
        Style::new().with_color(MUTED).with_font_size(8),
    ));

    let mut out = Vec::with_capacity(32 * 1024);
    doc.render(&mut out)
        .context("rendering the monthly report PDF")?;
    text_codes::narrow_text_codes(&out)
}
