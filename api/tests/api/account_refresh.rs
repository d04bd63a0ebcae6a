//! The account check behind every signed-in request (`auth::account_cache`)
//! reads the account again before its entry expires, one request at a time:
//! while that read waits on the database, the account's other requests are
//! answered. Before, every request in flight missed together at expiry and
//! all of them waited.

use std::time::Duration;

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};

use crate::helpers::{postgres_admin_url, spawn_app_on, TestApp};

const TTL_MS: u64 = 4000;

async fn unread(app: &TestApp, token: &str) -> u16 {
    app.client
        .get(app.url("/api/v1/notifications/unread-count"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// Statements waiting for a lock in the app's database.
async fn waiting(admin: &DatabaseConnection, name: &str) -> i64 {
    let row = admin
        .query_one(sea_orm::Statement::from_string(
            admin.get_database_backend(),
            format!(
                "SELECT count(*) FROM pg_stat_activity \
                 WHERE datname = '{name}' AND wait_event_type = 'Lock'"
            ),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

/// PostgreSQL only (a read that waits needs a lock it waits on; SQLite's
/// readers never wait): runs in the PostgreSQL pass.
#[tokio::test]
async fn one_request_reads_the_account_again_while_the_others_are_answered() {
    if std::env::var("TEST_DATABASE_URL").is_err() {
        eprintln!("PostgreSQL only: runs when TEST_DATABASE_URL is set");
        return;
    }
    let app = spawn_app_on(Some(postgres_admin_url()), |s| {
        s.account_cache_ms = TTL_MS;
    })
    .await;
    let (_, session) = app.signed_in_client().await;
    let token = session["access_token"].as_str().unwrap().to_owned();
    let name = app.database_name();

    // Keeps the account, then lets it pass half its TTL.
    assert_eq!(unread(&app, &token).await, 200);
    tokio::time::sleep(Duration::from_millis(TTL_MS / 2 + 200)).await;

    // The database stops answering for `users`.
    // One connection, so the lock's transaction stays on it.
    let mut options = ConnectOptions::new(app.state.settings.database_url.clone());
    options.max_connections(1);
    let locker = Database::connect(options).await.unwrap();
    locker.execute_unprepared("BEGIN").await.unwrap();
    locker
        .execute_unprepared("LOCK TABLE users IN ACCESS EXCLUSIVE MODE")
        .await
        .unwrap();
    let admin = Database::connect(postgres_admin_url()).await.unwrap();

    // The first request reads the account again and waits on the lock.
    let refresher = {
        let (client, url, token) = (
            app.client.clone(),
            app.url("/api/v1/notifications/unread-count"),
            token.clone(),
        );
        tokio::spawn(async move {
            let res = client.get(url).bearer_auth(token).send().await.unwrap();
            res.status().as_u16()
        })
    };
    let mut tries = 0;
    while waiting(&admin, &name).await == 0 {
        tries += 1;
        assert!(tries < 200, "no request went to read the account again");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }

    // The others are answered from the kept entry meanwhile, the lock
    // still held: none of them joins the wait.
    for _ in 0..5 {
        assert_eq!(unread(&app, &token).await, 200);
    }
    assert_eq!(
        waiting(&admin, &name).await,
        1,
        "only the one refresh waits"
    );
    assert!(!refresher.is_finished(), "the refresh is still waiting");

    locker.execute_unprepared("COMMIT").await.unwrap();
    assert_eq!(refresher.await.unwrap(), 200);
    assert_eq!(unread(&app, &token).await, 200);
}
