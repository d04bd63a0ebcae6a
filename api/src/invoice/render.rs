//! Lays out an [`InvoiceData`] as an A4 PDF with genpdf.
//!
//! Reads nothing but its argument and the fonts compiled into the binary.
//! The bytes are not byte-for-byte reproducible: printpdf stamps a creation
//! date and a random document id into the metadata.

use anyhow::Context as _;
use genpdf::elements::{Break, LinearLayout, Paragraph, TableLayout};
use genpdf::style::{Color, Style, StyledString};
use genpdf::{render::Area, Alignment, Element, Margins, Mm, Position, RenderResult, Size};
use shared::id_date::{format_date_wib, format_datetime_wib, format_day_long};
use shared::terbilang::rupiah_in_words;
use shared::Rupiah;

use super::text::{time_range, winansi};
use super::{fonts, text_codes, InvoiceData, Stamp};

const INK: Color = Color::Rgb(34, 34, 34);
const MUTED: Color = Color::Rgb(112, 112, 112);
const ACCENT: Color = Color::Rgb(133, 96, 58);
const HAIRLINE: Color = Color::Rgb(214, 214, 214);
const PAID_GREEN: Color = Color::Rgb(22, 122, 60);
const CANCELLED_RED: Color = Color::Rgb(188, 32, 46);

/// Renders `data` as a PDF of a few kilobytes.
///
/// Fails only if genpdf cannot lay the content out; user-supplied text is
/// cleaned first, so unusual characters print as `?` instead of failing.
pub fn render(data: &InvoiceData) -> anyhow::Result<Vec<u8>> {
    let mut doc = genpdf::Document::new(fonts::helvetica()?);
    doc.set_title(winansi(&document_title(data)).into_owned());
    // No ICC profile or XMP packet: PDF/A conformance would add kilobytes
    // for nothing a client's viewer needs.
    doc.set_minimal_conformance();
    doc.set_font_size(10);
    doc.set_line_spacing(1.3);
    let mut page = genpdf::SimplePageDecorator::new();
    page.set_margins(Margins::trbl(16, 18, 16, 18));
    doc.set_page_decorator(page);

    doc.push(header(data)?);
    doc.push(Rule::new(ACCENT).padded(Margins::trbl(3, 0, 4, 0)));
    doc.push(parties(data)?);
    doc.push(section_title("Detail Layanan"));
    doc.push(service(data)?);
    doc.push(section_title("Ringkasan Pembayaran"));
    doc.push(summary(data)?);
    doc.push(section_title("Riwayat Pembayaran"));
    doc.push(payments(data)?);
    if shows_transfer_accounts(data) {
        doc.push(section_title("Rekening Transfer"));
        doc.push(transfer_accounts(data)?);
    }
    doc.push(Break::new(1.5));
    doc.push(Rule::new(HAIRLINE));
    doc.push(
        Paragraph::new(StyledString::new(
            "Terima kasih atas kepercayaan Anda!",
            Style::new().italic().with_color(ACCENT).with_font_size(11),
        ))
        .aligned(Alignment::Center)
        .padded(Margins::trbl(3, 0, 0, 0)),
    );

    let mut out = Vec::with_capacity(16 * 1024);
    doc.render(&mut out).context("rendering the invoice PDF")?;
    text_codes::narrow_text_codes(&out)
}

fn document_title(data: &InvoiceData) -> String {
    match &data.number {
        Some(number) => format!("Invoice {number} - {}", data.studio.name),
        None => format!(
            "Tagihan Sementara {} - {}",
            data.booking_code, data.studio.name
        ),
    }
}

/// Transfer details help only while something is still owed.
fn shows_transfer_accounts(data: &InvoiceData) -> bool {
    !data.bank_accounts.is_empty()
        && data.money.remaining > 0
        && !matches!(data.stamp, Some(Stamp::Dibatalkan { .. }))
}

