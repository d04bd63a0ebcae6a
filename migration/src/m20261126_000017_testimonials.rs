use sea_orm_migration::{prelude::*, schema::*};

/// Testimonials: one per booking (unique), written by its client after the
/// shoot, shown once an admin approves it.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Testimonials::Table)
                    .if_not_exists()
                    .col(pk_uuid(Testimonials::Id))
                    .col(uuid_uniq(Testimonials::BookingId))
                    .col(uuid(Testimonials::ClientId))
                    .col(string_len(Testimonials::ServiceKind, 16))
                    .col(small_integer(Testimonials::Rating))
                    .col(text(Testimonials::Text))
                    .col(string_len(Testimonials::Status, 16))
                    .col(timestamp_with_time_zone(Testimonials::CreatedAt))
                    .col(timestamp_with_time_zone_null(Testimonials::DecidedAt))
                    .col(uuid_null(Testimonials::DecidedBy))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_testimonials_status_created")
                    .table(Testimonials::Table)
                    .col(Testimonials::Status)
                    .col(Testimonials::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Testimonials::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Testimonials {
    Table,
    Id,
    BookingId,
    ClientId,
    ServiceKind,
    Rating,
    Text,
    Status,
    CreatedAt,
    DecidedAt,
    DecidedBy,
}
