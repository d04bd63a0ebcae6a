use sea_orm_migration::{prelude::*, schema::*};

/// The studio's content on the public site: hero slides, FAQ entries, and
/// the about text and contact details as JSON documents (`site_texts`).
/// Seeded with the studio's own policies and details (its current FAQ and
/// contact pages, DOMAIN.md); hero slides start empty.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Hero::Table)
                    .if_not_exists()
                    .col(pk_uuid(Hero::Id))
                    .col(integer(Hero::Position))
                    .col(string_len(Hero::Key, 120))
                    .col(string_len(Hero::ThumbKey, 120))
                    .col(integer(Hero::Width))
                    .col(integer(Hero::Height))
                    .col(string_len(Hero::Caption, 200))
                    .col(string_len(Hero::CaptionEn, 200))
                    .col(timestamp_with_time_zone(Hero::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Faq::Table)
                    .if_not_exists()
                    .col(pk_uuid(Faq::Id))
                    .col(integer(Faq::Position))
                    .col(string_len(Faq::Question, 400))
                    .col(text(Faq::Answer))
                    .col(string_len(Faq::QuestionEn, 400))
                    .col(text(Faq::AnswerEn))
                    .col(timestamp_with_time_zone(Faq::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Texts::Table)
                    .if_not_exists()
                    .col(string_len(Texts::Key, 40).primary_key())
                    .col(text(Texts::Value))
                    .col(timestamp_with_time_zone(Texts::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        seed(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            Hero::Table.into_iden(),
            Faq::Table.into_iden(),
            Texts::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(t).to_owned())
                .await?;
        }
        Ok(())
    }
}

const ABOUT_ID: &str = "Aruna berarti fajar: cahaya pertama yang lembut, saat segalanya terasa baru. Dari Saribudolok, Simalungun, kami mendampingi pasangan dan keluarga di hari-hari yang paling berarti — pernikahan, prewedding, MBS, martuppol, potret, dan acara.\n\nKami bekerja dengan tenang dan sepenuh hati: mengenal cerita Anda lebih dulu, hadir tepat waktu, lalu merangkai momen-momen kecil yang sering terlewat menjadi kenangan yang bisa Anda sentuh kembali, kapan saja.\n\nPesan tanggal Anda secara daring, bayar DP lewat transfer, dan ikuti setiap langkahnya dari akun Anda. Ada pertanyaan? Sapa kami lewat chat atau WhatsApp.";
const ABOUT_EN: &str = "Aruna means dawn: the first gentle light, when everything feels new. From Saribudolok, Simalungun, we stand beside couples and families on the days that matter most — weddings, pre-weddings, MBS, martuppol, portraits and events.\n\nWe work calmly and wholeheartedly: we get to know your story first, arrive on time, and gather the small moments that are so easily missed into memories you can return to, any time.\n\nBook your date online, pay the down payment (DP) by bank transfer and follow every step from your account. Questions? Talk to us in the chat or on WhatsApp.";

const CONTACT: &str = r#"{"whatsapp":"+6285740109107","whatsapp_url":"https://wa.me/6285740109107","email":"arunapicturee@gmail.com","address":"Saribudolok, Simalungun, Sumatera Utara 21167","hours":"Senin – Jumat, 09.00 – 17.00 WIB","hours_en":"Monday – Friday, 09:00 – 17:00 WIB (UTC+7)","instagram":"initialh21","maps_url":""}"#;

/// (question, answer, question in English, answer in English)
const FAQ: [(&str, &str, &str, &str); 9] = [
    (
        "Bagaimana cara memesan sesi foto?",
        "Daftar dengan email dan nomor WhatsApp Anda, pilih paket di halaman Harga, lalu pilih tanggal yang masih tersedia. Setelah pesanan dibuat, bayar DP lewat transfer bank dan unggah buktinya dari halaman pembayaran.",
        "How do I book a session?",
        "Sign up with your email and WhatsApp number, choose a package on the Pricelist page, then pick a date that is still free. Once the booking is made, pay the down payment (DP) by bank transfer and upload the proof from the payment page.",
    ),
    (
        "Berapa DP yang harus dibayar, dan kapan?",
        "DP sebesar 15% dari harga paket (dibulatkan ke atas ke ribuan terdekat), atau Anda boleh langsung melunasi. Unggah bukti transfer dalam 60 menit setelah memesan; bila tidak, pesanan kedaluwarsa dan tanggalnya dibuka kembali.",
        "How much is the down payment, and when is it due?",
        "The down payment is 15% of the package price (rounded up to the next thousand rupiah), or you may pay in full straight away. Upload the transfer proof within 60 minutes of booking; otherwise the booking expires and the date is released.",
    ),
    (
        "Kapan pesanan saya dipastikan?",
        "Setelah tim kami memeriksa bukti transfer dan menyetujuinya, status berubah menjadi Diterima dan invoice dikirim ke email Anda. Bila bukti ditolak, Anda punya 60 menit untuk mengunggah ulang.",
        "When is my booking confirmed?",
        "Once our team has checked and approved your transfer proof, the status becomes Accepted and the invoice is emailed to you. If a proof is rejected, you have 60 minutes to upload a new one.",
    ),
    (
        "Bisakah saya memesan untuk hari ini?",
        "Belum bisa. Pemesanan paling cepat untuk keesokan hari (H+1) menurut waktu WIB, agar kami dapat menyiapkan tim dan peralatan dengan baik.",
        "Can I book for today?",
        "Not yet. The earliest date you can book is tomorrow (D+1), in Western Indonesia Time (WIB), so that we can prepare the team and equipment properly.",
    ),
    (
        "Kapan sisa pembayaran harus dilunasi?",
        "Sisa pembayaran dilunasi paling lambat 7 hari sebelum hari acara. Kami mengingatkan Anda beberapa hari sebelumnya lewat notifikasi dan email.",
        "When is the balance due?",
        "The balance is due no later than 7 days before the event. We remind you a few days before through notifications and email.",
    ),
    (
        "Bagaimana jika saya membatalkan pesanan?",
        "Pesanan yang sudah diterima dapat dibatalkan lewat permintaan dari halaman pesanan Anda. DP tidak dapat dikembalikan (hangus) bila pesanan dibatalkan.",
        "What if I cancel my booking?",
        "An accepted booking can be cancelled by sending a request from your booking page. The down payment is not refundable (forfeited) when a booking is cancelled.",
    ),
    (
        "Bisakah jadwal diubah?",
        "Bisa. Ajukan jadwal ulang setidaknya 7 hari sebelum tanggal acara dari halaman pesanan Anda. Tanggal baru harus masih tersedia, dan tim kami akan mengonfirmasinya.",
        "Can I change the date?",
        "Yes. Request a new date at least 7 days before the event from your booking page. The new date must still be free, and our team will confirm it.",
    ),
    (
        "Kapan hasil foto dikirim?",
        "Hasil foto dikirim dalam 14–30 hari kerja setelah acara melalui Google Drive, ditambah USB atau album sesuai paket yang Anda pilih.",
        "When will I receive my photos?",
        "Your photos are delivered within 14–30 working days after the event via Google Drive, plus a USB drive or album depending on your package.",
    ),
    (
        "Apakah ada biaya tambahan?",
        "Harga paket sudah termasuk yang tertulis di rinciannya. Biaya transportasi dan akomodasi untuk lokasi di luar Simalungun, atau jam tambahan, kami sepakati bersama sebelum acara. Hubungi kami untuk konsultasi gratis.",
        "Are there any extra fees?",
        "The package price covers everything listed in its details. Travel and accommodation for venues outside Simalungun, or extra hours, are agreed together before the event. Contact us for a free consultation.",
    ),
];

async fn seed(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let now = chrono::Utc::now().fixed_offset();
    let about = serde_json::json!({ "text": ABOUT_ID, "text_en": ABOUT_EN, "photo": null });
    let mut texts = Query::insert();
    texts
        .into_table(Texts::Table)
        .columns([Texts::Key, Texts::Value, Texts::UpdatedAt]);
    texts.values_panic(["about".into(), about.to_string().into(), now.into()]);
    texts.values_panic(["contact".into(), CONTACT.into(), now.into()]);
    manager.exec_stmt(texts.to_owned()).await?;

    let mut faq = Query::insert();
    faq.into_table(Faq::Table).columns([
        Faq::Id,
        Faq::Position,
        Faq::Question,
        Faq::Answer,
        Faq::QuestionEn,
        Faq::AnswerEn,
        Faq::UpdatedAt,
    ]);
    for (i, (q, a, q_en, a_en)) in FAQ.into_iter().enumerate() {
        faq.values_panic([
            uuid::Uuid::new_v4().into(),
            <i32 as TryFrom<usize>>::try_from(i).unwrap_or(0).into(),
            q.into(),
            a.into(),
            q_en.into(),
            a_en.into(),
            now.into(),
        ]);
    }
    manager.exec_stmt(faq.to_owned()).await
}

#[derive(DeriveIden)]
enum Hero {
    #[sea_orm(iden = "site_hero")]
    Table,
    Id,
    Position,
    Key,
    ThumbKey,
    Width,
    Height,
    Caption,
    CaptionEn,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Faq {
    #[sea_orm(iden = "site_faq")]
    Table,
    Id,
    Position,
    Question,
    Answer,
    QuestionEn,
    AnswerEn,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Texts {
    #[sea_orm(iden = "site_texts")]
    Table,
    Key,
    Value,
    UpdatedAt,
}
