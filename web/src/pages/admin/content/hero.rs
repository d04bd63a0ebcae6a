//! The hero photos: upload (with a progress bar, up to eight), captions in
//! both languages saved per photo, move up or down, delete. Each change is
//! saved at once.

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::site::{CaptionInput, HeroSlide, MAX_HERO_SLIDES};
use shared::FieldErrors;
use uuid::Uuid;
use web_sys::File;

use super::action::Panel;
use super::inputs::{Outcome, PhotoPicker, TextInput, UploadProgress};
use super::rules::{moved, upload_failure};
use crate::api;
use crate::components::{confirm, Spinner};
use crate::i18n;
use crate::pages::home_hero::thumb_width;
use crate::state::use_auth;

#[component]
pub fn HeroPanel(slides: RwSignal<Vec<HeroSlide>>) -> impl IntoView {
    let auth = use_auth();
    let panel = Panel::new();
    let Panel {
        busy,
        notice,
        problem,
    } = panel;
    let progress = RwSignal::new(None::<(f64, f64)>);
    let caption = RwSignal::new(String::new());
    let caption_en = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let count = move || slides.with(Vec::len);
    let full = Signal::derive(move || count() >= MAX_HERO_SLIDES);

    let upload = move |file: File| {
        if busy.get_untracked() || full.get_untracked() {
            return;
        }
        notice.set(None);
        let input = CaptionInput {
            caption: caption.get_untracked(),
            caption_en: caption_en.get_untracked(),
        };
        let input = match input.validate() {
            Ok(input) => input,
            Err(fields) => {
                errors.set(fields);
                return;
            }
        };
        busy.set(true);
        progress.set(Some((0.0, file.size())));
        spawn_local(async move {
            let on_progress = move |sent, total| {
                let _ = progress.try_set(Some((sent, total)));
            };
            match api::site::add_hero(auth, &file, &input, on_progress).await {
                Ok(slide) => {
                    slides.try_update(|v| v.push(slide));
                    let _ = caption.try_set(String::new());
                    let _ = caption_en.try_set(String::new());
                    let _ = notice.try_set(Some(i18n::CONTENT_HERO_ADDED().to_owned()));
                }
                Err(err) => {
                    let _ = errors.try_set(err.field_errors());
                    let _ = problem.try_set(Some(upload_failure(&err)));
                }
            }
            let _ = progress.try_set(None);
            let _ = busy.try_set(false);
        });
    };

    let reorder = move |index: usize, delta: isize| {
        let ids: Vec<Uuid> = slides.with_untracked(|v| v.iter().map(|s| s.id).collect());
        let Some(order) = moved(&ids, index, delta) else {
            return;
        };
        panel.run(api::site::order_hero(auth, order), move |saved| {
            let _ = slides.try_set(saved);
            i18n::CONTENT_ORDER_SAVED()
        });
    };

    let remove = move |id: Uuid| {
        if panel.is_busy() || !confirm(i18n::CONTENT_HERO_DELETE_CONFIRM()) {
            return;
        }
        panel.run(api::site::delete_hero(auth, id), move |()| {
            slides.try_update(|v| v.retain(|s| s.id != id));
            i18n::CONTENT_HERO_DELETED()
        });
    };

    view! {
        <section class="card content-panel" id="content-hero" aria-labelledby="content-hero-title">
            <h2 id="content-hero-title">
                {i18n::CONTENT_HERO_TITLE()}
                <span class="count" data-testid="hero-count">{move || format!("{}/{MAX_HERO_SLIDES}", count())}</span>
            </h2>
            <p class="muted">{i18n::CONTENT_HERO_LEAD()}</p>
            <div class="flash"><Outcome notice=notice problem=problem/></div>
            <fieldset class="content-new-slide" disabled=move || full.get()>
                <div class="form-grid">
                    <TextInput id="hero-new-caption" field="caption" label=i18n::CONTENT_CAPTION_ID() value=caption errors=errors hint=i18n::CONTENT_CAPTION_HINT() optional=true/>
                    <TextInput id="hero-new-caption-en" field="caption_en" label=i18n::CONTENT_CAPTION_EN() value=caption_en errors=errors hint=i18n::CONTENT_CAPTION_HINT() optional=true/>
                </div>
                <p class="field-hint">{i18n::CONTENT_HERO_NEW_HINT()}</p>
            </fieldset>
            <PhotoPicker
                id="hero-upload"
                title=Signal::derive(move || if full.get() { i18n::CONTENT_HERO_FULL() } else { i18n::CONTENT_HERO_PICK() })
                disabled=Signal::derive(move || full.get() || busy.get())
                problem=problem
                on_file=upload
            />
            <UploadProgress progress=progress/>
            <Show
                when=move || count() != 0
                fallback=|| view! { <p class="empty-note" data-testid="hero-empty">{i18n::CONTENT_HERO_EMPTY()}</p> }
            >
                <ol class="content-list content-slides" id="hero-list">
                    <For
                        each=move || {
                            let all = slides.get();
                            let len = all.len();
                            all.into_iter().enumerate().map(move |(i, s)| (i, len, s)).collect::<Vec<_>>()
                        }
                        key=|(i, len, s)| (s.id, *i, *len)
                        children=move |(i, len, s)| view! {
                            <HeroItem slide=s index=i last=len.saturating_sub(1) slides=slides busy=busy notice=notice problem=problem reorder=reorder remove=remove/>
                        }
                    />
                </ol>
            </Show>
        </section>
    }
}

