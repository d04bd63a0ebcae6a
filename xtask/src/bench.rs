//! `cargo xtask bench`: builds the release API and runs `bench/load.py`
//! (wrk against a generated data set on 127.0.0.1), then `bench/ws.py`
//! (1,000 WebSockets, status changes timed to their owner). Extra arguments
//! go to load.py, e.g. `cargo xtask bench --seconds 5 --bookings 20000`.

use std::process::Command;

use crate::util;

pub fn run(args: &[String]) -> anyhow::Result<()> {
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
    )
}
