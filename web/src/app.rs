//! The root component: auth and live state, layout and the route table.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{ProtectedParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::api;
use crate::components::notifications::LiveToasts;
use crate::components::{Footer, Header};
use crate::i18n::provide_lang;
use crate::pages::about::AboutPage;
use crate::pages::account::{AccountHome, AccountLayout};
use crate::pages::admin::audit::AdminAuditPage;
use crate::pages::admin::bank_accounts::AdminBankAccountsPage;
use crate::pages::admin::booking_detail::AdminBookingPage;
use crate::pages::admin::bookings::AdminBookingsPage;
use crate::pages::admin::calendar::AdminCalendarPage;
use crate::pages::admin::chat::{AdminChatConversationPage, AdminChatPage};
use crate::pages::admin::client_detail::AdminClientPage;
use crate::pages::admin::clients::AdminClientsPage;
use crate::pages::admin::content::AdminContentPage;
use crate::pages::admin::packages::AdminPackagesPage;
use crate::pages::admin::payments::AdminPaymentsPage;
use crate::pages::admin::portfolio::AdminPortfolioPage;
use crate::pages::admin::reports::AdminReportsPage;
use crate::pages::admin::requests::AdminRequestsPage;
use crate::pages::admin::settings::AdminSettingsPage;
use crate::pages::admin::team::AdminTeamPage;
use crate::pages::admin::testimonials::AdminTestimonialsPage;
use crate::pages::admin::{AdminDashboard, AdminLayout};
use crate::pages::booking::BookingPage;
use crate::pages::booking_detail::ClientBookingPage;
use crate::pages::chat::AccountChatPage;
use crate::pages::contact::ContactPage;
use crate::pages::faq::FaqPage;
use crate::pages::forgot_password::ForgotPasswordPage;
use crate::pages::home::HomePage;
use crate::pages::login::LoginPage;
use crate::pages::login_redirect;
use crate::pages::not_found::NotFound;
use crate::pages::notifications::{AccountNotificationsPage, AdminNotificationsPage};
use crate::pages::pay::PayPage;
use crate::pages::portfolio::{PortfolioPage, PortfolioPostPage};
use crate::pages::pricelist::PricelistPage;
use crate::pages::profile::ProfilePage;
use crate::pages::register::RegisterPage;
use crate::pages::reset_password::ResetPasswordPage;
use crate::pages::testimonials::TestimonialsPage;
use crate::state::{provide_auth, provide_live};

#[component]
pub fn App() -> impl IntoView {
    let lang = provide_lang();
    let auth = provide_auth();
    // One socket per signed-in tab, opened and closed with the session.
    provide_live(auth);

    // A restored session may hold an old name or a spent token: check it once
    // per load (this renews the tokens when needed, or ends a dead session).
    if auth.current().is_some() {
        spawn_local(async move {
            let _ = api::me::get(auth).await;
        });
    }

    let signed_in = move || Some(auth.is_signed_in());
    let to_login = move || login_redirect(auth);

    view! {
        <Router>
            <LiveToasts/>
            // Every text is read when it renders: a language switch renders
            // the layout and the current page again (auth and live state stay).
            {move || { lang.0.track(); view! {
            <Header/>
            <main id="main" class="site-main">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/harga") view=PricelistPage/>
                    <Route path=path!("/portfolio") view=PortfolioPage/>
                    <Route path=path!("/portfolio/:id") view=PortfolioPostPage/>
                    <Route path=path!("/testimoni") view=TestimonialsPage/>
                    <Route path=path!("/tentang") view=AboutPage/>
                    <Route path=path!("/faq") view=FaqPage/>
                    <Route path=path!("/kontak") view=ContactPage/>
                    <Route path=path!("/booking") view=BookingPage/>
                    <Route path=path!("/login") view=LoginPage/>
                    <Route path=path!("/register") view=RegisterPage/>
                    <Route path=path!("/forgot-password") view=ForgotPasswordPage/>
                    <Route path=path!("/reset-password") view=ResetPasswordPage/>
                    <ProtectedParentRoute path=path!("/akun") view=AccountLayout condition=signed_in redirect_path=to_login>
                        <Route path=path!("") view=AccountHome/>
                        <Route path=path!("/profil") view=ProfilePage/>
                        <Route path=path!("/notifikasi") view=AccountNotificationsPage/>
                        <Route path=path!("/chat") view=AccountChatPage/>
                        <Route path=path!("/booking/:id") view=ClientBookingPage/>
                        <Route path=path!("/booking/:id/bayar") view=PayPage/>
                    </ProtectedParentRoute>
                    <ProtectedParentRoute path=path!("/admin") view=AdminLayout condition=signed_in redirect_path=to_login>
                        <Route path=path!("") view=AdminDashboard/>
                        <Route path=path!("/kalender") view=AdminCalendarPage/>
                        <Route path=path!("/booking") view=AdminBookingsPage/>
                        <Route path=path!("/booking/:id") view=AdminBookingPage/>
                        <Route path=path!("/pembayaran") view=AdminPaymentsPage/>
                        <Route path=path!("/permintaan") view=AdminRequestsPage/>
                        <Route path=path!("/paket") view=AdminPackagesPage/>
                        <Route path=path!("/rekening") view=AdminBankAccountsPage/>
                        <Route path=path!("/portfolio") view=AdminPortfolioPage/>
                        <Route path=path!("/testimoni") view=AdminTestimonialsPage/>
                        <Route path=path!("/konten") view=AdminContentPage/>
                        <Route path=path!("/pengaturan") view=AdminSettingsPage/>
                        <Route path=path!("/notifikasi") view=AdminNotificationsPage/>
                        <Route path=path!("/chat") view=AdminChatPage/>
                        <Route path=path!("/chat/:client_id") view=AdminChatConversationPage/>
                        <Route path=path!("/klien") view=AdminClientsPage/>
                        <Route path=path!("/klien/:id") view=AdminClientPage/>
                        <Route path=path!("/laporan") view=AdminReportsPage/>
                        <Route path=path!("/audit") view=AdminAuditPage/>
                        <Route path=path!("/tim") view=AdminTeamPage/>
                    </ProtectedParentRoute>
                </Routes>
            </main>
            <Footer/>
            } }}
        </Router>
    }
}
