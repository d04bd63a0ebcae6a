//! `cargo bench -p api --bench availability`: the slot arithmetic behind
//! `GET /api/v1/availability` and booking creation, without the database:
//! each day's full ranges at the studio's capacity, merged with the blocks,
//! and whether an hour is left in the working day — a month of days as the
//! handler computes them, and the capacity check a new booking makes.

use std::hint::black_box;

use api::booking::slots::{full_ranges, max_overlap_within, no_room_left, Interval, WHOLE_DAY};
use criterion::{criterion_group, criterion_main, Criterion};

/// The availability handler's working day.
const WORKING_HOURS: Interval = Interval {
    start: 6 * 60,
    end: 22 * 60,
};

/// A busy month: (bookings, blocks) per day, every pattern the calendar
/// meets — free days, one full-day booking, timed sessions overlapping up
/// to three deep, a blocked afternoon, a blocked day.
fn month() -> Vec<(Vec<Interval>, Vec<Interval>)> {
    (0..31u32)
        .map(|d| {
            let bookings = match d % 6 {
                0 => vec![],
                1 => vec![WHOLE_DAY],
                2 => vec![
                    Interval::new(8 * 60, 10 * 60),
                    Interval::new(14 * 60, 18 * 60),
                ],
                3 => (0..8)
                    .map(|i| Interval::new(6 * 60 + i * 90, 6 * 60 + i * 90 + 120 + (i % 3) * 60))
                    .collect(),
                4 => vec![
                    Interval::new(9 * 60, 15 * 60),
                    Interval::new(10 * 60, 12 * 60),
                ],
                _ => (0..12)
                    .map(|i| Interval::new(6 * 60 + i * 75, 6 * 60 + i * 75 + 60))
                    .collect(),
            };
            let blocks = match d % 10 {
                7 => vec![Interval::new(13 * 60, 22 * 60)],
                9 => vec![WHOLE_DAY],
                _ => vec![],
            };
            (bookings, blocks)
        })
        .collect()
}

/// One day's state as the handler computes it: (full ranges, no room left).
fn day(bookings: &[Interval], blocks: &[Interval], capacity: u32) -> (Vec<Interval>, bool) {
    let mut full = full_ranges(bookings, capacity);
    full.extend(blocks.iter().copied());
    full.sort_by_key(|iv| iv.start);
    let merged = full_ranges(&full, 1);
    let no_room = no_room_left(&merged, WORKING_HOURS, 60);
    (merged, no_room)
}

fn availability(c: &mut Criterion) {
    let days = month();
    for capacity in [1u32, 2] {
        c.bench_function(
            &format!("availability: a month, capacity {capacity}"),
            |b| {
                b.iter(|| {
                    days.iter()
                        .map(|(bookings, blocks)| {
                            let (merged, no_room) = day(bookings, blocks, black_box(capacity));
                            merged.len() + usize::from(no_room)
                        })
                        .sum::<usize>()
                })
            },
        );
    }
    let busy: Vec<Interval> = (0..12)
        .map(|i| Interval::new(6 * 60 + i * 75, 6 * 60 + i * 75 + 60))
        .collect();
    c.bench_function("capacity check: 12 sessions, a 2-hour window", |b| {
        b.iter(|| max_overlap_within(black_box(&busy), black_box(Interval::new(600, 720))))
    });
}

criterion_group!(benches, availability);
criterion_main!(benches);
