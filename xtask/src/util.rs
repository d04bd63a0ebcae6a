//! Helpers shared by the tasks: where the workspace is, how to run cargo.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The workspace root: xtask lives one level below it.
pub fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// The cargo that started us (so the toolchain matches), else the one on PATH.
pub fn cargo() -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(workspace_root());
    cmd
}

/// Runs a command, failing with its rendering when it does not succeed.
pub fn run(cmd: &mut Command) -> anyhow::Result<()> {
    let shown = format!("{cmd:?}");
    let status = cmd
        .status()
        .with_context(|| format!("could not start {shown}"))?;
    if !status.success() {
        bail!("{shown} failed ({status})");
    }
    Ok(())
}

/// Makes sure the wasm32 standard library is installed, adding it with rustup
/// when rustup is available.
pub fn ensure_wasm_target() -> anyhow::Result<()> {
    if wasm_target_installed()? {
        return Ok(());
    }
    let hint = format!("install it with `rustup target add {WASM_TARGET}`");
    let rustup_found = Command::new("rustup")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !rustup_found {
        bail!("the Rust target {WASM_TARGET} is not installed and rustup was not found; {hint}");
    }
    eprintln!(
        "xtask: the {WASM_TARGET} target is missing, running `rustup target add {WASM_TARGET}`"
    );
    run(Command::new("rustup").args(["target", "add", WASM_TARGET]))
        .with_context(|| format!("could not add the {WASM_TARGET} target; {hint}"))?;
    if !wasm_target_installed()? {
        bail!("the {WASM_TARGET} target is still missing after rustup; {hint}");
    }
    Ok(())
}

fn wasm_target_installed() -> anyhow::Result<bool> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = Command::new(&rustc)
        .args(["--print", "sysroot"])
        .current_dir(workspace_root())
        .output()
        .context("could not run `rustc --print sysroot`")?;
    if !out.status.success() {
        bail!(
            "`rustc --print sysroot` failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    let sysroot = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    Ok(Path::new(&sysroot)
        .join("lib/rustlib")
        .join(WASM_TARGET)
        .join("lib")
        .is_dir())
}

/// Cargo's target directory as cargo itself resolves it (`CARGO_TARGET_DIR`,
/// `build.target-dir`, else `<workspace>/target`).
pub fn target_dir() -> anyhow::Result<PathBuf> {
    let out = cargo()
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .output()
        .context("could not run `cargo metadata`")?;
    if out.status.success() {
        let meta: serde_json::Value =
            serde_json::from_slice(&out.stdout).context("`cargo metadata` printed invalid JSON")?;
        if let Some(dir) = meta.get("target_directory").and_then(|d| d.as_str()) {
            return Ok(PathBuf::from(dir));
        }
    }
    // Fall back to the documented rules.
    let root = workspace_root();
    Ok(match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root.join(dir),
        None => root.join("target"),
    })
}

/// `1234567` → `1.18 MiB`; sizes read better than byte counts.
pub fn human_size(bytes: u64) -> String {
    const KIB: f64 = 1024.0;
    let b = bytes as f64;
    if b >= KIB * KIB {
        format!("{:.2} MiB", b / (KIB * KIB))
    } else {
        format!("{:.1} KiB", b / KIB)
    }
}
