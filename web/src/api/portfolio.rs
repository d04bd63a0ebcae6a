//! `/api/v1/portfolio`: the public gallery, likes, and its management by
//! admins (posts, categories, images).

use shared::portfolio::{
    CategoryInput, ImageOrder, LikeState, PortfolioCategory, PortfolioImage, PortfolioPost,
    PostInput, PostPage,
};
use uuid::Uuid;
use web_sys::FormData;

use super::client::{self, path_with_id, query, Call, API_BASE};
use super::{upload, ApiError};
use crate::state::AuthState;

const BASE: &str = "/portfolio";
const IMAGES: &str = "/portfolio/images";

/// How the gallery is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Most liked first.
    #[default]
    Popular,
    Newest,
}

impl Sort {
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Popular => "popular",
            Sort::Newest => "newest",
        }
    }
}

/// Which page of which posts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PostQuery {
    /// A category slug; `None` for every category.
    pub category: Option<String>,
    pub sort: Sort,
    pub page: u64,
    pub per_page: u64,
}

/// `/portfolio?category=…&sort=…&page=…&per_page=…`.
pub fn list_path(q: &PostQuery) -> String {
    let (page, per_page) = (
        q.page.max(1).to_string(),
        q.per_page.clamp(1, 100).to_string(),
    );
    query(
        BASE,
        &[
            ("category", q.category.as_deref().filter(|c| !c.is_empty())),
            ("sort", Some(q.sort.as_str())),
            ("page", Some(page.as_str())),
            ("per_page", Some(per_page.as_str())),
        ],
    )
}

/// The categories, in the studio's order.
pub async fn categories() -> Result<Vec<PortfolioCategory>, ApiError> {
    client::public(Call::get(format!("{BASE}/categories"))).await
}

pub async fn create_category(auth: AuthState, name: String) -> Result<PortfolioCategory, ApiError> {
    let call = Call::post(format!("{BASE}/categories"), &CategoryInput { name })?;
    client::authed(auth, call).await
}

/// A page of posts: published ones, and for an admin the drafts too. Sent
/// with the session when there is one, so `liked` is filled in.
pub async fn list(auth: AuthState, q: &PostQuery) -> Result<PostPage, ApiError> {
    client::public_or_authed(auth, Call::get(list_path(q))).await
}

/// The `per_page` most liked published posts, asked anonymously so an
/// admin's drafts never reach the home page.
pub async fn popular(per_page: u64) -> Result<PostPage, ApiError> {
    let q = PostQuery {
        sort: Sort::Popular,
        page: 1,
        per_page,
        ..PostQuery::default()
    };
    client::public(Call::get(list_path(&q))).await
}

/// A page of every post, drafts too (admin): the session is required.
pub async fn list_all(auth: AuthState, q: &PostQuery) -> Result<PostPage, ApiError> {
    client::authed(auth, Call::get(list_path(q))).await
}

pub async fn get(auth: AuthState, id: Uuid) -> Result<PortfolioPost, ApiError> {
    client::public_or_authed(auth, Call::get(path_with_id(BASE, id))).await
}

pub async fn create(auth: AuthState, input: &PostInput) -> Result<PortfolioPost, ApiError> {
    client::authed(auth, Call::post(BASE, input)?).await
}

pub async fn update(
    auth: AuthState,
    id: Uuid,
    input: &PostInput,
) -> Result<PortfolioPost, ApiError> {
    client::authed(auth, Call::put(path_with_id(BASE, id), input)?).await
}

pub async fn delete(auth: AuthState, id: Uuid) -> Result<(), ApiError> {
    client::authed_empty(auth, Call::delete(path_with_id(BASE, id))).await
}

/// Adds one image to a post (field `image`), reporting
/// `on_progress(sent, total)` in bytes.
pub async fn upload_image(
    auth: AuthState,
    post_id: Uuid,
    file: &web_sys::File,
    on_progress: impl Fn(f64, f64) + 'static,
) -> Result<PortfolioImage, ApiError> {
    let url = format!("{API_BASE}{}/images", path_with_id(BASE, post_id));
    let form = || {
        let form = FormData::new().map_err(|_| ApiError::Network)?;
        form.append_with_blob_and_filename("image", file, &file.name())
            .map_err(|_| ApiError::Network)?;
        Ok(form)
    };
    upload::post_form(auth, &url, form, on_progress).await
}

/// Puts the post's images in the order of `image_ids` (all of them).
pub async fn reorder_images(
    auth: AuthState,
    post_id: Uuid,
    image_ids: Vec<Uuid>,
) -> Result<PortfolioPost, ApiError> {
    let path = format!("{}/images/order", path_with_id(BASE, post_id));
    client::authed(auth, Call::put(path, &ImageOrder { image_ids })?).await
}

pub async fn delete_image(auth: AuthState, image_id: Uuid) -> Result<(), ApiError> {
    client::authed_empty(auth, Call::delete(path_with_id(IMAGES, image_id))).await
}

/// Likes (`true`) or unlikes an image; both are idempotent.
pub async fn set_like(auth: AuthState, image_id: Uuid, like: bool) -> Result<LikeState, ApiError> {
    let path = format!("{}/like", path_with_id(IMAGES, image_id));
    let call = if like {
        Call::put_empty(path)
    } else {
        Call::delete(path)
    };
    client::authed(auth, call).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_path_names_only_a_chosen_category() {
        let all = PostQuery {
            page: 1,
            per_page: 12,
            ..PostQuery::default()
        };
        assert_eq!(
            list_path(&all),
            "/portfolio?sort=popular&page=1&per_page=12"
        );
        let some = PostQuery {
            category: Some("pre wedding".into()),
            sort: Sort::Newest,
            page: 0,
            per_page: 500,
        };
        assert_eq!(
            list_path(&some),
            "/portfolio?category=pre%20wedding&sort=newest&page=1&per_page=100"
        );
        let empty = PostQuery {
            category: Some(String::new()),
            ..all
        };
        assert!(!list_path(&empty).contains("category"));
    }
}
