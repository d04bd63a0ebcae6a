//! The site footer: the studio's contact details as the admins keep them
//! (`GET /api/v1/site`, shared with the pages), and the information pages.

use leptos::prelude::*;
use shared::site::ContactDetails;

use crate::api;
use crate::i18n;
use crate::pages::contact::{display_phone, hours_text, whatsapp_greeting_href};

/// What the footer shows until the studio's own details arrive (or when
/// they cannot): the details the site has always shown.
fn fallback_contact() -> ContactDetails {
    ContactDetails {
        address: i18n::STUDIO_AREA().to_owned(),
        hours: i18n::STUDIO_HOURS().to_owned(),
        hours_en: String::new(),
        ..ContactDetails::default()
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let year = js_sys::Date::new_0().get_full_year();
    let site = LocalResource::new(api::site::content);
    let contact = Memo::new(move |_| {
        site.with(|r| {
            r.as_ref()
                .and_then(|r| r.as_ref().ok())
                .map(|s| s.contact.clone())
        })
        .unwrap_or_else(fallback_contact)
    });
    view! {
        <footer class="site-footer">
            <div class="container footer-grid">
                <div>
                    <p class="footer-brand">{i18n::STUDIO_NAME()}</p>
                    <p class="footer-text">{i18n::FOOTER_ABOUT()}</p>
                </div>
                <div>
                    <p class="footer-heading">{i18n::FOOTER_CONTACT()}</p>
                    <ul class="footer-list footer-text" data-testid="footer-contact">
                        <li>
                            <span class="footer-label">{i18n::SITE_FOOTER_WHATSAPP()}" "</span>
                            <a href=move || contact.with(whatsapp_greeting_href) target="_blank" rel="noopener noreferrer" data-testid="footer-whatsapp">
                                {move || contact.with(|c| display_phone(&c.whatsapp))}
                                <span class="visually-hidden">{i18n::SITE_NEW_TAB()}</span>
                            </a>
                        </li>
                        <li>
                            <span class="footer-label">{i18n::SITE_FOOTER_EMAIL()}" "</span>
                            <a href=move || contact.with(|c| format!("mailto:{}", c.email)) data-testid="footer-email">
                                {move || contact.with(|c| c.email.clone())}
                            </a>
                        </li>
                        <li><address>{move || contact.with(|c| c.address.clone())}</address></li>
                    </ul>
                </div>
                <div>
                    <p class="footer-heading">{i18n::FOOTER_HOURS()}</p>
                    <p class="footer-text" data-testid="footer-hours">{move || contact.with(|c| hours_text(c).to_owned())}</p>
                </div>
                <nav aria-labelledby="footer-links-title">
                    <p class="footer-heading" id="footer-links-title">{i18n::SITE_FOOTER_LINKS()}</p>
                    <ul class="footer-list footer-links">
                        <li><a href="/tentang">{i18n::SITE_NAV_ABOUT()}</a></li>
                        <li><a href="/faq">{i18n::SITE_NAV_FAQ()}</a></li>
                        <li><a href="/kontak">{i18n::SITE_NAV_CONTACT()}</a></li>
                        <li><a href="/harga">{i18n::NAV_PRICELIST()}</a></li>
                    </ul>
                </nav>
            </div>
            <div class="container footer-bottom">
                <p>{format!("© {year} {}. {}", i18n::STUDIO_NAME(), i18n::FOOTER_RIGHTS())}</p>
            </div>
        </footer>
    }
}
