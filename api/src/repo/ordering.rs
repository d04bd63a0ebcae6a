//! Hand-ordered lists (portfolio photos, hero slides, FAQ entries): a new
//! order names every item once, and each gets its index as its position.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

/// Whether `ids` are exactly `have`, each once.
pub fn same_ids(ids: &[Uuid], have: impl Iterator<Item = Uuid>) -> bool {
    let mut want = ids.to_vec();
    let mut have: Vec<_> = have.collect();
    want.sort_unstable();
    have.sort_unstable();
    want == have
}

/// Sets `position` = index in `ids` for each row, in the caller's
/// transaction.
pub async fn set_positions<E: EntityTrait>(
    db: &impl ConnectionTrait,
    position: E::Column,
    id: E::Column,
    ids: &[Uuid],
) -> Result<(), DbErr> {
    for (index, row) in ids.iter().enumerate() {
        E::update_many()
            .col_expr(position, Expr::value(i32::try_from(index).unwrap_or(0)))
            .filter(id.eq(*row))
            .exec(db)
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_order_names_every_item_once() {
        let (a, b) = (uuid::Uuid::new_v4(), uuid::Uuid::new_v4());
        assert!(super::same_ids(&[b, a], [a, b].into_iter()));
        assert!(!super::same_ids(&[a, a], [a, b].into_iter()));
        assert!(!super::same_ids(&[a], [a, b].into_iter()));
    }
}
