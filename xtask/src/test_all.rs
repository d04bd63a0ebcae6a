//! `cargo xtask test`: the whole suite. Unit and API integration tests on
//! SQLite (on PostgreSQL too when TEST_DATABASE_URL is set), then the SPA's
//! end-to-end tests in headless Chromium against the freshly built SPA.

use std::process::Command;

use anyhow::bail;

use crate::{build_web, util};

pub fn run(args: &[String]) -> anyhow::Result<()> {
    let in_ci = std::env::var_os("CI").is_some();
    ensure_smtp_sink()?;
    ensure_schemathesis()?;
    util::run(util::cargo().args(["test", "--workspace", "--all-targets"]))?;
    // Doc tests are not covered by --all-targets.
    util::run(util::cargo().args(["test", "--workspace", "--doc"]))?;
    // The API fuzzing (schemathesis, a few minutes) runs alone.
    util::run(util::cargo().args([
        "test",
        "-p",
        "api",
        "--test",
        "api",
        "--",
        "--ignored",
        "schema_fuzz",
    ]))?;

    if args.iter().any(|a| a == "--no-browser") {
        eprintln!("xtask: --no-browser: skipping the end-to-end tests");
        return Ok(());
    }
    let browser = which("chromium") && which("chromedriver");
    if !browser {
        let hint = "install them with `apt-get install chromium chromium-driver`";
        if in_ci {
            bail!("chromium and chromedriver are required in CI; {hint}");
        }
        eprintln!(
            "xtask: WARNING: chromium/chromedriver not found, end-to-end tests NOT run; {hint}"
        );
        return Ok(());
    }
    build_web::run(&[])?;
    util::run(util::cargo().args(["test", "-p", "api", "--test", "e2e", "--", "--ignored"]))
}

/// The email tests talk to a real SMTP server: Python's aiosmtpd.
fn ensure_smtp_sink() -> anyhow::Result<()> {
    ensure_python_module(
        "aiosmtpd",
        "aiosmtpd",
        "the SMTP server the email tests use",
    )
}

/// The API fuzzing test (`schema_fuzz.rs`) runs schemathesis, pinned.
fn ensure_schemathesis() -> anyhow::Result<()> {
    ensure_python_module(
        "schemathesis",
        "schemathesis==4.32.5",
        "the API fuzzer the security suite runs",
    )
}

fn ensure_python_module(module: &str, spec: &str, what: &str) -> anyhow::Result<()> {
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let has = |py: &str| {
        Command::new(py)
            .args(["-c", &format!("import {module}")])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if has(&python) {
        return Ok(());
    }
    eprintln!("xtask: installing {spec} ({what})");
    let installed = Command::new(&python)
        .args(["-m", "pip", "install", "--quiet", "--user", spec])
        .status()
        .is_ok_and(|s| s.success())
        || Command::new(&python)
            .args(["-m", "pip", "install", "--quiet", spec])
            .status()
            .is_ok_and(|s| s.success());
    if !installed || !has(&python) {
        bail!("the tests need Python 3 with {module}: `{python} -m pip install {spec}`");
    }
    Ok(())
}

fn which(bin: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {bin}")])
        .output()
        .is_ok_and(|o| o.status.success())
}
