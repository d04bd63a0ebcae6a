use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261126_000001_users::Users;
use crate::m20261126_000004_catalogue::Packages;

/// Bookings with their timeline, calendar blocks, and the gap-free yearly
/// counters behind booking codes and invoice numbers.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Bookings::Table)
                    .if_not_exists()
                    .col(pk_uuid(Bookings::Id))
                    .col(string_len_uniq(Bookings::Code, 20))
                    .col(uuid(Bookings::ClientId))
                    .col(uuid(Bookings::PackageId))
                    // Snapshots: what was booked, even if the package changes later.
                    .col(string_len(Bookings::ServiceKind, 16))
                    .col(string_len(Bookings::PackageName, 100))
                    .col(date(Bookings::EventDate))
                    // Minutes after midnight, studio local time; NULL for full-day.
                    .col(integer_null(Bookings::StartMinute))
                    .col(integer_null(Bookings::EndMinute))
                    .col(boolean(Bookings::FullDay))
                    .col(text(Bookings::Location))
                    .col(double_null(Bookings::Latitude))
                    .col(double_null(Bookings::Longitude))
                    .col(text_null(Bookings::Notes))
                    .col(string_len(Bookings::PaymentOption, 8))
                    .col(big_integer(Bookings::Total))
                    .col(big_integer(Bookings::DpAmount))
                    .col(big_integer(Bookings::Paid).default(0))
                    .col(string_len(Bookings::Status, 20))
                    .col(timestamp_with_time_zone_null(Bookings::PaymentDeadline))
                    .col(timestamp_with_time_zone_null(Bookings::ReuploadUntil))
                    .col(timestamp_with_time_zone(Bookings::CreatedAt))
                    .col(timestamp_with_time_zone(Bookings::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_bookings_client")
                            .from(Bookings::Table, Bookings::ClientId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_bookings_package")
                            .from(Bookings::Table, Bookings::PackageId)
                            .to(Packages::Table, Packages::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            (
                "idx_bookings_date_status",
                vec![Bookings::EventDate, Bookings::Status],
            ),
            (
                "idx_bookings_client_created",
                vec![Bookings::ClientId, Bookings::CreatedAt],
            ),
            (
                "idx_bookings_status_created",
                vec![Bookings::Status, Bookings::CreatedAt],
            ),
        ] {
            let mut idx = Index::create().name(name).table(Bookings::Table).to_owned();
            for c in cols {
                idx.col(c);
            }
            manager.create_index(idx).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(BookingEvents::Table)
                    .if_not_exists()
                    .col(pk_uuid(BookingEvents::Id))
                    .col(uuid(BookingEvents::BookingId))
                    .col(uuid_null(BookingEvents::ActorId))
                    .col(string_len_null(BookingEvents::ActorRole, 16))
                    .col(string_len_null(BookingEvents::FromStatus, 20))
                    .col(string_len(BookingEvents::ToStatus, 20))
                    .col(text_null(BookingEvents::Note))
                    .col(timestamp_with_time_zone(BookingEvents::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_booking_events_booking")
                            .from(BookingEvents::Table, BookingEvents::BookingId)
                            .to(Bookings::Table, Bookings::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_booking_events_booking")
                    .table(BookingEvents::Table)
                    .col(BookingEvents::BookingId)
                    .col(BookingEvents::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Blocks::Table)
                    .if_not_exists()
                    .col(pk_uuid(Blocks::Id))
                    .col(date(Blocks::Date))
                    .col(integer_null(Blocks::StartMinute))
                    .col(integer_null(Blocks::EndMinute))
                    .col(string_len(Blocks::Reason, 200))
                    .col(uuid_null(Blocks::CreatedBy))
                    .col(timestamp_with_time_zone(Blocks::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_blocks_date")
                    .table(Blocks::Table)
                    .col(Blocks::Date)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Counters::Table)
                    .if_not_exists()
                    .col(string_len(Counters::Name, 20))
                    .col(integer(Counters::Year))
                    .col(big_integer(Counters::Value).default(0))
                    .primary_key(Index::create().col(Counters::Name).col(Counters::Year))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Counters::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Blocks::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(BookingEvents::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Bookings::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Bookings {
    Table,
    Id,
    Code,
    ClientId,
    PackageId,
    ServiceKind,
    PackageName,
    EventDate,
    StartMinute,
    EndMinute,
    FullDay,
    Location,
    Latitude,
    Longitude,
    Notes,
    PaymentOption,
    Total,
    DpAmount,
    Paid,
    Status,
    PaymentDeadline,
    ReuploadUntil,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum BookingEvents {
    Table,
    Id,
    BookingId,
    ActorId,
    ActorRole,
    FromStatus,
    ToStatus,
    Note,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Blocks {
    Table,
    Id,
    Date,
    StartMinute,
    EndMinute,
    Reason,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Counters {
    Table,
    Name,
    Year,
    Value,
}
