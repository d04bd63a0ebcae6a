//! What each booking event says, to whom. Texts are Indonesian; amounts and
//! dates are formatted the way the studio writes them.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::ConnectionTrait;
use shared::id_date::{format_datetime_wib, format_day, format_day_long};
use shared::notification::NotificationKind;
use shared::payment_dto::{PaymentKind, RequestKind};
use shared::{Rupiah, ServiceKind};

use super::{Notice, Notifier, Reach};
use crate::entities::{bookings, users};
use crate::error::ApiError;
use crate::repo::batch::Batch;

fn client_link(b: &bookings::Model) -> Option<String> {
    Some(format!("/akun/booking/{}", b.id))
}

fn pay_link(b: &bookings::Model) -> Option<String> {
    Some(format!("/akun/booking/{}/bayar", b.id))
}

fn admin_link(b: &bookings::Model) -> Option<String> {
    Some(format!("/admin/booking/{}", b.id))
}

fn hhmm(minute: i32) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// "Wedding — Paket Gold".
fn service(b: &bookings::Model) -> String {
    let kind = ServiceKind::parse(&b.service_kind).map_or("Layanan", |k| k.label_id());
    format!("{kind} — {}", b.package_name)
}

/// "Rabu, 9 Desember 2026 pukul 09:00 WIB" or "… (sepanjang hari)".
pub fn when(b: &bookings::Model) -> String {
    let day = format_day_long(b.event_date);
    match b.start_minute {
        Some(start) if !b.full_day => format!("{day} pukul {} WIB", hhmm(start)),
        _ => format!("{day} (sepanjang hari)"),
    }
}

pub fn balance_due_on(b: &bookings::Model, n: &Notifier) -> NaiveDate {
    b.event_date - Duration::days(i64::from(n.studio.balance_due_days))
}

fn remaining(b: &bookings::Model) -> i64 {
    (b.total - b.paid).max(0)
}

fn notice(
    kind: NotificationKind,
    b: &bookings::Model,
    title: String,
    body: String,
    link: Option<String>,
    reach: Reach,
    cta: &'static str,
) -> Notice {
    Notice {
        kind,
        title,
        body,
        link,
        booking_id: Some(b.id),
        reach,
        cta,
    }
}

/// Queued into the booking's own batch: creation is the one write every
/// client makes, and it holds the write lock.
pub async fn created(
    db: &impl ConnectionTrait,
    batch: &mut Batch,
    n: &Notifier,
    b: &bookings::Model,
    client: &users::Model,
    amount_due_now: i64,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let deadline = b
        .payment_deadline
        .map(|d| format_datetime_wib(d.to_utc()))
        .unwrap_or_else(|| "batas waktu".into());
    let to_client = notice(
        NotificationKind::BookingCreated,
        b,
        format!("Booking {} dibuat", b.code),
        format!(
            "Terima kasih! Booking {} untuk {} sudah kami catat dan slotnya kami tahan untuk Anda.\n\n\
             Transfer {} lalu unggah bukti pembayaran sebelum {deadline}. Setelah itu slot dilepas.",
            service(b),
            when(b),
            Rupiah(amount_due_now),
        ),
        pay_link(b),
        Reach::Everywhere,
        "Bayar sekarang",
    );
    let to_crew = notice(
        NotificationKind::BookingCreated,
        b,
        format!("Booking baru {}", b.code),
        format!(
            "{} memesan {} untuk {}. Menunggu pembayaran.",
            client.full_name,
            service(b),
            when(b)
        ),
        admin_link(b),
        Reach::InApp,
        "Lihat booking",
    );
    let crew = n.crew(db).await?;
    let mut sends = vec![(client, &to_client)];
    sends.extend(crew.iter().map(|m| (m, &to_crew)));
    n.queue_all(db, batch, &sends, now).await
}

