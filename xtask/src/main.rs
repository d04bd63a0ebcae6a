//! Project tasks, run as `cargo xtask <task>` (see `.cargo/config.toml`).
//!
//! A plain dispatcher over `std::env::args`: each task is one entry in
//! [`TASKS`] and lives in its own module.

mod bench;
mod build_web;
mod check_web;
mod run_app;
mod test_all;
mod util;

use std::process::ExitCode;

/// A task: its name on the command line, a one-line summary, and its entry point.
struct Task {
    name: &'static str,
    about: &'static str,
    run: fn(&[String]) -> anyhow::Result<()>,
}

const TASKS: &[Task] = &[
    Task {
        name: "run",
        about: "build the SPA and the API (release; --dev for debug) and serve both on http://127.0.0.1:8000 with demo data",
        run: run_app::run,
    },
    Task {
        name: "test",
        about: "run the whole test suite (unit, API on SQLite or TEST_DATABASE_URL, SPA end-to-end in Chromium); --no-browser skips the last",
        run: test_all::run,
    },
    Task {
        name: "bench",
        about: "benchmark every path on SQLite and PostgreSQL against a bare actix-web limit (needs wrk), report in target/bench/perf.md; args go to bench/perf.py, --all adds the WebSocket, chat, back-office and SPA runs",
        run: bench::run,
    },
    Task {
        name: "build-web",
        about: "build the SPA into web/dist (release WASM, hashed assets); --dev for a debug build",
        run: build_web::run,
    },
    Task {
        name: "check-web",
        about: "cargo check the SPA and the shared crate for wasm32",
        run: check_web::run,
    },
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(name) = args.first() else {
        print_help();
        return ExitCode::SUCCESS;
    };
    if matches!(name.as_str(), "help" | "-h" | "--help") {
        print_help();
        return ExitCode::SUCCESS;
    }
    let Some(task) = TASKS.iter().find(|t| t.name == name) else {
        eprintln!("error: unknown task `{name}`\n");
        print_help();
        return ExitCode::FAILURE;
    };
    match (task.run)(&args[1..]) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn print_help() {
    println!("Usage: cargo xtask <task> [options]\n\nTasks:");
    for task in TASKS {
        println!("  {:<12} {}", task.name, task.about);
    }
}
