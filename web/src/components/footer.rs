use leptos::prelude::*;

use crate::i18n;

#[component]
pub fn Footer() -> impl IntoView {
    let year = js_sys::Date::new_0().get_full_year();
    view! {
        <footer class="site-footer">
            <div class="container footer-grid">
                <div>
                    <p class="footer-brand">{i18n::STUDIO_NAME()}</p>
                    <p class="footer-text">{i18n::FOOTER_ABOUT()}</p>
                </div>
                <div>
                    <p class="footer-heading">{i18n::FOOTER_CONTACT()}</p>
                    <address class="footer-text">{i18n::STUDIO_AREA()}</address>
                </div>
                <div>
                    <p class="footer-heading">{i18n::FOOTER_HOURS()}</p>
                    <p class="footer-text">{i18n::STUDIO_HOURS()}</p>
                </div>
            </div>
            <div class="container footer-bottom">
                <p>{format!("© {year} {}. {}", i18n::STUDIO_NAME(), i18n::FOOTER_RIGHTS())}</p>
            </div>
        </footer>
    }
}
