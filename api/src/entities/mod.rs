//! sea-orm entities, in the shape `sea-orm-cli generate entity` writes them.
//! Behaviour lives in `repo/`, not here.

pub mod audit_log;
pub mod bank_accounts;
pub mod blocks;
pub mod booking_events;
pub mod booking_reminders;
pub mod booking_requests;
pub mod bookings;
pub mod chat_messages;
pub mod chat_presence;
pub mod conversations;
pub mod email_outbox;
pub mod live_events;
pub mod notifications;
pub mod packages;
pub mod password_resets;
pub mod payments;
pub mod portfolio_categories;
pub mod portfolio_images;
pub mod portfolio_likes;
pub mod portfolio_posts;
pub mod refresh_tokens;
pub mod site_faq;
pub mod site_hero;
pub mod site_texts;
pub mod studio_settings;
pub mod testimonials;
pub mod users;
