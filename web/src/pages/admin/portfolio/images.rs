//! A post's images (`#image-manager`): upload with a progress bar
//! (`#image-upload`), move left or right, delete. Each change is saved at once.

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::portfolio::{PortfolioImage, PortfolioPost, MAX_IMAGES_PER_POST};
use shared::ErrorCode;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use web_sys::{File, HtmlInputElement};

use super::rules::{moved, plan_uploads, Picked, ACCEPT_ATTR};
use crate::api::{self, ApiError};
use crate::components::confirm;
use crate::i18n;
use crate::pages::portfolio::model::thumb_size;
use crate::state::use_auth;

/// The upload under way: file `current` of `count`, bytes sent of total.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Progress {
    current: usize,
    count: usize,
    sent: f64,
    total: f64,
}

impl Progress {
    fn percent(&self) -> f64 {
        if self.total > 0.0 {
            (self.sent / self.total * 100.0).clamp(0.0, 100.0)
        } else {
            0.0
        }
    }
}

fn picked_files(ev: &leptos::ev::Event) -> Vec<File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input
        .files()
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default();
    // Let the same files be picked again later.
    input.set_value("");
    files
}

fn upload_failure(file: &File, err: &ApiError) -> String {
    match err {
        ApiError::Network => format!("{}: {}", file.name(), i18n::UPLOAD_NETWORK()),
        _ => format!("{}: {}", file.name(), err.message()),
    }
}

#[component]
pub fn ImageManager(post: PortfolioPost, on_changed: Callback<()>) -> impl IntoView {
    let auth = use_auth();
    let post_id = post.id;
    let images = RwSignal::new(post.images);
    let busy = RwSignal::new(false);
    let progress = RwSignal::new(None::<Progress>);
    let problems = RwSignal::new(Vec::<String>::new());
    let notice = RwSignal::new(None::<String>);
    let full = move || images.with(Vec::len) >= MAX_IMAGES_PER_POST;

    let on_pick = move |ev: leptos::ev::Event| {
        let files = picked_files(&ev);
        if files.is_empty() || busy.get_untracked() {
            return;
        }
        notice.set(None);
        let room = MAX_IMAGES_PER_POST.saturating_sub(images.with_untracked(Vec::len));
        let described: Vec<Picked> = files
            .iter()
            .map(|f| Picked {
                name: f.name(),
                mime: f.type_(),
                size: f.size(),
            })
            .collect();
        let (accepted, left_out) = plan_uploads(&described, room);
        problems.set(left_out);
        let queue: Vec<File> = accepted
            .into_iter()
            .filter_map(|i| files.get(i).cloned())
            .collect();
        if queue.is_empty() {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let count = queue.len();
            let mut done = 0;
            for (n, file) in queue.iter().enumerate() {
                let _ = progress.try_set(Some(Progress {
                    current: n + 1,
                    count,
                    sent: 0.0,
                    total: file.size(),
                }));
                let on_progress = move |sent, total| {
                    progress.try_update(|p| {
                        if let Some(p) = p {
                            (p.sent, p.total) = (sent, total);
                        }
                    });
                };
                match api::portfolio::upload_image(auth, post_id, file, on_progress).await {
                    Ok(image) => {
                        images.try_update(|v| v.push(image));
                        done += 1;
                    }
                    Err(err) => {
                        problems.try_update(|p| p.push(upload_failure(file, &err)));
                        let fatal = matches!(err, ApiError::SessionExpired)
                            || err.code() == Some(ErrorCode::Conflict);
                        if fatal {
                            break;
                        }
                    }
                }
            }
            let _ = progress.try_set(None);
            let _ = busy.try_set(false);
            if done > 0 {
                let _ = notice.try_set(Some(format!("{done} {}", i18n::IMAGES_UPLOADED())));
                on_changed.run(());
            }
        });
    };

    let reorder = move |index: usize, delta: isize| {
        if busy.get_untracked() {
            return;
        }
        let ids: Vec<Uuid> = images.with_untracked(|v| v.iter().map(|i| i.id).collect());
        let Some(order) = moved(&ids, index, delta) else {
            return;
        };
        busy.set(true);
        notice.set(None);
        problems.set(Vec::new());
        spawn_local(async move {
            match api::portfolio::reorder_images(auth, post_id, order).await {
                Ok(saved) => {
                    let _ = images.try_set(saved.images);
                    let _ = notice.try_set(Some(i18n::IMAGES_ORDER_SAVED().to_owned()));
                    on_changed.run(());
                }
                Err(err) => {
                    let _ = problems.try_set(vec![err.message()]);
                }
            }
            let _ = busy.try_set(false);
        });
    };

    let remove = move |id: Uuid| {
        if busy.get_untracked() || !confirm(i18n::IMAGE_DELETE_CONFIRM()) {
            return;
        }
        busy.set(true);
        notice.set(None);
        problems.set(Vec::new());
        spawn_local(async move {
            match api::portfolio::delete_image(auth, id).await {
                Ok(()) => {
                    images.try_update(|v| v.retain(|i| i.id != id));
                    let _ = notice.try_set(Some(i18n::IMAGE_DELETED().to_owned()));
                    on_changed.run(());
                }
                Err(err) => {
                    let _ = problems.try_set(vec![err.message()]);
                }
            }
            let _ = busy.try_set(false);
        });
    };

    view! {
        <section class="card image-manager" id="image-manager" aria-labelledby="image-manager-title">
            <h2 id="image-manager-title">
                {i18n::IMAGES_TITLE()}
                <span class="count">{move || format!("{}/{MAX_IMAGES_PER_POST}", images.with(Vec::len))}</span>
            </h2>
            <p class="muted">{i18n::IMAGES_LEAD()}</p>
            {move || notice.get().map(|text| view! {
                <div class="alert alert-success" role="status" data-testid="images-notice"><p>{text}</p></div>
            })}
            {move || (!problems.with(Vec::is_empty)).then(|| view! {
                <div class="alert alert-error" role="alert" data-testid="image-error">
                    {problems.get().into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                </div>
            })}
            <div class="field">
                <label for="image-upload" class="dropzone" class:disabled=move || full() || busy.get()>
                    <p class="dropzone-title">{move || if full() { i18n::IMAGES_FULL() } else { i18n::IMAGES_PICK() }}</p>
                    <input
                        type="file"
                        id="image-upload"
                        name="image"
                        accept=ACCEPT_ATTR
                        multiple
                        disabled=move || full() || busy.get()
                        on:change=on_pick
                    />
                </label>
            </div>
            {move || progress.get().map(|p| {
                let pct = p.percent();
                view! {
                    <div class="progress" data-testid="upload-progress" role="progressbar" aria-label=i18n::UPLOAD_PROGRESS() aria-valuemin="0" aria-valuemax="100" aria-valuenow=format!("{pct:.0}")>
                        <div class="progress-track"><div class="progress-bar" style=format!("width: {pct:.1}%")></div></div>
                        <p class="progress-text">
                            <span>{format!("{} {} {} {}", i18n::IMAGE_UPLOADING(), p.current, i18n::OF(), p.count)}</span>
                            <span>{format!("{pct:.0}%")}</span>
                        </p>
                    </div>
                }
            })}
            {move || {
                let list = images.get();
                if list.is_empty() {
                    return view! { <p class="empty-note" data-testid="images-empty">{i18n::IMAGES_EMPTY()}</p> }.into_any();
                }
                let last = list.len() - 1;
                view! {
                    <ol id="image-list" class="image-list">
                        {list
                            .into_iter()
                            .enumerate()
                            .map(|(i, img)| view! { <ImageItem image=img index=i last=last busy=busy reorder=reorder remove=remove/> })
                            .collect_view()}
                    </ol>
                }
                .into_any()
            }}
        </section>
    }
}

