//! `/api/v1/site`: the public site's own content (hero slides, about, FAQ,
//! contact details) and its management by admins.
//!
//! The home page, the footer and the about, FAQ and contact pages all read
//! the same `GET /site`: [`content`] asks once per page load and shares the
//! answer; every admin change drops it ([`invalidate`]) so the next read is
//! fresh.

use std::cell::RefCell;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use shared::site::{
    AboutContent, AboutInput, CaptionInput, ContactDetails, ContactInput, FaqEntry, FaqInput,
    HeroSlide, SiteContent, SiteOrder,
};
use uuid::Uuid;
use web_sys::{File, FormData};

use super::client::{self, path_with_id, Call, API_BASE};
use super::{upload, ApiError};
use crate::state::AuthState;

const BASE: &str = "/site";
const HERO: &str = "/site/hero";
const FAQ: &str = "/site/faq";

type Flight = Shared<LocalBoxFuture<'static, Result<SiteContent, ApiError>>>;

thread_local! {
    /// The answer to `GET /site`, or the request in flight.
    static CACHE: RefCell<Option<Flight>> = const { RefCell::new(None) };
}

/// Everything the public pages show. Asked once and shared; a failed answer
/// is forgotten so the next caller tries again.
pub async fn content() -> Result<SiteContent, ApiError> {
    let flight = CACHE.with(|slot| {
        slot.borrow_mut()
            .get_or_insert_with(|| client::public(Call::get(BASE)).boxed_local().shared())
            .clone()
    });
    let result = flight.clone().await;
    if result.is_err() {
        CACHE.with(|slot| {
            let mut slot = slot.borrow_mut();
            if slot.as_ref().is_some_and(|f| Shared::ptr_eq(f, &flight)) {
                *slot = None;
            }
        });
    }
    result
}

/// Forgets the shared answer: the next [`content`] asks the server again.
pub fn invalidate() {
    CACHE.with(|slot| slot.borrow_mut().take());
}

/// A fresh copy (the back office edits this one).
pub async fn reload() -> Result<SiteContent, ApiError> {
    invalidate();
    content().await
}

/// Adds a hero slide (field `image`, captions optional), reporting
/// `on_progress(sent, total)` in bytes.
pub async fn add_hero(
    auth: AuthState,
    file: &File,
    caption: &CaptionInput,
    on_progress: impl Fn(f64, f64) + 'static,
) -> Result<HeroSlide, ApiError> {
    let url = format!("{API_BASE}{HERO}");
    let form = || {
        let form = image_form(file)?;
        for (name, value) in [
            ("caption", &caption.caption),
            ("caption_en", &caption.caption_en),
        ] {
            if !value.trim().is_empty() {
                form.append_with_str(name, value.trim())
                    .map_err(|_| ApiError::Network)?;
            }
        }
        Ok(form)
    };
    let slide = upload::post_form(auth, &url, form, on_progress).await?;
    invalidate();
    Ok(slide)
}

pub async fn update_hero(
    auth: AuthState,
    id: Uuid,
    input: &CaptionInput,
) -> Result<HeroSlide, ApiError> {
    let slide = client::authed(auth, Call::patch(path_with_id(HERO, id), input)?).await?;
    invalidate();
    Ok(slide)
}

pub async fn delete_hero(auth: AuthState, id: Uuid) -> Result<(), ApiError> {
    client::authed_empty(auth, Call::delete(path_with_id(HERO, id))).await?;
    invalidate();
    Ok(())
}

/// Puts the slides in the order of `ids` (every slide exactly once).
pub async fn order_hero(auth: AuthState, ids: Vec<Uuid>) -> Result<Vec<HeroSlide>, ApiError> {
    let call = Call::put(format!("{HERO}/order"), &SiteOrder { ids })?;
    let slides = client::authed(auth, call).await?;
    invalidate();
    Ok(slides)
}

pub async fn update_about(auth: AuthState, input: &AboutInput) -> Result<AboutContent, ApiError> {
    let about = client::authed(auth, Call::put(format!("{BASE}/about"), input)?).await?;
    invalidate();
    Ok(about)
}

/// Sets or replaces the about photo (`PUT`, field `image`).
pub async fn upload_about_photo(
    auth: AuthState,
    file: &File,
    on_progress: impl Fn(f64, f64) + 'static,
) -> Result<AboutContent, ApiError> {
    let url = format!("{API_BASE}{BASE}/about/photo");
    let about = upload::put_form(auth, &url, || image_form(file), on_progress).await?;
    invalidate();
    Ok(about)
}

pub async fn delete_about_photo(auth: AuthState) -> Result<AboutContent, ApiError> {
    let about = client::authed(auth, Call::delete(format!("{BASE}/about/photo"))).await?;
    invalidate();
    Ok(about)
}

pub async fn create_faq(auth: AuthState, input: &FaqInput) -> Result<FaqEntry, ApiError> {
    let entry = client::authed(auth, Call::post(FAQ, input)?).await?;
    invalidate();
    Ok(entry)
}

pub async fn update_faq(auth: AuthState, id: Uuid, input: &FaqInput) -> Result<FaqEntry, ApiError> {
    let entry = client::authed(auth, Call::put(path_with_id(FAQ, id), input)?).await?;
    invalidate();
    Ok(entry)
}

pub async fn delete_faq(auth: AuthState, id: Uuid) -> Result<(), ApiError> {
    client::authed_empty(auth, Call::delete(path_with_id(FAQ, id))).await?;
    invalidate();
    Ok(())
}

/// Puts the entries in the order of `ids` (every entry exactly once).
pub async fn order_faq(auth: AuthState, ids: Vec<Uuid>) -> Result<Vec<FaqEntry>, ApiError> {
    let call = Call::put(format!("{FAQ}/order"), &SiteOrder { ids })?;
    let entries = client::authed(auth, call).await?;
    invalidate();
    Ok(entries)
}

pub async fn update_contact(
    auth: AuthState,
    input: &ContactInput,
) -> Result<ContactDetails, ApiError> {
    let contact = client::authed(auth, Call::put(format!("{BASE}/contact"), input)?).await?;
    invalidate();
    Ok(contact)
}

fn image_form(file: &File) -> Result<FormData, ApiError> {
    let form = FormData::new().map_err(|_| ApiError::Network)?;
    form.append_with_blob_and_filename("image", file, &file.name())
        .map_err(|_| ApiError::Network)?;
    Ok(form)
}
