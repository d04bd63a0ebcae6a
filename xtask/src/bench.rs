//! `cargo xtask bench`: builds `api` and `bench-limit` in release and runs
//! `bench/perf.py`: a generated data set on SQLite and on PostgreSQL (when
//! it answers on 127.0.0.1:5432), every measured path under
//! `wrk -t2 -c32` beside the limit (a bare actix-web handler answering the
//! same bytes), written as Markdown to `<target dir>/bench/perf.md` unless
//! `--out FILE` says otherwise. Other arguments go to perf.py, e.g.
//! `cargo xtask bench --seconds 5 --bookings 20000 --scale10`.
//!
//! `--all` then also runs the longer benchmarks: `bench/ws.py` (1,000
//! WebSockets, status changes timed to their owner), `bench/chat.py` (500
//! chat sockets, 50 messages/s; again across two processes when PostgreSQL
//! answers), `bench/backoffice.py` (dashboard statistics, streamed exports
//! and their memory, the monthly PDF) and `bench/spa.py` (the SPA's
//! first-load weight and time to interactive in headless Chromium; the SPA
//! is built first, as `cargo xtask build-web` does). `--bookings` also goes
//! to backoffice.py.

use std::process::Command;

use crate::{build_web, util};

pub fn run(args: &[String]) -> anyhow::Result<()> {
    let all = args.iter().any(|a| a == "--all");
    let args: Vec<&String> = args.iter().filter(|a| *a != "--all").collect();
    if all {
        // Before anything runs, so a broken web build fails at once rather
        // than after the other benchmarks.
        build_web::run(&[])?;
    }
    util::run(util::cargo().args(["build", "--release", "-p", "api", "-p", "bench-limit"]))?;
    let target = util::target_dir()?;
    let api = target.join("release").join("api");
    let bench = util::workspace_root().join("bench");
    let mut perf = Command::new("python3");
    perf.arg(bench.join("perf.py"))
        .arg("--api")
        .arg(&api)
        .arg("--limit")
        .arg(target.join("release").join("bench-limit"));
    if value_of(&args, "--out").is_none() {
        perf.arg("--out").arg(target.join("bench").join("perf.md"));
    }
    perf.args(&args);
    // A missed target fails the task, but only after --all has run the rest.
    let perf = util::run(&mut perf);
    if all {
        others(&api, &bench, value_of(&args, "--bookings"))?;
    }
    perf
}

/// The longer benchmarks behind `--all`.
fn others(
    api: &std::path::Path,
    bench: &std::path::Path,
    bookings: Option<&str>,
) -> anyhow::Result<()> {
    util::run(
        Command::new("python3")
            .arg(bench.join("ws.py"))
            .arg("--api")
            .arg(api),
    )?;
    util::run(
        Command::new("python3")
            .arg(bench.join("chat.py"))
            .arg("--api")
            .arg(api),
    )?;
    let pg_up = Command::new("pg_isready")
        .args(["-h", "127.0.0.1", "-p", "5432", "-q"])
        .status()
        .is_ok_and(|s| s.success());
    if pg_up {
        util::run(
            Command::new("python3")
                .arg(bench.join("chat.py"))
                .args(["--api"])
                .arg(api)
                .args(["--replicas", "2", "--pg", PG_URL]),
        )?;
    } else {
        println!("PostgreSQL is not on 127.0.0.1:5432: skipping the two-process chat run");
    }
    let mut backoffice = Command::new("python3");
    backoffice
        .arg(bench.join("backoffice.py"))
        .arg("--api")
        .arg(api);
    if let Some(n) = bookings {
        backoffice.args(["--bookings", n]);
    }
    util::run(&mut backoffice)?;
    util::run(
        Command::new("python3")
            .arg(bench.join("spa.py"))
            .arg("--api")
            .arg(api)
            .arg("--dist")
            .arg(util::workspace_root().join("web").join("dist")),
    )
}

/// The value of `--name N` or `--name=N` among perf.py's arguments.
fn value_of<'a>(args: &[&'a String], name: &str) -> Option<&'a str> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a.as_str() == name {
            return it.next().map(|s| s.as_str());
        }
        if let Some(n) = a.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            return Some(n);
        }
    }
    None
}

const PG_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";
