//! `cargo xtask build-web`: compile the SPA to WASM, run wasm-bindgen in-process
//! and write `web/dist` with content-hashed asset names:
//!
//! ```text
//! web/dist/index.html                 from web/index.html
//! web/dist/favicon.svg
//! web/dist/pkg/app-<hash>.js          wasm-bindgen glue, pointing at the hashed wasm
//! web/dist/pkg/app-<hash>_bg.wasm
//! web/dist/pkg/boot-<hash>.js         imports the glue and starts it (no inline script, for CSP)
//! web/dist/pkg/split-<hash>.js        loads the lazy chunks (wasm-split's link module)
//! web/dist/pkg/<chunk>-<hash>.wasm    the lazily loaded chunks
//! web/dist/pkg/style-<hash>.css
//! ```
//!
//! The module is split at its `#[lazy_route]`s (web/src/app.rs) before
//! wasm-bindgen runs (`wasm_split_cli_support`, the library `cargo leptos
//! --split` uses): the first load carries only what the public pages need; the
//! back office, the account pages and the booking wizard fetch their chunks
//! when they are first opened (about 360 KB instead of 680 KB of brotli'd
//! WASM on the first load).
//!
//! Every URL is absolute (`/pkg/...`) so deep client routes load the same assets.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use sha2::{Digest, Sha256};
use wasm_bindgen_cli_support::Bindgen;

use crate::util::{self, WASM_TARGET};

/// The stem wasm-bindgen writes; renamed to hashed names afterwards.
const STEM: &str = "app";

struct Options {
    /// Cargo profile: `wasm-release` (default) or `dev` with `--dev`.
    profile: &'static str,
}

impl Options {
    fn parse(args: &[String]) -> anyhow::Result<Options> {
        let mut opts = Options {
            profile: "wasm-release",
        };
        for arg in args {
            match arg.as_str() {
                "--dev" => opts.profile = "dev",
                "--release" => opts.profile = "wasm-release",
                other => bail!("build-web: unknown option `{other}` (known: --dev, --release)"),
            }
        }
        Ok(opts)
    }

    fn is_release(&self) -> bool {
        self.profile != "dev"
    }

    /// The folder cargo writes this profile's artifacts to.
    fn profile_dir(&self) -> &'static str {
        match self.profile {
            "dev" => "debug",
            other => other,
        }
    }
}

pub fn run(args: &[String]) -> anyhow::Result<()> {
    let opts = Options::parse(args)?;
    let started = Instant::now();
    let root = util::workspace_root();
    let web_dir = root.join("web");

    util::ensure_wasm_target()?;
    eprintln!(
        "xtask: building the web crate for {WASM_TARGET} (profile {})",
        opts.profile
    );
    util::run(util::cargo().args([
        "build",
        "-p",
        "web",
        "--target",
        WASM_TARGET,
        "--profile",
        opts.profile,
    ]))?;

    let target_dir = util::target_dir()?;
    let wasm_in = target_dir
        .join(WASM_TARGET)
        .join(opts.profile_dir())
        .join("web.wasm");
    if !wasm_in.is_file() {
        bail!("cargo finished but {} is missing", wasm_in.display());
    }

    let split_dir = target_dir.join("xtask-split");
    reset_dir(&split_dir)?;
    eprintln!("xtask: splitting {} at its lazy routes", wasm_in.display());
    let split = split_wasm(&wasm_in, &split_dir)?;

    // wasm-bindgen writes into a scratch folder inside the target dir; we then
    // copy the files we want under hashed names.
    let scratch = target_dir.join("xtask-bindgen");
    reset_dir(&scratch)?;
    eprintln!("xtask: running wasm-bindgen on {}", split.main.display());
    Bindgen::new()
        .input_path(&split.main)
        // The chunks call into the main module through these exports.
        .keep_lld_exports(true)
        .demangle(false)
        .out_name(STEM)
        .web(true)?
        .typescript(false)
        .omit_default_module_path(false)
        .debug(!opts.is_release())
        .keep_debug(!opts.is_release())
        .remove_name_section(opts.is_release())
        .remove_producers_section(opts.is_release())
        .generate(&scratch)
        .context("wasm-bindgen failed")?;

    // Stage the whole dist in a sibling folder, then swap it in, so a server
    // reading web/dist never sees a half-written tree.
    let staging = web_dir.join("dist.tmp");
    let staged = stage_dist(&web_dir, &scratch, &split, &staging, opts.is_release());
    if staged.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    let sizes = staged?;

    let dist = web_dir.join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist)
            .with_context(|| format!("could not remove stale {}", dist.display()))?;
    }
    fs::rename(&staging, &dist)
        .with_context(|| format!("could not move {} to {}", staging.display(), dist.display()))?;

    println!(
        "web/dist written in {:.1}s ({} build)",
        started.elapsed().as_secs_f64(),
        opts.profile
    );
    for (name, size) in sizes {
        println!("  pkg/{name:<32} {:>10}", util::human_size(size));
    }
    Ok(())
}

