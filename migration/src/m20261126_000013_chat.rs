use sea_orm_migration::{prelude::*, schema::*};

/// Chat: one conversation per client (keyed by the client's id) with its
/// inbox summary and read marks, the messages, and which open sockets are
/// looking at which conversation (so a watcher gets no notification).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Conversations::Table)
                    .if_not_exists()
                    .col(uuid(Conversations::ClientId).primary_key())
                    .col(timestamp_with_time_zone_null(Conversations::LastMessageAt))
                    .col(string_null(Conversations::LastPreview))
                    .col(boolean_null(Conversations::LastFromStudio))
                    .col(big_integer(Conversations::UnreadByStudio).default(0))
                    .col(big_integer(Conversations::UnreadByClient).default(0))
                    .col(big_integer(Conversations::ClientReadSeq).default(0))
                    .col(big_integer(Conversations::StudioReadSeq).default(0))
                    // When the oldest unread message of each side arrived.
                    .col(timestamp_with_time_zone_null(
                        Conversations::StudioUnreadSince,
                    ))
                    .col(timestamp_with_time_zone_null(
                        Conversations::ClientUnreadSince,
                    ))
                    // Last email/WhatsApp about unread messages (once an hour).
                    .col(timestamp_with_time_zone_null(
                        Conversations::StudioAlertedAt,
                    ))
                    .col(timestamp_with_time_zone_null(
                        Conversations::ClientAlertedAt,
                    ))
                    .col(timestamp_with_time_zone(Conversations::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_conversations_client")
                            .from(Conversations::Table, Conversations::ClientId)
                            .to(Alias::new("users"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_conversations_last_message")
                    .table(Conversations::Table)
                    .col(Conversations::LastMessageAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ChatMessages::Table)
                    .if_not_exists()
                    .col(
                        big_integer(ChatMessages::Seq)
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(uuid_uniq(ChatMessages::Id))
                    .col(uuid(ChatMessages::ClientId))
                    .col(uuid(ChatMessages::SenderId))
                    .col(boolean(ChatMessages::FromStudio))
                    .col(text(ChatMessages::Body))
                    .col(uuid_null(ChatMessages::BookingId))
                    .col(uuid_null(ChatMessages::ClientKey))
                    .col(timestamp_with_time_zone(ChatMessages::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_chat_messages_conversation")
                            .from(ChatMessages::Table, ChatMessages::ClientId)
                            .to(Conversations::Table, Conversations::ClientId)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_chat_messages_sender")
                            .from(ChatMessages::Table, ChatMessages::SenderId)
                            .to(Alias::new("users"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_chat_messages_booking")
                            .from(ChatMessages::Table, ChatMessages::BookingId)
                            .to(Alias::new("bookings"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_chat_messages_conversation_seq")
                    .table(ChatMessages::Table)
                    .col(ChatMessages::ClientId)
                    .col(ChatMessages::Seq)
                    .to_owned(),
            )
            .await?;
        // A resend with the same key finds the first copy.
        manager
            .create_index(
                Index::create()
                    .name("idx_chat_messages_client_key")
                    .table(ChatMessages::Table)
                    .col(ChatMessages::SenderId)
                    .col(ChatMessages::ClientKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ChatPresence::Table)
                    .if_not_exists()
                    .col(pk_uuid(ChatPresence::SocketId))
                    .col(uuid(ChatPresence::UserId))
                    .col(uuid_null(ChatPresence::Watching))
                    .col(timestamp_with_time_zone(ChatPresence::SeenAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_chat_presence_user")
                    .table(ChatPresence::Table)
                    .col(ChatPresence::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ChatPresence::Table.into_iden(),
            ChatMessages::Table.into_iden(),
            Conversations::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Conversations {
    Table,
    ClientId,
    LastMessageAt,
    LastPreview,
    LastFromStudio,
    UnreadByStudio,
    UnreadByClient,
    ClientReadSeq,
    StudioReadSeq,
    StudioUnreadSince,
    ClientUnreadSince,
    StudioAlertedAt,
    ClientAlertedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ChatMessages {
    Table,
    Seq,
    Id,
    ClientId,
    SenderId,
    FromStudio,
    Body,
    BookingId,
    ClientKey,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ChatPresence {
    Table,
    SocketId,
    UserId,
    Watching,
    SeenAt,
}
