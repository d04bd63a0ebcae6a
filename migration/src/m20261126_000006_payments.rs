use sea_orm_migration::{prelude::*, schema::*};

/// Payments with their transfer proofs, and clients' cancel/reschedule
/// requests for accepted bookings.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Payments::Table)
                    .if_not_exists()
                    .col(pk_uuid(Payments::Id))
                    .col(uuid(Payments::BookingId))
                    // dp | full | balance
                    .col(string_len(Payments::Kind, 10))
                    .col(big_integer(Payments::Amount))
                    .col(uuid(Payments::BankAccountId))
                    // Random storage key, never the client's file name.
                    .col(string_len(Payments::ProofKey, 80))
                    .col(string_len(Payments::ProofContentType, 40))
                    .col(big_integer(Payments::ProofSize))
                    // pending | approved | rejected
                    .col(string_len(Payments::Status, 10))
                    .col(uuid_null(Payments::ReviewerId))
                    .col(text_null(Payments::Reason))
                    .col(timestamp_with_time_zone(Payments::CreatedAt))
                    .col(timestamp_with_time_zone_null(Payments::ReviewedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_payments_booking")
                            .from(Payments::Table, Payments::BookingId)
                            .to(Alias::new("bookings"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_payments_bank_account")
                            .from(Payments::Table, Payments::BankAccountId)
                            .to(Alias::new("bank_accounts"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_payments_booking")
                    .table(Payments::Table)
                    .col(Payments::BookingId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_payments_status_created")
                    .table(Payments::Table)
                    .col(Payments::Status)
                    .col(Payments::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Payments::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Payments {
    Table,
    Id,
    BookingId,
    Kind,
    Amount,
    BankAccountId,
    ProofKey,
    ProofContentType,
    ProofSize,
    Status,
    ReviewerId,
    Reason,
    CreatedAt,
    ReviewedAt,
}
