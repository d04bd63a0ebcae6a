//! A studio with its catalogue, a client, a staff member and an admin, and
//! the steps most booking tests take: book, upload a proof, approve.

use chrono::{Duration, Utc};
use reqwest::multipart::{Form, Part};
use serde_json::{json, Value};
use shared::Role;

use crate::helpers::{spawn_app_with, TestApp};

/// A real 1×1 JPEG: the API reads a proof's dimensions from its header.
pub const JPEG: &[u8] = include_bytes!("../fixtures/tiny.jpg");

pub struct Scene {
    pub app: TestApp,
    pub client: String,
    pub client_email: String,
    pub staff: String,
    pub admin: String,
    pub bank: String,
    pub wedding: String,
}

pub async fn scene() -> Scene {
    scene_with(|_| {}).await
}

pub async fn scene_with(configure: impl FnOnce(&mut api::config::Settings)) -> Scene {
    let app = spawn_app_with(configure).await;
    api::seed_catalogue::seed(&app.db).await.unwrap();
    let get = |p: &str| app.client.get(app.url(p)).send();
    let pkgs: Vec<Value> = get("/api/v1/packages?kind=wedding")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let banks: Vec<Value> = get("/api/v1/bank-accounts")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = |v: Value| v["access_token"].as_str().unwrap().to_owned();
    let (body, session) = app.signed_in_client().await;
    let client = token(session);
    let client_email = body["email"].as_str().unwrap().to_owned();
    let staff = token(app.signed_in_as(Role::Staff).await);
    let admin = token(app.signed_in_as(Role::Admin).await);
    Scene {
        wedding: pkgs[0]["id"].as_str().unwrap().to_owned(),
        bank: banks[0]["id"].as_str().unwrap().to_owned(),
        app,
        client,
        client_email,
        staff,
        admin,
    }
}

impl Scene {
    pub async fn book(&self, token: &str, days: i64) -> Value {
        let body = json!({
            "package_id": self.wedding,
            "event_date": (Utc::now() + Duration::days(days)).date_naive().to_string(),
            "location": "Balai Desa Saribudolok",
            "payment_option": "dp",
        });
        let res = self
            .app
            .client
            .post(self.app.url("/api/v1/bookings"))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
        res.json().await.unwrap()
    }

    pub async fn upload(
        &self,
        token: &str,
        booking: &Value,
        kind: &str,
        bytes: &[u8],
        name: &str,
    ) -> reqwest::Response {
        let form = Form::new()
            .text("kind", kind.to_owned())
            .text("bank_account_id", self.bank.clone())
            .part(
                "proof",
                Part::bytes(bytes.to_vec())
                    .file_name(name.to_owned())
                    .mime_str("image/jpeg")
                    .unwrap(),
            );
        self.app
            .client
            .post(self.app.url(&format!(
                "/api/v1/bookings/{}/payments",
                booking["id"].as_str().unwrap()
            )))
            .bearer_auth(token)
            .multipart(form)
            .send()
            .await
            .unwrap()
    }

    pub async fn post(&self, token: &str, path: &str, body: Value) -> reqwest::Response {
        self.app
            .client
            .post(self.app.url(path))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    pub async fn get(&self, token: &str, path: &str) -> reqwest::Response {
        self.app
            .client
            .get(self.app.url(path))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
    }

    pub fn uploads(&self) -> usize {
        let dir = self.app.state.settings.data_dir.join("uploads/proofs");
        std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
    }

    /// A second client: (access token, email).
    pub async fn another_client(&self) -> (String, String) {
        let (body, session) = self.app.signed_in_client().await;
        (
            session["access_token"].as_str().unwrap().to_owned(),
            body["email"].as_str().unwrap().to_owned(),
        )
    }

    /// Books `days` ahead and uploads the DP proof; returns (booking, payment id).
    pub async fn booked_and_paid(&self, token: &str, days: i64) -> (Value, String) {
        let booking = self.book(token, days).await;
        let res = self.upload(token, &booking, "dp", JPEG, "dp.jpg").await;
        assert_eq!(res.status(), 201);
        let payment: Value = res.json().await.unwrap();
        (booking, payment["id"].as_str().unwrap().to_owned())
    }

    /// Staff approves a payment; returns the booking after it.
    pub async fn approve(&self, payment_id: &str) -> Value {
        let res = self
            .post(
                &self.staff,
                &format!("/api/v1/payments/{payment_id}/approve"),
                json!({}),
            )
            .await;
        assert_eq!(res.status(), 200);
        res.json().await.unwrap()
    }
}
