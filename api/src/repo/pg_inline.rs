//! A PostgreSQL batch as one simple-protocol query: each statement's `$n`
//! replaced by its value written as a literal, the statements joined by
//! `;`. PostgreSQL takes parameters for one statement at a time, so a
//! batch of ten inserts cost ten round trips, each a wake-up of the
//! server's backend and of the request's task; inside a booking's
//! transaction all of them hold the locks every other booking waits for.
//!
//! Only values whose literal is unambiguous are written: booleans,
//! integers, finite floats, text (as `E'…'`, so a backslash means the same
//! whatever `standard_conforming_strings` says; sqlx always connects with
//! `client_encoding` UTF8, in which no character's bytes include a quote
//! or a backslash), JSON, UUIDs, dates and timestamps, and NULL. For
//! anything else (bytes, a NUL in a string, a type not listed) [`inline`]
//! answers `None` and the batch runs statement by statement as before.

use std::fmt::Write as _;

use sea_orm::{Statement, Value};

/// The statements as one query, or `None` when one of their values is
/// not written here.
pub fn inline(statements: &[Statement]) -> Option<String> {
    let mut sql = String::new();
    for statement in statements {
        let values = statement.values.as_ref().map_or(&[][..], |v| &v.0[..]);
        substitute(&statement.sql, values, &mut sql)?;
        sql.push_str(";\n");
    }
    Some(sql)
}

/// Copies `sql` into `out` with every `$n` outside quotes replaced by the
/// literal of `values[n - 1]`.
fn substitute(sql: &str, values: &[Value], out: &mut String) -> Option<()> {
    let mut chars = sql.char_indices().peekable();
    let mut quote: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '$') => {
                let digits: String =
                    std::iter::from_fn(|| chars.next_if(|(_, d)| d.is_ascii_digit()))
                        .map(|(_, d)| d)
                        .collect();
                if digits.is_empty() {
                    // Not a placeholder (sea-query writes none such): give up.
                    return None;
                }
                let n: usize = digits.parse().ok()?;
                literal(values.get(n.checked_sub(1)?)?, out)?;
                continue;
            }
            (None, _) => {}
        }
        out.push_str(&sql[i..i + c.len_utf8()]);
    }
    // An unclosed quote: the text is not what sea-query writes.
    quote.is_none().then_some(())
}

fn text(s: &str, out: &mut String) -> Option<()> {
    if s.contains('\0') {
        return None;
    }
    out.push_str("E'");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("''"),
            c => out.push(c),
        }
    }
    out.push('\'');
    Some(())
}

fn number(n: impl std::fmt::Display, negative: bool, out: &mut String) {
    // In parentheses, so `- $1` never becomes a `--` comment.
    if negative {
        let _ = write!(out, "({n})");
    } else {
        let _ = write!(out, "{n}");
    }
}