fn header(data: &InvoiceData) -> anyhow::Result<TableLayout> {
    let studio = &data.studio;
    let letterhead = LinearLayout::vertical()
        .element(para(
            &studio.name,
            Style::new().bold().with_font_size(18).with_color(ACCENT),
        ))
        .element(para(&studio.address, muted(9)))
        .element(para(
            &format!("{}  \u{00B7}  {}", studio.email, studio.phone),
            muted(9),
        ));

    let title = if data.number.is_some() {
        "INVOICE"
    } else {
        "TAGIHAN SEMENTARA"
    };
    let mut right = LinearLayout::vertical().element(
        para(
            title,
            Style::new().bold().with_font_size(17).with_color(INK),
        )
        .aligned(Alignment::Right),
    );
    match &data.stamp {
        Some(Stamp::Lunas) => {
            right.push(StampBox::new("LUNAS", PAID_GREEN).padded(Margins::trbl(2, 0, 0, 0)));
        }
        Some(Stamp::Dibatalkan { note }) => {
            right
                .push(StampBox::new("DIBATALKAN", CANCELLED_RED).padded(Margins::trbl(2, 0, 0, 0)));
            if let Some(note) = note.as_deref().filter(|n| !n.trim().is_empty()) {
                right.push(
                    para(
                        note,
                        Style::new()
                            .italic()
                            .with_font_size(9)
                            .with_color(CANCELLED_RED),
                    )
                    .aligned(Alignment::Right)
                    .padded(Margins::trbl(1.5, 0, 0, 0)),
                );
            }
        }
        None => {}
    }

    let mut table = TableLayout::new(vec![1, 1]);
    table.row().element(letterhead).element(right).push()?;
    Ok(table)
}

/// Who is billed on the left, the invoice's identifiers and dates on the
/// right.
fn parties(data: &InvoiceData) -> anyhow::Result<TableLayout> {
    let to = &data.billed_to;
    let billed_to = LinearLayout::vertical()
        .element(para("DITAGIHKAN KEPADA", label_caps()))
        .element(para(&to.full_name, Style::new().bold().with_font_size(11)))
        .element(para(&to.email, Style::new()))
        .element(para(&to.phone, Style::new()));

    let mut meta = TableLayout::new(vec![3, 5]);
    if let Some(number) = &data.number {
        meta_row(&mut meta, "No. Invoice", number, true)?;
    }
    meta_row(
        &mut meta,
        "Kode Booking",
        &data.booking_code,
        data.number.is_none(),
    )?;
    meta_row(
        &mut meta,
        "Tanggal Terbit",
        &format_date_wib(data.issued_at),
        false,
    )?;
    if let Some(due) = data.due {
        meta_row(
            &mut meta,
            "Batas Pembayaran",
            &format_datetime_wib(due),
            false,
        )?;
    }

    let mut right = LinearLayout::vertical().element(meta);
    if data.number.is_none() {
        right.push(
            para(
                "Nomor invoice terbit setelah booking diterima studio.",
                muted(8).italic(),
            )
            .aligned(Alignment::Right)
            .padded(Margins::trbl(1, 0, 0, 0)),
        );
    }

    let mut table = TableLayout::new(vec![1, 1]);
    table.row().element(billed_to).element(right).push()?;
    Ok(table)
}

fn meta_row(
    table: &mut TableLayout,
    label_text: &str,
    value: &str,
    bold: bool,
) -> anyhow::Result<()> {
    let value_style = if bold {
        Style::new().bold()
    } else {
        Style::new()
    };
    table
        .row()
        .element(label(label_text).aligned(Alignment::Right))
        .element(para(value, value_style).aligned(Alignment::Right))
        .push()?;
    Ok(())
}