#[component]
#[allow(clippy::too_many_arguments)]
fn HeroItem(
    slide: HeroSlide,
    index: usize,
    last: usize,
    slides: RwSignal<Vec<HeroSlide>>,
    busy: RwSignal<bool>,
    notice: RwSignal<Option<String>>,
    problem: RwSignal<Option<String>>,
    reorder: impl Fn(usize, isize) + Copy + Send + Sync + 'static,
    remove: impl Fn(Uuid) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let auth = use_auth();
    let id = slide.id;
    let caption = RwSignal::new(slide.caption.clone());
    let caption_en = RwSignal::new(slide.caption_en.clone());
    let errors = RwSignal::new(FieldErrors::new());
    let saving = RwSignal::new(false);
    let photo = slide.photo;
    let thumb_w = thumb_width(photo.width, photo.height).max(1);
    let thumb_h =
        u32::try_from(u64::from(photo.height) * u64::from(thumb_w) / u64::from(photo.width.max(1)))
            .unwrap_or(1)
            .max(1);

    let save = move |_| {
        if saving.get_untracked() || busy.get_untracked() {
            return;
        }
        let input = CaptionInput {
            caption: caption.get_untracked(),
            caption_en: caption_en.get_untracked(),
        };
        let input = match input.validate() {
            Ok(input) => input,
            Err(fields) => {
                errors.set(fields);
                return;
            }
        };
        saving.set(true);
        notice.set(None);
        problem.set(None);
        spawn_local(async move {
            match api::site::update_hero(auth, id, &input).await {
                Ok(saved) => {
                    let _ = caption.try_set(saved.caption.clone());
                    let _ = caption_en.try_set(saved.caption_en.clone());
                    slides.try_update(|v| {
                        if let Some(s) = v.iter_mut().find(|s| s.id == id) {
                            *s = saved;
                        }
                    });
                    let _ = notice.try_set(Some(i18n::CONTENT_CAPTION_SAVED().to_owned()));
                }
                Err(err) => {
                    let _ = errors.try_set(err.field_errors());
                    let _ = problem.try_set(Some(err.message()));
                }
            }
            let _ = saving.try_set(false);
        });
    };

    let name = format!("{} {}", i18n::CONTENT_SLIDE(), index + 1);
    view! {
        <li class="content-item content-slide" data-testid="content-slide" data-slide-id=id.to_string()>
            <img class="content-thumb" src=photo.thumb_url width=thumb_w height=thumb_h loading="lazy" decoding="async" alt=name.clone()/>
            <div class="content-item-body">
                <p class="content-item-head">
                    <strong>{name}</strong>
                    {(index == 0).then(|| view! { <span class="badge">{i18n::CONTENT_HERO_FIRST()}</span> })}
                </p>
                <div class="form-grid">
                    <TextInput id=format!("caption-{id}") field="caption" label=i18n::CONTENT_CAPTION_ID() value=caption errors=errors optional=true/>
                    <TextInput id=format!("caption-en-{id}") field="caption_en" label=i18n::CONTENT_CAPTION_EN() value=caption_en errors=errors optional=true/>
                </div>
                <div class="row-actions content-actions">
                    <button type="button" class="btn btn-primary btn-small" data-testid="caption-save" disabled=move || saving.get() on:click=save>
                        {move || saving.get().then(|| view! { <Spinner/> })}
                        <span>{i18n::CONTENT_CAPTION_SAVE()}</span>
                    </button>
                    <button type="button" class="btn btn-ghost btn-small" data-testid="slide-up" aria-label=i18n::CONTENT_MOVE_UP() title=i18n::CONTENT_MOVE_UP() disabled=move || index == 0 || busy.get() on:click=move |_| reorder(index, -1)>
                        <span aria-hidden="true">"↑"</span>
                    </button>
                    <button type="button" class="btn btn-ghost btn-small" data-testid="slide-down" aria-label=i18n::CONTENT_MOVE_DOWN() title=i18n::CONTENT_MOVE_DOWN() disabled=move || index == last || busy.get() on:click=move |_| reorder(index, 1)>
                        <span aria-hidden="true">"↓"</span>
                    </button>
                    <button type="button" class="btn btn-danger btn-small" data-testid="slide-delete" disabled=move || busy.get() on:click=move |_| remove(id)>
                        {i18n::CONTENT_DELETE()}
                    </button>
                </div>
            </div>
        </li>
    }
}
