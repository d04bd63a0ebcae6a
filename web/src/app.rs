//! The root component: auth and live state, layout and the route table.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{ProtectedParentRoute, Route, Router, Routes};
use leptos_router::{lazy_route, path, Lazy, LazyRoute};

use crate::api;
use crate::components::feedback::{PageLoading, RouteLoading};
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
    PageLoading::provide();

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
            <RouteLoading/>
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
                    <Route path=path!("/booking") view={Lazy::<LazyBooking>::new()}/>
                    <Route path=path!("/login") view=LoginPage/>
                    <Route path=path!("/register") view=RegisterPage/>
                    <Route path=path!("/forgot-password") view=ForgotPasswordPage/>
                    <Route path=path!("/reset-password") view=ResetPasswordPage/>
                    <ProtectedParentRoute path=path!("/akun") view=AccountLayout condition=signed_in redirect_path=to_login>
                        <Route path=path!("") view={Lazy::<LazyAccountHome>::new()}/>
                        <Route path=path!("/profil") view={Lazy::<LazyProfile>::new()}/>
                        <Route path=path!("/notifikasi") view={Lazy::<LazyAccountNotifications>::new()}/>
                        <Route path=path!("/chat") view={Lazy::<LazyAccountChat>::new()}/>
                        <Route path=path!("/booking/:id") view={Lazy::<LazyClientBooking>::new()}/>
                        <Route path=path!("/booking/:id/bayar") view={Lazy::<LazyPay>::new()}/>
                    </ProtectedParentRoute>
                    <ProtectedParentRoute path=path!("/admin") view=AdminLayout condition=signed_in redirect_path=to_login>
                        <Route path=path!("") view={Lazy::<LazyAdminDashboard>::new()}/>
                        <Route path=path!("/kalender") view={Lazy::<LazyAdminCalendar>::new()}/>
                        <Route path=path!("/booking") view={Lazy::<LazyAdminBookings>::new()}/>
                        <Route path=path!("/booking/:id") view={Lazy::<LazyAdminBooking>::new()}/>
                        <Route path=path!("/pembayaran") view={Lazy::<LazyAdminPayments>::new()}/>
                        <Route path=path!("/permintaan") view={Lazy::<LazyAdminRequests>::new()}/>
                        <Route path=path!("/paket") view={Lazy::<LazyAdminPackages>::new()}/>
                        <Route path=path!("/rekening") view={Lazy::<LazyAdminBankAccounts>::new()}/>
                        <Route path=path!("/portfolio") view={Lazy::<LazyAdminPortfolio>::new()}/>
                        <Route path=path!("/testimoni") view={Lazy::<LazyAdminTestimonials>::new()}/>
                        <Route path=path!("/konten") view={Lazy::<LazyAdminContent>::new()}/>
                        <Route path=path!("/pengaturan") view={Lazy::<LazyAdminSettings>::new()}/>
                        <Route path=path!("/notifikasi") view={Lazy::<LazyAdminNotifications>::new()}/>
                        <Route path=path!("/chat") view={Lazy::<LazyAdminChat>::new()}/>
                        <Route path=path!("/chat/:client_id") view={Lazy::<LazyAdminChatConversation>::new()}/>
                        <Route path=path!("/klien") view={Lazy::<LazyAdminClients>::new()}/>
                        <Route path=path!("/klien/:id") view={Lazy::<LazyAdminClient>::new()}/>
                        <Route path=path!("/laporan") view={Lazy::<LazyAdminReports>::new()}/>
                        <Route path=path!("/audit") view={Lazy::<LazyAdminAudit>::new()}/>
                        <Route path=path!("/tim") view={Lazy::<LazyAdminTeam>::new()}/>
                    </ProtectedParentRoute>
                </Routes>
            </main>
            <Footer/>
            } }}
        </Router>
    }
}

/// A page in its own lazily loaded WASM chunk: the first load carries only
/// the public pages; the back office, the account pages and the booking
/// wizard come when they are first opened. `cargo xtask build-web` splits the module at
/// these points (wasm-split); the router fetches a chunk before it shows the
/// page, and keeps it for the rest of the visit. Meanwhile a bar runs along
/// the top ([`RouteLoading`]): `data` runs when the router starts on the
/// page, `view` once its chunk has loaded.
macro_rules! lazy_page {
    ($route:ident, $page:ident) => {
        struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                PageLoading::started();
                $route
            }

            fn view(_this: Self) -> AnyView {
                PageLoading::done();
                view! { <$page/> }.into_any()
            }
        }
    };
}

lazy_page!(LazyAdminDashboard, AdminDashboard);
lazy_page!(LazyAdminCalendar, AdminCalendarPage);
lazy_page!(LazyAdminBookings, AdminBookingsPage);
lazy_page!(LazyAdminBooking, AdminBookingPage);
lazy_page!(LazyAdminPayments, AdminPaymentsPage);
lazy_page!(LazyAdminRequests, AdminRequestsPage);
lazy_page!(LazyAdminPackages, AdminPackagesPage);
lazy_page!(LazyAdminBankAccounts, AdminBankAccountsPage);
lazy_page!(LazyAdminPortfolio, AdminPortfolioPage);
lazy_page!(LazyAdminTestimonials, AdminTestimonialsPage);
lazy_page!(LazyAdminContent, AdminContentPage);
lazy_page!(LazyAdminSettings, AdminSettingsPage);
lazy_page!(LazyAdminNotifications, AdminNotificationsPage);
lazy_page!(LazyAdminChat, AdminChatPage);
lazy_page!(LazyAdminChatConversation, AdminChatConversationPage);
lazy_page!(LazyAdminClients, AdminClientsPage);
lazy_page!(LazyAdminClient, AdminClientPage);
lazy_page!(LazyAdminReports, AdminReportsPage);
lazy_page!(LazyAdminAudit, AdminAuditPage);
lazy_page!(LazyAdminTeam, AdminTeamPage);
lazy_page!(LazyAccountHome, AccountHome);
lazy_page!(LazyProfile, ProfilePage);
lazy_page!(LazyAccountNotifications, AccountNotificationsPage);
lazy_page!(LazyAccountChat, AccountChatPage);
lazy_page!(LazyClientBooking, ClientBookingPage);
lazy_page!(LazyPay, PayPage);
lazy_page!(LazyBooking, BookingPage);
