//! The home page's showcase: the most liked portfolio posts and the latest
//! approved testimonials. Each section stays away while it loads, when it
//! has nothing to show, or when its data does not come: the hero and the
//! call to book never wait for them.

use leptos::prelude::*;

use super::portfolio::PostCard;
use crate::api;
use crate::components::testimonial::TestimonialCard;
use crate::i18n;

/// How many posts the home page shows.
pub const POPULAR_POSTS: u64 = 6;
/// How many testimonials the home page shows.
pub const LATEST_TESTIMONIALS: u64 = 3;

#[component]
pub fn HomePortfolio() -> impl IntoView {
    let posts = LocalResource::new(|| api::portfolio::popular(POPULAR_POSTS));
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let items = posts.await.map(|p| p.items).unwrap_or_default();
                (!items.is_empty()).then(|| view! {
                    <section id="home-portfolio" class="section home-portfolio" aria-labelledby="home-portfolio-title">
                        <div class="container">
                            <h2 id="home-portfolio-title" class="section-title">{i18n::HOME_PORTFOLIO_TITLE()}</h2>
                            <div class="portfolio-grid">
                                {items.into_iter().map(|p| view! { <PostCard post=p/> }).collect_view()}
                            </div>
                            <p class="section-more">
                                <a class="btn btn-ghost" href="/portfolio">{i18n::HOME_PORTFOLIO_MORE()}<span aria-hidden="true">" →"</span></a>
                            </p>
                        </div>
                    </section>
                })
            })}
        </Transition>
    }
}

#[component]
pub fn HomeTestimonials() -> impl IntoView {
    let latest = LocalResource::new(|| api::testimonials::list(1, LATEST_TESTIMONIALS));
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let items = latest.await.map(|p| p.items).unwrap_or_default();
                (!items.is_empty()).then(|| view! {
                    <section id="home-testimonials" class="section home-testimonials" aria-labelledby="home-testimonials-title">
                        <div class="container">
                            <h2 id="home-testimonials-title" class="section-title">{i18n::HOME_TESTIMONIALS_TITLE()}</h2>
                            <div class="testimonial-grid">
                                {items.into_iter().map(|t| view! { <TestimonialCard testimonial=t/> }).collect_view()}
                            </div>
                            <p class="section-more">
                                <a class="btn btn-ghost" href="/testimoni" data-testid="all-testimonials">{i18n::HOME_TESTIMONIALS_MORE()}<span aria-hidden="true">" →"</span></a>
                            </p>
                        </div>
                    </section>
                })
            })}
        </Transition>
    }
}
