//! `cargo bench -p shared --bench hot`: the pure functions on the hot paths —
//! the booking state machine (every booking change), rupiah formatting (every
//! price on every page and PDF) and terbilang (every invoice total).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use shared::booking::{transition, Actor, BookingAction};
use shared::terbilang::{rupiah_in_words, terbilang};
use shared::{BookingStatus, Role, Rupiah};

const ACTIONS: [BookingAction; 6] = [
    BookingAction::UploadProof,
    BookingAction::Approve,
    BookingAction::Reject,
    BookingAction::Expire,
    BookingAction::Cancel,
    BookingAction::Complete,
];

/// Amounts as they appear on a studio's invoices, from a deposit to a
/// year's revenue.
const AMOUNTS: [i64; 8] = [
    0,
    75_000,
    400_000,
    1_500_000,
    9_500_000,
    15_000_000,
    123_456_789,
    2_750_000_000,
];

fn state_machine(c: &mut Criterion) {
    let mut actors = vec![Actor::Owner, Actor::System];
    actors.extend(Role::ALL.into_iter().map(Actor::Crew));
    let mut cases = Vec::new();
    for from in BookingStatus::ALL {
        for action in ACTIONS {
            for actor in &actors {
                cases.push((from, action, *actor));
            }
        }
    }
    c.bench_function(
        &format!("state machine: all {} (status, action, actor)", cases.len()),
        |b| {
            b.iter(|| {
                let mut allowed = 0u32;
                for (from, action, actor) in &cases {
                    if transition(black_box(*from), black_box(*action), black_box(*actor)).is_ok() {
                        allowed += 1;
                    }
                }
                allowed
            })
        },
    );
    c.bench_function("state machine: waiting_approval approve by staff", |b| {
        b.iter(|| {
            transition(
                black_box(BookingStatus::WaitingApproval),
                black_box(BookingAction::Approve),
                black_box(Actor::Crew(Role::Staff)),
            )
        })
    });
}

fn money(c: &mut Criterion) {
    c.bench_function("Rupiah::format, 8 amounts", |b| {
        b.iter(|| {
            AMOUNTS
                .iter()
                .map(|a| Rupiah(black_box(*a)).format().len())
                .sum::<usize>()
        })
    });
    c.bench_function("Rupiah::format_en, 8 amounts", |b| {
        b.iter(|| {
            AMOUNTS
                .iter()
                .map(|a| Rupiah(black_box(*a)).format_en().len())
                .sum::<usize>()
        })
    });
    c.bench_function("Rupiah::format 1.500.000", |b| {
        b.iter(|| Rupiah(black_box(1_500_000)).format())
    });
    c.bench_function("DP 30% rounded up to Rp 1.000", |b| {
        b.iter(|| Rupiah(black_box(9_500_000)).percent_rounded_up_to_thousand(black_box(30)))
    });
}

fn words(c: &mut Criterion) {
    c.bench_function("terbilang, 8 amounts", |b| {
        b.iter(|| {
            AMOUNTS
                .iter()
                .map(|a| terbilang(black_box(a.unsigned_abs())).len())
                .sum::<usize>()
        })
    });
    c.bench_function("rupiah_in_words 123.456.789", |b| {
        b.iter(|| rupiah_in_words(black_box(123_456_789)))
    });
}

criterion_group!(benches, state_machine, money, words);
criterion_main!(benches);
