use sea_orm_migration::{prelude::*, schema::*};

/// The portfolio: categories, posts, their images (1–10 each) and the
/// likes clients give images. Like counts are kept on images and posts in
/// the same transaction as the like, so the home page's "most liked" is an
/// index read, not an aggregate.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Categories::Table)
                    .if_not_exists()
                    .col(pk_uuid(Categories::Id))
                    .col(string_len_uniq(Categories::Slug, 60))
                    .col(string_len(Categories::Name, 40))
                    .col(integer(Categories::SortOrder).default(0))
                    .col(timestamp_with_time_zone(Categories::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Posts::Table)
                    .if_not_exists()
                    .col(pk_uuid(Posts::Id))
                    .col(uuid(Posts::CategoryId))
                    .col(string_len(Posts::Title, 120))
                    .col(text(Posts::Story))
                    .col(boolean(Posts::Published).default(false))
                    .col(integer(Posts::SortOrder).default(0))
                    .col(big_integer(Posts::LikeCount).default(0))
                    .col(timestamp_with_time_zone(Posts::CreatedAt))
                    .col(timestamp_with_time_zone(Posts::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Posts::Table, Posts::CategoryId)
                            .to(Categories::Table, Categories::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Images::Table)
                    .if_not_exists()
                    .col(pk_uuid(Images::Id))
                    .col(uuid(Images::PostId))
                    .col(integer(Images::Position))
                    .col(string_len(Images::Key, 120))
                    .col(string_len(Images::ThumbKey, 120))
                    .col(integer(Images::Width))
                    .col(integer(Images::Height))
                    .col(big_integer(Images::LikeCount).default(0))
                    .col(timestamp_with_time_zone(Images::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Images::Table, Images::PostId)
                            .to(Posts::Table, Posts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Likes::Table)
                    .if_not_exists()
                    .col(uuid(Likes::ImageId))
                    .col(uuid(Likes::UserId))
                    .col(timestamp_with_time_zone(Likes::CreatedAt))
                    .primary_key(Index::create().col(Likes::ImageId).col(Likes::UserId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Likes::Table, Likes::ImageId)
                            .to(Images::Table, Images::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, table, cols) in [
            (
                "idx_posts_category",
                Posts::Table.into_iden(),
                vec![Posts::CategoryId.into_iden(), Posts::SortOrder.into_iden()],
            ),
            (
                "idx_posts_likes",
                Posts::Table.into_iden(),
                vec![Posts::LikeCount.into_iden()],
            ),
            (
                "idx_images_post",
                Images::Table.into_iden(),
                vec![Images::PostId.into_iden(), Images::Position.into_iden()],
            ),
            (
                "idx_likes_user",
                Likes::Table.into_iden(),
                vec![Likes::UserId.into_iden()],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(table);
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }
        // The studio's own categories.
        let now = chrono::Utc::now().fixed_offset();
        let mut insert = Query::insert();
        insert.into_table(Categories::Table).columns([
            Categories::Id,
            Categories::Slug,
            Categories::Name,
            Categories::SortOrder,
            Categories::CreatedAt,
        ]);
        for (i, (slug, name)) in [
            ("wedding", "Wedding"),
            ("prewedding", "Prewedding"),
            ("mbs", "MBS"),
            ("martuppol", "Martuppol"),
        ]
        .into_iter()
        .enumerate()
        {
            insert.values_panic([
                uuid::Uuid::new_v4().into(),
                slug.into(),
                name.into(),
                <i32 as std::convert::TryFrom<usize>>::try_from(i)
                    .unwrap_or(0)
                    .into(),
                now.into(),
            ]);
        }
        manager.exec_stmt(insert.to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Likes::Table.into_iden(),
            Images::Table.into_iden(),
            Posts::Table.into_iden(),
            Categories::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Categories {
    #[sea_orm(iden = "portfolio_categories")]
    Table,
    Id,
    Slug,
    Name,
    SortOrder,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Posts {
    #[sea_orm(iden = "portfolio_posts")]
    Table,
    Id,
    CategoryId,
    Title,
    Story,
    Published,
    SortOrder,
    LikeCount,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Images {
    #[sea_orm(iden = "portfolio_images")]
    Table,
    Id,
    PostId,
    Position,
    Key,
    ThumbKey,
    Width,
    Height,
    LikeCount,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Likes {
    #[sea_orm(iden = "portfolio_likes")]
    Table,
    ImageId,
    UserId,
    CreatedAt,
}
