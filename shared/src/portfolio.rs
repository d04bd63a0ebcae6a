//! The portfolio: categories, posts of 1–10 images, likes.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::FieldErrors;

/// Images in one post, at most.
pub const MAX_IMAGES_PER_POST: usize = 10;
/// Largest upload accepted for one image.
pub const MAX_IMAGE_BYTES: usize = 10 * 1024 * 1024;
/// Longest side of the display size the API stores.
pub const DISPLAY_MAX_PX: u32 = 1600;
/// Longest side of the thumbnail.
pub const THUMB_MAX_PX: u32 = 480;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortfolioCategory {
    pub id: Uuid,
    /// `wedding`, `prewedding`, `mbs`, `martuppol`, …
    pub slug: String,
    pub name: String,
    pub sort_order: i32,
}

/// `POST /api/v1/portfolio/categories` (admin).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategoryInput {
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortfolioImage {
    pub id: Uuid,
    /// Display size (longest side ≤ 1600 px), JPEG, cached for a year.
    pub url: String,
    /// Thumbnail (longest side ≤ 480 px).
    pub thumb_url: String,
    pub width: u32,
    pub height: u32,
    pub like_count: u64,
    /// Whether the signed-in caller likes it (false when signed out).
    pub liked: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortfolioPost {
    pub id: Uuid,
    pub category: PortfolioCategory,
    pub title: String,
    pub story: String,
    /// Unpublished posts are seen only by admins.
    pub published: bool,
    pub sort_order: i32,
    /// In display order.
    pub images: Vec<PortfolioImage>,
    /// Likes of all its images.
    pub like_count: u64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostPage {
    pub items: Vec<PortfolioPost>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

/// `POST`/`PUT /api/v1/portfolio[/{id}]` (admin). Images are added one by
/// one with `POST /api/v1/portfolio/{id}/images`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostInput {
    pub category_id: Uuid,
    pub title: String,
    #[serde(default)]
    pub story: String,
    #[serde(default)]
    pub published: bool,
    /// Lower first; posts with equal order show newest first.
    #[serde(default)]
    pub sort_order: i32,
}

impl PostInput {
    /// Trims and checks the text fields.
    pub fn validate(&self) -> Result<PostInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        let story = self.story.trim().to_owned();
        match title.chars().count() {
            0 => drop(errors.insert("title".into(), "Judul wajib diisi.".into())),
            n if n > 120 => {
                drop(errors.insert("title".into(), "Judul maksimal 120 karakter.".into()))
            }
            _ => {}
        }
        if story.chars().count() > 5000 {
            errors.insert("story".into(), "Cerita maksimal 5.000 karakter.".into());
        }
        if title
            .chars()
            .chain(story.chars())
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
        {
            errors.insert(
                "story".into(),
                "Teks berisi karakter yang tidak diizinkan.".into(),
            );
        }
        if errors.is_empty() {
            Ok(PostInput {
                category_id: self.category_id,
                title,
                story,
                published: self.published,
                sort_order: self.sort_order,
            })
        } else {
            Err(errors)
        }
    }
}

/// `PUT /api/v1/portfolio/{id}/images/order` (admin): every image of the
/// post, in the new order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImageOrder {
    pub image_ids: Vec<Uuid>,
}

/// The answer to liking or unliking an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LikeState {
    pub image_id: Uuid,
    pub liked: bool,
    pub like_count: u64,
}

/// A URL-safe slug: lower-case ASCII letters and digits joined by `-`.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Checks a category name; the trimmed name.
pub fn check_category_name(name: &str) -> Result<String, &'static str> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || slugify(&name).is_empty() {
        return Err("Nama kategori wajib diisi, dengan huruf atau angka.");
    }
    if name.chars().count() > 40 {
        return Err("Nama kategori maksimal 40 karakter.");
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_dashed() {
        assert_eq!(slugify("Pre Wedding"), "pre-wedding");
        assert_eq!(slugify("  MBS!! "), "mbs");
        assert_eq!(slugify("Martuppol & Adat"), "martuppol-adat");
        assert_eq!(slugify("—"), "");
        assert!(check_category_name("  ").is_err());
        assert_eq!(
            check_category_name(" Sesi  Keluarga ").unwrap(),
            "Sesi Keluarga"
        );
    }

    #[test]
    fn posts_need_a_title_and_are_trimmed() {
        let input = PostInput {
            category_id: Uuid::nil(),
            title: "  Sari &  Budi ".into(),
            story: " Hari bahagia \n".into(),
            published: true,
            sort_order: 0,
        };
        let ok = input.validate().unwrap();
        assert_eq!(
            (ok.title.as_str(), ok.story.as_str()),
            ("Sari & Budi", "Hari bahagia")
        );
        let bad = PostInput {
            title: " ".into(),
            ..input
        };
        assert!(bad.validate().unwrap_err().contains_key("title"));
    }
}
