use sea_orm_migration::{prelude::*, schema::*};

/// In-app notifications, the live event feed behind the WebSocket and
/// `?after=` polling, and the record of reminders already sent (so each goes
/// out once).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .if_not_exists()
                    .col(pk_uuid(Notifications::Id))
                    .col(uuid(Notifications::UserId))
                    .col(string_len(Notifications::Kind, 32))
                    .col(string(Notifications::Title))
                    .col(text(Notifications::Body))
                    .col(string_null(Notifications::Link))
                    .col(uuid_null(Notifications::BookingId))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_notifications_user")
                            .from(Notifications::Table, Notifications::UserId)
                            .to(Alias::new("users"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notifications_user_created")
                    .table(Notifications::Table)
                    .col(Notifications::UserId)
                    .col(Notifications::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LiveEvents::Table)
                    .if_not_exists()
                    .col(big_integer(LiveEvents::Seq).auto_increment().primary_key())
                    // The one user it is for; null when only the crew gets it.
                    .col(uuid_null(LiveEvents::UserId))
                    // Every staff member and above gets it too.
                    .col(boolean(LiveEvents::Crew).default(false))
                    .col(text(LiveEvents::Payload))
                    .col(timestamp_with_time_zone(LiveEvents::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_live_events_user_seq")
                    .table(LiveEvents::Table)
                    .col(LiveEvents::UserId)
                    .col(LiveEvents::Seq)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BookingReminders::Table)
                    .if_not_exists()
                    .col(uuid(BookingReminders::BookingId))
                    // balance_due | shoot_h7 | shoot_h1
                    .col(string_len(BookingReminders::Kind, 16))
                    .col(timestamp_with_time_zone(BookingReminders::SentAt))
                    .primary_key(
                        Index::create()
                            .col(BookingReminders::BookingId)
                            .col(BookingReminders::Kind),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_booking_reminders_booking")
                            .from(BookingReminders::Table, BookingReminders::BookingId)
                            .to(Alias::new("bookings"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            BookingReminders::Table.into_iden(),
            LiveEvents::Table.into_iden(),
            Notifications::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    UserId,
    Kind,
    Title,
    Body,
    Link,
    BookingId,
    ReadAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum LiveEvents {
    Table,
    Seq,
    UserId,
    Crew,
    Payload,
    CreatedAt,
}

#[derive(DeriveIden)]
enum BookingReminders {
    Table,
    BookingId,
    Kind,
    SentAt,
}