pub async fn proof_received(
    db: &impl ConnectionTrait,
    n: &Notifier,
    b: &bookings::Model,
    client: &users::Model,
    kind: PaymentKind,
    amount: i64,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let to_client = notice(
        NotificationKind::ProofReceived,
        b,
        format!("Bukti pembayaran {} diterima", b.code),
        format!(
            "Bukti transfer {} sebesar {} sudah kami terima dan sedang diperiksa. \
             Kami kabari begitu pembayaran disetujui.",
            kind.label_id(),
            Rupiah(amount)
        ),
        client_link(b),
        Reach::Everywhere,
        "Lihat booking",
    );
    n.send(db, client, &to_client, now).await?;
    let to_crew = notice(
        NotificationKind::ProofReceived,
        b,
        format!("Bukti pembayaran {} menunggu pemeriksaan", b.code),
        format!(
            "{} mengunggah bukti {} sebesar {} untuk {} ({}).",
            client.full_name,
            kind.label_id(),
            Rupiah(amount),
            b.code,
            when(b)
        ),
        Some("/admin/pembayaran".into()),
        Reach::Everywhere,
        "Periksa pembayaran",
    );
    n.send_crew(db, &to_crew, now).await
}

/// After an approved payment; `b` is the booking as it now stands.
/// `first_acceptance` when this approval accepted the booking.
#[allow(clippy::too_many_arguments)]
pub async fn approved(
    db: &impl ConnectionTrait,
    n: &Notifier,
    b: &bookings::Model,
    client: &users::Model,
    kind: PaymentKind,
    amount: i64,
    first_acceptance: bool,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let left = remaining(b);
    let (kind_, title, body, reach) = if left == 0 {
        (
            NotificationKind::FullyPaid,
            format!("Booking {} lunas", b.code),
            format!(
                "Pembayaran {} sebesar {} telah disetujui dan booking Anda kini LUNAS. \
                 Sampai jumpa pada {}.\n\nInvoice lunas terlampir.",
                kind.label_id(),
                Rupiah(amount),
                when(b)
            ),
            Reach::WithInvoice,
        )
    } else {
        (
            NotificationKind::PaymentApproved,
            format!("Pembayaran {} disetujui", b.code),
            format!(
                "Pembayaran {} sebesar {} telah disetujui. Booking Anda untuk {} terkonfirmasi.\n\n\
                 Sisa pembayaran {} mohon dilunasi paling lambat {}.",
                kind.label_id(),
                Rupiah(amount),
                when(b),
                Rupiah(left),
                format_day(balance_due_on(b, n))
            ),
            if first_acceptance {
                Reach::WithInvoice
            } else {
                Reach::Everywhere
            },
        )
    };
    let to_client = notice(
        kind_,
        b,
        title,
        body,
        client_link(b),
        reach,
        "Lihat booking",
    );
    n.send(db, client, &to_client, now).await
}

#[allow(clippy::too_many_arguments)]
pub async fn rejected(
    db: &impl ConnectionTrait,
    n: &Notifier,
    b: &bookings::Model,
    client: &users::Model,
    kind: PaymentKind,
    reason: &str,
    reupload_until: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let deadline = reupload_until
        .map(|d| format!(" sebelum {}", format_datetime_wib(d)))
        .unwrap_or_default();
    let to_client = notice(
        NotificationKind::PaymentRejected,
        b,
        format!("Bukti pembayaran {} ditolak", b.code),
        format!(
            "Maaf, bukti pembayaran {} untuk {} belum bisa kami terima.\n\nAlasan: {reason}\n\n\
             Silakan unggah bukti yang benar{deadline}.",
            kind.label_id(),
            b.code
        ),
        pay_link(b),
        Reach::Everywhere,
        "Unggah ulang bukti",
    );
    n.send(db, client, &to_client, now).await
}

pub async fn expired(
    db: &impl ConnectionTrait,
    n: &Notifier,
    b: &bookings::Model,
    client: &users::Model,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let to_client = notice(
        NotificationKind::BookingExpired,
        b,
        format!("Booking {} kedaluwarsa", b.code),
        format!(
            "Pembayaran untuk {} tidak kami terima tepat waktu, jadi slot {} telah dilepas. \
             Silakan buat booking baru bila masih berminat.",
            b.code,
            when(b)
        ),
        Some("/booking".into()),
        Reach::Everywhere,
        "Booking lagi",
    );
    n.send(db, client, &to_client, now).await
}

