//! Batches on the suite's database: on PostgreSQL their values are written
//! into the query as literals (`repo::pg_inline`), so what comes back must
//! be exactly what was given, whatever the text holds.

use api::repo::batch::Batch;
use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait, Value};

use crate::helpers::spawn_app;

const AWKWARD: &[&str] = &[
    "it's",
    "C:\\new\\table \\' \\\\",
    "'; DROP TABLE batch_probe; --",
    "$1 $2 E'\\x41' $$ $a$",
    "baris satu\nbaris dua\r\n\ttab \u{1a} \u{7f}",
    "Résumé 🎉 ½ 日本",
    "",
];

#[tokio::test]
async fn a_batch_stores_exactly_the_values_it_was_given() {
    let app = spawn_app().await;
    let db = &app.db;
    let backend = db.get_database_backend();
    let (json, stamp) = match backend {
        DbBackend::Postgres => ("JSONB", "TIMESTAMPTZ"),
        _ => ("TEXT", "TEXT"),
    };
    db.execute_unprepared(&format!(
        "CREATE TABLE batch_probe (n INTEGER, s TEXT, i BIGINT, f DOUBLE PRECISION, \
         b BOOLEAN, u UUID, t {stamp}, j {json}, missing TEXT)"
    ))
    .await
    .unwrap();
    let placeholders = match backend {
        DbBackend::Postgres => "$1, $2, $3, $4, $5, $6, $7, $8, $9",
        _ => "?, ?, ?, ?, ?, ?, ?, ?, ?",
    };
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-29T23:59:59.123456+07:00").unwrap();
    let id = uuid::Uuid::new_v4();
    let floats: [f64; 4] = [0.1, -2.5e-7, 1e21, 123.456];
    let ints = [i64::MIN, -1, 0, i64::MAX];

    let txn = db.begin().await.unwrap();
    let mut batch = Batch::new(&txn);
    for (n, s) in AWKWARD.iter().enumerate() {
        let j = serde_json::json!({"s": s, "n": n});
        let values: Vec<Value> = vec![
            i32::try_from(n).unwrap().into(),
            (*s).into(),
            ints[n % ints.len()].into(),
            floats[n % floats.len()].into(),
            (n % 2 == 0).into(),
            id.into(),
            at.into(),
            j.into(),
            Value::String(None),
        ];
        let statement = Statement::from_sql_and_values(
            backend,
            format!("INSERT INTO batch_probe VALUES ({placeholders})"),
            values,
        );
        if backend == DbBackend::Postgres {
            let one = api::repo::pg_inline::inline(std::slice::from_ref(&statement));
            assert!(one.is_some(), "written as literals, not by statement");
        }
        batch.push(statement);
    }
    batch.run(&txn).await.unwrap();
    txn.commit().await.unwrap();

    let rows = db
        .query_all(Statement::from_string(
            backend,
            "SELECT n, s, i, f, b, u, t, j, missing FROM batch_probe ORDER BY n",
        ))
        .await
        .unwrap();
    assert_eq!(rows.len(), AWKWARD.len());
    for (n, row) in rows.iter().enumerate() {
        let s = AWKWARD[n];
        assert_eq!(row.try_get::<String>("", "s").unwrap(), s, "row {n}");
        assert_eq!(row.try_get::<i64>("", "i").unwrap(), ints[n % ints.len()]);
        let f = row.try_get::<f64>("", "f").unwrap();
        assert_eq!(
            f.to_bits(),
            floats[n % floats.len()].to_bits(),
            "row {n}: {f}"
        );
        assert_eq!(row.try_get::<bool>("", "b").unwrap(), n % 2 == 0);
        assert_eq!(row.try_get::<uuid::Uuid>("", "u").unwrap(), id);
        let t = row
            .try_get::<chrono::DateTime<chrono::FixedOffset>>("", "t")
            .unwrap();
        assert_eq!(t, at);
        let j: serde_json::Value = match backend {
            DbBackend::Postgres => row.try_get("", "j").unwrap(),
            _ => serde_json::from_str(&row.try_get::<String>("", "j").unwrap()).unwrap(),
        };
        assert_eq!(j, serde_json::json!({"s": s, "n": n}));
        assert_eq!(row.try_get::<Option<String>>("", "missing").unwrap(), None);
    }
}
