//! Clients for the back office: accounts with the `client` role and their
//! booking totals, as SQL aggregates.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect,
};
use shared::backoffice::{ClientDetail, ClientSummary};
use shared::Role;
use uuid::Uuid;

use super::count;
use super::users::{self as users_repo, UserFilter};
use crate::entities::{bookings, users};
use crate::error::ApiError;

#[derive(Debug, FromQueryResult)]
struct Totals {
    client_id: Uuid,
    n: i64,
    paid: i64,
    last_event: Option<NaiveDate>,
}

/// Booking count, approved payments and latest event date per client, for
/// the given clients, in one grouped query.
async fn totals(
    db: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, Totals>, ApiError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(bookings::Entity::find()
        .select_only()
        .column(bookings::Column::ClientId)
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
        .column_as(Expr::cust("CAST(COALESCE(SUM(paid), 0) AS BIGINT)"), "paid")
        .column_as(bookings::Column::EventDate.max(), "last_event")
        .filter(bookings::Column::ClientId.is_in(ids))
        .group_by(bookings::Column::ClientId)
        .into_model::<Totals>()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.client_id, t))
        .collect())
}

fn summary(user: &users::Model, totals: Option<&Totals>) -> ClientSummary {
    ClientSummary {
        user: users_repo::to_dto(user),
        bookings: totals.map_or(0, |t| count(t.n)),
        total_paid: totals.map_or(0, |t| t.paid),
        last_event_date: totals.and_then(|t| t.last_event),
    }
}

/// A page of clients, newest registration first, matching `query` on name,
/// email or phone.
pub async fn page(
    db: &impl ConnectionTrait,
    query: Option<String>,
    page: u64,
    per_page: u64,
) -> Result<(Vec<ClientSummary>, u64), ApiError> {
    let filter = UserFilter {
        role: Some(Role::Client),
        query,
    };
    let (rows, total) = users_repo::list(db, &filter, page, per_page).await?;
    let totals = totals(db, rows.iter().map(|u| u.id).collect()).await?;
    Ok((
        rows.iter().map(|u| summary(u, totals.get(&u.id))).collect(),
        total,
    ))
}

/// A client with every booking, newest event first; `None` when the id is
/// not a client's.
pub async fn detail(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<ClientDetail>, ApiError> {
    let Some(user) = users_repo::find(db, id).await? else {
        return Ok(None);
    };
    if users_repo::role(&user) != Role::Client {
        return Ok(None);
    }
    let totals = totals(db, vec![id]).await?;
    let rows = bookings::Entity::find()
        .filter(bookings::Column::ClientId.eq(id))
        .order_by_desc(bookings::Column::EventDate)
        .order_by_desc(bookings::Column::CreatedAt)
        .all(db)
        .await?;
    Ok(Some(ClientDetail {
        summary: summary(&user, totals.get(&id)),
        bookings: rows
            .iter()
            .map(|b| super::bookings::to_dto(b, Some(&user)))
            .collect(),
    }))
}
