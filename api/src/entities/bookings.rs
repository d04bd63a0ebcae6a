use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "bookings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub code: String,
    pub client_id: Uuid,
    pub package_id: Uuid,
    pub service_kind: String,
    pub package_name: String,
    pub event_date: Date,
    pub start_minute: Option<i32>,
    pub end_minute: Option<i32>,
    pub full_day: bool,
    #[sea_orm(column_type = "Text")]
    pub location: String,
    #[sea_orm(column_type = "Double", nullable)]
    pub latitude: Option<f64>,
    #[sea_orm(column_type = "Double", nullable)]
    pub longitude: Option<f64>,
    #[sea_orm(column_type = "Text", nullable)]
    pub notes: Option<String>,
    pub payment_option: String,
    pub total: i64,
    pub dp_amount: i64,
    pub paid: i64,
    pub status: String,
    pub payment_deadline: Option<DateTimeWithTimeZone>,
    pub reupload_until: Option<DateTimeWithTimeZone>,
    pub created_at: DateTimeWithTimeZone,
    pub updated_at: DateTimeWithTimeZone,
    pub hidden_by_client: bool,
    pub invoice_number: Option<String>,
    pub invoiced_at: Option<DateTimeWithTimeZone>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