/// The value as a literal PostgreSQL reads back as the same value.
fn literal(value: &Value, out: &mut String) -> Option<()> {
    const TIMESTAMP: &str = "%Y-%m-%d %H:%M:%S%.6f";
    const TIMESTAMPTZ: &str = "%Y-%m-%d %H:%M:%S%.6f%:z";
    match value {
        Value::Bool(Some(b)) => out.push_str(if *b { "TRUE" } else { "FALSE" }),
        Value::TinyInt(Some(n)) => number(n, *n < 0, out),
        Value::SmallInt(Some(n)) => number(n, *n < 0, out),
        Value::Int(Some(n)) => number(n, *n < 0, out),
        Value::BigInt(Some(n)) => number(n, *n < 0, out),
        Value::TinyUnsigned(Some(n)) => number(n, false, out),
        Value::SmallUnsigned(Some(n)) => number(n, false, out),
        Value::Unsigned(Some(n)) => number(n, false, out),
        Value::BigUnsigned(Some(n)) => number(n, false, out),
        // Rust prints the shortest text that reads back as the same float
        // (and keeps a negative zero's sign, which a numeric literal loses).
        Value::Float(Some(f)) if f.is_finite() => {
            let _ = write!(out, "'{f:?}'::float4");
        }
        Value::Double(Some(f)) if f.is_finite() => {
            let _ = write!(out, "'{f:?}'::float8");
        }
        Value::String(Some(s)) => text(s, out)?,
        Value::Char(Some(c)) => text(&c.to_string(), out)?,
        Value::Json(Some(j)) => text(&j.to_string(), out)?,
        Value::Uuid(Some(u)) => {
            let _ = write!(out, "'{u}'");
        }
        Value::ChronoDate(Some(d)) => {
            let _ = write!(out, "'{}'", d.format("%Y-%m-%d"));
        }
        Value::ChronoTime(Some(t)) => {
            let _ = write!(out, "'{}'", t.format("%H:%M:%S%.6f"));
        }
        Value::ChronoDateTime(Some(t)) => {
            let _ = write!(out, "'{}'", t.format(TIMESTAMP));
        }
        Value::ChronoDateTimeUtc(Some(t)) => {
            let _ = write!(out, "'{}'", t.format(TIMESTAMPTZ));
        }
        Value::ChronoDateTimeLocal(Some(t)) => {
            let _ = write!(out, "'{}'", t.format(TIMESTAMPTZ));
        }
        Value::ChronoDateTimeWithTimeZone(Some(t)) => {
            let _ = write!(out, "'{}'", t.format(TIMESTAMPTZ));
        }
        Value::Bool(None)
        | Value::TinyInt(None)
        | Value::SmallInt(None)
        | Value::Int(None)
        | Value::BigInt(None)
        | Value::TinyUnsigned(None)
        | Value::SmallUnsigned(None)
        | Value::Unsigned(None)
        | Value::BigUnsigned(None)
        | Value::Float(None)
        | Value::Double(None)
        | Value::String(None)
        | Value::Char(None)
        | Value::Json(None)
        | Value::Uuid(None)
        | Value::ChronoDate(None)
        | Value::ChronoTime(None)
        | Value::ChronoDateTime(None)
        | Value::ChronoDateTimeUtc(None)
        | Value::ChronoDateTimeLocal(None)
        | Value::ChronoDateTimeWithTimeZone(None) => out.push_str("NULL"),
        _ => return None,
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use sea_orm::DbBackend;

    use super::*;

    fn pg(sql: &str, values: Vec<Value>) -> Statement {
        Statement::from_sql_and_values(DbBackend::Postgres, sql, values)
    }

    #[test]
    fn values_are_written_in_place_of_their_placeholders() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-29T09:30:05.123456+07:00").unwrap();
        let id = uuid::Uuid::nil();
        let sql = inline(&[
            pg(
                r#"INSERT INTO "t" ("a", "b", "c", "d", "e", "f") VALUES ($1, $2, $3, $4, $5, $6)"#,
                vec![
                    "it's a \\ test".into(),
                    (-5i64).into(),
                    id.into(),
                    at.into(),
                    Value::String(None),
                    serde_json::json!({"k": "v'"}).into(),
                ],
            ),
            pg("SELECT pg_notify('x$1', '')", vec![]),
            pg(
                "UPDATE t SET n = n - $2 WHERE b = $1",
                vec![true.into(), 1.5f64.into()],
            ),
        ])
        .unwrap();
        assert_eq!(
            sql,
            "INSERT INTO \"t\" (\"a\", \"b\", \"c\", \"d\", \"e\", \"f\") VALUES \
             (E'it''s a \\\\ test', (-5), '00000000-0000-0000-0000-000000000000', \
             '2026-11-29 09:30:05.123456+07:00', NULL, E'{\"k\":\"v''\"}');\n\
             SELECT pg_notify('x$1', '');\n\
             UPDATE t SET n = n - '1.5'::float8 WHERE b = TRUE;\n"
        );
    }

    #[test]
    fn what_is_not_written_here_runs_as_before() {
        assert!(inline(&[pg("INSERT INTO t VALUES ($1)", vec!["a\0b".into()])]).is_none());
        assert!(inline(&[pg("INSERT INTO t VALUES ($1)", vec![vec![1u8, 2].into()])]).is_none());
        assert!(inline(&[pg("INSERT INTO t VALUES ($1)", vec![f64::NAN.into()])]).is_none());
        assert!(inline(&[pg("INSERT INTO t VALUES ($2)", vec![1i32.into()])]).is_none());
        assert!(inline(&[pg("INSERT INTO t VALUES ('$1)", vec![1i32.into()])]).is_none());
    }
}
