//! `cargo xtask bench`: builds the release API and runs `bench/load.py`
//! (wrk against a generated data set on 127.0.0.1). Extra arguments go to
//! the script, e.g. `cargo xtask bench --seconds 5 --bookings 20000`.

use std::process::Command;

use crate::util;

pub fn run(args: &[String]) -> anyhow::Result<()> {
    util::run(util::cargo().args(["build", "--release", "-p", "api"]))?;
    let api = util::target_dir()?.join("release").join("api");
    let script = util::workspace_root().join("bench").join("load.py");
    util::run(
        Command::new("python3")
            .arg(script)
            .arg("--api")
            .arg(api)
            .args(args),
    )
}
