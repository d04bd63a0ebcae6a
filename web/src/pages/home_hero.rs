//! The home page's hero carousel (`data-testid="hero-carousel"`): the
//! studio's chosen photos, one at a time. It moves on by itself every six
//! seconds unless the visitor points at it, focuses it, pauses it, or asks
//! their system for less motion; arrows, dots, the arrow keys and swipes
//! move it by hand.
//!
//! Also the `<img>` of any site photo, with its `srcset`.

use std::time::Duration;

use leptos::prelude::*;
use shared::site::{pick, HeroSlide, SitePhoto};
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, TouchEvent};

use super::portfolio::model::{step, swipe};
use crate::i18n;

/// How long a slide stays before the next one comes.
const AUTO_ADVANCE: Duration = Duration::from_secs(6);
/// The longest side of a site photo's thumbnail.
const THUMB_PX: u32 = 480;

/// The thumbnail's real width: the thumbnail is at most 480 px on its
/// longest side.
pub fn thumb_width(width: u32, height: u32) -> u32 {
    let longest = width.max(height);
    if longest <= THUMB_PX || longest == 0 {
        return width;
    }
    let scaled = u64::from(width) * u64::from(THUMB_PX) / u64::from(longest);
    u32::try_from(scaled).unwrap_or(THUMB_PX).max(1)
}

/// `thumb.jpg 480w, full.jpg 1600w`; just the full size when the photo is
/// no bigger than its thumbnail.
pub fn photo_srcset(photo: &SitePhoto) -> String {
    let thumb = thumb_width(photo.width, photo.height);
    if thumb >= photo.width || photo.thumb_url.is_empty() {
        format!("{} {}w", photo.url, photo.width.max(1))
    } else {
        format!(
            "{} {thumb}w, {} {}w",
            photo.thumb_url,
            photo.url,
            photo.width.max(1)
        )
    }
}

/// A site photo: the browser picks the thumbnail or the full size for the
/// `sizes` it is shown at. Only the first hero photo is wanted at once.
#[component]
pub fn SitePhotoImg(
    photo: SitePhoto,
    #[prop(into)] alt: String,
    sizes: &'static str,
    #[prop(optional)] eager: bool,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    view! {
        <img
            class=class
            src=photo.url.clone()
            srcset=photo_srcset(&photo)
            sizes=sizes
            width=photo.width
            height=photo.height
            alt=alt
            loading=if eager { "eager" } else { "lazy" }
            decoding="async"
            fetchpriority=eager.then_some("high")
        />
    }
}

/// The slide a key asks for, from slide `index` of `len`: arrows step
/// (wrapping), Home and End jump to the ends.
pub fn key_target(key: &str, index: usize, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    match key {
        "ArrowRight" | "Right" => Some(step(index, 1, len)),
        "ArrowLeft" | "Left" => Some(step(index, -1, len)),
        "Home" => Some(0),
        "End" => Some(len - 1),
        _ => None,
    }
}

/// The slides whose photo may load once slide `index` shows: it and the
/// next one, so the next change never waits.
pub fn wanted_slides(index: usize, len: usize) -> [usize; 2] {
    [index.min(len.saturating_sub(1)), step(index, 1, len)]
}

/// The visitor asked their system for less motion.
fn prefers_reduced_motion() -> bool {
    let w = window();
    let Ok(match_media) = js_sys::Reflect::get(&w, &"matchMedia".into()) else {
        return false;
    };
    let Ok(match_media) = match_media.dyn_into::<js_sys::Function>() else {
        return false;
    };
    match_media
        .call1(&w, &"(prefers-reduced-motion: reduce)".into())
        .ok()
        .and_then(|list| js_sys::Reflect::get(&list, &"matches".into()).ok())
        .and_then(|m| m.as_bool())
        .unwrap_or(false)
}

