use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use api::clock::Clock;
use api::config::{AppEnv, RateLimitSettings, Settings};
use api::startup::Application;
use chrono::{DateTime, Utc};
use reqwest::Response;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use secrecy::SecretString;
use serde_json::{json, Value};
use shared::Role;

pub const TEST_JWT_SECRET: &str = "test-secret-for-the-integration-suite-only";
pub const PUBLIC_URL: &str = "https://studio.example";
pub const PASSWORD: &str = "Rahasia123";

/// A clock the test can move forward.
#[derive(Default)]
pub struct TestClock {
    offset: Mutex<chrono::Duration>,
}

impl TestClock {
    /// Travels to an absolute instant; time keeps running from there.
    pub fn set(&self, at: DateTime<Utc>) {
        *self.offset.lock().unwrap() = at - Utc::now();
    }

    pub fn advance(&self, by: chrono::Duration) {
        let mut o = self.offset.lock().unwrap();
        *o += by;
    }
}

impl Clock for TestClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() + *self.offset.lock().unwrap()
    }
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: DatabaseConnection,
    pub clock: Arc<TestClock>,
    pub state: api::state::AppState,
    _db_guard: DbGuard,
    _data_dir: tempfile::TempDir,
}

/// Drops the per-test PostgreSQL database, or deletes the SQLite folder.
enum DbGuard {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl Drop for DbGuard {
    fn drop(&mut self) {
        if let DbGuard::Postgres { admin_url, name } = self {
            let (admin_url, name) = (admin_url.clone(), name.clone());
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async {
                    if let Ok(db) = Database::connect(&admin_url).await {
                        let _ = db
                            .execute_unprepared(&format!(
                                "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                            ))
                            .await;
                    }
                });
            })
            .join();
        }
    }
}

