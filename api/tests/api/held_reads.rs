//! Reads on connections kept out of the pool (`db_held`): they are reused,
//! a statement's own error keeps them, a cancelled or broken read gives its
//! connection back without losing the read, and none is held for ever.

use std::time::Duration;

use api::db_held::HeldReads;
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use crate::helpers::spawn_app;

fn sql(db: &impl ConnectionTrait, text: &str) -> Statement {
    Statement::from_string(db.get_database_backend(), text)
}

/// A statement that keeps its connection busy for a while on either
/// database.
fn slow(db: &impl ConnectionTrait) -> Statement {
    match db.get_database_backend() {
        DbBackend::Postgres => sql(db, "SELECT pg_sleep(5)"),
        _ => sql(
            db,
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000000) \
             SELECT count(*) FROM c",
        ),
    }
}

/// Reads one integer expression.
async fn one(reads: &HeldReads, expr: &str) -> i64 {
    let row = reads
        .query_one(sql(reads, &format!("SELECT CAST(({expr}) AS BIGINT)")))
        .await
        .expect("the read")
        .expect("a row");
    row.try_get_by_index::<i64>(0).unwrap()
}

#[tokio::test]
async fn a_held_connection_is_reused_and_kept_after_a_statements_error() {
    let app = spawn_app().await;
    let reads = HeldReads::new(app.db.clone(), 1);
    assert_eq!(reads.held(), 0);
    assert_eq!(one(&reads, "41 + 1").await, 42);
    assert_eq!(reads.held(), 1, "the first read keeps its connection");
    for n in 0..5 {
        assert_eq!(one(&reads, &n.to_string()).await, n);
    }
    assert_eq!(reads.held(), 1, "and every later read reuses it");

    let err = reads
        .query_all(sql(&reads, "SELECT * FROM no_such_table"))
        .await
        .expect_err("an unknown table");
    assert!(err.to_string().contains("no_such_table"), "{err}");
    assert_eq!(reads.held(), 1, "a statement's error keeps the connection");
    assert_eq!(one(&reads, "7").await, 7);

    // Two at once with room for one: the other takes the pool's path.
    let (a, b) = tokio::join!(one(&reads, "1"), one(&reads, "2"));
    assert_eq!((a, b), (1, 2));
    assert_eq!(reads.held(), 1);
}

#[tokio::test]
async fn a_connection_held_long_enough_goes_back_to_the_pool() {
    let app = spawn_app().await;
    let reads = HeldReads::new(app.db.clone(), 1).holding_at_most(Duration::ZERO);
    assert_eq!(one(&reads, "1").await, 1);
    assert_eq!(reads.held(), 0, "given back after its read");
    assert_eq!(one(&reads, "2").await, 2);
    assert_eq!(reads.held(), 0);
}

#[tokio::test]
async fn a_cancelled_read_gives_its_connection_back_to_the_pool() {
    let app = spawn_app().await;
    let reads = HeldReads::new(app.db.clone(), 1);
    assert_eq!(one(&reads, "1").await, 1);
    assert_eq!(reads.held(), 1);
    let cancelled =
        tokio::time::timeout(Duration::from_millis(50), reads.query_one(slow(&reads))).await;
    assert!(cancelled.is_err(), "the slow read was cut short");
    assert_eq!(reads.held(), 0, "its connection went back to the pool");
    assert_eq!(one(&reads, "3").await, 3, "reads go on");
}

#[tokio::test]
async fn a_read_on_a_killed_connection_is_retried_through_the_pool() {
    let app = spawn_app().await;
    if app.db.get_database_backend() != DbBackend::Postgres {
        return; // a SQLite connection cannot be killed from outside
    }
    let reads = HeldReads::new(app.db.clone(), 1);
    let held_pid = one(&reads, "pg_backend_pid()").await;
    assert_eq!(reads.held(), 1);
    // Killed from a connection of its own, as a restart or an operator would.
    let admin = sea_orm::Database::connect(app.state.settings.database_url.as_str())
        .await
        .unwrap();
    let killed = admin
        .query_one(sql(
            &admin,
            &format!("SELECT pg_terminate_backend({held_pid})"),
        ))
        .await
        .unwrap()
        .unwrap();
    assert!(killed.try_get_by_index::<bool>(0).unwrap());
    tokio::time::sleep(Duration::from_millis(100)).await;

    let pid = one(&reads, "pg_backend_pid()").await;
    assert_ne!(pid, held_pid, "the read was answered by another backend");
    assert_eq!(one(&reads, "5").await, 5);
    assert_eq!(reads.held(), 1, "a live connection is held again");
}

#[tokio::test]
async fn a_signed_in_read_goes_through_the_held_connections() {
    let app = spawn_app().await;
    let token = app.signed_in_client().await.1["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let res = app
        .client
        .get(app.url("/api/v1/bookings"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(app.state.reads.held() >= 1);
}
