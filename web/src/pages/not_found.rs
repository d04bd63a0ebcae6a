use leptos::prelude::*;

use super::set_title;
use crate::i18n;

#[component]
pub fn NotFound() -> impl IntoView {
    set_title(i18n::NOT_FOUND_TITLE());
    view! {
        <section class="container narrow center-page" data-testid="not-found">
            <p class="eyebrow">"404"</p>
            <h1>{i18n::NOT_FOUND_TITLE()}</h1>
            <p class="lead">{i18n::NOT_FOUND_TEXT()}</p>
            <a class="btn btn-primary" href="/">{i18n::BACK_HOME()}</a>
        </section>
    }
}