pub fn test_settings() -> Settings {
    Settings {
        env: AppEnv::Development,
        bind: "127.0.0.1:0".into(),
        database_url: String::new(),
        database_max_connections: 5,
        data_dir: std::env::temp_dir(),
        jwt_secret: SecretString::from(TEST_JWT_SECRET),
        access_token_minutes: 15,
        refresh_token_days: 30,
        smtp_url: format!("smtp://127.0.0.1:{}", mail_sink().port),
        mail_from: "Aruna Moment <noreply@studio.example>".into(),
        public_url: PUBLIC_URL.into(),
        web_dist: PathBuf::from("/nonexistent-web-dist"),
        workers: 1,
        trust_proxy: false,
        rate_limit: RateLimitSettings {
            auth_per_minute: 1000,
            chat_per_minute: 1000,
        },
        run_jobs: false,
        log_format: "pretty".into(),
        cors_origins: String::new(),
        upload_idle_seconds: 30,
        upload_max_seconds: 600,
        // Off: tests travel in time and run jobs between reads; the cache
        // has its own test (caching.rs).
        public_cache_ms: 0,
        private_cache_ms: 0,
        // On, as in production: the revocation tests prove this process
        // forgets an account the moment it changes it.
        account_cache_ms: 2000,
        // Off for the same reason as the public cache; caching.rs tests it.
        dashboard_cache_ms: 0,
        whatsapp: Default::default(),
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(configure: impl FnOnce(&mut Settings)) -> TestApp {
    let postgres = std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty());
    spawn_app_on(postgres, configure).await
}

/// The machine's PostgreSQL (`TEST_DATABASE_URL`, else the local server),
/// for the tests that are about PostgreSQL itself.
pub fn postgres_admin_url() -> String {
    std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// An app on a fresh PostgreSQL database made through `postgres` (an admin
/// URL), or on a fresh SQLite file.
pub async fn spawn_app_on(
    postgres: Option<String>,
    configure: impl FnOnce(&mut Settings),
) -> TestApp {
    let mut settings = test_settings();
    configure(&mut settings);
    let guard = match postgres {
        Some(admin_url) => {
            let name = format!("aruna_test_{}", uuid::Uuid::new_v4().simple());
            let admin = Database::connect(&admin_url)
                .await
                .expect("TEST_DATABASE_URL is set but PostgreSQL is unreachable");
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .unwrap();
            admin.close().await.ok();
            let mut url = url::Url::parse(&admin_url).unwrap();
            url.set_path(&name);
            settings.database_url = url.to_string();
            DbGuard::Postgres { admin_url, name }
        }
        None => {
            let dir = tempfile::tempdir().unwrap();
            settings.database_url = format!("sqlite://{}/test.db?mode=rwc", dir.path().display());
            DbGuard::Sqlite(dir)
        }
    };
    settings.finish().unwrap();
    let db = api::db::connect(&settings).await.unwrap();
    api::db::migrate(&db).await.unwrap();
    let clock = Arc::new(TestClock::default());
    let data_dir = tempfile::tempdir().unwrap();
    settings.data_dir = data_dir.path().to_path_buf();
    let app = Application::build_with(settings, db.clone(), clock.clone())
        .await
        .unwrap();
    let state = app.state.clone();
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        address,
        client,
        db,
        clock,
        state,
        _db_guard: guard,
        _data_dir: data_dir,
    }
}

/// A fresh, valid registration body with unique email and phone.
pub fn new_client() -> Value {
    let n: u64 = rand_digits();
    json!({
        "full_name": "Sari Dewi",
        "email": format!("sari.{n}@example.com"),
        "phone": format!("0812{:08}", n % 100_000_000),
        "password": PASSWORD,
    })
}

fn rand_digits() -> u64 {
    let u = uuid::Uuid::new_v4();
    u.as_u128() as u64 % 10_000_000_000
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// The PostgreSQL database this app runs on (its URL's path).
    pub fn database_name(&self) -> String {
        url::Url::parse(&self.state.settings.database_url)
            .unwrap()
            .path()
            .trim_start_matches('/')
            .to_owned()
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> Response {
        self.client
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn register(&self, body: &Value) -> Response {
        self.post_json("/api/v1/auth/register", body).await
    }

    pub async fn login(&self, identifier: &str, password: &str) -> Response {
        self.post_json(
            "/api/v1/auth/login",
            &json!({"identifier": identifier, "password": password}),
        )
        .await
    }

    pub async fn refresh(&self, refresh_token: &str) -> Response {
        self.post_json(
            "/api/v1/auth/refresh",
            &json!({"refresh_token": refresh_token}),
        )
        .await
    }

    pub async fn get_me(&self, token: &str) -> Response {
        self.client
            .get(self.url("/api/v1/me"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
    }

    pub async fn patch_me(&self, token: &str, body: &Value) -> Response {
        self.client
            .patch(self.url("/api/v1/me"))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn change_password(&self, token: &str, current: &str, new: &str) -> Response {
        self.client
            .put(self.url("/api/v1/me/password"))
            .bearer_auth(token)
            .json(&json!({"current_password": current, "new_password": new}))
            .send()
            .await
            .unwrap()
    }

    pub async fn forgot_password(&self, email: &str) -> Response {
        self.post_json("/api/v1/auth/password/forgot", &json!({"email": email}))
            .await
    }

    pub async fn reset_password(&self, token: &str, new_password: &str) -> Response {
        self.post_json(
            "/api/v1/auth/password/reset",
            &json!({"token": token, "new_password": new_password}),
        )
        .await
    }

    /// Registers a new client and returns (registration body, token response).
    pub async fn signed_in_client(&self) -> (Value, Value) {
        let body = new_client();
        let res = self.register(&body).await;
        assert_eq!(res.status(), 201);
        (body, res.json().await.unwrap())
    }

    /// Creates an account with `role` directly (as the CLI does) and signs it in.
    pub async fn signed_in_as(&self, role: Role) -> Value {
        let body = new_client();
        api::seed::create_user(
            &self.db,
            "Kru Studio",
            body["email"].as_str().unwrap(),
            body["phone"].as_str().unwrap(),
            PASSWORD,
            role,
        )
        .await
        .unwrap();
        let res = self.login(body["email"].as_str().unwrap(), PASSWORD).await;
        assert_eq!(res.status(), 200);
        res.json().await.unwrap()
    }

    /// Waits until the live dispatcher has handed out every feed row
    /// written so far: each new row also empties the read caches, so a
    /// test of what they keep waits for this first.
    pub async fn live_settled(&self) {
        let last = api::live::feed::last_seq(&self.db).await.unwrap();
        for _ in 0..500 {
            let delivered = self
                .state
                .live
                .delivered
                .load(std::sync::atomic::Ordering::Acquire);
            if delivered >= last {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        panic!("the live dispatcher did not reach feed row {last} within 5 s");
    }

    pub async fn count(&self, table: &str) -> i64 {
        let row = self
            .db
            .query_one(sea_orm::Statement::from_string(
                self.db.get_database_backend(),
                format!("SELECT COUNT(*) AS n FROM {table}"),
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get::<i64>("", "n").unwrap()
    }
}

/// Asserts the shared error shape and returns the body.
pub async fn assert_error(res: Response, status: u16, code: &str) -> Value {
    assert_eq!(res.status().as_u16(), status, "unexpected status");
    let body: Value = res.json().await.expect("error body is JSON");
    assert_eq!(body["code"], code, "unexpected code in {body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "message missing in {body}"
    );
    assert!(body["fields"].is_object(), "fields missing in {body}");
    body
}

// ---- The SMTP sink: a real SMTP server process (Python aiosmtpd) ----

pub struct MailSink {
    pub port: u16,
    pub dir: PathBuf,
    _child: Child,
    _dir_guard: tempfile::TempDir,
}

pub fn mail_sink() -> &'static MailSink {
    static SINK: OnceLock<MailSink> = OnceLock::new();
    SINK.get_or_init(|| MailSink::start(tempfile::tempdir().unwrap(), None))
}

impl MailSink {
    /// Starts an SMTP server process writing into `dir`, on `port` or a free one.
    pub fn start(dir_guard: tempfile::TempDir, port: Option<u16>) -> MailSink {
        let dir = dir_guard.path().to_path_buf();
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/smtp_sink.py");
        let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
        let mut cmd = Command::new(python);
        cmd.arg(script).arg(&dir);
        if let Some(port) = port {
            cmd.arg(port.to_string());
        }
        let mut child = cmd
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 is needed for the SMTP sink (pip install aiosmtpd)");
        let mut line = String::new();
        let stdout = child.stdout.take().unwrap();
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line).unwrap();
        let port = line.trim().parse().unwrap_or_else(|_| {
            panic!(
                "SMTP sink did not start (is aiosmtpd installed? `pip install aiosmtpd`): {line:?}"
            )
        });
        MailSink {
            port,
            dir,
            _child: child,
            _dir_guard: dir_guard,
        }
    }

    /// Stops the server process; its folder stays for a restart.
    pub fn stop(self) -> (tempfile::TempDir, u16) {
        let MailSink {
            port,
            mut _child,
            _dir_guard,
            ..
        } = self;
        _child.kill().ok();
        _child.wait().ok();
        (_dir_guard, port)
    }
}

pub struct ReceivedMail {
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    /// (file name, bytes) of each attachment.
    pub attachments: Vec<(String, Vec<u8>)>,
}

impl MailSink {
    fn messages_to(&self, to: &str) -> Vec<ReceivedMail> {
        let mut files: Vec<_> = std::fs::read_dir(&self.dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        files
            .into_iter()
            .filter_map(|p| {
                let v: Value = serde_json::from_str(&std::fs::read_to_string(p).ok()?).ok()?;
                let to_match = v["rcpt_tos"]
                    .as_array()?
                    .iter()
                    .any(|r| r.as_str() == Some(to));
                to_match.then(|| parse_mail(v["data"].as_str().unwrap_or_default()))
            })
            .collect()
    }

    /// Every message to `to` so far, oldest first.
    pub fn all_to(&self, to: &str) -> Vec<ReceivedMail> {
        self.messages_to(to)
    }

    /// Waits up to 15 s for a message to `to` whose subject contains `needle`.
    pub async fn wait_for_subject(&self, to: &str, needle: &str) -> ReceivedMail {
        for _ in 0..150 {
            if let Some(m) = self
                .messages_to(to)
                .into_iter()
                .find(|m| m.subject.contains(needle))
            {
                return m;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("no mail to {to} about {needle:?} arrived within 15 s");
    }

    /// Waits up to 15 s for the `n`-th (1-based) message to `to`.
    pub async fn wait_for_nth(&self, to: &str, n: usize) -> ReceivedMail {
        for _ in 0..150 {
            let mut msgs = self.messages_to(to);
            if msgs.len() >= n {
                return msgs.swap_remove(n - 1);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("no mail #{n} to {to} arrived within 15 s");
    }

    pub async fn wait_for(&self, to: &str) -> ReceivedMail {
        self.wait_for_nth(to, 1).await
    }

    pub fn count_to(&self, to: &str) -> usize {
        self.messages_to(to).len()
    }
}

fn parse_mail(raw: &str) -> ReceivedMail {
    let parsed = mailparse::parse_mail(raw.as_bytes()).unwrap();
    let subject = mailparse::MailHeaderMap::get_first_value(parsed.headers.as_slice(), "Subject")
        .unwrap_or_default();
    let mut text = String::new();
    let mut html = None;
    let mut attachments = Vec::new();
    let mut parts = vec![&parsed];
    while let Some(p) = parts.pop() {
        if p.subparts.is_empty() {
            let disposition = p.get_content_disposition();
            if disposition.disposition == mailparse::DispositionType::Attachment {
                let name = disposition
                    .params
                    .get("filename")
                    .cloned()
                    .unwrap_or_default();
                attachments.push((name, p.get_body_raw().unwrap_or_default()));
                continue;
            }
            let body = p.get_body().unwrap_or_default();
            match p.ctype.mimetype.as_str() {
                "text/html" => html = Some(body),
                _ => text = body,
            }
        } else {
            parts.extend(p.subparts.iter());
        }
    }
    ReceivedMail {
        subject,
        text,
        html,
        attachments,
    }
}

/// Pulls the first URL starting with `prefix` out of a text.
pub fn find_link(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no link {prefix} in {text}"));
    text[start..].split_whitespace().next().unwrap().to_owned()
}
