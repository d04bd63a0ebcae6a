//! Queries as free async functions over any connection or transaction.

pub mod bank_accounts;
pub mod batch;
pub mod booking_page;
pub mod booking_where;
pub mod bookings;
pub mod clients;
pub mod insert_sql;
pub mod ordering;
pub mod outbox;
pub mod packages;
pub mod payments;
pub mod pg_inline;
pub mod requests;
pub mod select_text;
pub mod settings;
pub mod tokens;
pub mod users;

/// An SQL COUNT (signed in every backend) as the unsigned count DTOs carry.
pub fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// How many rows `matching` selects, counted in the database. Give it a
/// LIMIT, and the count costs no more than that many index entries however
/// many rows match.
pub async fn count_rows(
    db: &impl sea_orm::ConnectionTrait,
    matching: sea_orm::sea_query::SelectStatement,
) -> Result<u64, crate::error::ApiError> {
    Ok(count_rows_each(db, [matching]).await?.pop().unwrap_or(0))
}

/// [`count_rows`] of each statement, all in one query (one round trip).
pub async fn count_rows_each(
    db: &impl sea_orm::ConnectionTrait,
    each: impl IntoIterator<Item = sea_orm::sea_query::SelectStatement>,
) -> Result<Vec<u64>, crate::error::ApiError> {
    use sea_orm::sea_query::{Alias, Expr, Query, SimpleExpr, SubQueryStatement};
    let mut all = Query::select();
    let mut n = 0;
    for matching in each {
        let counted = Query::select()
            .expr(Expr::cust("COUNT(*)"))
            .from_subquery(matching, Alias::new("m"))
            .to_owned();
        let sub = SimpleExpr::SubQuery(None, Box::new(SubQueryStatement::SelectStatement(counted)));
        all.expr_as(sub, Alias::new(format!("n{n}")));
        n += 1;
    }
    if n == 0 {
        return Ok(Vec::new());
    }
    let Some(row) = db.query_one(db.get_database_backend().build(&all)).await? else {
        return Ok(vec![0; n]);
    };
    (0..n)
        .map(|i| Ok(count(row.try_get::<i64>("", &format!("n{i}"))?)))
        .collect()
}
