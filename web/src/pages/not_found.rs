use leptos::prelude::*;

use super::set_title;
use crate::i18n;

#[component]
pub fn NotFound() -> impl IntoView {
    set_title(i18n::NOT_FOUND_TITLE());
    view! {
        <section class="container narrow center-page not-found" data-testid="not-found">
            <p class="eyebrow">"404"</p>
            <h1>{i18n::NOT_FOUND_TITLE()}</h1>
            <p class="lead">{i18n::NOT_FOUND_TEXT()}</p>
            <a class="btn btn-primary" href="/">{i18n::BACK_HOME()}</a>
            <nav class="not-found-links" aria-labelledby="not-found-suggest">
                <p id="not-found-suggest" class="muted">{i18n::SITE_404_SUGGEST()}</p>
                <ul>
                    <li><a href="/portfolio" data-testid="not-found-portfolio">{i18n::SITE_404_PORTFOLIO()}</a></li>
                    <li><a href="/harga">{i18n::NAV_PRICELIST()}</a></li>
                    <li><a href="/faq">{i18n::SITE_NAV_FAQ()}</a></li>
                    <li><a href="/kontak" data-testid="not-found-contact">{i18n::SITE_404_CONTACT()}</a></li>
                </ul>
            </nav>
        </section>
    }
}
