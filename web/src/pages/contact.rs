//! `/kontak`: how to reach the studio, WhatsApp first (with a greeting
//! already typed), then email, address, hours, Instagram and the map.

use leptos::prelude::*;
use shared::site::{pick, ContactDetails};

use super::set_title;
use crate::api;
use crate::components::{LoadError, Skeleton};
use crate::i18n;

/// `https://wa.me/62…?text=<greeting>`, the greeting percent-encoded.
pub fn whatsapp_href(base: &str, text: &str) -> String {
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}text={}", api::encode(text))
}

/// The studio's WhatsApp link with the visitor's greeting.
pub fn whatsapp_greeting_href(contact: &ContactDetails) -> String {
    whatsapp_href(&contact.whatsapp_url, i18n::SITE_WHATSAPP_GREETING())
}

/// `+6285740109107` → `+62 857-4010-9107`, the way Indonesians write it;
/// other numbers as they are.
pub fn display_phone(e164: &str) -> String {
    let Some(national) = e164.strip_prefix("+62") else {
        return e164.to_owned();
    };
    if national.len() < 9 || !national.chars().all(|c| c.is_ascii_digit()) {
        return e164.to_owned();
    }
    let (a, rest) = national.split_at(3);
    let (b, c) = rest.split_at(4);
    format!("+62 {a}-{b}-{c}")
}

/// `https://instagram.com/<handle>/`.
pub fn instagram_href(handle: &str) -> String {
    format!(
        "https://instagram.com/{}/",
        api::encode(handle.trim_start_matches('@'))
    )
}

/// The contact's opening hours in the visitor's language.
pub fn hours_text(contact: &ContactDetails) -> &str {
    pick(&contact.hours, &contact.hours_en, i18n::english())
}

#[component]
pub fn ContactPage() -> impl IntoView {
    set_title(i18n::CONTACT_PAGE_TITLE());
    let site = LocalResource::new(api::site::content);
    let retry = Callback::new(move |()| site.refetch());
    view! {
        <section class="page-hero">
            <div class="container">
                <p class="eyebrow">{i18n::CONTACT_PAGE_EYEBROW()}</p>
                <h1>{i18n::CONTACT_PAGE_TITLE()}</h1>
                <p class="lead">{i18n::CONTACT_PAGE_LEAD()}</p>
            </div>
        </section>
        <div class="container contact-page">
            <Transition fallback=|| view! {
                <div class="contact-grid">
                    <section class="card"><Skeleton lines=3/></section>
                    <section class="card"><Skeleton lines=5/></section>
                </div>
            }>
                {move || Suspend::new(async move {
                    match site.await {
                        Ok(s) => view! { <ContactCards contact=s.contact/> }.into_any(),
                        Err(error) => view! {
                            <LoadError error=error what=i18n::CONTACT_LOAD_FAILED() retry=retry/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn ContactCards(contact: ContactDetails) -> impl IntoView {
    let wa = whatsapp_greeting_href(&contact);
    let mailto = format!("mailto:{}", contact.email);
    let hours = hours_text(&contact).to_owned();
    let instagram = (!contact.instagram.is_empty()).then(|| contact.instagram.clone());
    let maps = (!contact.maps_url.is_empty()).then(|| contact.maps_url.clone());
    view! {
        <div class="contact-grid">
            <section class="card contact-whatsapp-card" aria-labelledby="contact-whatsapp-title">
                <h2 id="contact-whatsapp-title">{i18n::CONTACT_WHATSAPP_TITLE()}</h2>
                <p>{i18n::CONTACT_WHATSAPP_TEXT()}</p>
                <a class="btn btn-primary btn-large btn-whatsapp" href=wa target="_blank" rel="noopener noreferrer" data-testid="contact-whatsapp">
                    <WhatsAppIcon/>
                    <span>{i18n::CONTACT_WHATSAPP_BUTTON()}</span>
                    <span class="visually-hidden">{i18n::SITE_NEW_TAB()}</span>
                </a>
                <p class="contact-number">{display_phone(&contact.whatsapp)}</p>
                <p class="muted contact-chat-note">
                    {i18n::CONTACT_ACCOUNT_CHAT()}" "
                    <a href="/akun/chat">{i18n::CONTACT_ACCOUNT_CHAT_LINK()}</a>"."
                </p>
            </section>
            <section class="card">
                <dl class="contact-list">
                    <div>
                        <dt>{i18n::CONTACT_EMAIL_LABEL()}</dt>
                        <dd><a href=mailto data-testid="contact-email">{contact.email.clone()}</a></dd>
                    </div>
                    <div>
                        <dt>{i18n::CONTACT_ADDRESS_LABEL()}</dt>
                        <dd>
                            <address data-testid="contact-address">{contact.address.clone()}</address>
                            {maps.map(|href| view! {
                                <a class="contact-map" href=href target="_blank" rel="noopener noreferrer" data-testid="contact-map">
                                    {i18n::CONTACT_MAP_LINK()}<span aria-hidden="true">" ↗"</span>
                                    <span class="visually-hidden">{i18n::SITE_NEW_TAB()}</span>
                                </a>
                            })}
                        </dd>
                    </div>
                    <div>
                        <dt>{i18n::CONTACT_HOURS_LABEL()}</dt>
                        <dd data-testid="contact-hours">{hours}</dd>
                    </div>
                    {instagram.map(|handle| view! {
                        <div>
                            <dt>{i18n::CONTACT_INSTAGRAM_LABEL()}</dt>
                            <dd>
                                <a href=instagram_href(&handle) target="_blank" rel="noopener noreferrer" data-testid="contact-instagram">
                                    {format!("@{handle}")}
                                    <span class="visually-hidden">{i18n::SITE_NEW_TAB()}</span>
                                </a>
                            </dd>
                        </div>
                    })}
                </dl>
            </section>
        </div>
    }
}

/// The chat bubble mark next to WhatsApp links.
#[component]
pub fn WhatsAppIcon() -> impl IntoView {
    view! {
        <svg class="wa-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path
                d="M12 3a9 9 0 0 0-7.8 13.5L3 21l4.6-1.2A9 9 0 1 0 12 3z"
                fill="none"
                stroke="currentColor"
                stroke-width="1.8"
                stroke-linejoin="round"
            />
            <path
                d="M9 8.5c0 3.3 3.2 6.5 6.5 6.5l1-1.6-2-1-1 .9c-1-.4-2.4-1.8-2.8-2.8l.9-1-1-2z"
                fill="currentColor"
            />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whatsapp_links_carry_an_encoded_greeting() {
        assert_eq!(
            whatsapp_href("https://wa.me/6285740109107", "Halo Aruna, saya mau tanya & pesan?"),
            "https://wa.me/6285740109107?text=Halo%20Aruna%2C%20saya%20mau%20tanya%20%26%20pesan%3F"
        );
        assert_eq!(
            whatsapp_href("https://wa.me/62857?x=1", "é"),
            "https://wa.me/62857?x=1&text=%C3%A9"
        );
    }

    #[test]
    fn indonesian_numbers_are_grouped() {
        assert_eq!(display_phone("+6285740109107"), "+62 857-4010-9107");
        assert_eq!(display_phone("+628123456789"), "+62 812-3456-789");
        assert_eq!(display_phone("+14155550100"), "+14155550100");
        assert_eq!(display_phone("+62812"), "+62812");
    }

    #[test]
    fn instagram_links_use_the_bare_handle() {
        assert_eq!(
            instagram_href("@aruna.moment"),
            "https://instagram.com/aruna.moment/"
        );
    }
}
