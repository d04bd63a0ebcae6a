//! `cargo xtask bench`: builds the release API and runs `bench/load.py`
//! (wrk against a generated data set on 127.0.0.1), then `bench/ws.py`
//! (1,000 WebSockets, status changes timed to their owner), then
//! `bench/chat.py` (500 chat sockets, 50 messages/s; again across two
//! processes when PostgreSQL answers on 127.0.0.1:5432), then
//! `bench/backoffice.py` (dashboard statistics, streamed exports and their
//! memory, the monthly PDF on 100,000 bookings and their payments), then
//! `bench/spa.py` (the SPA's first-load weight over the wire and its time to
//! interactive in headless Chromium; the SPA is built first, as
//! `cargo xtask build-web` does). Extra arguments go to load.py, e.g.
//! `cargo xtask bench --seconds 5 --bookings 20000`; `--bookings` also goes
//! to backoffice.py.

use std::process::Command;

use crate::{build_web, util};

pub fn run(args: &[String]) -> anyhow::Result<()> {
    // The SPA is built before anything runs, so a broken web build fails the
    // run at once rather than after the other benchmarks.
    build_web::run(&[])?;
    util::run(util::cargo().args(["build", "--release", "-p", "api"]))?;
    let api = util::target_dir()?.join("release").join("api");
    let bench = util::workspace_root().join("bench");
    util::run(
        Command::new("python3")
            .arg(bench.join("load.py"))
            .arg("--api")
            .arg(&api)
            .args(args),
    )?;
    util::run(
        Command::new("python3")
            .arg(bench.join("ws.py"))
            .arg("--api")
            .arg(&api),
    )?;
    util::run(
        Command::new("python3")
            .arg(bench.join("chat.py"))
            .arg("--api")
            .arg(&api),
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
                .arg(&api)
                .args(["--replicas", "2", "--pg", PG_URL]),
        )?;
    } else {
        println!("PostgreSQL is not on 127.0.0.1:5432: skipping the two-process chat run");
    }
    let mut backoffice = Command::new("python3");
    backoffice
        .arg(bench.join("backoffice.py"))
        .arg("--api")
        .arg(&api);
    if let Some(n) = bookings_arg(args) {
        backoffice.args(["--bookings", n]);
    }
    util::run(&mut backoffice)?;
    util::run(
        Command::new("python3")
            .arg(bench.join("spa.py"))
            .arg("--api")
            .arg(&api)
            .arg("--dist")
            .arg(util::workspace_root().join("web").join("dist")),
    )?;
    Ok(())
}

/// The value of `--bookings N` or `--bookings=N` among load.py's arguments.
fn bookings_arg(args: &[String]) -> Option<&str> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--bookings" {
            return it.next().map(String::as_str);
        }
        if let Some(n) = a.strip_prefix("--bookings=") {
            return Some(n);
        }
    }
    None
}

const PG_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";
