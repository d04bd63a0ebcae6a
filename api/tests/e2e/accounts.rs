use shared::Role;

use crate::browser::launch;
use crate::helpers::{new_client, PASSWORD};

#[tokio::test]
#[ignore = "needs chromium and the built SPA; run by `cargo xtask test`"]
async fn a_client_registers_logs_out_logs_in_by_phone_and_sees_the_profile() {
    let b = launch().await;
    let client = new_client();
    let email = client["email"].as_str().unwrap();
    let phone = client["phone"].as_str().unwrap(); // 0812…

    b.open("/register").await;
    b.fill("#full_name", "Sari Dewi").await;
    b.fill("#email", email).await;
    b.fill("#phone", phone).await;
    b.fill("#password", PASSWORD).await;
    b.click("button[type=submit]").await;
    b.wait_text("[data-testid=user-name]", "Sari Dewi").await;

    b.click("[data-testid=logout]").await;
    b.el("a[href='/login']").await;

    b.open("/login").await;
    // The number typed the international way finds the same account.
    b.fill("#identifier", &format!("+62 {}", &phone[1..])).await;
    b.fill("#password", PASSWORD).await;
    b.click("button[type=submit]").await;
    b.wait_path("/akun").await;
    b.wait_text("[data-testid=user-name]", "Sari Dewi").await;

    b.open("/akun/profil").await;
    b.el("#email").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while b.value("#email").await != email {
        assert!(
            std::time::Instant::now() < deadline,
            "profile never showed the email"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(b.value("#full_name").await, "Sari Dewi");
    assert_eq!(b.value("#phone").await, format!("+62{}", &phone[1..]));
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and the built SPA; run by `cargo xtask test`"]
async fn the_superadmin_signs_in_and_sees_the_admin_navigation() {
    let b = launch().await;
    let owner = new_client();
    let email = owner["email"].as_str().unwrap();
    api::seed::create_user(
        &b.app.db,
        "Pemilik Studio",
        email,
        owner["phone"].as_str().unwrap(),
        PASSWORD,
        Role::Superadmin,
    )
    .await
    .unwrap();

    b.open("/login").await;
    b.fill("#identifier", email).await;
    b.fill("#password", PASSWORD).await;
    b.click("button[type=submit]").await;
    b.wait_path("/admin").await;
    b.wait_text("[data-testid=admin-nav]", "Pengaturan").await;
    b.wait_text("[data-testid=user-name]", "Pemilik Studio")
        .await;
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and the built SPA; run by `cargo xtask test`"]
async fn a_signed_out_visitor_is_sent_to_login_from_a_protected_page() {
    let b = launch().await;
    b.open("/akun/profil").await;
    b.wait_path("/login").await;
    b.el("#identifier").await;
    b.close().await;
}
