//! The live chat, with two browsers at once: a client and a staff member
//! write to each other, and each sees the other's message, the unread count
//! and the read marks arrive without a reload. Bodies are shown as text.

use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use shared::Role;

use crate::browser::launch;
use crate::helpers::{new_client, TestApp, PASSWORD};

const QUESTION: &str = "<script>window.__pwned=1</script>Halo, saya mau tanya paket wedding";
const ANSWER: &str = "Halo kak, bisa kami bantu";
/// How long anything the test waits for may take.
const PATIENCE: Duration = Duration::from_secs(10);

/// One person's browser, whichever session it is.
struct Person<'a> {
    who: &'static str,
    client: &'a Client,
    app: &'a TestApp,
}

impl Person<'_> {
    async fn open(&self, path: &str) {
        self.client.goto(&self.app.url(path)).await.unwrap();
    }

    async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{}: {css} did not appear: {e}", self.who))
    }

    async fn fill(&self, css: &str, text: &str) {
        let el = self.wait_for(css).await;
        el.clear().await.unwrap();
        el.send_keys(text).await.unwrap();
    }

    async fn click(&self, css: &str) {
        self.wait_for(css).await.click().await.unwrap();
    }

    async fn path(&self) -> String {
        self.client.current_url().await.unwrap().path().to_owned()
    }

    async fn wait_path(&self, want: impl Fn(&str) -> bool, what: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let path = self.path().await;
            if want(&path) {
                return path;
            }
            assert!(
                Instant::now() < deadline,
                "{}: never reached {what} (at {path})",
                self.who
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until an element matching `css` has text containing `want`.
    async fn wait_text(&self, css: &str, want: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let mut seen = Vec::new();
            for el in self
                .client
                .find_all(Locator::Css(css))
                .await
                .unwrap_or_default()
            {
                let text = el.text().await.unwrap_or_default();
                if text.contains(want) {
                    return;
                }
                seen.push(text);
            }
            assert!(
                Instant::now() < deadline,
                "{}: {css} never showed {want:?} (saw {seen:?})",
                self.who
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn sign_in(&self, identifier: &str, lands_on: &str) {
        self.open("/login").await;
        self.fill("#identifier", identifier).await;
        self.fill("#password", PASSWORD).await;
        self.click("button[type=submit]").await;
        self.wait_path(|p| p == lands_on, lands_on).await;
    }

    /// The tab's live socket is open, so what happens next arrives live.
    async fn wait_live(&self) {
        self.wait_for("#notification-bell[data-live=socket]").await;
    }

    /// `typeof window.__pwned` in this browser.
    async fn pwned(&self) -> String {
        self.client
            .execute("return typeof window.__pwned;", vec![])
            .await
            .unwrap()
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }
}

#[tokio::test]
#[ignore = "needs chromium and the built SPA; run by `cargo xtask test`"]
async fn a_client_and_the_studio_chat_live_and_the_message_is_shown_as_text() {
    // Arrange: the staff browser (which starts the app), the client's browser,
    // a client account and a staff account.
    let b = launch().await;
    let other = crate::browser::headless().await;
    let client = new_client();
    let res = b.app.register(&client).await;
    assert_eq!(res.status().as_u16(), 201, "registering the client");
    let client_email = client["email"].as_str().unwrap();
    let staff = new_client();
    let staff_email = staff["email"].as_str().unwrap();
    api::seed::create_user(
        &b.app.db,
        "Staf Studio",
        staff_email,
        staff["phone"].as_str().unwrap(),
        PASSWORD,
        Role::Staff,
    )
    .await
    .unwrap();
    let studio = Person {
        who: "staff",
        client: &b.client,
        app: &b.app,
    };
    let sari = Person {
        who: "client",
        client: &other.client,
        app: &b.app,
    };

    // The staff member waits in the inbox; nobody has written yet.
    studio.sign_in(staff_email, "/admin").await;
    studio.open("/admin/chat").await;
    studio.wait_for("[data-testid=inbox-empty]").await;
    studio.wait_live().await;

    // The client opens the chat from the account navigation and writes.
    sari.sign_in(client_email, "/akun").await;
    sari.click("[data-testid=account-nav] a[href='/akun/chat']")
        .await;
    sari.wait_path(|p| p == "/akun/chat", "/akun/chat").await;
    sari.wait_for("[data-testid=chat-empty]").await;
    sari.wait_live().await;
    sari.fill("#chat-input", QUESTION).await;
    sari.click("#chat-send").await;
    sari.wait_for("[data-testid=chat-message][data-mine=true][data-seq]")
        .await;
    sari.wait_text(
        "[data-testid=chat-message][data-mine=true] .chat-body",
        QUESTION,
    )
    .await;

    // The inbox shows the conversation with one unread message, live.
    let row = studio
        .wait_for("[data-testid=conversation-row][data-unread='1']")
        .await;
    let client_id = row.attr("data-client-id").await.unwrap().unwrap();
    studio.wait_for("#chat-badge[data-count='1']").await;
    assert!(
        row.text().await.unwrap().contains("Sari Dewi"),
        "the row names the client"
    );

    // The staff member opens it: the body is shown literally, never run.
    row.click().await.unwrap();
    studio
        .wait_path(
            |p| p == format!("/admin/chat/{client_id}"),
            "the conversation",
        )
        .await;
    studio
        .wait_text(
            "[data-testid=chat-message][data-mine=false] .chat-body",
            QUESTION,
        )
        .await;
    let body = studio
        .wait_for("[data-testid=chat-message][data-mine=false] .chat-body")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        body.contains("<script>"),
        "the tag is shown as text: {body:?}"
    );
    assert_eq!(
        studio.pwned().await,
        "undefined",
        "the staff browser ran it"
    );
    assert_eq!(sari.pwned().await, "undefined", "the client browser ran it");
    studio.wait_for("#chat-badge[data-count='0']").await;

    // The staff member answers with Enter (a toast may cover the button).
    let mut answer = ANSWER.to_owned();
    answer.push(Key::Enter.into());
    studio.fill("#chat-input", &answer).await;
    studio
        .wait_text(
            "[data-testid=chat-message][data-mine=true] .chat-body",
            ANSWER,
        )
        .await;

    // The client sees the answer without a reload, and their own message read.
    sari.wait_text(
        "[data-testid=chat-message][data-mine=false] .chat-body",
        ANSWER,
    )
    .await;
    sari.wait_text(
        "[data-testid=chat-message][data-mine=false] .chat-author",
        "Aruna Moment",
    )
    .await;
    sari.wait_for("[data-testid=chat-message][data-mine=true][data-status=read]")
        .await;
    assert_eq!(sari.path().await, "/akun/chat", "no navigation happened");

    // The open chat read the answer: the studio sees it read.
    studio
        .wait_for("[data-testid=chat-message][data-mine=true][data-status=read]")
        .await;
    assert_eq!(sari.pwned().await, "undefined");

    other.client.clone().close().await.unwrap();
    b.close().await;
}
