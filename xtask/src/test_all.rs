//! `cargo xtask test`: the whole suite. Unit and API integration tests on
//! SQLite (on PostgreSQL too when TEST_DATABASE_URL is set), then the SPA's
//! end-to-end tests in headless Chromium against the freshly built SPA.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{bail, Context};

use crate::{build_web, util};

pub fn run(args: &[String]) -> anyhow::Result<()> {
    let in_ci = std::env::var_os("CI").is_some();
    ensure_smtp_sink()?;
    ensure_schemathesis()?;
    util::run(util::cargo().args(TEST_ALL))?;
    // Doc tests are not covered by --all-targets.
    util::run(util::cargo().args(["test", "--workspace", "--doc"]))?;
    // The API fuzzing (schemathesis, a few minutes) runs alone.
    run_api_tests("api", &["--ignored", "schema_fuzz"])?;

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
    run_api_tests("e2e", &["--ignored"])
}

/// The first and main run: every target of every crate.
const TEST_ALL: [&str; 3] = ["test", "--workspace", "--all-targets"];

/// Runs the API's test binary `target` (`tests/<target>/main.rs`) as
/// [`TEST_ALL`] built it, with `args` for libtest, from the API's directory
/// as cargo would. `cargo test -p api --test <target>` would select fewer
/// crates, so cargo would resolve other features (dev-dependencies of the
/// crates left out) and compile the API and half its dependencies a second
/// time: about 8 minutes of a cold CI run, twice.
fn run_api_tests(target: &str, args: &[&str]) -> anyhow::Result<()> {
    let exe = api_test_binary(target)?;
    util::run(
        Command::new(&exe)
            .args(args)
            .current_dir(util::workspace_root().join("api")),
    )
}

/// Where [`TEST_ALL`]'s build put the API's test binary `target` (cargo
/// builds nothing here: it is up to date). Only the API has `tests/api`
/// and `tests/e2e`.
fn api_test_binary(target: &str) -> anyhow::Result<PathBuf> {
    let out = util::cargo()
        .args(TEST_ALL)
        .args(["--no-run", "--message-format=json"])
        .output()
        .context("could not start cargo to find the test binaries")?;
    if !out.status.success() {
        bail!(
            "cargo test --no-run failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .find_map(|msg| {
            let target_json = &msg["target"];
            let is_it = msg["reason"] == "compiler-artifact"
                && target_json["name"] == target
                && target_json["kind"] == serde_json::json!(["test"]);
            is_it.then(|| msg["executable"].as_str().map(PathBuf::from))?
        })
        .with_context(|| format!("cargo built no test binary `{target}` for the api crate"))
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
