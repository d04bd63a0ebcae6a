//! `cargo xtask check-web`: type-check the SPA and the shared crate for wasm32.

use crate::util::{self, WASM_TARGET};

pub fn run(args: &[String]) -> anyhow::Result<()> {
    util::ensure_wasm_target()?;
    util::run(
        util::cargo()
            .args([
                "check",
                "-p",
                "web",
                "-p",
                "shared",
                "--target",
                WASM_TARGET,
            ])
            .args(args),
    )
}
