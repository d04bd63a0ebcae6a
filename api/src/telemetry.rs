use tracing_subscriber::{fmt, EnvFilter};

/// Installs the global tracing subscriber: `RUST_LOG` filters, `json` or
/// `pretty` output. Every request gets a span with its request id.
pub fn init(format: &str) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let builder = fmt().with_env_filter(filter).with_target(false);
    let _ = if format == "json" {
        builder.json().try_init()
    } else {
        builder.compact().try_init()
    };
}
