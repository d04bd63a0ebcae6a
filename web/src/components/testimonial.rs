//! Testimonials as the site shows them: stars, the words, who said it; and
//! the small pure rules behind them (star text, the review's length count).

use leptos::prelude::*;
use shared::testimonial::{Testimonial, TestimonialStatus, TEXT_MAX, TEXT_MIN};

use crate::i18n;

/// Most stars a review gives.
pub const MAX_STARS: u8 = 5;

/// "★★★★☆" for 4; out-of-range ratings are clamped to 0–5.
pub fn stars_text(rating: u8) -> String {
    let full = usize::from(rating.min(MAX_STARS));
    let empty = usize::from(MAX_STARS) - full;
    format!("{}{}", "★".repeat(full), "☆".repeat(empty))
}

/// "4 dari 5 bintang": the stars in words, for screen readers.
pub fn stars_label(rating: u8) -> String {
    format!(
        "{} {} {MAX_STARS} {}",
        rating.min(MAX_STARS),
        i18n::STARS_OF(),
        i18n::STARS()
    )
}

/// What the client reads about their own review's state.
pub fn my_review_status(status: TestimonialStatus) -> &'static str {
    match status {
        TestimonialStatus::Pending => i18n::MY_REVIEW_STATUS_PENDING(),
        TestimonialStatus::Approved => i18n::MY_REVIEW_STATUS_APPROVED(),
        TestimonialStatus::Hidden => i18n::MY_REVIEW_STATUS_HIDDEN(),
    }
}

/// Where a review's length stands against the 10–2,000 rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Length {
    Empty,
    TooShort,
    Fine,
    TooLong,
}

/// The live "n/2000" under the review's text box (trimmed, in characters,
/// as the server counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharCount {
    pub count: usize,
    pub length: Length,
}

impl CharCount {
    pub fn of(text: &str) -> CharCount {
        let count = text.trim().chars().count();
        let length = match count {
            0 => Length::Empty,
            n if n < TEXT_MIN => Length::TooShort,
            n if n > TEXT_MAX => Length::TooLong,
            _ => Length::Fine,
        };
        CharCount { count, length }
    }

    /// "12/2000".
    pub fn label(self) -> String {
        format!("{}/{TEXT_MAX}", self.count)
    }

    /// Worth a warning colour: too long, or started but still too short.
    pub fn warns(self) -> bool {
        matches!(self.length, Length::TooShort | Length::TooLong)
    }
}

/// The stars of a rating, read out as words.
#[component]
pub fn Stars(rating: u8) -> impl IntoView {
    view! {
        <span class="stars" role="img" aria-label=stars_label(rating) data-rating=rating>
            {stars_text(rating)}
        </span>
    }
}

/// One public testimonial (`data-testid="testimonial"`).
#[component]
pub fn TestimonialCard(testimonial: Testimonial) -> impl IntoView {
    let t = testimonial;
    view! {
        <article class="card testimonial" data-testid="testimonial" data-id=t.id.to_string()>
            <Stars rating=t.rating/>
            <blockquote class="testimonial-text pre">{t.text}</blockquote>
            <p class="testimonial-by">
                <span class="testimonial-author">{t.author}</span>
                <span class="muted">" · "{t.service_kind.label(crate::i18n::english())}</span>
            </p>
            <p class="testimonial-date muted">{i18n::format_date(t.created_at)}</p>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stars_fill_up_to_the_rating() {
        assert_eq!(stars_text(4), "★★★★☆");
        assert_eq!(stars_text(0), "☆☆☆☆☆");
        assert_eq!(stars_text(9), "★★★★★");
        assert_eq!(stars_label(3), "3 dari 5 bintang");
    }

    #[test]
    fn char_count_follows_the_length_rule() {
        assert_eq!(CharCount::of("   ").length, Length::Empty);
        let short = CharCount::of("  bagus ");
        assert_eq!((short.count, short.length), (5, Length::TooShort));
        assert!(short.warns());
        let fine = CharCount::of("Hasil fotonya indah!");
        assert_eq!(fine.length, Length::Fine);
        assert!(!fine.warns());
        assert_eq!(fine.label(), "20/2000");
        assert_eq!(CharCount::of(&"é".repeat(2001)).length, Length::TooLong);
        assert!(!CharCount::of("").warns());
    }

    #[test]
    fn each_status_has_its_own_words() {
        assert_eq!(
            my_review_status(TestimonialStatus::Pending),
            "Menunggu persetujuan studio"
        );
        assert_eq!(
            my_review_status(TestimonialStatus::Approved),
            "Tampil di situs"
        );
        assert_eq!(my_review_status(TestimonialStatus::Hidden), "Disembunyikan");
    }
}
