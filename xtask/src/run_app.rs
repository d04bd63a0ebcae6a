//! `cargo xtask run`: build the SPA and the API, then serve both on
//! http://127.0.0.1:8000 with an SQLite database in `data/` and demo data.

use crate::{build_web, util};

pub fn run(args: &[String]) -> anyhow::Result<()> {
    let dev = args.iter().any(|a| a == "--dev");
    let profile_args: &[&str] = if dev { &[] } else { &["--release"] };
    let web_args: Vec<String> = if dev {
        vec!["--dev".to_owned()]
    } else {
        Vec::new()
    };
    build_web::run(&web_args)?;
    eprintln!(
        "xtask: building the API{}",
        if dev { "" } else { " (release)" }
    );
    util::run(
        util::cargo()
            .args(["build", "-p", "api"])
            .args(profile_args),
    )?;

    let root = util::workspace_root();
    let bin = util::target_dir()?
        .join(if dev { "debug" } else { "release" })
        .join("api");
    eprintln!("xtask: serving on http://127.0.0.1:8000 (Ctrl-C to stop)");
    let mut cmd = std::process::Command::new(bin);
    cmd.current_dir(&root).args(["serve", "--seed-demo"]);
    for (key, value) in [
        ("APP_WEB_DIST", root.join("web/dist").display().to_string()),
        ("APP_DATA_DIR", root.join("data").display().to_string()),
    ] {
        if std::env::var_os(key).is_none() {
            cmd.env(key, value);
        }
    }
    util::run(&mut cmd)
}