/// Writes the whole site into `staging`; returns the main assets and their sizes.
fn stage_dist(
    web_dir: &Path,
    scratch: &Path,
    split: &Split,
    staging: &Path,
    precompress: bool,
) -> anyhow::Result<Vec<(String, u64)>> {
    reset_dir(staging)?;
    let pkg = staging.join("pkg");
    fs::create_dir_all(&pkg).with_context(|| format!("could not create {}", pkg.display()))?;

    let wasm_bytes = read(&scratch.join(format!("{STEM}_bg.wasm")))?;
    let wasm_name = format!("{STEM}-{}_bg.wasm", short_hash(&wasm_bytes));
    write(&pkg.join(&wasm_name), &wasm_bytes)?;

    // The chunks, under hashed names the link module then fetches.
    let mut link =
        String::from_utf8(read(&split.link)?).context("the wasm-split link module is not UTF-8")?;
    let mut chunk_names = Vec::new();
    let mut chunk_bytes = 0;
    for chunk in &split.chunks {
        let mut bytes = read(chunk)?;
        if precompress {
            // Release builds drop the names from the chunks, as wasm-bindgen
            // does from the main module: about half of each chunk.
            bytes = strip_custom_sections(&bytes, &["name", "producers"])
                .with_context(|| format!("could not read {}", chunk.display()))?;
        }
        let file = file_name(chunk)?;
        let stem = file.strip_suffix(".wasm").unwrap_or(file);
        let name = format!("{stem}-{}.wasm", short_hash(&bytes));
        link = replace_once(&link, &format!("\"./{file}\""), &format!("\"./{name}\""))
            .context("the wasm-split link module changed shape")?;
        write(&pkg.join(&name), &bytes)?;
        chunk_bytes += bytes.len() as u64;
        chunk_names.push(name);
    }

    // The glue imports the link module, which imports the glue back (for
    // `initSync`): name the link module after its own text and the glue's, so
    // a change to either gives both new names.
    let glue = String::from_utf8(read(&scratch.join(format!("{STEM}.js")))?)
        .context("the wasm-bindgen JS glue is not UTF-8")?;
    let glue = point_glue_at_wasm(&glue, &wasm_name)?;
    let link_name = format!(
        "split-{}.js",
        short_hash(format!("{link}\n{glue}").as_bytes())
    );
    let glue = point_glue_at_link(&glue, &link_name)?;
    let js_name = format!("{STEM}-{}.js", short_hash(glue.as_bytes()));
    write(&pkg.join(&js_name), glue.as_bytes())?;
    let link = replace_once(&link, SPLIT_MAIN_MODULE, &format!("./{js_name}"))
        .context("the wasm-split link module does not import the glue")?;
    write(&pkg.join(&link_name), link.as_bytes())?;

    // `#[wasm_bindgen(inline_js)]` and `module = "..."` snippets are imported
    // relative to the glue, so they keep their place next to it.
    let snippets = scratch.join("snippets");
    if snippets.is_dir() {
        copy_dir(&snippets, &pkg.join("snippets"))?;
    }

    let boot = boot_js(&js_name);
    let boot_name = format!("boot-{}.js", short_hash(boot.as_bytes()));
    write(&pkg.join(&boot_name), boot.as_bytes())?;

    let css = read(&web_dir.join("style.css"))?;
    let css_name = format!("style-{}.css", short_hash(&css));
    write(&pkg.join(&css_name), &css)?;

    let favicon = read(&web_dir.join("favicon.svg"))?;
    write(&staging.join("favicon.svg"), &favicon)?;

    let template = fs::read_to_string(web_dir.join("index.html"))
        .with_context(|| format!("could not read {}", web_dir.join("index.html").display()))?;
    let html = render_index(
        &template,
        &[
            ("{{style}}", format!("/pkg/{css_name}")),
            ("{{boot}}", format!("/pkg/{boot_name}")),
            ("{{app_js}}", format!("/pkg/{js_name}")),
            ("{{app_wasm}}", format!("/pkg/{wasm_name}")),
        ],
    )?;
    write(&staging.join("index.html"), html.as_bytes())?;

    // Release builds also ship each asset brotli-compressed at the highest
    // quality; the API sends these to browsers that accept `br` instead of
    // compressing the 4 MB module on every request at a low quality.
    if precompress {
        let main = [&wasm_name, &js_name, &link_name, &css_name];
        for name in main.into_iter().chain(&chunk_names) {
            let raw = read(&pkg.join(name))?;
            write(&pkg.join(format!("{name}.br")), &brotli_max(&raw)?)?;
        }
    }

    Ok(vec![
        (wasm_name, wasm_bytes.len() as u64),
        (js_name, glue.len() as u64),
        (link_name, link.len() as u64),
        (css_name, css.len() as u64),
        (format!("{} lazy chunks", chunk_names.len()), chunk_bytes),
    ])
}