#[component]
fn ImageItem(
    image: PortfolioImage,
    index: usize,
    last: usize,
    busy: RwSignal<bool>,
    reorder: impl Fn(usize, isize) + Copy + 'static,
    remove: impl Fn(Uuid) + Copy + 'static,
) -> impl IntoView {
    let (w, h) = thumb_size(image.width, image.height);
    let id = image.id;
    view! {
        <li class="image-item" data-image-id=id.to_string()>
            <img src=image.thumb_url width=w height=h loading="lazy" alt=format!("{} {}", i18n::PHOTO(), index + 1)/>
            <div class="image-meta">
                {(index == 0).then(|| view! { <span class="badge">{i18n::IMAGE_COVER()}</span> })}
                <span class="muted">{format!("{} {}", image.like_count, i18n::LIKES())}</span>
            </div>
            <div class="image-actions">
                <button type="button" class="btn btn-ghost btn-small move-left" aria-label=i18n::IMAGE_MOVE_LEFT() title=i18n::IMAGE_MOVE_LEFT() disabled=move || index == 0 || busy.get() on:click=move |_| reorder(index, -1)>
                    <span aria-hidden="true">"←"</span>
                </button>
                <button type="button" class="btn btn-ghost btn-small move-right" aria-label=i18n::IMAGE_MOVE_RIGHT() title=i18n::IMAGE_MOVE_RIGHT() disabled=move || index == last || busy.get() on:click=move |_| reorder(index, 1)>
                    <span aria-hidden="true">"→"</span>
                </button>
                <button type="button" class="btn btn-danger btn-small delete-image" aria-label=i18n::IMAGE_DELETE() title=i18n::IMAGE_DELETE() disabled=move || busy.get() on:click=move |_| remove(id)>
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
        </li>
    }
}
