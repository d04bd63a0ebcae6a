//! `bench-limit --bind 127.0.0.1:PORT --dir DIR [--workers N]`: what this
//! machine can do at all. `bench/perf.py` captures one response of every
//! measured API path into DIR (`N.meta` and `N.body`); this server answers
//! each of them from memory with a bare handler, with as many workers as the
//! API runs, so each path's req/s can be read as a fraction of the limit
//! measured in the same run under the same load.
//!
//! `N.meta` is three lines: `METHOD PATH?QUERY`, the status code, the
//! content type. `N.body` holds the body's exact bytes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use actix_web::http::{Method, StatusCode};
use actix_web::web::{self, Bytes};
use actix_web::{App, HttpRequest, HttpResponse, HttpServer};

/// One captured response.
struct Capture {
    method: Method,
    status: StatusCode,
    content_type: String,
    body: Bytes,
}

/// Captures by `PATH?QUERY`, one per method.
type Captures = HashMap<String, Vec<Capture>>;

struct Args {
    bind: String,
    dir: PathBuf,
    workers: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut bind = None;
    let mut dir = None;
    // The API's default: one worker per available core.
    let mut workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--bind" => bind = Some(value()?),
            "--dir" => dir = Some(PathBuf::from(value()?)),
            "--workers" => {
                workers = value()?.parse().map_err(|e| format!("--workers: {e}"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(Args {
        bind: bind.ok_or("--bind 127.0.0.1:PORT is required")?,
        dir: dir.ok_or("--dir DIR is required")?,
        workers: workers.max(1),
    })
}

fn load(dir: &Path) -> Result<Captures, String> {
    let mut captures = Captures::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("meta") {
            continue;
        }
        let meta =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut lines = meta.lines();
        let (Some(key), Some(status), Some(content_type)) =
            (lines.next(), lines.next(), lines.next())
        else {
            return Err(format!(
                "{}: want three lines (METHOD PATH, status, content type)",
                path.display()
            ));
        };
        let status = status
            .trim()
            .parse::<u16>()
            .ok()
            .and_then(|s| StatusCode::from_u16(s).ok())
            .ok_or(format!("{}: bad status `{status}`", path.display()))?;
        let bad = || format!("{}: bad first line `{key}`", path.display());
        let (method, target) = key.trim().split_once(' ').ok_or_else(bad)?;
        let method = Method::from_bytes(method.as_bytes()).map_err(|_| bad())?;
        let body_path = path.with_extension("body");
        let body =
            std::fs::read(&body_path).map_err(|e| format!("{}: {e}", body_path.display()))?;
        captures
            .entry(target.trim().to_owned())
            .or_default()
            .push(Capture {
                method,
                status,
                content_type: content_type.trim().to_owned(),
                body: Bytes::from(body),
            });
    }
    Ok(captures)
}

/// The bare handler: one map lookup, the stored bytes (a reference count,
/// not a copy). The request body is read, as the API reads it.
async fn answer(req: HttpRequest, _body: Bytes, captures: web::Data<Captures>) -> HttpResponse {
    let target = req
        .uri()
        .path_and_query()
        .map_or(req.path(), |pq| pq.as_str());
    let found = captures
        .get(target)
        .and_then(|cs| cs.iter().find(|c| c.method == req.method()));
    match found {
        Some(c) => HttpResponse::build(c.status)
            .content_type(c.content_type.as_str())
            .body(c.body.clone()),
        None => HttpResponse::NotFound().finish(),
    }
}

fn main() -> std::process::ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!("usage: bench-limit --bind 127.0.0.1:PORT --dir DIR [--workers N]");
            return std::process::ExitCode::FAILURE;
        }
    };
    let captures = match load(&args.dir) {
        Ok(c) => web::Data::new(c),
        Err(e) => {
            eprintln!("error: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    println!(
        "bench-limit: {} responses on http://{} ({} workers)",
        captures.values().map(Vec::len).sum::<usize>(),
        args.bind,
        args.workers
    );
    let served = actix_web::rt::System::new().block_on(async move {
        HttpServer::new(move || {
            App::new()
                .app_data(captures.clone())
                .default_service(web::to(answer))
        })
        .workers(args.workers)
        .bind(&args.bind)?
        .run()
        .await
    });
    match served {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
