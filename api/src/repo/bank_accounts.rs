use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};
use shared::catalogue::{BankAccount, BankAccountInput};
use uuid::Uuid;

use super::select_text::SelectText;
use crate::entities::bank_accounts::{self, Entity as BankAccounts};
use crate::error::ApiError;

pub fn to_dto(m: &bank_accounts::Model) -> BankAccount {
    BankAccount {
        id: m.id,
        bank: m.bank.clone(),
        account_number: m.account_number.clone(),
        holder_name: m.holder_name.clone(),
        active: m.active,
        sort_order: m.sort_order,
    }
}

pub async fn list(
    db: &impl ConnectionTrait,
    include_inactive: bool,
) -> Result<Vec<bank_accounts::Model>, ApiError> {
    // Two shapes: every account, or the active ones.
    static TEXT: [SelectText; 2] = [SelectText::new(), SelectText::new()];
    let values = if include_inactive {
        vec![]
    } else {
        vec![true.into()]
    };
    let text = &TEXT[usize::from(include_inactive)];
    let statement = text.statement(db.get_database_backend(), values, || {
        let mut q = BankAccounts::find();
        if !include_inactive {
            q = q.filter(bank_accounts::Column::Active.eq(true));
        }
        q.order_by_asc(bank_accounts::Column::SortOrder)
            .order_by_asc(bank_accounts::Column::Bank)
    });
    Ok(bank_accounts::Model::find_by_statement(statement)
        .all(db)
        .await?)
}

pub async fn find(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<bank_accounts::Model>, ApiError> {
    Ok(BankAccounts::find_by_id(id).one(db).await?)
}

fn apply(am: &mut bank_accounts::ActiveModel, input: &BankAccountInput) {
    am.bank = Set(input.bank.clone());
    am.account_number = Set(input.account_number.clone());
    am.holder_name = Set(input.holder_name.clone());
    am.active = Set(input.active);
    am.sort_order = Set(input.sort_order);
}

pub async fn insert(
    db: &impl ConnectionTrait,
    input: &BankAccountInput,
    now: DateTime<Utc>,
) -> Result<bank_accounts::Model, ApiError> {
    let mut am = bank_accounts::ActiveModel {
        id: Set(Uuid::new_v4()),
        created_at: Set(now.fixed_offset()),
        ..Default::default()
    };
    apply(&mut am, input);
    Ok(am.insert(db).await?)
}

pub async fn update(
    db: &impl ConnectionTrait,
    existing: bank_accounts::Model,
    input: &BankAccountInput,
) -> Result<bank_accounts::Model, ApiError> {
    let mut am: bank_accounts::ActiveModel = existing.into();
    apply(&mut am, input);
    Ok(am.update(db).await?)
}

/// Whether any payment was made to this account.
pub async fn has_payments(db: &impl ConnectionTrait, id: Uuid) -> Result<bool, ApiError> {
    let n = crate::entities::payments::Entity::find()
        .filter(crate::entities::payments::Column::BankAccountId.eq(id))
        .count(db)
        .await?;
    Ok(n > 0)
}

pub async fn delete(db: &impl ConnectionTrait, id: Uuid) -> Result<(), ApiError> {
    BankAccounts::delete_by_id(id).exec(db).await?;
    Ok(())
}
