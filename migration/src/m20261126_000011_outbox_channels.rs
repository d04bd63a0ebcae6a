use sea_orm_migration::{prelude::*, schema::*};

/// The outbox carries WhatsApp messages as well as email, and an email may
/// name an attachment (the invoice) that the worker renders when it sends.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite takes one column per ALTER TABLE.
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("email_outbox"))
                    // email | whatsapp
                    .add_column(string_len(Alias::new("channel"), 16).default("email"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("email_outbox"))
                    // `invoice:<booking id>`
                    .add_column(string_null(Alias::new("attachment")))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in ["attachment", "channel"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new("email_outbox"))
                        .drop_column(Alias::new(col))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
