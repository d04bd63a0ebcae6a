//! `/portfolio`: the public gallery. Category chips and the sort live in the
//! URL (`?kategori=<slug>&urut=terbaru`); posts come a page at a time with
//! "Muat lagi".

mod like;
pub mod model;
pub mod post;
mod share;
mod viewer;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use shared::portfolio::{PortfolioCategory, PortfolioPost, PostPage};

use self::like::HeartIcon;
use self::model::{append_new, has_more, parse_sort, post_href, thumb_size, Filter};
use super::set_title;
use crate::api::portfolio::Sort;
use crate::api::{self, ApiError};
use crate::components::{LoadError, Skeleton, Spinner};
use crate::i18n;
use crate::state::use_auth;

pub use post::PortfolioPostPage;

#[component]
pub fn PortfolioPage() -> impl IntoView {
    set_title(i18n::PORTFOLIO_TITLE());
    let auth = use_auth();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        query.with(|q| Filter::from_params(q.get("kategori").as_deref(), q.get("urut").as_deref()))
    });
    let categories = LocalResource::new(api::portfolio::categories);
    let first = LocalResource::new(move || {
        let f = filter.get();
        async move { api::portfolio::list(auth, &f.query(1)).await }
    });

    view! {
        <section class="page-hero">
            <div class="container">
                <p class="eyebrow">{i18n::PORTFOLIO_EYEBROW()}</p>
                <h1>{i18n::PORTFOLIO_TITLE()}</h1>
                <p class="lead">{i18n::PORTFOLIO_LEAD()}</p>
            </div>
        </section>
        <div class="container portfolio">
            <div class="portfolio-toolbar">
                <CategoryChips filter=filter categories=categories/>
                <SortSelect filter=filter/>
            </div>
            <Transition fallback=|| view! { <GridSkeleton/> }>
                {move || Suspend::new(async move {
                    let shown = filter.get_untracked();
                    match first.await {
                        Ok(page) if page.items.is_empty() => view! { <EmptyGallery filtered=shown.category.is_some()/> }.into_any(),
                        Ok(page) => view! { <PostGrid first=page filter=shown/> }.into_any(),
                        Err(error) => view! {
                            <LoadError error=error what=i18n::PORTFOLIO_LOAD_FAILED() retry=Callback::new(move |()| first.refetch())/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

/// Goes to `filter`'s URL without scrolling back up.
fn use_show() -> impl Fn(Filter) + Clone + 'static {
    let navigate = use_navigate();
    move |f: Filter| {
        navigate(
            &f.href(),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    }
}

#[component]
fn CategoryChips(
    filter: Memo<Filter>,
    categories: LocalResource<Result<Vec<PortfolioCategory>, ApiError>>,
) -> impl IntoView {
    let show = use_show();
    // Without categories the gallery still works: only "Semua" is offered.
    let list = move || {
        categories
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.slug, c.name))
            .collect::<Vec<_>>()
    };
    let chip = move |slug: String, name: String| {
        let show = show.clone();
        let wanted = (!slug.is_empty()).then(|| slug.clone());
        let active = {
            let wanted = wanted.clone();
            move || filter.with(|f| f.category == wanted)
        };
        view! {
            <button
                type="button"
                class="category-chip"
                class:active=active.clone()
                data-slug=slug
                aria-pressed=move || active().to_string()
                on:click=move |_| show(filter.get_untracked().with_category(wanted.as_deref()))
            >
                {name}
            </button>
        }
    };
    let all = chip.clone();
    view! {
        <div class="category-chips" role="group" aria-label=i18n::PORTFOLIO_CATEGORIES_LABEL() data-testid="category-chips">
            {all(String::new(), i18n::PORTFOLIO_ALL().to_owned())}
            {move || list().into_iter().map(|(slug, name)| chip(slug, name)).collect_view()}
        </div>
    }
}

#[component]
fn SortSelect(filter: Memo<Filter>) -> impl IntoView {
    let show = use_show();
    let options = [
        (Sort::Popular, i18n::SORT_POPULAR()),
        (Sort::Newest, i18n::SORT_NEWEST()),
    ];
    view! {
        <div class="portfolio-sort">
            <label for="portfolio-sort">{i18n::PORTFOLIO_SORT_LABEL()}</label>
            <select
                id="portfolio-sort"
                prop:value=move || filter.with(|f| f.sort.as_str())
                on:change=move |ev| show(filter.get_untracked().with_sort(parse_sort(&event_target_value(&ev))))
            >
                {options
                    .into_iter()
                    .map(|(sort, label)| view! {
                        <option value=sort.as_str() selected=move || filter.with(|f| f.sort == sort)>{label}</option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The posts of the first page, and the ones "Muat lagi" adds. Drawn anew
/// for every filter, so its pages start over with it.
#[component]
fn PostGrid(first: PostPage, filter: Filter) -> impl IntoView {
    let auth = use_auth();
    let (total, per_page) = (first.total, first.per_page.max(1));
    let posts = RwSignal::new(first.items);
    let page = RwSignal::new(first.page.max(1));
    let loading = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let filter = StoredValue::new(filter);

    let load_more = move || {
        if loading.get_untracked() {
            return;
        }
        let q = filter.with_value(|f| f.query(page.get_untracked() + 1));
        loading.set(true);
        error.set(None);
        spawn_local(async move {
            match api::portfolio::list(auth, &q).await {
                Ok(next) => {
                    posts.try_update(|shown| append_new(shown, next.items));
                    let _ = page.try_set(next.page.max(q.page));
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
        <div id="portfolio-grid" class="portfolio-grid" data-total=total>
            <For each=move || posts.get() key=|p| p.id children=|p| view! { <PostCard post=p/> }/>
        </div>
        <p class="portfolio-shown muted">
            {move || format!("{} {} {} {total} {}", i18n::PORTFOLIO_SHOWN(), posts.with(Vec::len), i18n::OF(), i18n::PORTFOLIO_WORKS())}
        </p>
        {move || error.get().map(|error| view! {
            <LoadError error=error what=i18n::PORTFOLIO_MORE_FAILED() retry=Callback::new(move |()| load_more())/>
        })}
        <Show when=more>
            <div class="load-more">
                <button type="button" id="load-more" class="btn btn-ghost" disabled=move || loading.get() aria-busy=move || loading.get().to_string() on:click=move |_| load_more()>
                    {move || if loading.get() {
                        view! { <Spinner/><span>{i18n::LOADING()}</span> }.into_any()
                    } else {
                        view! { <span>{i18n::PORTFOLIO_LOAD_MORE()}</span> }.into_any()
                    }}
                </button>
            </div>
        </Show>
    }
}

#[component]
pub fn PostCard(post: PortfolioPost) -> impl IntoView {
    let cover = post.images.first().map(|img| {
        let (w, h) = thumb_size(img.width, img.height);
        view! { <img src=img.thumb_url.clone() width=w height=h loading="lazy" alt=post.title.clone()/> }
    });
    view! {
        <a class="portfolio-card" href=post_href(post.id) data-post-id=post.id.to_string()>
            <div class="portfolio-cover">
                {match cover {
                    Some(img) => img.into_any(),
                    None => view! { <span class="portfolio-no-image">{i18n::PORTFOLIO_NO_IMAGE()}</span> }.into_any(),
                }}
                {(!post.published).then(|| view! { <span class="status status-off portfolio-draft">{i18n::PORTFOLIO_DRAFT()}</span> })}
            </div>
            <div class="portfolio-card-body">
                <p class="portfolio-card-category">{post.category.name.clone()}</p>
                <h2 class="portfolio-card-title">{post.title.clone()}</h2>
                <p class="portfolio-card-likes">
                    <HeartIcon/>
                    <span class="like-total">{post.like_count}</span>
                    <span class="visually-hidden">{i18n::LIKES()}</span>
                </p>
            </div>
        </a>
    }
}

#[component]
fn EmptyGallery(filtered: bool) -> impl IntoView {
    let (title, text) = if filtered {
        (
            i18n::PORTFOLIO_EMPTY_CATEGORY(),
            i18n::PORTFOLIO_EMPTY_CATEGORY_TEXT(),
        )
    } else {
        (i18n::PORTFOLIO_EMPTY(), i18n::PORTFOLIO_EMPTY_TEXT())
    };
    view! {
        <section class="card empty-state" data-testid="portfolio-empty">
            <h2>{title}</h2>
            <p>{text}</p>
            {filtered.then(|| view! {
                <a class="btn btn-ghost" href=model::GALLERY_HREF>{i18n::PORTFOLIO_SEE_ALL()}</a>
            })}
        </section>
    }
}

#[component]
fn GridSkeleton() -> impl IntoView {
    view! {
        <div class="portfolio-grid" aria-busy="true">
            <span class="visually-hidden">{i18n::LOADING()}</span>
            {(0..6)
                .map(|_| view! {
                    <div class="portfolio-card portfolio-card-skeleton">
                        <div class="portfolio-cover skeleton-tile"></div>
                        <div class="portfolio-card-body"><Skeleton lines=2/></div>
                    </div>
                })
                .collect_view()}
        </div>
    }
}