fn service(data: &InvoiceData) -> anyhow::Result<TableLayout> {
    let s = &data.service;
    let mut rows: Vec<(&str, String)> = vec![
        ("Layanan", s.kind_label.clone()),
        ("Paket", s.package_name.clone()),
        ("Tanggal Acara", format_day_long(s.event_date)),
        ("Waktu", time_range(s.time)),
        ("Lokasi", s.location.clone()),
    ];
    if let Some(notes) = s.notes.as_deref().filter(|n| !n.trim().is_empty()) {
        rows.push(("Catatan", notes.to_owned()));
    }

    let mut table = TableLayout::new(vec![1, 3]);
    table.set_cell_decorator(RowLines);
    for (label_text, value) in rows {
        table
            .row()
            .element(cell(label(label_text)))
            .element(cell(para(&value, Style::new())))
            .push()?;
    }
    Ok(table)
}

fn summary(data: &InvoiceData) -> anyhow::Result<LinearLayout> {
    let m = &data.money;
    let mut table = TableLayout::new(vec![3, 2]);
    table.set_cell_decorator(RowLines);
    let dp_label = format!("DP ({}%)", m.dp_percent);
    let mut rows = vec![("Total Biaya", m.total, true)];
    // Paying in full up front has no down payment to show.
    if (1..100).contains(&m.dp_percent) {
        rows.push((dp_label.as_str(), m.dp_amount, false));
    }
    rows.push(("Sudah Dibayar", m.paid, false));
    rows.push(("Sisa Pembayaran", m.remaining, true));
    for (label, amount, strong) in rows {
        let style = if strong {
            Style::new().bold()
        } else {
            Style::new()
        };
        table
            .row()
            .element(cell(para(label, style)))
            .element(cell(
                para(&Rupiah(amount).to_string(), style).aligned(Alignment::Right),
            ))
            .push()?;
    }

    let in_words = format!("Terbilang: {}", rupiah_in_words(m.total));
    Ok(LinearLayout::vertical().element(table).element(
        para(
            &in_words,
            Style::new().italic().with_font_size(9).with_color(MUTED),
        )
        .padded(Margins::trbl(1.5, 0, 0, 0)),
    ))
}

fn payments(data: &InvoiceData) -> anyhow::Result<LinearLayout> {
    let mut out = LinearLayout::vertical();
    if data.payments.is_empty() {
        out.push(para("Belum ada pembayaran tercatat.", muted(9).italic()));
        return Ok(out);
    }
    let mut table = TableLayout::new(vec![3, 2, 3, 3]);
    table.set_cell_decorator(RowLines);
    let head = label_caps();
    table
        .row()
        .element(cell(para("TANGGAL", head)))
        .element(cell(para("JENIS", head)))
        .element(cell(para("JUMLAH", head).aligned(Alignment::Right)))
        .element(cell(para("STATUS", head).aligned(Alignment::Right)))
        .push()?;
    for p in &data.payments {
        table
            .row()
            .element(cell(para(&format_date_wib(p.date), Style::new())))
            .element(cell(para(&p.kind_label, Style::new())))
            .element(cell(
                para(&Rupiah(p.amount).to_string(), Style::new()).aligned(Alignment::Right),
            ))
            .element(cell(
                para(&p.status_label, Style::new()).aligned(Alignment::Right),
            ))
            .push()?;
    }
    out.push(table);
    Ok(out)
}

fn transfer_accounts(data: &InvoiceData) -> anyhow::Result<LinearLayout> {
    let mut table = TableLayout::new(vec![2, 3, 5]);
    table.set_cell_decorator(RowLines);
    for account in &data.bank_accounts {
        table
            .row()
            .element(cell(para(&account.bank, Style::new().bold())))
            .element(cell(para(&account.account_number, Style::new())))
            .element(cell(para(
                &format!("a.n. {}", account.holder),
                Style::new(),
            )))
            .push()?;
    }
    let reference = format!(
        "Cantumkan kode booking {} pada berita transfer, lalu unggah bukti pembayaran.",
        data.booking_code
    );
    Ok(LinearLayout::vertical()
        .element(table)
        .element(para(&reference, muted(9)).padded(Margins::trbl(1.5, 0, 0, 0))))
}

