//! The site's content (hero slides, about, FAQ, contact): reading it whole
//! for `GET /api/v1/site`, and the JSON documents kept in `site_texts`.

use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, QueryOrder, QuerySelect, Set};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use shared::site::{AboutContent, ContactDetails, FaqEntry, HeroSlide, SiteContent, SitePhoto};

use crate::entities::{site_faq, site_hero, site_texts};
use crate::error::ApiError;
use crate::portfolio::media_url;

pub const ABOUT: &str = "about";
pub const CONTACT: &str = "contact";

/// A stored photo: storage keys and the display size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredPhoto {
    pub key: String,
    pub thumb_key: String,
    pub width: u32,
    pub height: u32,
}

impl StoredPhoto {
    pub fn dto(&self) -> SitePhoto {
        SitePhoto {
            url: media_url(&self.key),
            thumb_url: media_url(&self.thumb_key),
            width: self.width,
            height: self.height,
        }
    }
}

/// The about document as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct About {
    pub text: String,
    pub text_en: String,
    pub photo: Option<StoredPhoto>,
}

impl About {
    pub fn dto(&self) -> AboutContent {
        AboutContent {
            text: self.text.clone(),
            text_en: self.text_en.clone(),
            photo: self.photo.as_ref().map(StoredPhoto::dto),
        }
    }
}

pub fn hero_dto(h: &site_hero::Model) -> HeroSlide {
    HeroSlide {
        id: h.id,
        photo: StoredPhoto {
            key: h.key.clone(),
            thumb_key: h.thumb_key.clone(),
            width: u32::try_from(h.width).unwrap_or(0),
            height: u32::try_from(h.height).unwrap_or(0),
        }
        .dto(),
        caption: h.caption.clone(),
        caption_en: h.caption_en.clone(),
        position: h.position,
    }
}

pub fn faq_dto(f: &site_faq::Model) -> FaqEntry {
    FaqEntry {
        id: f.id,
        question: f.question.clone(),
        answer: f.answer.clone(),
        question_en: f.question_en.clone(),
        answer_en: f.answer_en.clone(),
        position: f.position,
    }
}

/// A JSON document of `site_texts`, or its default when missing.
pub async fn text<T: DeserializeOwned + Default>(
    db: &impl ConnectionTrait,
    key: &str,
) -> Result<T, ApiError> {
    let row = site_texts::Entity::find_by_id(key.to_owned())
        .one(db)
        .await?;
    Ok(row
        .and_then(|r| serde_json::from_str(&r.value).ok())
        .unwrap_or_default())
}

/// The same, with its row locked for the rest of the transaction
/// (PostgreSQL; SQLite writers are serialised already).
pub async fn text_for_update<T: DeserializeOwned + Default>(
    db: &impl ConnectionTrait,
    key: &str,
) -> Result<T, ApiError> {
    let row = site_texts::Entity::find_by_id(key.to_owned())
        .lock_exclusive()
        .one(db)
        .await?;
    Ok(row
        .and_then(|r| serde_json::from_str(&r.value).ok())
        .unwrap_or_default())
}

pub async fn save_text<T: Serialize>(
    db: &impl ConnectionTrait,
    key: &str,
    value: &T,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), ApiError> {
    let json = serde_json::to_string(value).map_err(|e| ApiError::Internal(e.into()))?;
    let row = site_texts::ActiveModel {
        key: Set(key.to_owned()),
        value: Set(json),
        updated_at: Set(now.fixed_offset()),
    };
    if site_texts::Entity::find_by_id(key.to_owned())
        .one(db)
        .await?
        .is_some()
    {
        row.update(db).await?;
    } else {
        row.insert(db).await?;
    }
    Ok(())
}

/// Serialises writers of hero slides and FAQ entries on PostgreSQL (count
/// then insert must not interleave): locks the about row.
pub async fn lock(db: &impl ConnectionTrait) -> Result<(), ApiError> {
    site_texts::Entity::find_by_id(ABOUT.to_owned())
        .select_only()
        .column(site_texts::Column::Key)
        .lock_exclusive()
        .into_tuple::<String>()
        .one(db)
        .await?;
    Ok(())
}

pub async fn hero(db: &impl ConnectionTrait) -> Result<Vec<site_hero::Model>, ApiError> {
    Ok(site_hero::Entity::find()
        .order_by_asc(site_hero::Column::Position)
        .order_by_asc(site_hero::Column::CreatedAt)
        .all(db)
        .await?)
}

pub async fn faq(db: &impl ConnectionTrait) -> Result<Vec<site_faq::Model>, ApiError> {
    Ok(site_faq::Entity::find()
        .order_by_asc(site_faq::Column::Position)
        .order_by_asc(site_faq::Column::Id)
        .all(db)
        .await?)
}

/// Everything the public pages show.
pub async fn content(db: &impl ConnectionTrait) -> Result<SiteContent, ApiError> {
    let about: About = text(db, ABOUT).await?;
    Ok(SiteContent {
        hero: hero(db).await?.iter().map(hero_dto).collect(),
        about: about.dto(),
        faq: faq(db).await?.iter().map(faq_dto).collect(),
        contact: text::<ContactDetails>(db, CONTACT).await?,
    })
}
