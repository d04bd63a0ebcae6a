//! `cargo xtask test`: the whole suite. Unit and API integration tests on
//! SQLite (on PostgreSQL too when TEST_DATABASE_URL is set), then the SPA's
//! end-to-end tests in headless Chromium against the freshly built SPA.

use std::process::Command;

use anyhow::bail;

use crate::{build_web, util};

pub fn run(args: &[String]) -> anyhow::Result<()> {
    let in_ci = std::env::var_os("CI").is_some();
    ensure_smtp_sink()?;
    util::run(util::cargo().args(["test", "--workspace", "--all-targets"]))?;
    // Doc tests are not covered by --all-targets.
    util::run(util::cargo().args(["test", "--workspace", "--doc"]))?;

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
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let has = |py: &str| {
        Command::new(py)
            .args(["-c", "import aiosmtpd"])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if has(&python) {
        return Ok(());
    }
    eprintln!("xtask: installing aiosmtpd (the SMTP server the email tests use)");
    let installed = Command::new(&python)
        .args(["-m", "pip", "install", "--quiet", "--user", "aiosmtpd"])
        .status()
        .is_ok_and(|s| s.success())
        || Command::new(&python)
            .args(["-m", "pip", "install", "--quiet", "aiosmtpd"])
            .status()
            .is_ok_and(|s| s.success());
    if !installed || !has(&python) {
        bail!("the email tests need Python 3 with aiosmtpd: `{python} -m pip install aiosmtpd`");
    }
    Ok(())
}

fn which(bin: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {bin}")])
        .output()
        .is_ok_and(|o| o.status.success())
}
