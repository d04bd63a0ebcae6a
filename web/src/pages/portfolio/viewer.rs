//! The full-screen viewer (`#viewer`): one image at a time, with previous and
//! next buttons, the arrow keys, swipes, Escape to close, and focus kept
//! inside while it is open.

use leptos::ev;
use leptos::prelude::*;
use shared::portfolio::PortfolioImage;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent, TouchEvent};

use super::like::{ImageLike, LikeButton};
use super::model::{step, swipe, viewer_key, ViewerMove};
use crate::i18n;

/// Marks the page behind so CSS stops it scrolling.
const BODY_FLAG: &str = "data-viewer-open";

#[component]
pub fn Viewer(
    images: StoredValue<Vec<PortfolioImage>>,
    likes: StoredValue<Vec<ImageLike>>,
    /// The image shown; `None` closes the viewer.
    open: RwSignal<Option<usize>>,
    title: String,
    like_error: RwSignal<Option<String>>,
) -> impl IntoView {
    let len = images.with_value(Vec::len);
    let go = move |m: ViewerMove| match m.delta() {
        Some(delta) => open.update(|i| *i = i.map(|i| step(i, delta, len))),
        None => close(open),
    };

    if let Some(body) = document().body() {
        let _ = body.set_attribute(BODY_FLAG, "");
    }
    request_animation_frame(|| focus_by_id("viewer-close"));
    let keys = window_event_listener(ev::keydown, move |ev: KeyboardEvent| {
        if ev.key() == "Tab" {
            trap_focus(&ev);
        } else if let Some(m) = viewer_key(&ev.key()) {
            ev.prevent_default();
            go(m);
        }
    });
    on_cleanup(move || {
        keys.remove();
        if let Some(body) = document().body() {
            let _ = body.remove_attribute(BODY_FLAG);
        }
    });

    let touch_start = StoredValue::new(None::<(f64, f64)>);
    let on_touch_start = move |ev: TouchEvent| {
        touch_start.set_value(
            ev.touches()
                .get(0)
                .map(|t| (f64::from(t.client_x()), f64::from(t.client_y()))),
        );
    };
    let on_touch_end = move |ev: TouchEvent| {
        let start = touch_start.get_value();
        touch_start.set_value(None);
        let end = ev.changed_touches().get(0);
        if let (Some((x, y)), Some(end)) = (start, end) {
            if let Some(m) = swipe(f64::from(end.client_x()) - x, f64::from(end.client_y()) - y) {
                go(m);
            }
        }
    };

    let index = move || open.get().unwrap_or(0);
    let image = move || images.with_value(|all| all.get(index()).cloned());
    let counter = move || format!("{} {} {} {len}", i18n::PHOTO(), index() + 1, i18n::OF());
    let several = len > 1;

    view! {
        <div id="viewer" class="viewer" role="dialog" aria-modal="true" aria-label=i18n::VIEWER_LABEL() aria-describedby="viewer-hint">
            <div class="viewer-bar">
                <p class="viewer-title">
                    <span class="viewer-post">{title}</span>
                    <span class="viewer-count" aria-live="polite">{counter}</span>
                </p>
                {move || likes.with_value(|all| all.get(index()).copied()).map(|state| view! {
                    <LikeButton state=state error=like_error/>
                })}
                <button type="button" id="viewer-close" class="viewer-close" aria-label=i18n::VIEWER_CLOSE() on:click=move |_| close(open)>
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
            <div class="viewer-stage" on:touchstart=on_touch_start on:touchend=on_touch_end>
                {several.then(|| view! {
                    <button type="button" id="viewer-prev" class="viewer-nav viewer-prev" aria-label=i18n::VIEWER_PREV() on:click=move |_| go(ViewerMove::Prev)>
                        <span aria-hidden="true">"‹"</span>
                    </button>
                })}
                {move || image().map(|img| view! {
                    <img class="viewer-image" src=img.url width=img.width height=img.height alt=counter() data-image-id=img.id.to_string()/>
                })}
                {several.then(|| view! {
                    <button type="button" id="viewer-next" class="viewer-nav viewer-next" aria-label=i18n::VIEWER_NEXT() on:click=move |_| go(ViewerMove::Next)>
                        <span aria-hidden="true">"›"</span>
                    </button>
                })}
            </div>
            {move || like_error.get().map(|text| view! { <p class="viewer-error" role="alert">{text}</p> })}
            <p id="viewer-hint" class="visually-hidden">{i18n::VIEWER_HINT()}</p>
        </div>
    }
}

/// Closes the viewer and gives focus back to the thumbnail of the image
/// that was on screen.
fn close(open: RwSignal<Option<usize>>) {
    let Some(index) = open.get_untracked() else {
        return;
    };
    open.set(None);
    request_animation_frame(move || focus_by_id(&format!("open-image-{index}")));
}

fn focus_by_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Keeps Tab and Shift+Tab cycling through the viewer's controls.
fn trap_focus(ev: &KeyboardEvent) {
    let Some(dialog) = document().get_element_by_id("viewer") else {
        return;
    };
    let Ok(nodes) = dialog.query_selector_all("button:not([disabled])") else {
        return;
    };
    let controls: Vec<HtmlElement> = (0..nodes.length())
        .filter_map(|i| nodes.get(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        ev.prevent_default();
        return;
    };
    let active = document().active_element();
    let inside = active
        .as_ref()
        .is_some_and(|a| dialog.contains(Some(a.unchecked_ref())));
    let at = |el: &HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == el.unchecked_ref::<web_sys::Element>())
    };
    let target = if !inside {
        Some(first)
    } else if ev.shift_key() && at(first) {
        Some(last)
    } else if !ev.shift_key() && at(last) {
        Some(first)
    } else {
        None
    };
    if let Some(el) = target {
        ev.prevent_default();
        let _ = el.focus();
    }
}
