use sea_orm_migration::{prelude::*, schema::*};

/// Lets a client tidy their list: a finished booking they hide stays in the
/// studio's books but leaves their dashboard.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("bookings"))
                    .add_column(boolean(Alias::new("hidden_by_client")).default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("bookings"))
                    .drop_column(Alias::new("hidden_by_client"))
                    .to_owned(),
            )
            .await
    }
}
