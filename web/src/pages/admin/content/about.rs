//! The studio's story: the text in Indonesian and (optionally) English, and
//! the photo beside it (upload, replace, remove).

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::site::{AboutContent, AboutInput};
use shared::FieldErrors;
use web_sys::File;

use super::inputs::{Outcome, PhotoPicker, SaveButton, TextArea, UploadProgress};
use super::rules::upload_failure;
use crate::api;
use crate::components::confirm;
use crate::i18n;
use crate::pages::home_hero::SitePhotoImg;
use crate::state::use_auth;

#[component]
pub fn AboutPanel(about: RwSignal<AboutContent>) -> impl IntoView {
    view! {
        <AboutTextForm about=about/>
        <AboutPhoto about=about/>
    }
}

#[component]
fn AboutTextForm(about: RwSignal<AboutContent>) -> impl IntoView {
    let auth = use_auth();
    let (text, text_en) = about.with_untracked(|a| (a.text.clone(), a.text_en.clone()));
    let text = RwSignal::new(text);
    let text_en = RwSignal::new(text_en);
    let errors = RwSignal::new(FieldErrors::new());
    let notice = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let pending = RwSignal::new(false);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        notice.set(None);
        problem.set(None);
        let input = AboutInput {
            text: text.get_untracked(),
            text_en: text_en.get_untracked(),
        };
        let input = match input.validate() {
            Ok(input) => input,
            Err(fields) => {
                errors.set(fields);
                return;
            }
        };
        errors.set(FieldErrors::new());
        pending.set(true);
        spawn_local(async move {
            match api::site::update_about(auth, &input).await {
                Ok(saved) => {
                    let _ = text.try_set(saved.text.clone());
                    let _ = text_en.try_set(saved.text_en.clone());
                    about.try_update(|a| {
                        a.text = saved.text;
                        a.text_en = saved.text_en;
                    });
                    let _ = notice.try_set(Some(i18n::CONTENT_ABOUT_SAVED().to_owned()));
                }
                Err(err) => {
                    let _ = errors.try_set(err.field_errors());
                    let _ = problem.try_set(Some(err.message()));
                }
            }
            let _ = pending.try_set(false);
        });
    };

    view! {
        <form class="card content-panel" id="about-form" novalidate aria-labelledby="content-about-title" on:submit=on_submit>
            <h2 id="content-about-title">{i18n::CONTENT_ABOUT_TITLE()}</h2>
            <p class="muted">{i18n::CONTENT_ABOUT_LEAD()}</p>
            <div class="flash"><Outcome notice=notice problem=problem/></div>
            <TextArea id="about-text-id" field="text" label=i18n::CONTENT_ABOUT_TEXT_ID() value=text errors=errors hint=i18n::CONTENT_ABOUT_TEXT_HINT() rows=10/>
            <TextArea id="about-text-en" field="text_en" label=i18n::CONTENT_ABOUT_TEXT_EN() value=text_en errors=errors hint=i18n::CONTENT_ABOUT_EN_HINT() optional=true rows=10/>
            <div class="form-actions">
                <SaveButton id="about-save" label=i18n::CONTENT_SAVE() pending=pending/>
            </div>
        </form>
    }
}

#[component]
fn AboutPhoto(about: RwSignal<AboutContent>) -> impl IntoView {
    let auth = use_auth();
    let busy = RwSignal::new(false);
    let progress = RwSignal::new(None::<(f64, f64)>);
    let notice = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let has_photo = move || about.with(|a| a.photo.is_some());

    let upload = move |file: File| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        notice.set(None);
        progress.set(Some((0.0, file.size())));
        spawn_local(async move {
            let on_progress = move |sent, total| {
                let _ = progress.try_set(Some((sent, total)));
            };
            match api::site::upload_about_photo(auth, &file, on_progress).await {
                Ok(saved) => {
                    about.try_update(|a| a.photo = saved.photo);
                    let _ = notice.try_set(Some(i18n::CONTENT_ABOUT_PHOTO_SAVED().to_owned()));
                }
                Err(err) => {
                    let _ = problem.try_set(Some(upload_failure(&err)));
                }
            }
            let _ = progress.try_set(None);
            let _ = busy.try_set(false);
        });
    };

    let remove = move |_| {
        if busy.get_untracked() || !confirm(i18n::CONTENT_ABOUT_PHOTO_REMOVE_CONFIRM()) {
            return;
        }
        busy.set(true);
        notice.set(None);
        problem.set(None);
        spawn_local(async move {
            match api::site::delete_about_photo(auth).await {
                Ok(saved) => {
                    about.try_update(|a| a.photo = saved.photo);
                    let _ = notice.try_set(Some(i18n::CONTENT_ABOUT_PHOTO_REMOVED().to_owned()));
                }
                Err(err) => {
                    let _ = problem.try_set(Some(err.message()));
                }
            }
            let _ = busy.try_set(false);
        });
    };

    view! {
        <section class="card content-panel" aria-labelledby="content-about-photo-title">
            <h2 id="content-about-photo-title">{i18n::CONTENT_ABOUT_PHOTO()}</h2>
            <div class="flash"><Outcome notice=notice problem=problem/></div>
            <div class="content-about-photo">
                {move || match about.with(|a| a.photo.clone()) {
                    Some(photo) => view! {
                        <figure class="content-photo" data-testid="about-photo-current">
                            <SitePhotoImg photo=photo alt=i18n::ABOUT_PHOTO_ALT() sizes="240px"/>
                        </figure>
                    }
                    .into_any(),
                    None => view! { <p class="empty-note" data-testid="about-photo-none">{i18n::CONTENT_ABOUT_PHOTO_NONE()}</p> }.into_any(),
                }}
                <div class="content-photo-actions">
                    <PhotoPicker
                        id="about-photo-upload"
                        title=Signal::derive(move || if has_photo() { i18n::CONTENT_ABOUT_PHOTO_REPLACE() } else { i18n::CONTENT_ABOUT_PHOTO_PICK() })
                        disabled=busy
                        problem=problem
                        on_file=upload
                    />
                    <UploadProgress progress=progress/>
                    <Show when=has_photo>
                        <button type="button" class="btn btn-danger btn-small" data-testid="about-photo-remove" disabled=move || busy.get() on:click=remove>
                            {i18n::CONTENT_ABOUT_PHOTO_REMOVE()}
                        </button>
                    </Show>
                </div>
            </div>
        </section>
    }
}