pub async fn cancelled(
    db: &impl ConnectionTrait,
    n: &Notifier,
    b: &bookings::Model,
    client: &users::Model,
    by_client: bool,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    if by_client {
        let to_crew = notice(
            NotificationKind::BookingCancelled,
            b,
            format!("Booking {} dibatalkan klien", b.code),
            format!(
                "{} membatalkan booking {} untuk {}. Slotnya kini kosong.",
                client.full_name,
                service(b),
                when(b)
            ),
            admin_link(b),
            Reach::InApp,
            "Lihat booking",
        );
        return n.send_crew(db, &to_crew, now).await;
    }
    let to_client = notice(
        NotificationKind::BookingCancelled,
        b,
        format!("Booking {} dibatalkan", b.code),
        format!(
            "Booking {} untuk {} dibatalkan oleh studio. Hubungi kami lewat WhatsApp bila ada pertanyaan.",
            service(b),
            when(b)
        ),
        client_link(b),
        Reach::Everywhere,
        "Lihat booking",
    );
    n.send(db, client, &to_client, now).await
}

fn request_label(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::Cancel => "pembatalan",
        RequestKind::Reschedule => "jadwal ulang",
    }
}

pub async fn request_created(
    db: &impl ConnectionTrait,
    n: &Notifier,
    b: &bookings::Model,
    client: &users::Model,
    kind: RequestKind,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let to_crew = notice(
        NotificationKind::RequestCreated,
        b,
        format!("Permintaan {} {}", request_label(kind), b.code),
        format!(
            "{} meminta {} untuk {} ({}).\n\nAlasan: {reason}",
            client.full_name,
            request_label(kind),
            b.code,
            when(b)
        ),
        Some("/admin/permintaan".into()),
        Reach::Everywhere,
        "Tinjau permintaan",
    );
    n.send_crew(db, &to_crew, now).await
}

/// `b` is the booking after the decision (moved, or cancelled).
#[allow(clippy::too_many_arguments)]
pub async fn request_decided(
    db: &impl ConnectionTrait,
    n: &Notifier,
    b: &bookings::Model,
    client: &users::Model,
    kind: RequestKind,
    approved: bool,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let verdict = if approved { "disetujui" } else { "ditolak" };
    let mut body = match (kind, approved) {
        (RequestKind::Cancel, true) => format!(
            "Permintaan pembatalan {} disetujui. Booking dibatalkan dan DP hangus sesuai kebijakan studio.",
            b.code
        ),
        (RequestKind::Reschedule, true) => format!(
            "Permintaan jadwal ulang {} disetujui. Jadwal baru: {}.",
            b.code,
            when(b)
        ),
        (_, false) => format!(
            "Permintaan {} {} ditolak. Booking tetap berjalan sesuai jadwal: {}.",
            request_label(kind),
            b.code,
            when(b)
        ),
    };
    if let Some(note) = note.filter(|s| !s.trim().is_empty()) {
        body.push_str(&format!("\n\nCatatan studio: {note}"));
    }
    let to_client = notice(
        NotificationKind::RequestDecided,
        b,
        format!("Permintaan {} {verdict}", request_label(kind)),
        body,
        client_link(b),
        Reach::Everywhere,
        "Lihat booking",
    );
    n.send(db, client, &to_client, now).await
}

pub async fn done(
    db: &impl ConnectionTrait,
    n: &Notifier,
    b: &bookings::Model,
    client: &users::Model,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let to_client = notice(
        NotificationKind::BookingDone,
        b,
        format!("Terima kasih! {} selesai", b.code),
        format!(
            "Terima kasih telah memercayakan {} kepada Aruna Moment. Kami akan mengabari Anda \
             saat hasil foto siap.\n\nCeritakan pengalaman Anda: ulasan Anda sangat berarti bagi kami.",
            service(b)
        ),
        client_link(b),
        Reach::Everywhere,
        "Tulis ulasan",
    );
    n.send(db, client, &to_client, now).await
}
