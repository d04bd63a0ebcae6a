#![allow(clippy::expect_used)] // a build script that cannot read its input should stop the build
//! Generates one accessor per text of `src/i18n/<part>id.rs` (`id.rs`,
//! `site_id.rs`, …): `i18n::NAME()` gives the Indonesian or the English text
//! (`<part>en.rs`, same names) by the language the visitor chose. A text
//! missing in English is a compile error, so every string exists in both.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=src/i18n");
    // `cargo xtask build-web` splits the module into lazily loaded chunks
    // (wasm-split), which needs the linker's relocations to find the calls.
    if env::var("TARGET").is_ok_and(|t| t.starts_with("wasm32")) {
        println!("cargo:rustc-link-arg-cdylib=--emit-relocs");
    }
    let mut parts: Vec<String> = fs::read_dir("src/i18n")
        .expect("read src/i18n")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix("id.rs").map(str::to_owned))
        .filter(|part| part.is_empty() || part.ends_with('_'))
        .collect();
    parts.sort();
    let mut out = String::new();
    for part in parts {
        accessors(&part, &mut out);
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("texts.rs");
    fs::write(dest, out).expect("write texts.rs");
}

fn accessors(part: &str, out: &mut String) {
    let source = format!("src/i18n/{part}id.rs");
    let text = fs::read_to_string(&source).expect("read the Indonesian texts");
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("pub const ") else {
            continue;
        };
        let Some((name, rest)) = rest.split_once(':') else {
            continue;
        };
        let Some((ty, _)) = rest.split_once('=') else {
            continue;
        };
        let ty = ty.trim().replace("&str", "&'static str");
        writeln!(
            out,
            "#[allow(non_snake_case)]\n#[inline]\npub fn {name}() -> {ty} {{\n    \
             if english() {{ {part}en::{name} }} else {{ {part}id::{name} }}\n}}"
        )
        .expect("write");
    }
}