/// The name wasm-split gives the link module, as the main module imports it.
const SPLIT_LINK: &str = "./__wasm_split.js";
/// Where the link module imports the glue from, until its hashed name is known.
const SPLIT_MAIN_MODULE: &str = "./__aruna_glue__.js";

/// wasm-split's output: the main module (for wasm-bindgen), the chunks and
/// the JS that loads them.
struct Split {
    main: PathBuf,
    chunks: Vec<PathBuf>,
    link: PathBuf,
}

/// Splits the module at its split points (`#[lazy_route]`, `#[lazy]`) into
/// `dir`. Needs the linker's relocations (`--emit-relocs`, see web/build.rs).
fn split_wasm(wasm_in: &Path, dir: &Path) -> anyhow::Result<Split> {
    let input = read(wasm_in)?;
    let main = dir.join("main.wasm");
    let mut opts = wasm_split_cli_support::Options::new(&input);
    opts.output_dir = dir;
    opts.main_out_path = &main;
    opts.link_name = SPLIT_LINK;
    opts.main_module = SPLIT_MAIN_MODULE;
    let out = wasm_split_cli_support::transform(opts)
        .map_err(|e| anyhow::anyhow!("wasm-split failed: {e:?}"))?;
    let mut chunks = out.split_modules;
    chunks.sort();
    Ok(Split {
        main,
        chunks,
        link: dir.join(SPLIT_LINK),
    })
}

/// The glue imports the link module (once per split point) by the name
/// wasm-split gave it; make it import the hashed name (the keys of the wasm
/// imports object stay as they are).
fn point_glue_at_link(glue: &str, link_name: &str) -> anyhow::Result<String> {
    let mut out = glue.to_owned();
    let mut hits = 0;
    for quote in ['\'', '"'] {
        let from = format!("from {quote}{SPLIT_LINK}{quote}");
        hits += out.matches(&from).count();
        out = out.replace(&from, &format!("from {quote}./{link_name}{quote}"));
    }
    if hits == 0 {
        bail!(
            "expected an import of `{SPLIT_LINK}` in the wasm-bindgen glue, found none; \
             the glue format changed, update xtask/src/build_web.rs"
        );
    }
    Ok(out)
}

