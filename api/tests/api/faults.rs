//! Faults the API must ride out without a restart.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, Database};

use crate::helpers::{postgres_admin_url, spawn_app_on};

/// PostgreSQL goes away under load (every connection killed, new ones
/// refused for two seconds, as during a restart) and comes back: requests in
/// between get 503 (with `Retry-After`) in the shared error shape, never
/// 500, and the API serves again by itself. PostgreSQL only: it runs in the
/// PostgreSQL pass (`TEST_DATABASE_URL`); SQLite is a file, it cannot go away.
#[tokio::test]
async fn postgresql_going_away_under_load_gives_503_and_the_api_recovers() {
    if std::env::var("TEST_DATABASE_URL").is_err() {
        eprintln!("PostgreSQL only: runs when TEST_DATABASE_URL is set");
        return;
    }
    let app = spawn_app_on(Some(postgres_admin_url()), |s| {
        s.database_max_connections = 4;
    })
    .await;
    let (_, session) = app.signed_in_client().await;
    let token = session["access_token"].as_str().unwrap().to_owned();
    let name = app.database_name();
    let admin = Database::connect(postgres_admin_url()).await.unwrap();

    let stop = Arc::new(AtomicBool::new(false));
    let seen: Arc<Mutex<Vec<(u16, String)>>> = Arc::default();
    let mut load = Vec::new();
    for i in 0..4 {
        let (client, token, stop, seen) = (
            app.client.clone(),
            token.clone(),
            stop.clone(),
            seen.clone(),
        );
        let url = app.url(if i % 2 == 0 {
            "/api/v1/me"
        } else {
            "/api/v1/bookings"
        });
        load.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let res = client.get(&url).bearer_auth(&token).send().await.unwrap();
                let status = res.status().as_u16();
                if status == 503 {
                    assert_eq!(res.headers()["retry-after"], "2");
                }
                let body = res.text().await.unwrap_or_default();
                seen.lock().unwrap().push((status, body));
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    // The outage: refuse new connections, kill the open ones.
    admin
        .execute_unprepared(&format!(
            "ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false"
        ))
        .await
        .unwrap();
    admin
        .execute_unprepared(&format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        ))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_secs(2)).await;
    admin
        .execute_unprepared(&format!("ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS true"))
        .await
        .unwrap();
    // Recovery: within 15 s every kind of request answers 200 again.
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let recent: Vec<u16> = {
            let seen = seen.lock().unwrap();
            seen.iter().rev().take(8).map(|(s, _)| *s).collect()
        };
        if recent.len() == 8 && recent.iter().all(|s| *s == 200) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the API did not recover: {recent:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    stop.store(true, Ordering::Relaxed);
    for task in load {
        task.await.unwrap();
    }

    let seen = seen.lock().unwrap();
    let unavailable: Vec<&String> = seen
        .iter()
        .filter(|(s, _)| *s == 503)
        .map(|(_, b)| b)
        .collect();
    let other: Vec<&(u16, String)> = seen
        .iter()
        .filter(|(s, _)| *s != 200 && *s != 503)
        .collect();
    assert!(
        other.is_empty(),
        "{} answers other than 200/503: {:?}",
        other.len(),
        other.first()
    );
    assert!(
        !unavailable.is_empty(),
        "the outage was never seen ({} requests)",
        seen.len()
    );
    for body in unavailable {
        let v: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(v["code"], "unavailable", "{body}");
    }
}

/// PostgreSQL breaks a deadlock by rolling one of its transactions back
/// (40P01). Nothing of that transaction was written and sending the
/// request again works, so it answers 503 with `Retry-After` in the shared
/// error shape, not 500. The deadlock is a real one: two transactions take
/// two advisory locks in opposite orders. PostgreSQL only, like the test
/// above.
#[tokio::test]
async fn a_postgresql_deadlock_answers_503_to_retry() {
    use actix_web::ResponseError;
    use sea_orm::{DbErr, Statement, TransactionTrait};
    if std::env::var("TEST_DATABASE_URL").is_err() {
        eprintln!("PostgreSQL only: runs when TEST_DATABASE_URL is set");
        return;
    }
    let app = spawn_app_on(Some(postgres_admin_url()), |_| {}).await;
    let lock = |key: i64| {
        Statement::from_sql_and_values(
            sea_orm::DatabaseBackend::Postgres,
            "SELECT pg_advisory_xact_lock($1)",
            [key.into()],
        )
    };
    let (a, b) = (app.db.begin().await.unwrap(), app.db.begin().await.unwrap());
    a.execute(lock(1)).await.unwrap();
    b.execute(lock(2)).await.unwrap();
    // Each now waits for the other; PostgreSQL ends one of the waits.
    let (ra, rb) = tokio::join!(a.execute(lock(2)), b.execute(lock(1)));
    let failed: Vec<DbErr> = [ra.err(), rb.err()].into_iter().flatten().collect();
    assert_eq!(failed.len(), 1, "one side is rolled back: {failed:?}");
    let err = failed.into_iter().next().unwrap();
    assert!(err.to_string().contains("deadlock"), "{err}");

    let answer = api::error::ApiError::from(err).error_response();
    assert_eq!(answer.status().as_u16(), 503);
    assert_eq!(
        answer.headers().get("retry-after").map(|v| v.as_bytes()),
        Some(&b"2"[..])
    );
    let body = actix_web::body::to_bytes(answer.into_body()).await.unwrap();
    let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["code"], "unavailable", "{body}");
}

/// Unmounts the small file system however the test ends.
struct Mounted(std::path::PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

fn files_under(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |entries| {
        entries
            .filter_map(Result::ok)
            .map(|e| {
                if e.path().is_dir() {
                    files_under(&e.path())
                } else {
                    1
                }
            })
            .sum()
    })
}

/// The upload folder sits on a 64 KB file system: a 300 KB proof does not
/// fit. The client gets 507 in the shared shape, no partial file and no
/// payment row stay behind, the booking is unchanged, and once a proof fits
/// it is taken. Needs root to mount a tmpfs (CI runs as root); without it
/// the test says so and stops.
#[tokio::test]
async fn a_full_disk_refuses_an_upload_cleanly_and_nothing_is_half_written() {
    let s = crate::scene::scene().await;
    let uploads = s.app.state.settings.data_dir.join("uploads");
    std::fs::create_dir_all(&uploads).unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&uploads)
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("cannot mount a tmpfs here (not root?): the full-disk test did not run");
        return;
    }
    let _unmount = Mounted(uploads.clone());
    let booking = s.book(&s.client, 20).await;
    let mut big = crate::scene::JPEG.to_vec();
    big.resize(300 * 1024, 0);
    let res = s.upload(&s.client, &booking, "dp", &big, "dp.jpg").await;
    crate::helpers::assert_error(res, 507, "storage_full").await;
    assert_eq!(files_under(&uploads), 0, "a partial file stayed behind");
    assert_eq!(s.app.count("payments").await, 0);
    let now: serde_json::Value = s
        .get(
            &s.client,
            &format!("/api/v1/bookings/{}", booking["id"].as_str().unwrap()),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(now["status"], "waiting_payment");

    let res = s
        .upload(&s.client, &booking, "dp", crate::scene::JPEG, "dp.jpg")
        .await;
    assert_eq!(res.status(), 201, "a proof that fits is taken");
    assert_eq!(files_under(&uploads), 1);
}