#[component]
pub fn HeroCarousel(slides: Vec<HeroSlide>) -> impl IntoView {
    let len = slides.len();
    let english = i18n::english();
    let index = RwSignal::new(0_usize);
    let playing = RwSignal::new(len > 1 && !prefers_reduced_motion());
    let hovered = RwSignal::new(false);
    let focused = RwSignal::new(false);
    let running = Memo::new(move |_| playing.get() && !hovered.get() && !focused.get());
    // Photos that may load: the one on screen and the next, and any seen.
    let wanted = RwSignal::new(vec![false; len]);
    let timer = StoredValue::new(None::<TimeoutHandle>);

    let go_to = move |i: usize| {
        if i < len {
            index.set(i);
        }
    };
    let go = move |delta: isize| index.update(|i| *i = step(*i, delta, len));

    Effect::new(move |_| {
        let now = index.get();
        wanted.update(|w| {
            for i in wanted_slides(now, len) {
                if let Some(slot) = w.get_mut(i) {
                    *slot = true;
                }
            }
        });
    });
    // Each slide gets its full six seconds, also after a change by hand.
    Effect::new(move |_| {
        index.track();
        let run = running.get();
        if let Some(h) = timer.get_value() {
            h.clear();
        }
        let next = run
            .then(|| {
                set_timeout_with_handle(
                    move || {
                        index.try_update(|i| *i = step(*i, 1, len));
                    },
                    AUTO_ADVANCE,
                )
                .ok()
            })
            .flatten();
        timer.set_value(next);
    });
    on_cleanup(move || {
        if let Some(Some(h)) = timer.try_get_value() {
            h.clear();
        }
    });

    let on_key = move |ev: KeyboardEvent| {
        if let Some(i) = key_target(&ev.key(), index.get_untracked(), len) {
            ev.prevent_default();
            go_to(i);
        }
    };
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
        if let (Some((x, y)), Some(end)) = (start, ev.changed_touches().get(0)) {
            let moved = swipe(f64::from(end.client_x()) - x, f64::from(end.client_y()) - y);
            if let Some(delta) = moved.and_then(|m| m.delta()) {
                go(delta);
            }
        }
    };

    let slide_views = slides
        .into_iter()
        .enumerate()
        .map(|(i, slide)| {
            let caption = pick(&slide.caption, &slide.caption_en, english)
                .trim()
                .to_owned();
            let alt = if caption.is_empty() {
                i18n::HERO_PHOTO_ALT().to_owned()
            } else {
                caption.clone()
            };
            let photo = slide.photo;
            let shown = Memo::new(move |_| index.get() == i);
            let loads = Memo::new(move |_| wanted.with(|w| w.get(i).copied().unwrap_or(false)));
            view! {
                <figure
                    class="hero-slide"
                    class:active=move || shown.get()
                    data-testid="hero-slide"
                    data-slide-id=slide.id.to_string()
                    role="group"
                    aria-roledescription=i18n::HERO_ROLE_SLIDE()
                    aria-label=format!("{} {} {len}", i + 1, i18n::HERO_OF())
                    aria-hidden=move || (!shown.get()).to_string()
                >
                    {move || (i == 0 || loads.get()).then(|| view! {
                        <SitePhotoImg photo=photo.clone() alt=alt.clone() sizes="100vw" eager=i == 0 class="hero-image"/>
                    })}
                    {(!caption.is_empty()).then(|| view! {
                        <figcaption class="hero-caption" aria-hidden="true"><span>{caption}</span></figcaption>
                    })}
                </figure>
            }
        })
        .collect_view();

    let controls = (len > 1).then(|| {
        view! {
            <button type="button" class="hero-nav hero-prev" data-testid="hero-prev" aria-label=i18n::HERO_PREV() on:click=move |_| go(-1)>
                <span aria-hidden="true">"‹"</span>
            </button>
            <button type="button" class="hero-nav hero-next" data-testid="hero-next" aria-label=i18n::HERO_NEXT() on:click=move |_| go(1)>
                <span aria-hidden="true">"›"</span>
            </button>
            <div class="hero-controls">
                <button
                    type="button"
                    class="hero-play"
                    data-testid="hero-play"
                    aria-label=move || if playing.get() { i18n::HERO_PAUSE() } else { i18n::HERO_PLAY() }
                    title=move || if playing.get() { i18n::HERO_PAUSE() } else { i18n::HERO_PLAY() }
                    on:click=move |_| playing.update(|p| *p = !*p)
                >
                    {move || if playing.get() {
                        view! { <span class="icon-pause" aria-hidden="true"></span> }.into_any()
                    } else {
                        view! { <span class="icon-play" aria-hidden="true"></span> }.into_any()
                    }}
                </button>
                <div class="hero-dots">
                    {(0..len)
                        .map(|i| view! {
                            <button
                                type="button"
                                class="hero-dot"
                                class:active=move || index.get() == i
                                data-testid="hero-dot"
                                aria-label=format!("{} {} {} {len}", i18n::HERO_GO_TO(), i + 1, i18n::HERO_OF())
                                aria-current=move || (index.get() == i).then_some("true")
                                on:click=move |_| go_to(i)
                            >
                                <span aria-hidden="true"></span>
                            </button>
                        })
                        .collect_view()}
                </div>
            </div>
        }
    });

    view! {
        <section
            class="hero-carousel"
            class:is-single=len < 2
            data-testid="hero-carousel"
            aria-roledescription=i18n::HERO_ROLE_CAROUSEL()
            aria-label=i18n::HERO_CAROUSEL_LABEL()
            tabindex="0"
            on:mouseenter=move |_| hovered.set(true)
            on:mouseleave=move |_| hovered.set(false)
            on:focusin=move |_| focused.set(true)
            on:focusout=move |_| focused.set(false)
            on:keydown=on_key
            on:touchstart=on_touch_start
            on:touchend=on_touch_end
        >
            <div class="hero-slides" aria-live=move || if running.get() { "off" } else { "polite" }>
                {slide_views}
            </div>
            {controls}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn photo(width: u32, height: u32) -> SitePhoto {
        SitePhoto {
            url: "/media/site/a.jpg".into(),
            thumb_url: "/media/site/a-thumb.jpg".into(),
            width,
            height,
        }
    }

    #[test]
    fn arrows_wrap_around_and_home_end_jump() {
        assert_eq!(key_target("ArrowRight", 0, 3), Some(1));
        assert_eq!(
            key_target("ArrowRight", 2, 3),
            Some(0),
            "last wraps to first"
        );
        assert_eq!(
            key_target("ArrowLeft", 0, 3),
            Some(2),
            "first wraps to last"
        );
        assert_eq!(key_target("Home", 2, 3), Some(0));
        assert_eq!(key_target("End", 0, 3), Some(2));
        assert_eq!(key_target("Enter", 0, 3), None);
        assert_eq!(key_target("ArrowRight", 0, 0), None, "no slides");
        assert_eq!(key_target("ArrowRight", 0, 1), Some(0));
    }

    #[test]
    fn the_shown_slide_and_the_next_one_load() {
        assert_eq!(wanted_slides(0, 4), [0, 1]);
        assert_eq!(wanted_slides(3, 4), [3, 0]);
        assert_eq!(wanted_slides(0, 1), [0, 0]);
    }

    #[test]
    fn srcset_names_the_real_widths() {
        assert_eq!(
            photo_srcset(&photo(1600, 1067)),
            "/media/site/a-thumb.jpg 480w, /media/site/a.jpg 1600w"
        );
        // A portrait thumbnail is 480 px high, so narrower.
        assert_eq!(
            photo_srcset(&photo(1067, 1600)),
            "/media/site/a-thumb.jpg 320w, /media/site/a.jpg 1067w"
        );
        assert_eq!(
            photo_srcset(&photo(400, 300)),
            "/media/site/a.jpg 400w",
            "small photos have no smaller thumbnail"
        );
        assert_eq!(thumb_width(0, 0), 0);
    }
}
