//! `api bench-data`: a realistic data set for the load benchmark — clients,
//! the demo pricelist, and bookings spread over the past three years and the
//! next three months, in every status, at most one holding each day.

use chrono::{Duration, Utc};
use rand::Rng;
use sea_orm::{DatabaseConnection, EntityTrait, Set, TransactionTrait};
use shared::{BookingStatus, Role};
use uuid::Uuid;

use crate::entities::{bookings, packages, users};

pub const BENCH_PASSWORD: &str = "BenchPass123";

pub async fn generate(
    db: &DatabaseConnection,
    n_bookings: usize,
    n_clients: usize,
) -> anyhow::Result<()> {
    crate::seed_catalogue::seed(db).await?;
    let pkgs = packages::Entity::find().all(db).await?;
    anyhow::ensure!(!pkgs.is_empty(), "no packages");
    let hash = crate::auth::password::hash(BENCH_PASSWORD.into()).await?;
    let now = Utc::now();
    let mut client_ids = Vec::with_capacity(n_clients);
    for chunk in (0..n_clients).collect::<Vec<_>>().chunks(500) {
        let txn = db.begin().await?;
        let rows: Vec<users::ActiveModel> = chunk
            .iter()
            .map(|i| {
                let id = Uuid::new_v4();
                client_ids.push(id);
                users::ActiveModel {
                    id: Set(id),
                    full_name: Set(format!("Klien Bench {i}")),
                    email: Set(format!("bench{i}@example.com")),
                    phone: Set(format!("+62813{:08}", i)),
                    password_hash: Set(hash.clone()),
                    role: Set(if *i == 0 { Role::Admin } else { Role::Client }
                        .as_str()
                        .into()),
                    is_active: Set(true),
                    token_version: Set(0),
                    created_at: Set(now.fixed_offset()),
                    updated_at: Set(now.fixed_offset()),
                }
            })
            .collect();
        users::Entity::insert_many(rows).exec(&txn).await?;
        txn.commit().await?;
    }
    let today = now.date_naive();
    let start = today - Duration::days(3 * 365);
    let span = 3 * 365 + 90;
    let mut rng = rand::thread_rng();
    let mut holding = std::collections::HashSet::new();
    let mut made = 0usize;
    while made < n_bookings {
        let txn = db.begin().await?;
        let mut rows = Vec::with_capacity(1000);
        for _ in 0..1000.min(n_bookings - made) {
            let day = start + Duration::days(rng.gen_range(0..span));
            let pkg = &pkgs[rng.gen_range(0..pkgs.len())];
            let past = day < today;
            let status = if past {
                [
                    BookingStatus::Done,
                    BookingStatus::Done,
                    BookingStatus::Cancelled,
                    BookingStatus::Expired,
                ][rng.gen_range(0..4)]
            } else if holding.insert(day) {
                [BookingStatus::Accepted, BookingStatus::WaitingApproval][rng.gen_range(0..2)]
            } else {
                [BookingStatus::Cancelled, BookingStatus::Expired][rng.gen_range(0..2)]
            };
            made += 1;
            let created = now - Duration::days(rng.gen_range(0..1000));
            rows.push(bookings::ActiveModel {
                id: Set(Uuid::new_v4()),
                code: Set(format!("ODR-BENCH-{made:07}")),
                client_id: Set(client_ids[rng.gen_range(0..client_ids.len())]),
                package_id: Set(pkg.id),
                service_kind: Set(pkg.service_kind.clone()),
                package_name: Set(pkg.name.clone()),
                event_date: Set(day),
                start_minute: Set(None),
                end_minute: Set(None),
                full_day: Set(true),
                location: Set("Lokasi bench".into()),
                latitude: Set(None),
                longitude: Set(None),
                notes: Set(None),
                payment_option: Set("dp".into()),
                total: Set(pkg.price),
                dp_amount: Set(pkg.price / 100 * 15),
                paid: Set(0),
                status: Set(status.as_str().into()),
                payment_deadline: Set(Some(created.fixed_offset())),
                reupload_until: Set(None),
                created_at: Set(created.fixed_offset()),
                updated_at: Set(created.fixed_offset()),
                hidden_by_client: Set(false),
                invoice_number: Set(None),
                invoiced_at: Set(None),
            });
        }
        bookings::Entity::insert_many(rows).exec(&txn).await?;
        txn.commit().await?;
    }
    println!("bench data: {n_clients} clients (bench0@example.com is an admin; password {BENCH_PASSWORD}), {made} bookings");
    Ok(())
}
