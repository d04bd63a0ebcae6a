//! `cargo run -p openapi` writes the API's OpenAPI document to
//! `openapi/openapi.json` (or the path given as the first argument).

use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let out = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("openapi.json"));
    std::fs::write(&out, api::openapi::spec_json()?)?;
    println!("wrote {}", out.display());
    Ok(())
}
