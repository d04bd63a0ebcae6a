//! `/admin/portfolio` (admin+): every post, drafts too; create and edit them,
//! manage their images, add categories.

mod category_form;
mod images;
mod post_form;
mod rules;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;
use shared::portfolio::{PortfolioCategory, PortfolioPost};
use shared::Role;
use uuid::Uuid;

use self::category_form::CategoryForm;
use self::images::ImageManager;
use self::post_form::PostForm;
use super::payments::Pager;
use super::{focus_form, RequireRole};
use crate::api;
use crate::api::portfolio::{PostQuery, Sort};
use crate::components::{confirm, LoadError, Notice, Skeleton};
use crate::i18n;
use crate::pages::portfolio::model::{post_href, thumb_size};
use crate::pages::set_title;
use crate::state::use_auth;

const BASE: &str = "/admin/portfolio";
const PER_PAGE: u64 = 20;

/// What the editor area shows.
#[derive(Debug, Clone, PartialEq)]
enum Editor {
    Closed,
    New,
    /// The form and the image manager of a saved post.
    Edit(PortfolioPost),
}

#[component]
pub fn AdminPortfolioPage() -> impl IntoView {
    set_title(i18n::PORTFOLIO_TITLE());
    view! {
        <RequireRole min=Role::Admin>
            <PortfolioManager/>
        </RequireRole>
    }
}

