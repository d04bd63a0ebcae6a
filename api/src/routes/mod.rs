//! Every HTTP route, one file per operation, folders mirroring the URL.
//! `api_v1` is the one route table: the server, the tests and the OpenAPI
//! generator all build from it.

pub mod audit;
pub mod auth;
pub mod availability;
pub mod bank_accounts;
pub mod blocks;
pub mod bookings;
pub mod clients;
pub mod conversations;
pub mod exports;
pub mod health;
pub mod live;
pub mod me;
pub mod media;
pub mod multipart;
pub mod notifications;
pub mod packages;
pub mod paging;
pub mod payments;
pub mod photo_upload;
pub mod portfolio;
pub mod reports;
pub mod requests;
pub mod settings;
pub mod site;
pub mod stats;
pub mod testimonials;
pub mod users;

/// The `/api/v1` route table, written once and expanded twice: into
/// utoipa's `ServiceConfig` to describe the API (`openapi::spec`), and into
/// actix's to serve it. Serving through utoipa's would rebuild the whole
/// description in every worker (~14 MB each, measured).
///
/// actix tries the routes in this order and runs each dynamic one's regex
/// (the regex crate, actix-web's `unicode` feature) until one matches,
/// so the busiest paths come first: bookings, then the public reads, then
/// the back office. Routes under different first segments never match the
/// same path, so only the order within a segment matters
/// (`/portfolio/categories` before `/portfolio/{id}`, `/conversations/unread`
/// before `/conversations/{client_id}`, `/site/faq/order` before
/// `/site/faq/{id}`).
macro_rules! api_v1_routes {
    ($cfg:ident) => {
        $cfg.service(bookings::list::list_bookings)
            .service(bookings::get::get_booking)
            .service(bookings::create::create_booking)
            .service(bookings::invoice::get_invoice)
            .service(bookings::events::list_booking_events)
            .service(payments::list_for_booking::list_booking_payments)
            .service(payments::upload::upload_payment)
            .service(bookings::cancel::cancel_booking)
            .service(bookings::cancel::complete_booking)
            .service(bookings::cancel::hide_booking)
            .service(requests::create::create_booking_request)
            .service(requests::list::list_booking_requests)
            .service(testimonials::review::get_review)
            .service(testimonials::review::create_review)
            .service(packages::list::list_packages)
            .service(packages::get::get_package)
            .service(packages::create::create_package)
            .service(packages::update::update_package)
            .service(packages::delete::delete_package)
            .service(availability::get::get_availability)
            .service(portfolio::categories::list_categories)
            .service(portfolio::categories::create_category)
            .service(portfolio::read::list_posts)
            .service(portfolio::write::create_post)
            .service(portfolio::images::delete_image)
            .service(portfolio::likes::like_image)
            .service(portfolio::likes::unlike_image)
            .service(portfolio::read::get_post)
            .service(portfolio::write::update_post)
            .service(portfolio::write::delete_post)
            .service(portfolio::images::upload_image)
            .service(portfolio::images::order_images)
            .service(me::get::get_me)
            .service(me::update::update_me)
            .service(me::password::change_password)
            .service(notifications::list::list_notifications)
            .service(notifications::list::unread_notifications)
            .service(notifications::read::read_notification)
            .service(notifications::read::read_all_notifications)
            .service(conversations::list::list_conversations)
            .service(conversations::list::chat_unread)
            .service(conversations::get::get_conversation)
            .service(conversations::messages::list_messages)
            .service(conversations::send::send_message)
            .service(conversations::read::read_conversation)
            .service(live::events::list_events)
            .service(stats::dashboard::dashboard_stats)
            .service(site::get_site)
            .service(site::hero::add_hero)
            .service(site::hero::order_hero)
            .service(site::hero::update_hero)
            .service(site::hero::delete_hero)
            .service(site::about::update_about)
            .service(site::about::set_about_photo)
            .service(site::about::delete_about_photo)
            .service(site::faq::create_faq)
            .service(site::faq::order_faq)
            .service(site::faq::update_faq)
            .service(site::faq::delete_faq)
            .service(site::contact::update_contact)
            .service(testimonials::public::list_testimonials)
            .service(testimonials::manage::manage_testimonials)
            .service(testimonials::manage::approve_testimonial)
            .service(testimonials::manage::hide_testimonial)
            .service(testimonials::manage::delete_testimonial)
            .service(payments::queue::list_payments)
            .service(payments::approve::approve_payment)
            .service(payments::reject::reject_payment)
            .service(payments::proof::get_payment_proof)
            .service(requests::list::list_requests)
            .service(requests::decide::approve_request)
            .service(requests::decide::decline_request)
            .service(live::ws::live_socket)
            .service(auth::register::register)
            .service(auth::login::login)
            .service(auth::refresh::refresh)
            .service(auth::logout::logout)
            .service(auth::password_forgot::forgot_password)
            .service(auth::password_reset::reset_password)
            .service(users::list::list_users)
            .service(users::create::create_user)
            .service(users::update::update_user)
            .service(clients::list_clients)
            .service(clients::get_client)
            .service(audit::list_audit)
            .service(exports::export_transactions_csv)
            .service(exports::export_transactions_xlsx)
            .service(reports::monthly_report)
            .service(reports::monthly_report_pdf)
            .service(reports::monthly_report_xlsx)
            .service(bank_accounts::list::list_bank_accounts)
            .service(bank_accounts::create::create_bank_account)
            .service(bank_accounts::update::update_bank_account)
            .service(bank_accounts::delete::delete_bank_account)
            .service(settings::get::get_settings)
            .service(settings::update::update_settings)
            .service(blocks::list_blocks)
            .service(blocks::create_block)
            .service(blocks::delete_block)
    };
}

/// The routes with their OpenAPI description, for the spec.
pub fn api_v1(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    api_v1_routes!(cfg);
}

/// The same routes, served.
pub fn api_v1_serve(cfg: &mut actix_web::web::ServiceConfig) {
    api_v1_routes!(cfg);
}
