//! `cargo bench -p api --bench invoice`: how long one invoice PDF takes.

use std::hint::black_box;

use api::invoice::{render, sample};
use criterion::{criterion_group, criterion_main, Criterion};

fn invoice(c: &mut Criterion) {
    let data = sample::fully_paid();
    match render(&data) {
        Ok(pdf) => println!("invoice PDF size: {} bytes", pdf.len()),
        Err(e) => panic!("sample invoice does not render: {e:#}"),
    }
    c.bench_function("render invoice (LUNAS, 2 payments)", |b| {
        b.iter(|| render(black_box(&data)))
    });
}

criterion_group!(benches, invoice);
criterion_main!(benches);