#[component]
fn PortfolioManager() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let page = Memo::new(move |_| {
        query
            .with(|q| q.get("page"))
            .and_then(|p| p.parse::<u64>().ok())
            .unwrap_or(1)
            .max(1)
    });
    let posts = LocalResource::new(move || {
        let q = PostQuery {
            category: None,
            sort: Sort::Newest,
            page: page.get(),
            per_page: PER_PAGE,
        };
        async move { api::portfolio::list_all(auth, &q).await }
    });
    let categories = LocalResource::new(api::portfolio::categories);
    let category_list =
        Signal::derive(move || categories.get().and_then(Result::ok).unwrap_or_default());
    let editor = RwSignal::new(Editor::Closed);
    let notice = RwSignal::new(None::<String>);
    let action_error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<Uuid>);

    let open = move |e: Editor| {
        notice.set(None);
        action_error.set(None);
        editor.set(e);
        focus_form("post-form");
    };
    let on_saved = Callback::new(move |p: PortfolioPost| {
        let created = editor.get_untracked() == Editor::New;
        posts.refetch();
        if created {
            // Images need a saved post: stay and add them.
            notice.set(Some(i18n::POST_CREATED_ADD_IMAGES().to_owned()));
            editor.set(Editor::Edit(p));
            request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id("image-manager") {
                    el.scroll_into_view();
                }
            });
        } else {
            editor.set(Editor::Closed);
            notice.set(Some(format!(
                "{} “{}” {}",
                i18n::POST(),
                p.title,
                i18n::SAVED_SUFFIX()
            )));
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    let on_cancel = Callback::new(move |()| editor.set(Editor::Closed));
    let on_images_changed = Callback::new(move |()| posts.refetch());
    let on_category_added = Callback::new(move |c: PortfolioCategory| {
        action_error.set(None);
        notice.set(Some(format!(
            "{} “{}” {}",
            i18n::LABEL_CATEGORY(),
            c.name,
            i18n::CATEGORY_ADDED()
        )));
        categories.refetch();
    });
    let on_edit = Callback::new(move |p: PortfolioPost| open(Editor::Edit(p)));
    let on_delete = Callback::new(move |p: PortfolioPost| {
        let question = format!(
            "{} “{}”? {}",
            i18n::POST_DELETE_CONFIRM(),
            p.title,
            i18n::POST_DELETE_CONFIRM_TAIL()
        );
        if busy.get_untracked().is_some() || !confirm(&question) {
            return;
        }
        notice.set(None);
        action_error.set(None);
        busy.set(Some(p.id));
        spawn_local(async move {
            match api::portfolio::delete(auth, p.id).await {
                Ok(()) => {
                    notice.set(Some(format!(
                        "{} “{}” {}",
                        i18n::POST(),
                        p.title,
                        i18n::DELETED_SUFFIX()
                    )));
                    if matches!(editor.get_untracked(), Editor::Edit(ref e) if e.id == p.id) {
                        editor.set(Editor::Closed);
                    }
                    posts.refetch();
                }
                Err(err) => action_error.set(Some(err.message())),
            }
            busy.set(None);
        });
    });

    view! {
        <header class="page-header page-header-row">
            <div>
                <p class="eyebrow">{i18n::ADMIN_CATALOGUE()}</p>
                <h1>{i18n::PORTFOLIO_TITLE()}</h1>
                <p class="lead">{i18n::PORTFOLIO_ADMIN_LEAD()}</p>
            </div>
            <button type="button" class="btn btn-primary" id="new-post" on:click=move |_| open(Editor::New)>
                {i18n::POST_NEW()}
            </button>
        </header>
        <div class="flash">
            <Notice message=notice/>
            {move || action_error.get().map(|text| view! {
                <div class="alert alert-error" role="alert" data-testid="action-error"><p>{text}</p></div>
            })}
        </div>
        <CategoryForm categories=category_list on_added=on_category_added/>
        {move || match editor.get() {
            Editor::Closed => ().into_any(),
            Editor::New => view! {
                <PostForm initial=None categories=category_list on_saved=on_saved on_cancel=on_cancel/>
            }
            .into_any(),
            Editor::Edit(p) => view! {
                <PostForm initial=Some(p.clone()) categories=category_list on_saved=on_saved on_cancel=on_cancel/>
                <ImageManager post=p on_changed=on_images_changed/>
            }
            .into_any(),
        }}
        <Transition fallback=|| view! { <section class="card"><Skeleton lines=8/></section> }>
            {move || Suspend::new(async move {
                match posts.await {
                    Ok(p) if p.items.is_empty() && p.page <= 1 => view! {
                        <section class="card empty-state" data-testid="posts-empty">
                            <h2>{i18n::POSTS_EMPTY()}</h2>
                            <p>{i18n::POSTS_EMPTY_TEXT()}</p>
                        </section>
                    }
                    .into_any(),
                    Ok(p) => {
                        let pages = p.total.div_ceil(p.per_page.max(1)).max(1);
                        view! {
                            <section class="card">
                                <PostTable posts=p.items busy=busy on_edit=on_edit on_delete=on_delete/>
                                <Pager current=p.page pages=pages href=|n| format!("{BASE}?page={n}")/>
                            </section>
                        }
                        .into_any()
                    }
                    Err(error) => view! {
                        <LoadError error=error what=i18n::POSTS_LOAD_FAILED() retry=Callback::new(move |()| posts.refetch())/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn PostTable(
    posts: Vec<PortfolioPost>,
    busy: RwSignal<Option<Uuid>>,
    on_edit: Callback<PortfolioPost>,
    on_delete: Callback<PortfolioPost>,
) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="admin-table posts-table" id="post-list">
                <thead>
                    <tr>
                        <th scope="col"><span class="visually-hidden">{i18n::PHOTO()}</span></th>
                        <th scope="col">{i18n::COL_TITLE()}</th>
                        <th scope="col">{i18n::COL_STATUS()}</th>
                        <th scope="col" class="num">{i18n::COL_PHOTOS()}</th>
                        <th scope="col" class="num">{i18n::COL_LIKES()}</th>
                        <th scope="col" class="num">{i18n::COL_ORDER()}</th>
                        <th scope="col"><span class="visually-hidden">{i18n::COL_ACTIONS()}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {posts
                        .into_iter()
                        .map(|p| view! { <PostRow post=p busy=busy on_edit=on_edit on_delete=on_delete/> })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn PostRow(
    post: PortfolioPost,
    busy: RwSignal<Option<Uuid>>,
    on_edit: Callback<PortfolioPost>,
    on_delete: Callback<PortfolioPost>,
) -> impl IntoView {
    let id = post.id;
    let (for_edit, for_delete) = (post.clone(), post.clone());
    let thumb = post.images.first().map(|img| {
        let (w, h) = thumb_size(img.width, img.height);
        view! { <img class="post-thumb" src=img.thumb_url.clone() width=w height=h loading="lazy" alt=""/> }
    });
    let status = if post.published {
        view! { <span class="status status-on">{i18n::PORTFOLIO_PUBLISHED()}</span> }
    } else {
        view! { <span class="status status-off">{i18n::PORTFOLIO_DRAFT()}</span> }
    };
    view! {
        <tr data-testid="post-row" data-post-id=id.to_string() data-published=post.published.to_string() class:inactive=!post.published>
            <td class="thumb-cell">{thumb}</td>
            <td>
                <span class="cell-title">{post.title.clone()}</span>
                <span class="cell-sub">{post.category.name.clone()}</span>
            </td>
            <td>{status}</td>
            <td class="num">{post.images.len()}</td>
            <td class="num">{post.like_count}</td>
            <td class="num">{post.sort_order}</td>
            <td class="row-actions">
                <a class="btn btn-ghost btn-small" href=post_href(id)>{i18n::VIEW()}</a>
                <button type="button" class="btn btn-ghost btn-small edit-post" on:click=move |_| on_edit.run(for_edit.clone())>
                    {i18n::EDIT()}
                </button>
                <button
                    type="button"
                    class="btn btn-danger btn-small delete-post"
                    disabled=move || busy.get() == Some(id)
                    on:click=move |_| on_delete.run(for_delete.clone())
                >
                    {i18n::DELETE()}
                </button>
            </td>
        </tr>
    }
}
