//! Layered settings: built-in defaults, then an optional TOML file
//! (`APP_CONFIG_FILE`, default `config/app.toml` when present), then `APP_…`
//! environment variables (`APP_JWT_SECRET`, `APP_RATE_LIMIT__AUTH_PER_MINUTE`),
//! and `DATABASE_URL`.

use std::path::PathBuf;

use anyhow::{bail, Context};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

/// The development signing key. The API refuses to start with it in production.
pub const DEV_JWT_SECRET: &str = "dev-only-aruna-moment-jwt-secret-change-me";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AppEnv {
    Development,
    Production,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub env: AppEnv,
    /// `host:port`; port 0 picks a free one (tests).
    pub bind: String,
    /// Empty means an SQLite file in `data_dir`.
    #[serde(default)]
    pub database_url: String,
    /// Pool size; 0 (the default) picks one: SQLite, whose connections each
    /// hold a thread and a page cache, two per core; PostgreSQL ten.
    pub database_max_connections: u32,
    pub data_dir: PathBuf,
    pub jwt_secret: SecretString,
    pub access_token_minutes: i64,
    pub refresh_token_days: i64,
    /// `smtp://host:port`, `smtp://host:587?tls=required` or `smtps://host`;
    /// empty keeps mail queued in the outbox until one is configured.
    #[serde(default)]
    pub smtp_url: String,
    pub mail_from: String,
    /// The address users reach the SPA at; links in emails are built from it.
    pub public_url: String,
    /// Folder of the built SPA (`cargo xtask build-web`).
    pub web_dist: PathBuf,
    /// Number of HTTP worker threads; 0 = one per core.
    pub workers: usize,
    /// Trust `X-Forwarded-For` for the client IP (only behind your own proxy).
    pub trust_proxy: bool,
    pub rate_limit: RateLimitSettings,
    /// Run the booking lifecycle job (expiry, completion). Tests turn it off
    /// and run passes themselves with a travelling clock.
    pub run_jobs: bool,
    /// `pretty` or `json`.
    pub log_format: String,
    /// The WhatsApp gateway (`APP_WHATSAPP__URL`, `APP_WHATSAPP__TOKEN`).
    #[serde(default)]
    pub whatsapp: WhatsAppSettings,
    /// Origins allowed to call the API from a browser on another origin,
    /// comma separated (`APP_CORS_ORIGINS=https://app.example,https://m.example`).
    /// Empty (the default): no cross-origin browser access at all. Native
    /// mobile apps do not need it.
    #[serde(default)]
    pub cors_origins: String,
    /// An upload that sends nothing for this many seconds is refused with
    /// 408 and its connection closed (a stalled phone, or a slow-loris).
    pub upload_idle_seconds: u64,
    /// No upload may take longer than this in all, however it trickles.
    pub upload_max_seconds: u64,
    /// How long a public read is served from memory (milliseconds; 0 = off).
    pub public_cache_ms: u64,
    /// How long a signed-in caller's own booking reads (their list, one
    /// booking, its invoice) are served from memory (milliseconds; 0 =
    /// off); also how long the studio's details on invoices are kept
    /// (`studio_cache`). Writes through this process apply at once.
    pub private_cache_ms: u64,
    /// How long an account's role, active flag and token version are
    /// trusted from memory (milliseconds; 0 = off). This process's own
    /// changes apply at once; another process's within this time.
    pub account_cache_ms: u64,
    /// How long the dashboard's figures are served from memory
    /// (milliseconds; 0 = off). Writes through this process apply at once.
    pub dashboard_cache_ms: u64,
}

/// A Fonnte-style HTTP gateway: `POST url` with `Authorization: <token>` and
/// form fields `target`, `message`. An empty url means no WhatsApp at all;
/// the studio also switches it on in its settings.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct WhatsAppSettings {
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub token: SecretString,
}

