//! `/testimoni`: what clients say, approved by the studio; newest first, a
//! page at a time with "Muat lagi".

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::testimonial::{Testimonial, TestimonialPage};

use super::portfolio::model::has_more;
use super::set_title;
use crate::api::{self, ApiError};
use crate::components::testimonial::TestimonialCard;
use crate::components::{LoadError, Skeleton, Spinner};
use crate::i18n;

pub const PER_PAGE: u64 = 12;

/// Adds the `next` page's testimonials not shown yet (a new approval can
/// shift the pages while the visitor reads).
pub fn append_new(shown: &mut Vec<Testimonial>, next: Vec<Testimonial>) {
    for t in next {
        if !shown.iter().any(|s| s.id == t.id) {
            shown.push(t);
        }
    }
}

#[component]
pub fn TestimonialsPage() -> impl IntoView {
    set_title(i18n::TESTIMONIALS_TITLE());
    let first = LocalResource::new(|| api::testimonials::list(1, PER_PAGE));

    view! {
        <section class="page-hero">
            <div class="container">
                <p class="eyebrow">{i18n::TESTIMONIALS_EYEBROW()}</p>
                <h1>{i18n::TESTIMONIALS_TITLE()}</h1>
                <p class="lead">{i18n::TESTIMONIALS_LEAD()}</p>
            </div>
        </section>
        <div class="container testimonials-page">
            <Transition fallback=|| view! { <ListSkeleton/> }>
                {move || Suspend::new(async move {
                    match first.await {
                        Ok(page) if page.items.is_empty() => view! {
                            <section class="card empty-state" data-testid="testimonials-empty">
                                <h2>{i18n::TESTIMONIALS_EMPTY()}</h2>
                                <p>{i18n::TESTIMONIALS_EMPTY_TEXT()}</p>
                                <a class="btn btn-ghost" href="/portfolio">{i18n::TESTIMONIALS_SEE_PORTFOLIO()}</a>
                            </section>
                        }
                        .into_any(),
                        Ok(page) => view! { <TestimonialList first=page/> }.into_any(),
                        Err(error) => view! {
                            <LoadError error=error what=i18n::TESTIMONIALS_LOAD_FAILED() retry=Callback::new(move |()| first.refetch())/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn TestimonialList(first: TestimonialPage) -> impl IntoView {
    let (total, per_page) = (first.total, first.per_page.max(1));
    let items = RwSignal::new(first.items);
    let page = RwSignal::new(first.page.max(1));
    let loading = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);

    let load_more = move || {
        if loading.get_untracked() {
            return;
        }
        let next_page = page.get_untracked() + 1;
        loading.set(true);
        error.set(None);
        spawn_local(async move {
            match api::testimonials::list(next_page, PER_PAGE).await {
                Ok(next) => {
                    items.try_update(|shown| append_new(shown, next.items));
                    let _ = page.try_set(next.page.max(next_page));
                }
                Err(err) => {
                    let _ = error.try_set(Some(err));
                }
            }
            let _ = loading.try_set(false);
        });
    };
    let more = move || has_more(page.get(), per_page, total);

    view! {
        <div id="testimonial-list" class="testimonial-grid" data-total=total>
            <For each=move || items.get() key=|t| t.id children=|t| view! { <TestimonialCard testimonial=t/> }/>
        </div>
        {move || error.get().map(|error| view! {
            <LoadError error=error what=i18n::TESTIMONIALS_MORE_FAILED() retry=Callback::new(move |()| load_more())/>
        })}
        <Show when=more>
            <div class="load-more">
                <button type="button" id="load-more" class="btn btn-ghost" disabled=move || loading.get() aria-busy=move || loading.get().to_string() on:click=move |_| load_more()>
                    {move || if loading.get() {
                        view! { <Spinner/><span>{i18n::LOADING()}</span> }.into_any()
                    } else {
                        view! { <span>{i18n::LOAD_MORE()}</span> }.into_any()
                    }}
                </button>
            </div>
        </Show>
    }
}

#[component]
fn ListSkeleton() -> impl IntoView {
    view! {
        <div class="testimonial-grid">
            {(0..3).map(|_| view! { <section class="card"><Skeleton lines=4/></section> }).collect_view()}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use shared::testimonial::TestimonialStatus;
    use shared::ServiceKind;
    use uuid::Uuid;

    fn item(n: u128) -> Testimonial {
        Testimonial {
            id: Uuid::from_u128(n),
            author: "Sari D.".into(),
            service_kind: ServiceKind::Wedding,
            rating: 5,
            text: "Hasil fotonya indah sekali!".into(),
            status: TestimonialStatus::Approved,
            created_at: Utc::now(),
        }
    }

    #[test]
    fn more_pages_skip_what_is_shown() {
        let mut shown = vec![item(1), item(2)];
        append_new(&mut shown, vec![item(2), item(3)]);
        let ids: Vec<_> = shown.iter().map(|t| t.id.as_u128()).collect();
        assert_eq!(ids, [1, 2, 3]);
    }
}
