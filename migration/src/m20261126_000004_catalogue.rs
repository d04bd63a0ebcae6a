use sea_orm_migration::{prelude::*, schema::*};

/// What the studio sells and how it is paid: packages, bank accounts, and the
/// single-row studio settings.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Packages::Table)
                    .if_not_exists()
                    .col(pk_uuid(Packages::Id))
                    .col(string_len(Packages::ServiceKind, 16))
                    .col(string_len(Packages::Name, 100))
                    .col(text(Packages::Description))
                    // JSON array of strings.
                    .col(text(Packages::Inclusions))
                    // Whole rupiah.
                    .col(big_integer(Packages::Price))
                    .col(boolean(Packages::FullDay))
                    .col(integer_null(Packages::DurationHours))
                    .col(boolean(Packages::Active).default(true))
                    .col(integer(Packages::SortOrder).default(0))
                    .col(timestamp_with_time_zone(Packages::CreatedAt))
                    .col(timestamp_with_time_zone(Packages::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_packages_kind_order")
                    .table(Packages::Table)
                    .col(Packages::ServiceKind)
                    .col(Packages::SortOrder)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BankAccounts::Table)
                    .if_not_exists()
                    .col(pk_uuid(BankAccounts::Id))
                    .col(string_len(BankAccounts::Bank, 50))
                    .col(string_len(BankAccounts::AccountNumber, 20))
                    .col(string_len(BankAccounts::HolderName, 100))
                    .col(boolean(BankAccounts::Active).default(true))
                    .col(integer(BankAccounts::SortOrder).default(0))
                    .col(timestamp_with_time_zone(BankAccounts::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StudioSettings::Table)
                    .if_not_exists()
                    // Always 1: one studio per installation.
                    .col(integer(StudioSettings::Id).primary_key())
                    // The whole `shared::catalogue::StudioSettings` as JSON,
                    // so a new setting needs no migration.
                    .col(text(StudioSettings::Data))
                    .col(timestamp_with_time_zone(StudioSettings::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(StudioSettings::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(BankAccounts::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Packages::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Packages {
    Table,
    Id,
    ServiceKind,
    Name,
    Description,
    Inclusions,
    Price,
    FullDay,
    DurationHours,
    Active,
    SortOrder,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum BankAccounts {
    Table,
    Id,
    Bank,
    AccountNumber,
    HolderName,
    Active,
    SortOrder,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StudioSettings {
    Table,
    Id,
    Data,
    UpdatedAt,
}
