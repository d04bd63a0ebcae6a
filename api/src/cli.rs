//! The `api` command line: `serve` (default), `migrate`, `create-superadmin`, `seed-demo`.

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "api", about = "Aruna Moment API server and admin tasks")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply migrations and serve the API and the SPA (the default).
    Serve {
        /// Also run `seed-demo` before serving (used by `cargo xtask run`).
        #[arg(long)]
        seed_demo: bool,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Create the first superadmin. The password comes from `APP_ADMIN_PASSWORD` or a prompt.
    CreateSuperadmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        phone: String,
        #[arg(long)]
        name: String,
    },
    /// Fill the database with a believable demo studio (idempotent).
    SeedDemo,
    /// Generate the benchmarks' data set: clients, bookings and their payments, portfolio
    /// posts and images, chat conversations and their messages (into an empty database).
    #[command(hide = true)]
    BenchData {
        #[arg(long, default_value_t = 100_000)]
        bookings: usize,
        #[arg(long, default_value_t = 5_000)]
        clients: usize,
        /// Portfolio image rows (default: one per 100 bookings).
        #[arg(long)]
        images: Option<usize>,
        /// Chat messages (default: two per booking).
        #[arg(long)]
        messages: Option<usize>,
    },
}