/// The module without the custom sections of those names.
fn strip_custom_sections(wasm: &[u8], names: &[&str]) -> anyhow::Result<Vec<u8>> {
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        bail!("not a WebAssembly module");
    }
    let mut out = wasm[..8].to_vec();
    let mut at = 8;
    while at < wasm.len() {
        let start = at;
        let id = wasm[at];
        let (size, body) = read_leb_u32(wasm, at + 1)?;
        let end = body
            .checked_add(size as usize)
            .filter(|&end| end <= wasm.len())
            .context("a section runs past the end of the module")?;
        let keep = id != 0 || {
            let (len, name_at) = read_leb_u32(wasm, body)?;
            let name = wasm.get(name_at..name_at + len as usize);
            !name.is_some_and(|n| names.iter().any(|want| want.as_bytes() == n))
        };
        if keep {
            out.extend_from_slice(&wasm[start..end]);
        }
        at = end;
    }
    Ok(out)
}

/// An unsigned LEB128 at `at`: its value and where the next field starts.
fn read_leb_u32(bytes: &[u8], mut at: usize) -> anyhow::Result<(u32, usize)> {
    let mut value: u32 = 0;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(at).context("truncated LEB128")?;
        at += 1;
        value |= u32::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
    }
    bail!("LEB128 longer than 5 bytes")
}

fn replace_once(text: &str, from: &str, to: &str) -> anyhow::Result<String> {
    let hits = text.matches(from).count();
    if hits != 1 {
        bail!("expected `{from}` exactly once, found it {hits} times");
    }
    Ok(text.replacen(from, to, 1))
}

fn file_name(path: &Path) -> anyhow::Result<&str> {
    path.file_name()
        .and_then(|n| n.to_str())
        .with_context(|| format!("{} has no UTF-8 file name", path.display()))
}

/// Brotli at quality 11 with a 16 MB window (the largest the format allows
/// without the large-window extension browsers do not speak).
fn brotli_max(raw: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(raw.len() / 4);
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 24,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut std::io::Cursor::new(raw), &mut out, &params)
        .context("brotli compression failed")?;
    Ok(out)
}

/// First 8 hex digits of the SHA-256 of the content.
fn short_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    hex::encode(&digest[..4])
}

/// The glue loads `new URL('app_bg.wasm', import.meta.url)` by default; make it
/// load the hashed name instead, and fail loudly if the glue changed shape.
fn point_glue_at_wasm(glue: &str, wasm_name: &str) -> anyhow::Result<String> {
    let default_name = format!("{STEM}_bg.wasm");
    let hits = glue.matches(&default_name).count();
    if hits != 1 {
        bail!(
            "expected exactly one reference to `{default_name}` in the wasm-bindgen glue, found {hits}; \
             the glue format changed, update xtask/src/build_web.rs"
        );
    }
    Ok(glue.replacen(&default_name, wasm_name, 1))
}

/// The module `index.html` loads. It lives in a file, not inline, so a strict
/// Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`) works.
fn boot_js(js_name: &str) -> String {
    format!(
        r#"import init from "/pkg/{js_name}";

init().then(
  () => document.getElementById("boot")?.remove(),
  (err) => {{
    console.error(err);
    const box = document.getElementById("boot");
    if (box) {{
      box.textContent = "Aplikasi gagal dimuat. Muat ulang halaman, atau gunakan peramban versi terbaru.";
      box.classList.add("boot-error");
    }}
  }},
);
"#
    )
}

fn render_index(template: &str, values: &[(&str, String)]) -> anyhow::Result<String> {
    let mut html = template.to_owned();
    for (placeholder, value) in values {
        if !html.contains(placeholder) {
            bail!("web/index.html has no {placeholder} placeholder");
        }
        html = html.replace(placeholder, value);
    }
    if let Some(start) = html.find("{{") {
        let rest = &html[start..];
        let end = rest.find("}}").map_or(rest.len(), |e| e + 2);
        bail!("web/index.html has an unknown placeholder {}", &rest[..end]);
    }
    Ok(html)
}

