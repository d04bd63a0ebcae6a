//! `/portfolio/:id`: one post, its story and images, likes, sharing, and the
//! full-screen viewer. The server answers this URL with the app shell and
//! Open Graph tags, so a shared link opens here directly.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use shared::portfolio::{PortfolioImage, PortfolioPost};
use shared::ErrorCode;
use uuid::Uuid;

use super::like::{HeartIcon, ImageLike, LikeButton};
use super::model::{post_href, thumb_size, Filter};
use super::share::ShareButton;
use super::viewer::Viewer;
use crate::api::{self, ApiError};
use crate::components::{LoadError, Skeleton};
use crate::i18n;
use crate::pages::set_title;
use crate::state::use_auth;

#[component]
pub fn PortfolioPostPage() -> impl IntoView {
    set_title(i18n::PORTFOLIO_TITLE());
    let auth = use_auth();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .with(|p| p.get("id"))
            .and_then(|s| Uuid::parse_str(&s).ok())
    });
    // Signing in or out changes `liked` (and what an admin may see).
    let post = LocalResource::new(move || {
        let (id, _) = (id.get(), auth.is_signed_in());
        async move {
            match id {
                Some(id) => api::portfolio::get(auth, id).await,
                None => Err(ApiError::from_status(404)),
            }
        }
    });

    view! {
        <div class="container post-page">
            <Transition fallback=|| view! { <PostSkeleton/> }>
                {move || Suspend::new(async move {
                    match post.await {
                        Ok(p) => view! { <PostView post=p/> }.into_any(),
                        Err(err) if err.code() == Some(ErrorCode::NotFound) => view! { <PostNotFound/> }.into_any(),
                        Err(error) => view! {
                            <LoadError error=error what=i18n::POST_LOAD_FAILED() retry=Callback::new(move |()| post.refetch())/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn PostView(post: PortfolioPost) -> impl IntoView {
    set_title(&post.title);
    let likes: Vec<ImageLike> = post.images.iter().map(ImageLike::of).collect();
    let total = {
        let likes = likes.clone();
        move || likes.iter().map(|l| l.like.get().count).sum::<u64>()
    };
    let likes = StoredValue::new(likes);
    let images = StoredValue::new(post.images.clone());
    let open = RwSignal::new(None::<usize>);
    let like_error = RwSignal::new(None::<String>);
    let category_href = Filter::default()
        .with_category(Some(&post.category.slug))
        .href();
    let story = (!post.story.is_empty()).then(|| {
        post.story
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .map(|p| view! { <p>{p.trim().to_owned()}</p> })
            .collect_view()
    });
    let count = post.images.len();
    let viewer_title = post.title.clone();

    view! {
        <article class="post" data-post-id=post.id.to_string()>
            <nav class="breadcrumb" aria-label=i18n::NAV_PORTFOLIO()>
                <a href=super::model::GALLERY_HREF>{i18n::NAV_PORTFOLIO()}</a>
                " / "
                <a href=category_href data-testid="post-category">{post.category.name.clone()}</a>
            </nav>
            <header class="post-header">
                <h1>{post.title.clone()}</h1>
                <div class="post-meta">
                    {(!post.published).then(|| view! { <span class="status status-off">{i18n::PORTFOLIO_DRAFT()}</span> })}
                    <span class="post-category">{post.category.name.clone()}</span>
                    <span class="post-likes" data-testid="post-likes"><HeartIcon/><span>{total}</span><span class="visually-hidden">{i18n::LIKES()}</span></span>
                    <span class="post-count">{format!("{count} {}", i18n::PHOTOS())}</span>
                    <ShareButton title=post.title.clone() path=post_href(post.id)/>
                </div>
            </header>
            {story.map(|s| view! { <div class="post-story">{s}</div> })}
            {move || like_error.get().map(|text| view! {
                <div class="alert alert-error" role="alert" data-testid="like-error"><p>{text}</p></div>
            })}
            {if count == 0 {
                view! { <p class="empty-state card">{i18n::POST_NO_IMAGES()}</p> }.into_any()
            } else {
                view! {
                    <ul id="post-images" class="post-images" aria-label=i18n::POST_IMAGES_LABEL()>
                        {post.images
                            .iter()
                            .zip(likes.get_value())
                            .enumerate()
                            .map(|(i, (img, state))| view! {
                                <PostImage image=img.clone() index=i count=count state=state open=open like_error=like_error/>
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </article>
        <Show when=move || open.get().is_some()>
            <Viewer images=images likes=likes open=open title=viewer_title.clone() like_error=like_error/>
        </Show>
    }
}

#[component]
fn PostImage(
    image: PortfolioImage,
    index: usize,
    count: usize,
    state: ImageLike,
    open: RwSignal<Option<usize>>,
    like_error: RwSignal<Option<String>>,
) -> impl IntoView {
    let (w, h) = thumb_size(image.width, image.height);
    let label = format!(
        "{} {} {} {count}",
        i18n::POST_OPEN_IMAGE(),
        index + 1,
        i18n::OF()
    );
    view! {
        <li class="post-image" data-image-id=image.id.to_string()>
            <button type="button" class="post-image-open" id=format!("open-image-{index}") data-index=index aria-label=label on:click=move |_| open.set(Some(index))>
                <img src=image.thumb_url width=w height=h loading="lazy" alt=""/>
            </button>
            <LikeButton state=state error=like_error/>
        </li>
    }
}

#[component]
fn PostNotFound() -> impl IntoView {
    set_title(i18n::POST_NOT_FOUND());
    view! {
        <section class="card empty-state post-not-found" data-testid="post-not-found">
            <p class="eyebrow">"404"</p>
            <h1>{i18n::POST_NOT_FOUND()}</h1>
            <p>{i18n::POST_NOT_FOUND_TEXT()}</p>
            <a class="btn btn-primary" href=super::model::GALLERY_HREF>{i18n::POST_BACK()}</a>
        </section>
    }
}

#[component]
fn PostSkeleton() -> impl IntoView {
    view! {
        <div class="post">
            <Skeleton lines=3/>
            <div class="post-images">
                {(0..6).map(|_| view! { <div class="post-image skeleton-tile"></div> }).collect_view()}
            </div>
        </div>
    }
}
