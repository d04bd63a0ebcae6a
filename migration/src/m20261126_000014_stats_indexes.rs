use sea_orm_migration::prelude::*;

/// Revenue per month sums approved payments by approval time: an index on
/// (status, reviewed_at) keeps each month's sum to that month's rows.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("idx_payments_status_reviewed")
                    .table(Alias::new("payments"))
                    .col(Alias::new("status"))
                    .col(Alias::new("reviewed_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_payments_status_reviewed")
                    .table(Alias::new("payments"))
                    .to_owned(),
            )
            .await
    }
}
