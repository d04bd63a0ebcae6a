//! The database schema, one concern per migration, each with a working `down()`.
//! Runs unchanged on SQLite and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod bookings_index;

mod m20261126_000001_users;
mod m20261126_000002_auth_tokens;
mod m20261126_000003_email_outbox;
mod m20261126_000004_catalogue;
mod m20261126_000005_bookings;
mod m20261126_000006_payments;
mod m20261126_000007_booking_requests;
mod m20261126_000008_booking_list_index;
mod m20261126_000009_booking_hidden;
mod m20261126_000010_notifications;
mod m20261126_000011_outbox_channels;
mod m20261126_000012_invoice_number;
mod m20261126_000013_chat;
mod m20261126_000014_stats_indexes;
mod m20261126_000015_backoffice;
mod m20261126_000016_portfolio;
mod m20261126_000017_testimonials;
mod m20261126_000018_revenue_index;
mod m20261126_000019_site_content;
mod m20261126_000020_booking_list_order_index;
mod m20261127_000021_dashboard_totals;
mod m20261128_000022_client_booking_order_index;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_users::Migration),
            Box::new(m20261126_000002_auth_tokens::Migration),
            Box::new(m20261126_000003_email_outbox::Migration),
            Box::new(m20261126_000004_catalogue::Migration),
            Box::new(m20261126_000005_bookings::Migration),
            Box::new(m20261126_000006_payments::Migration),
            Box::new(m20261126_000007_booking_requests::Migration),
            Box::new(m20261126_000008_booking_list_index::Migration),
            Box::new(m20261126_000009_booking_hidden::Migration),
            Box::new(m20261126_000010_notifications::Migration),
            Box::new(m20261126_000011_outbox_channels::Migration),
            Box::new(m20261126_000012_invoice_number::Migration),
            Box::new(m20261126_000013_chat::Migration),
            Box::new(m20261126_000014_stats_indexes::Migration),
            Box::new(m20261126_000015_backoffice::Migration),
            Box::new(m20261126_000016_portfolio::Migration),
            Box::new(m20261126_000017_testimonials::Migration),
            Box::new(m20261126_000018_revenue_index::Migration),
            Box::new(m20261126_000019_site_content::Migration),
            Box::new(m20261126_000020_booking_list_order_index::Migration),
            Box::new(m20261127_000021_dashboard_totals::Migration),
            Box::new(m20261128_000022_client_booking_order_index::Migration),
        ]
    }
}
