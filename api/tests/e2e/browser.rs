use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use serde_json::json;

use crate::helpers::{spawn_app_with, TestApp};

/// The built SPA; the tests refuse to run against a missing one.
pub fn web_dist() -> PathBuf {
    let dist = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../web/dist"));
    assert!(
        dist.join("index.html").is_file(),
        "web/dist is missing: run `cargo xtask build-web` first"
    );
    dist
}

pub struct Browser {
    pub client: Client,
    pub app: TestApp,
    /// Where the browser saves downloads.
    pub downloads: PathBuf,
    _driver: Driver,
    _profile: tempfile::TempDir,
}

/// Kills chromedriver however the test ends, even if it panics while starting.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts the app with the real SPA, a chromedriver and a headless Chromium.
pub async fn launch() -> Browser {
    // Several TLS backends are linked in; the WebDriver client needs one chosen.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dist = web_dist();
    let app = spawn_app_with(|s| s.web_dist = dist).await;
    let Headless {
        client,
        downloads,
        _driver,
        _profile,
    } = headless().await;
    Browser {
        client,
        app,
        downloads,
        _driver,
        _profile,
    }
}

/// A headless Chromium with its own chromedriver and profile: one person at
/// one computer. [`launch`] makes the first; a test may add more.
pub struct Headless {
    pub client: Client,
    pub downloads: PathBuf,
    _driver: Driver,
    _profile: tempfile::TempDir,
}

pub async fn headless() -> Headless {
    let port = free_port();
    let driver_bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let driver = Driver(
        Command::new(driver_bin)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver not found: apt-get install chromium chromium-driver"),
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let profile = tempfile::tempdir().unwrap();
    let downloads = profile.path().join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let caps = json!({
        "goog:chromeOptions": {
            "binary": chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                format!("--user-data-dir={}", profile.path().display()),
            ],
            "prefs": {
                "download.default_directory": downloads.display().to_string(),
                "download.prompt_for_download": false,
            }
        }
    });
    let client = ClientBuilder::rustls()
        .unwrap()
        .capabilities(caps.as_object().unwrap().clone())
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("could not start headless Chromium");
    Headless {
        client,
        downloads,
        _driver: driver,
        _profile: profile,
    }
}

impl Browser {
    pub async fn open(&self, path: &str) {
        self.client.goto(&self.app.url(path)).await.unwrap();
    }

    pub async fn el(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} did not appear: {e}"))
    }

    pub async fn fill(&self, css: &str, text: &str) {
        let el = self.el(css).await;
        el.clear().await.unwrap();
        el.send_keys(text).await.unwrap();
    }

    pub async fn click(&self, css: &str) {
        self.el(css).await.click().await.unwrap();
    }

    pub async fn value(&self, css: &str) -> String {
        self.el(css)
            .await
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    /// Waits until the element's text contains `want`.
    pub async fn wait_text(&self, css: &str, want: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(el) => el.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text.contains(want) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{css} never showed {want:?} (last: {text:?})"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn wait_path(&self, want: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let url = self.client.current_url().await.unwrap();
            if url.path() == want {
                return;
            }
            assert!(Instant::now() < deadline, "never reached {want} (at {url})");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn close(self) {
        self.client.clone().close().await.unwrap();
    }
}