fn section_title(title: &str) -> impl Element {
    para(
        title,
        Style::new().bold().with_font_size(11).with_color(ACCENT),
    )
    .padded(Margins::trbl(5, 0, 1.5, 0))
}

/// A paragraph of one style, made safe for the built-in font.
fn para(text: &str, style: Style) -> Paragraph {
    Paragraph::new(StyledString::new(winansi(text).into_owned(), style))
}

fn cell(p: Paragraph) -> impl Element {
    p.padded(Margins::trbl(1.2, 1, 1.2, 0))
}

/// A row label: smaller and grey beside its value.
fn label(text: &str) -> Paragraph {
    para(text, muted(9))
}

fn muted(size: u8) -> Style {
    Style::new().with_font_size(size).with_color(MUTED)
}

fn label_caps() -> Style {
    Style::new().bold().with_font_size(8).with_color(MUTED)
}

/// A thin line under every table row: calmer than a full grid.
struct RowLines;

impl genpdf::elements::CellDecorator for RowLines {
    fn decorate_cell(
        &mut self,
        _column: usize,
        _row: usize,
        _has_more: bool,
        area: Area<'_>,
        style: Style,
    ) {
        let size = area.size();
        area.draw_line(
            vec![
                Position::new(0, size.height),
                Position::new(size.width, size.height),
            ],
            style.with_color(HAIRLINE),
        );
    }
}

/// A full-width horizontal line.
struct Rule {
    color: Color,
}

impl Rule {
    fn new(color: Color) -> Rule {
        Rule { color }
    }
}

impl Element for Rule {
    fn render(
        &mut self,
        _context: &genpdf::Context,
        area: Area<'_>,
        style: Style,
    ) -> Result<RenderResult, genpdf::error::Error> {
        let width = area.size().width;
        area.draw_line(
            vec![Position::new(0, 0), Position::new(width, 0)],
            style.with_color(self.color),
        );
        Ok(RenderResult {
            size: Size::new(width, Mm::from(0.5)),
            has_more: false,
        })
    }
}

/// The status stamp: large bold capitals in a double frame, flush right,
/// like a rubber stamp on a paper invoice.
struct StampBox {
    text: &'static str,
    color: Color,
}

impl StampBox {
    fn new(text: &'static str, color: Color) -> StampBox {
        StampBox { text, color }
    }
}

impl Element for StampBox {
    fn render(
        &mut self,
        context: &genpdf::Context,
        area: Area<'_>,
        style: Style,
    ) -> Result<RenderResult, genpdf::error::Error> {
        let style = style.and(
            Style::new()
                .bold()
                .with_font_size(20)
                .with_color(self.color),
        );
        let (pad_x, pad_y, gap) = (Mm::from(4.0), Mm::from(2.0), Mm::from(0.8));
        let text_width = style.str_width(&context.font_cache, self.text);
        let text_height = style.line_height(&context.font_cache);
        let width = text_width + pad_x * 2.0;
        let height = text_height + pad_y * 2.0;
        if height > area.size().height {
            // Not enough room left on this page: ask for the next one.
            return Ok(RenderResult {
                size: Size::new(0, 0),
                has_more: true,
            });
        }
        let left = (area.size().width - width).max(Mm::from(0.0));
        frame(&area, left, Mm::from(0.0), width, height, style);
        frame(
            &area,
            left + gap,
            gap,
            width - gap * 2.0,
            height - gap * 2.0,
            style,
        );
        area.print_str(
            &context.font_cache,
            Position::new(left + pad_x, pad_y),
            style,
            self.text,
        )?;
        Ok(RenderResult {
            size: Size::new(area.size().width, height),
            has_more: false,
        })
    }
}

fn frame(area: &Area<'_>, x: Mm, y: Mm, width: Mm, height: Mm, style: Style) {
    area.draw_line(
        vec![
            Position::new(x, y),
            Position::new(x + width, y),
            Position::new(x + width, y + height),
            Position::new(x, y + height),
            Position::new(x, y),
        ],
        style,
    );
}