impl WhatsAppSettings {
    pub fn configured(&self) -> bool {
        !self.url.trim().is_empty()
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct RateLimitSettings {
    /// Login, register and password-reset attempts per client IP per minute, per endpoint.
    pub auth_per_minute: u32,
    /// Chat messages per user per minute.
    pub chat_per_minute: u32,
}

impl Settings {
    /// The pool size `database_max_connections` asks for, or the default.
    pub fn pool_size(&self) -> u32 {
        match self.database_max_connections {
            0 if self.is_sqlite() => std::thread::available_parallelism()
                .map_or(2, |n| u32::try_from(n.get()).unwrap_or(2))
                .saturating_mul(2)
                .max(2),
            0 => 10,
            n => n,
        }
    }

    pub fn load() -> anyhow::Result<Settings> {
        let file = std::env::var("APP_CONFIG_FILE").unwrap_or_else(|_| "config/app.toml".into());
        let builder = config::Config::builder()
            .set_default("env", "development")?
            .set_default("bind", "127.0.0.1:8000")?
            .set_default("database_url", "")?
            .set_default("database_max_connections", 0)?
            .set_default("data_dir", "data")?
            .set_default("jwt_secret", DEV_JWT_SECRET)?
            .set_default("access_token_minutes", 15)?
            .set_default("refresh_token_days", 30)?
            .set_default("smtp_url", "")?
            .set_default("mail_from", "Aruna Moment <noreply@arunamoment.id>")?
            .set_default("public_url", "http://127.0.0.1:8000")?
            .set_default("web_dist", "web/dist")?
            .set_default("workers", 0)?
            .set_default("trust_proxy", false)?
            .set_default("rate_limit.auth_per_minute", 20)?
            .set_default("rate_limit.chat_per_minute", 30)?
            .set_default("run_jobs", true)?
            .set_default("log_format", "pretty")?
            .set_default("whatsapp.url", "")?
            .set_default("whatsapp.token", "")?
            .set_default("cors_origins", "")?
            .set_default("upload_idle_seconds", 30)?
            .set_default("upload_max_seconds", 600)?
            .set_default("public_cache_ms", 1000)?
            .set_default("private_cache_ms", 1000)?
            .set_default("account_cache_ms", 2000)?
            .set_default("dashboard_cache_ms", 5000)?
            .add_source(config::File::with_name(&file).required(false))
            .add_source(
                config::Environment::with_prefix("APP")
                    .prefix_separator("_")
                    .separator("__")
                    .try_parsing(true),
            );
        let mut settings: Settings = builder
            .build()?
            .try_deserialize()
            .context("invalid configuration")?;
        if let Ok(url) = std::env::var("DATABASE_URL") {
            settings.database_url = url;
        }
        settings.finish()?;
        Ok(settings)
    }

    /// Fills derived defaults and refuses unsafe production settings.
    pub fn finish(&mut self) -> anyhow::Result<()> {
        if self.database_url.trim().is_empty() {
            self.database_url = format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("aruna.db").display()
            );
        }
        self.public_url = self.public_url.trim_end_matches('/').to_owned();
        url::Url::parse(&self.public_url).context("APP_PUBLIC_URL is not a valid URL")?;
        for origin in self.cors_origins() {
            let ok = url::Url::parse(origin).is_ok_and(|u| {
                matches!(u.scheme(), "http" | "https") && u.path() == "/" && !origin.ends_with('/')
            });
            if !ok {
                bail!("APP_CORS_ORIGINS: {origin:?} is not an origin like https://app.example");
            }
        }
        if self.env == AppEnv::Production {
            let secret = self.jwt_secret.expose_secret();
            if secret == DEV_JWT_SECRET || secret.len() < 32 {
                bail!(
                    "refusing to start in production with the default or a short APP_JWT_SECRET \
                     (use at least 32 random characters, e.g. `openssl rand -hex 32`)"
                );
            }
        }
        Ok(())
    }

    /// The configured CORS origins, trimmed, without empties.
    pub fn cors_origins(&self) -> Vec<&str> {
        self.cors_origins
            .split(',')
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .collect()
    }

    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Settings {
        Settings {
            env: AppEnv::Development,
            bind: "127.0.0.1:0".into(),
            database_url: String::new(),
            database_max_connections: 5,
            data_dir: "data".into(),
            jwt_secret: SecretString::from(DEV_JWT_SECRET),
            access_token_minutes: 15,
            refresh_token_days: 30,
            smtp_url: String::new(),
            mail_from: "a <a@b.co>".into(),
            public_url: "http://127.0.0.1:8000/".into(),
            web_dist: "web/dist".into(),
            workers: 1,
            trust_proxy: false,
            rate_limit: RateLimitSettings {
                auth_per_minute: 10,
                chat_per_minute: 30,
            },
            run_jobs: true,
            log_format: "pretty".into(),
            cors_origins: String::new(),
            upload_idle_seconds: 30,
            upload_max_seconds: 600,
            public_cache_ms: 1000,
            private_cache_ms: 1000,
            account_cache_ms: 2000,
            dashboard_cache_ms: 5000,
            whatsapp: WhatsAppSettings::default(),
        }
    }

    #[test]
    fn the_pool_size_defaults_by_database() {
        let mut s = base();
        s.database_max_connections = 0;
        s.database_url = "sqlite::memory:".into();
        assert!(s.pool_size() >= 2);
        s.database_url = "postgres://postgres@127.0.0.1/x".into();
        assert_eq!(s.pool_size(), 10);
        s.database_max_connections = 3;
        assert_eq!(s.pool_size(), 3);
    }

    #[test]
    fn production_refuses_the_default_secret() {
        let mut s = base();
        s.env = AppEnv::Production;
        assert!(s.finish().is_err());
        s.jwt_secret = SecretString::from("short");
        assert!(s.finish().is_err());
        s.jwt_secret = SecretString::from("x".repeat(40));
        assert!(s.finish().is_ok());
    }

    #[test]
    fn cors_origins_must_be_bare_origins() {
        let mut s = base();
        s.cors_origins = " https://app.example , http://127.0.0.1:5173 ".into();
        assert!(s.finish().is_ok());
        assert_eq!(
            s.cors_origins(),
            ["https://app.example", "http://127.0.0.1:5173"]
        );
        for bad in [
            "*",
            "https://app.example/",
            "https://app.example/path",
            "ftp://x.example",
        ] {
            s.cors_origins = bad.into();
            assert!(s.finish().is_err(), "{bad}");
        }
    }

    #[test]
    fn empty_database_url_means_sqlite_in_the_data_dir() {
        let mut s = base();
        s.finish().unwrap();
        assert_eq!(s.database_url, "sqlite://data/aruna.db?mode=rwc");
        assert_eq!(s.public_url, "http://127.0.0.1:8000");
    }
}
