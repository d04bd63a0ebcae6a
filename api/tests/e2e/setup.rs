//! What several browser tests set up: accounts, signing in, test images.

use std::io::Cursor;

use image::{ImageFormat, Rgb, RgbImage};
use serde_json::Value;
use shared::Role;

use crate::browser::Browser;
use crate::helpers::{new_client, PASSWORD};

/// A real 1×1 JPEG: the API reads a proof's dimensions from its header.
pub const TINY_JPEG: &[u8] = include_bytes!("../fixtures/tiny.jpg");

/// An account with `role`, created in the database and signed in through
/// the API: (email, access token).
pub async fn account(b: &Browser, role: Role, name: &str) -> (String, String) {
    let who = new_client();
    let email = who["email"].as_str().unwrap().to_owned();
    api::seed::create_user(
        &b.app.db,
        name,
        &email,
        who["phone"].as_str().unwrap(),
        PASSWORD,
        role,
    )
    .await
    .unwrap();
    let session: Value = b.app.login(&email, PASSWORD).await.json().await.unwrap();
    (email, session["access_token"].as_str().unwrap().to_owned())
}

/// Signs in through the login page and waits for the landing page.
pub async fn sign_in(b: &Browser, identifier: &str, lands_on: &str) {
    b.open("/login").await;
    b.fill("#identifier", identifier).await;
    b.fill("#password", PASSWORD).await;
    b.click("button[type=submit]").await;
    b.wait_path(lands_on).await;
}

/// A PNG of a warm dusk gradient (something to look at in screenshots);
/// `hue` shifts it so photos differ.
pub fn png(w: u32, h: u32, hue: u8) -> Vec<u8> {
    let img = RgbImage::from_fn(w, h, |x, y| {
        let fx = u8::try_from(x * 255 / w.max(1)).unwrap_or(0);
        let fy = u8::try_from(y * 255 / h.max(1)).unwrap_or(0);
        Rgb([
            200u8.saturating_sub(fy / 3).wrapping_add(hue),
            140u8.saturating_add(fx / 6),
            90u8.saturating_add(fy / 2).wrapping_sub(hue / 2),
        ])
    });
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, ImageFormat::Png).unwrap();
    out.into_inner()
}
