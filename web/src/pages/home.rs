use leptos::prelude::*;

use super::about::AboutTeaser;
use super::home_hero::HeroCarousel;
use super::home_showcase::{HomePortfolio, HomeTestimonials};
use super::{home_for, set_title};
use crate::api;
use crate::i18n;
use crate::state::use_auth;

#[component]
pub fn HomePage() -> impl IntoView {
    set_title("");
    let auth = use_auth();
    // One request feeds the carousel, the about teaser and the footer.
    let site = LocalResource::new(api::site::content);
    // The studio's photos, once they came; the text cover stays either way.
    let slides = Memo::new(move |_| {
        site.with(|r| {
            r.as_ref()
                .and_then(|r| r.as_ref().ok())
                .map(|s| s.hero.clone())
                .unwrap_or_default()
        })
    });
    let has_slides = move || slides.with(|s| !s.is_empty());

    let ctas = move || {
        if auth.is_signed_in() {
            view! {
                <a class="btn btn-primary btn-large" href=home_for(auth.role())>{i18n::HOME_CTA_ACCOUNT()}</a>
            }
            .into_any()
        } else {
            view! {
                <a class="btn btn-primary btn-large" href="/register">{i18n::HOME_CTA_REGISTER()}</a>
                <a class="btn btn-ghost btn-large" href="/login">{i18n::HOME_CTA_LOGIN()}</a>
            }
            .into_any()
        }
    };

    view! {
        {move || has_slides().then(|| view! { <HeroCarousel slides=slides.get()/> })}
        <section class="hero" class:hero-compact=has_slides data-testid="hero">
            <div class="container hero-inner">
                <p class="eyebrow">{i18n::HOME_EYEBROW()}</p>
                <h1 class="hero-title">
                    {i18n::STUDIO_NAME()}
                    <span class="hero-dash" aria-hidden="true">" — "</span>
                    <span class="hero-tagline">{i18n::STUDIO_TAGLINE()}</span>
                </h1>
                <p class="lead hero-lead">{i18n::HOME_LEAD()}</p>
                <div class="cta-row">
                    {ctas}
                    <a class="btn btn-link btn-large" href="/harga" data-testid="cta-pricelist">
                        {i18n::HOME_CTA_PRICELIST()}<span aria-hidden="true">" →"</span>
                    </a>
                </div>
            </div>
            <div class="hero-ornament" aria-hidden="true"></div>
        </section>

        <section class="section">
            <div class="container">
                <h2 class="section-title">{i18n::HOME_SERVICES_TITLE()}</h2>
                <ul class="card-grid services">
                    {i18n::HOME_SERVICES()
                        .iter()
                        .map(|(name, text)| view! {
                            <li class="card service">
                                <h3>{*name}</h3>
                                <p>{*text}</p>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </div>
        </section>

        <AboutTeaser site=site/>

        <HomePortfolio/>

        <section class="section section-tinted">
            <div class="container">
                <h2 class="section-title">{i18n::HOME_STEPS_TITLE()}</h2>
                <ol class="steps">
                    {i18n::HOME_STEPS()
                        .iter()
                        .enumerate()
                        .map(|(i, (title, text))| view! {
                            <li class="step">
                                <span class="step-number" aria-hidden="true">{i + 1}</span>
                                <h3>{*title}</h3>
                                <p>{*text}</p>
                            </li>
                        })
                        .collect_view()}
                </ol>
            </div>
        </section>

        <HomeTestimonials/>

        <section class="section closing">
            <div class="container narrow center">
                <h2 class="section-title">{i18n::HOME_CLOSING_TITLE()}</h2>
                <p class="lead">{i18n::HOME_CLOSING_TEXT()}</p>
                <div class="cta-row center">{ctas}</div>
            </div>
        </section>
    }
}
