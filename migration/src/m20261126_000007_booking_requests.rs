use sea_orm_migration::{prelude::*, schema::*};

/// Clients' requests to cancel or reschedule an accepted booking, decided by
/// an admin. The booking stays accepted while one is pending.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BookingRequests::Table)
                    .if_not_exists()
                    .col(pk_uuid(BookingRequests::Id))
                    .col(uuid(BookingRequests::BookingId))
                    // cancel | reschedule
                    .col(string_len(BookingRequests::Kind, 12))
                    // pending | approved | declined
                    .col(string_len(BookingRequests::Status, 10))
                    .col(text(BookingRequests::Reason))
                    .col(date_null(BookingRequests::NewDate))
                    .col(integer_null(BookingRequests::NewStartMinute))
                    .col(uuid_null(BookingRequests::DecidedBy))
                    .col(text_null(BookingRequests::DecisionNote))
                    .col(timestamp_with_time_zone(BookingRequests::CreatedAt))
                    .col(timestamp_with_time_zone_null(BookingRequests::DecidedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_booking_requests_booking")
                            .from(BookingRequests::Table, BookingRequests::BookingId)
                            .to(Alias::new("bookings"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_booking_requests_status")
                    .table(BookingRequests::Table)
                    .col(BookingRequests::Status)
                    .col(BookingRequests::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_booking_requests_booking")
                    .table(BookingRequests::Table)
                    .col(BookingRequests::BookingId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(BookingRequests::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum BookingRequests {
    Table,
    Id,
    BookingId,
    Kind,
    Status,
    Reason,
    NewDate,
    NewStartMinute,
    DecidedBy,
    DecisionNote,
    CreatedAt,
    DecidedAt,
}
