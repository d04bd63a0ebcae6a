//! API fuzzing (issue 9): schemathesis, from PyPI, against this server and
//! the committed `openapi/openapi.json`, once per role: anonymous, client,
//! staff, admin and superadmin. It generates examples, boundary and
//! negative cases and random data for every operation, and checks every
//! answer: no 5xx, a documented status, the documented content type,
//! headers and body schema, invalid data refused, and no operation that
//! declares a role answering without a token.
//!
//! Bounded in time: `FUZZ_SECONDS` per role (default 30). `cargo xtask test`
//! installs schemathesis when it is missing and runs this test on its own
//! after the suite; `PYTHON` picks the
//! Python that has it (default `python3`).
//!
//! The signed-in runs leave out the operations that end their own session
//! (logout everywhere, a password change); the anonymous run calls those
//! too. Each run starts from a scene with a booking, a payment proof and a
//! chat message, and the operations on a booking, a payment or a client get
//! that real id in their path, so the fuzzer reaches past "404 not found"
//! (random ids against other people's data are `ownership.rs`'s job).

use std::time::Duration;

use serde_json::{json, Value};
use shared::Role;

use crate::scene::{scene_with, JPEG};

fn spec_path() -> String {
    format!("{}/../openapi/openapi.json", env!("CARGO_MANIFEST_DIR"))
}

// Runs alone, after the rest of the suite (`cargo xtask test` and
// `.ci/run` call it by name), so that the minutes it spends are not shared
// with a hundred other servers on two cores.
#[ignore = "runs alone: cargo test -p api --test api -- --ignored schema_fuzz"]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_no_server_error_and_no_spec_break_for_any_role() {
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let have = tokio::process::Command::new(&python)
        .args(["-c", "import schemathesis"])
        .output()
        .await
        .is_ok_and(|o| o.status.success());
    assert!(
        have,
        "schemathesis is not installed for {python}: `{python} -m pip install schemathesis==4.32.5` \
         (cargo xtask test does this)"
    );

    // A 500's cause is logged by the server: show it with the failure.
    let _ = tracing_subscriber::fmt()
        .with_env_filter("error")
        .with_test_writer()
        .try_init();
    // Generous limits: the fuzzer must meet the API's answers, not its
    // rate limiter (which has its own tests).
    let s = scene_with(|c| {
        c.rate_limit.auth_per_minute = 1_000_000;
        c.rate_limit.chat_per_minute = 1_000_000;
    })
    .await;
    let owner = s.app.signed_in_as(Role::Superadmin).await["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let booking = s.book(&s.client, 45).await;
    let booking_id = booking["id"].as_str().unwrap().to_owned();
    let res = s.upload(&s.client, &booking, "dp", JPEG, "dp.jpg").await;
    assert_eq!(res.status(), 201);
    let payment: Value = res.json().await.unwrap();
    let me: Value = s.get(&s.client, "/api/v1/me").await.json().await.unwrap();
    let client_id = me["id"].as_str().unwrap().to_owned();
    let res = s
        .post(
            &s.client,
            &format!("/api/v1/conversations/{client_id}/messages"),
            json!({"body": "Halo kak, mau tanya jadwal."}),
        )
        .await;
    assert!(res.status().is_success(), "{}", res.status());

    // Known ids per path prefix, as schemathesis configuration.
    // The checks are named here rather than with --checks, so that an
    // operation's own entry below can turn one off (the CLI would win).
    let config = format!(
        r#"
[checks]
enabled = false
not_a_server_error = {{ enabled = true }}
status_code_conformance = {{ enabled = true }}
content_type_conformance = {{ enabled = true }}
response_headers_conformance = {{ enabled = true }}
response_schema_conformance = {{ enabled = true }}
negative_data_rejection = {{ enabled = true }}
ignored_auth = {{ enabled = true }}
missing_required_header = {{ enabled = true }}

[[operations]]
include-path-regex = "^/api/v1/bookings/\\{{id\\}}"
parameters = {{ "path.id" = "{booking_id}" }}

[[operations]]
include-path-regex = "^/api/v1/payments/\\{{id\\}}"
parameters = {{ "path.id" = "{payment}" }}

[[operations]]
include-path-regex = "^/api/v1/conversations/\\{{client_id\\}}"
parameters = {{ "path.client_id" = "{client_id}" }}

[[operations]]
include-path-regex = "^/api/v1/clients/\\{{id\\}}"
parameters = {{ "path.id" = "{client_id}" }}

# Multipart text fields are text on the wire: a "number" sent for a caption
# arrives as the caption "2.08e-299", which is valid. schemathesis still
# counts it as invalid data accepted; its other checks stay on.
[[operations]]
include-path-regex = "^/api/v1/(site/hero|site/about/photo|portfolio/\\{{id\\}}/images|bookings/\\{{id\\}}/payments)$"
include-method-regex = "^(POST|PUT)$"
checks = {{ negative_data_rejection = {{ enabled = false }} }}
"#,
        payment = payment["id"].as_str().unwrap(),
    );
    let dir = tempfile::tempdir().unwrap();
    let config_path = dir.path().join("schemathesis.toml");
    std::fs::write(&config_path, config).unwrap();

    let roles: [(&str, Option<&str>); 5] = [
        ("anonymous", None),
        ("client", Some(&s.client)),
        ("staff", Some(&s.staff)),
        ("admin", Some(&s.admin)),
        ("superadmin", Some(&owner)),
    ];
    let mut failed = Vec::new();
    for (role, token) in roles {
        let mut cmd = tokio::process::Command::new(&python);
        cmd.args([
            "-c",
            "import sys; from schemathesis.cli import schemathesis; \
             sys.argv[0] = 'schemathesis'; sys.exit(schemathesis())",
        ])
        .arg("--config-file")
        .arg(&config_path)
        .args(["run", &spec_path(), "--url", &s.app.address])
        .args(["--max-time", &seconds.to_string()])
        // One worker: hypothesis's lambda-description cache is not thread safe
        // (schemathesis 4.32 reports an internal "AST recursion" error with two).
        .args(["--workers", "1", "--seed", "20261126"])
        .args(["--request-timeout", "20"])
        .args(["--suppress-health-check", "all"])
        .args(["--output-truncate", "false"])
        // Its cache folder goes with the temporary config, not into api/.
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env("SCHEMATHESIS_HOOKS", "")
        .kill_on_drop(true);
        if let Some(token) = token {
            cmd.args(["-H", &format!("Authorization: Bearer {token}")])
                .args(["--exclude-path", "/api/v1/me/password"])
                .args(["--exclude-path", "/api/v1/auth/logout"]);
        }
        let out = tokio::time::timeout(Duration::from_secs(seconds * 4 + 120), cmd.output())
            .await
            .unwrap_or_else(|_| panic!("schemathesis as {role} did not finish"))
            .expect("schemathesis runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let summary: Vec<&str> = stdout
            .lines()
            .filter(|l| l.contains("passed") || l.contains("failed") || l.contains("error"))
            .collect();
        eprintln!("schemathesis as {role}: {}", summary.join(" | "));
        if !out.status.success() {
            eprintln!("{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
            failed.push(role);
        }
    }
    assert!(failed.is_empty(), "schemathesis failed as {failed:?}");
    // And the server is still fine.
    let res = s.app.client.get(s.app.url("/health")).send().await.unwrap();
    assert_eq!(res.status(), 200);
}
