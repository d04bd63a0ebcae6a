use sea_orm_migration::{prelude::*, schema::*};

/// `INV-2026-00017`: given when a booking is first accepted, from a per-year
/// counter in the same transaction, so issued numbers have no gaps.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("bookings"))
                    .add_column(string_len_null(Alias::new("invoice_number"), 20))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("bookings"))
                    .add_column(timestamp_with_time_zone_null(Alias::new("invoiced_at")))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_bookings_invoice_number")
                    .table(Alias::new("bookings"))
                    .col(Alias::new("invoice_number"))
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_bookings_invoice_number")
                    .table(Alias::new("bookings"))
                    .to_owned(),
            )
            .await?;
        for col in ["invoiced_at", "invoice_number"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new("bookings"))
                        .drop_column(Alias::new(col))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