fn reset_dir(dir: &Path) -> anyhow::Result<()> {
    if dir.exists() {
        fs::remove_dir_all(dir).with_context(|| format!("could not remove {}", dir.display()))?;
    }
    fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))
}

fn copy_dir(from: &Path, to: &Path) -> anyhow::Result<()> {
    fs::create_dir_all(to).with_context(|| format!("could not create {}", to.display()))?;
    for entry in fs::read_dir(from).with_context(|| format!("could not list {}", from.display()))? {
        let entry = entry?;
        let dest: PathBuf = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &dest)?;
        } else {
            fs::copy(entry.path(), &dest).with_context(|| {
                format!(
                    "could not copy {} to {}",
                    entry.path().display(),
                    dest.display()
                )
            })?;
        }
    }
    Ok(())
}

fn read(path: &Path) -> anyhow::Result<Vec<u8>> {
    fs::read(path).with_context(|| format!("could not read {}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    fs::write(path, bytes).with_context(|| format!("could not write {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glue_is_pointed_at_the_hashed_wasm() {
        let glue = "module_or_path = new URL('app_bg.wasm', import.meta.url);";
        let patched = point_glue_at_wasm(glue, "app-0123abcd_bg.wasm");
        assert_eq!(
            patched.ok().as_deref(),
            Some("module_or_path = new URL('app-0123abcd_bg.wasm', import.meta.url);")
        );
    }

    #[test]
    fn glue_imports_the_hashed_link_module() {
        let glue = "import * as m from './__wasm_split.js';\nimports['./__wasm_split.js'] = m;";
        assert_eq!(
            point_glue_at_link(glue, "split-0123abcd.js")
                .ok()
                .as_deref(),
            Some("import * as m from './split-0123abcd.js';\nimports['./__wasm_split.js'] = m;")
        );
        assert!(point_glue_at_link("export default init;", "split-1.js").is_err());
    }

    #[test]
    fn custom_sections_are_stripped_by_name() {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        let type_section = [1u8, 1, 0];
        wasm.extend_from_slice(&type_section);
        wasm.extend_from_slice(&[0, 6, 4, b'n', b'a', b'm', b'e', 9]);
        let keep = [0u8, 4, 3, b'k', b'e', b'p'];
        wasm.extend_from_slice(&keep);
        let stripped = strip_custom_sections(&wasm, &["name"]).ok();
        let mut expected = b"\0asm\x01\0\0\0".to_vec();
        expected.extend_from_slice(&type_section);
        expected.extend_from_slice(&keep);
        assert_eq!(stripped, Some(expected));
        assert!(strip_custom_sections(b"nope", &["name"]).is_err());
        assert!(strip_custom_sections(b"\0asm\x01\0\0\0\x01\x09", &["name"]).is_err());
    }

    #[test]
    fn glue_without_a_wasm_reference_is_an_error() {
        assert!(point_glue_at_wasm("export default init;", "x.wasm").is_err());
    }

    #[test]
    fn index_placeholders_must_all_be_known() {
        let values = [("{{boot}}", "/pkg/boot-1.js".to_owned())];
        assert_eq!(
            render_index("<script src=\"{{boot}}\"></script>", &values)
                .ok()
                .as_deref(),
            Some("<script src=\"/pkg/boot-1.js\"></script>")
        );
        assert!(render_index("{{boot}} {{nope}}", &values).is_err());
        assert!(render_index("no placeholder", &values).is_err());
    }

    #[test]
    fn hashes_are_eight_hex_digits() {
        let h = short_hash(b"aruna");
        assert_eq!(h.len(), 8);
        assert!(h.chars().all(|c| c.is_ascii_hexdigit()));
    }
}
