//! The demo studio's pricelist and transfer accounts, in Indonesian, as a
//! small Sumatran wedding studio would offer them.

use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};
use shared::catalogue::{BankAccountInput, PackageInput};
use shared::ServiceKind;

use crate::clock::{Clock, SystemClock};
use crate::repo;

struct Demo {
    kind: ServiceKind,
    name: &'static str,
    description: &'static str,
    inclusions: &'static [&'static str],
    price: i64,
    hours: Option<i32>,
}

const PACKAGES: &[Demo] = &[
    Demo {
        kind: ServiceKind::Wedding,
        name: "Akad Nikah",
        description: "Dokumentasi akad atau pemberkatan, cocok untuk acara yang intim.",
        inclusions: &[
            "1 fotografer",
            "Liputan akad/pemberkatan",
            "100 foto edit",
            "Semua file asli via Google Drive",
        ],
        price: 3_500_000,
        hours: None,
    },
    Demo {
        kind: ServiceKind::Wedding,
        name: "Pernikahan Lengkap",
        description: "Dari persiapan pagi hingga resepsi selesai.",
        inclusions: &[
            "2 fotografer",
            "1 videografer",
            "Album kolase 20x30 cm (20 halaman)",
            "300 foto edit",
            "Video highlight 3–5 menit",
        ],
        price: 9_500_000,
        hours: None,
    },
    Demo {
        kind: ServiceKind::Wedding,
        name: "Adat Batak (Martumpol & Pesta)",
        description: "Liputan penuh acara adat, termasuk martumpol dan pesta unjuk.",
        inclusions: &[
            "2 fotografer",
            "1 videografer",
            "Album eksklusif 30x30 cm",
            "500 foto edit",
            "Video dokumenter 15 menit",
            "Drone (cuaca mengizinkan)",
        ],
        price: 15_000_000,
        hours: None,
    },
    Demo {
        kind: ServiceKind::Prewedding,
        name: "Prewedding Outdoor",
        description: "Satu lokasi alam sekitar Danau Toba atau Simalungun.",
        inclusions: &[
            "1 fotografer",
            "2 ganti busana",
            "40 foto edit",
            "1 cetak 16R + bingkai",
        ],
        price: 2_500_000,
        hours: None,
    },
    Demo {
        kind: ServiceKind::Prewedding,
        name: "Prewedding Cinematic",
        description: "Foto dan video sinematik di dua lokasi.",
        inclusions: &[
            "1 fotografer",
            "1 videografer",
            "3 ganti busana",
            "60 foto edit",
            "Video sinematik 1 menit",
        ],
        price: 4_750_000,
        hours: None,
    },
    Demo {
        kind: ServiceKind::Portrait,
        name: "Potret Keluarga",
        description: "Sesi studio atau rumah untuk keluarga hingga 10 orang.",
        inclusions: &["1 fotografer", "20 foto edit", "1 cetak 12R"],
        price: 750_000,
        hours: Some(2),
    },
    Demo {
        kind: ServiceKind::Portrait,
        name: "Wisuda & Personal",
        description: "Sesi singkat untuk wisuda, profil profesional atau ulang tahun.",
        inclusions: &["1 fotografer", "10 foto edit"],
        price: 400_000,
        hours: Some(1),
    },
    Demo {
        kind: ServiceKind::Event,
        name: "Acara Gereja & Ulang Tahun",
        description: "Liputan acara hingga 4 jam.",
        inclusions: &["1 fotografer", "150 foto edit", "File via Google Drive"],
        price: 1_500_000,
        hours: Some(4),
    },
    Demo {
        kind: ServiceKind::Event,
        name: "Acara Kantor",
        description: "Seminar, peluncuran atau gathering perusahaan.",
        inclusions: &["2 fotografer", "250 foto edit", "Hasil H+3"],
        price: 3_000_000,
        hours: Some(6),
    },
];

/// Fills the pricelist and the transfer accounts when both are empty.
pub async fn seed(db: &DatabaseConnection) -> anyhow::Result<bool> {
    let existing = crate::entities::packages::Entity::find().count(db).await?;
    if existing > 0 {
        return Ok(false);
    }
    let now = SystemClock.now();
    let txn = crate::db::begin_write(db).await?;
    for (i, d) in PACKAGES.iter().enumerate() {
        let input = PackageInput {
            service_kind: d.kind,
            name: d.name.into(),
            description: d.description.into(),
            inclusions: d.inclusions.iter().map(|s| (*s).to_owned()).collect(),
            price: d.price,
            full_day: d.hours.is_none(),
            duration_hours: d.hours,
            active: true,
            sort_order: i32::try_from(i).unwrap_or(0),
        };
        repo::packages::insert(&txn, &input, now)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    }
    for (i, (bank, number)) in [("BCA", "8270123456"), ("BRI", "013801000123567")]
        .iter()
        .enumerate()
    {
        let input = BankAccountInput {
            bank: (*bank).into(),
            account_number: (*number).into(),
            holder_name: "Aruna Moment Studio".into(),
            active: true,
            sort_order: i32::try_from(i).unwrap_or(0),
        };
        repo::bank_accounts::insert(&txn, &input, now)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    }
    txn.commit().await?;
    Ok(true)
}
