use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Eq)]
#[sea_orm(table_name = "conversations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub client_id: Uuid,
    pub last_message_at: Option<DateTimeWithTimeZone>,
    pub last_preview: Option<String>,
    pub last_from_studio: Option<bool>,
    pub unread_by_studio: i64,
    pub unread_by_client: i64,
    pub client_read_seq: i64,
    pub studio_read_seq: i64,
    pub studio_unread_since: Option<DateTimeWithTimeZone>,
    pub client_unread_since: Option<DateTimeWithTimeZone>,
    pub studio_alerted_at: Option<DateTimeWithTimeZone>,
    pub client_alerted_at: Option<DateTimeWithTimeZone>,
    pub created_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::ClientId",
        to = "super::users::Column::Id"
    )]
    Client,
}

impl Related<super::users::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Client.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
