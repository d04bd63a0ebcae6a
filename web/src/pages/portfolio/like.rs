//! The like button of one image (`button.like-button[data-image-id]`): it
//! toggles at once and settles on the server's answer, or reverts.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use shared::portfolio::PortfolioImage;
use shared::ErrorCode;
use uuid::Uuid;

use super::model::{like_access, Like, LikeAccess};
use crate::api::{self, ApiError};
use crate::i18n;
use crate::pages::login_url;
use crate::state::use_auth;

/// One image's like state, shared by its buttons in the grid and the viewer.
#[derive(Debug, Clone, Copy)]
pub struct ImageLike {
    pub image_id: Uuid,
    pub like: RwSignal<Like>,
    /// A request is on its way: further clicks wait for it.
    pub pending: RwSignal<bool>,
}

impl ImageLike {
    pub fn of(image: &PortfolioImage) -> ImageLike {
        ImageLike {
            image_id: image.id,
            like: RwSignal::new(Like::of(image)),
            pending: RwSignal::new(false),
        }
    }
}

/// Where the login page sends the visitor back to: this page.
fn here() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

#[component]
pub fn LikeButton(
    state: ImageLike,
    /// Where a failed like is explained.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let auth = use_auth();
    let navigate = use_navigate();
    let access = Memo::new(move |_| like_access(auth.role()));
    let ImageLike {
        image_id,
        like,
        pending,
    } = state;

    let on_click = move |_| match access.get_untracked() {
        LikeAccess::ReadOnly => {}
        LikeAccess::SignIn => navigate(&login_url(&here()), Default::default()),
        LikeAccess::Toggle => {
            if pending.get_untracked() {
                return;
            }
            let before = like.get_untracked();
            like.set(before.toggled());
            pending.set(true);
            error.set(None);
            let navigate = navigate.clone();
            spawn_local(async move {
                let answer = api::portfolio::set_like(auth, image_id, !before.liked).await;
                let _ = like.try_set(Like::settled(before, answer.as_ref().ok().copied()));
                let _ = pending.try_set(false);
                match answer {
                    Ok(_) => {}
                    Err(ApiError::SessionExpired) => {
                        navigate(&login_url(&here()), Default::default());
                    }
                    Err(err) if err.code() == Some(ErrorCode::Unauthorized) => {
                        navigate(&login_url(&here()), Default::default());
                    }
                    Err(err) => {
                        let _ = error.try_set(Some(format!(
                            "{} {}",
                            i18n::LIKE_FAILED(),
                            err.message()
                        )));
                    }
                }
            });
        }
    };

    let label = move || match access.get() {
        LikeAccess::SignIn => i18n::LIKE_SIGN_IN(),
        LikeAccess::ReadOnly => i18n::LIKE_CREW(),
        LikeAccess::Toggle if like.get().liked => i18n::UNLIKE_LABEL(),
        LikeAccess::Toggle => i18n::LIKE_LABEL(),
    };
    view! {
        <button
            type="button"
            class="like-button"
            class:liked=move || like.get().liked
            data-image-id=image_id.to_string()
            aria-pressed=move || like.get().liked.to_string()
            aria-busy=move || pending.get().to_string()
            disabled=move || access.get() == LikeAccess::ReadOnly
            title=label
            on:click=on_click
        >
            <HeartIcon/>
            <span class="like-count">{move || like.get().count}</span>
            <span class="visually-hidden">{label}</span>
        </button>
    }
}

#[component]
pub fn HeartIcon() -> impl IntoView {
    view! {
        <svg class="heart" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <path
                d="M12 20.5s-7.5-4.6-7.5-10.2A4.3 4.3 0 0 1 12 7.6a4.3 4.3 0 0 1 7.5 2.7c0 5.6-7.5 10.2-7.5 10.2z"
                stroke="currentColor"
                stroke-width="1.8"
                stroke-linejoin="round"
            />
        </svg>
    }
}
