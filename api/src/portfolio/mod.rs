//! The portfolio: image processing, reading posts as DTOs, likes.

pub mod likes;
pub mod photo;
pub mod posts;

/// Public URL of a stored portfolio file.
pub fn media_url(key: &str) -> String {
    format!("/media/{key}")
}
