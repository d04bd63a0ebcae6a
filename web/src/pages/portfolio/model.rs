//! The gallery's logic, free of the DOM: the URL state, viewer navigation,
//! swipes and keys, and what a like button shows and does.

use shared::portfolio::{LikeState, PortfolioImage, PortfolioPost, THUMB_MAX_PX};
use shared::Role;
use uuid::Uuid;

use crate::api::encode;
use crate::api::portfolio::{PostQuery, Sort};

pub const GALLERY_HREF: &str = "/portfolio";
/// Posts per "Muat lagi".
pub const PER_PAGE: u64 = 12;
/// How far a finger must travel sideways to count as a swipe.
pub const SWIPE_MIN_PX: f64 = 40.0;

/// What the gallery shows, kept in its URL: `?kategori=<slug>&urut=terbaru`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub category: Option<String>,
    pub sort: Sort,
}

impl Filter {
    /// From the URL's `kategori` and `urut`; anything unknown means the default.
    pub fn from_params(kategori: Option<&str>, urut: Option<&str>) -> Filter {
        Filter {
            category: kategori
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
            sort: match urut {
                Some("terbaru") => Sort::Newest,
                _ => Sort::Popular,
            },
        }
    }

    /// The gallery URL showing this filter; defaults are left out.
    pub fn href(&self) -> String {
        let mut pairs = Vec::new();
        if let Some(slug) = &self.category {
            pairs.push(format!("kategori={}", encode(slug)));
        }
        if self.sort == Sort::Newest {
            pairs.push("urut=terbaru".to_owned());
        }
        if pairs.is_empty() {
            GALLERY_HREF.to_owned()
        } else {
            format!("{GALLERY_HREF}?{}", pairs.join("&"))
        }
    }

    pub fn with_category(&self, slug: Option<&str>) -> Filter {
        Filter {
            category: slug.filter(|s| !s.is_empty()).map(str::to_owned),
            sort: self.sort,
        }
    }

    pub fn with_sort(&self, sort: Sort) -> Filter {
        Filter {
            sort,
            ..self.clone()
        }
    }

    /// The API query for page `page` of this filter.
    pub fn query(&self, page: u64) -> PostQuery {
        PostQuery {
            category: self.category.clone(),
            sort: self.sort,
            page,
            per_page: PER_PAGE,
        }
    }
}

/// `popular` / `newest`, as the sort control's values.
pub fn parse_sort(value: &str) -> Sort {
    if value == Sort::Newest.as_str() {
        Sort::Newest
    } else {
        Sort::Popular
    }
}

/// `/portfolio/<id>`.
pub fn post_href(id: Uuid) -> String {
    format!("{GALLERY_HREF}/{id}")
}

/// Whether the server holds posts beyond page `page`.
pub fn has_more(page: u64, per_page: u64, total: u64) -> bool {
    page.saturating_mul(per_page) < total
}

/// `shown` followed by the posts of `next` it does not hold yet (a like
/// elsewhere may move a post across a page boundary between two loads).
pub fn append_new(shown: &mut Vec<PortfolioPost>, next: Vec<PortfolioPost>) {
    for post in next {
        if !shown.iter().any(|p| p.id == post.id) {
            shown.push(post);
        }
    }
}

/// The size the thumbnail of a `width`×`height` image is stored at: the
/// longest side at most `THUMB_MAX_PX`, the ratio kept.
pub fn thumb_size(width: u32, height: u32) -> (u32, u32) {
    let longest = width.max(height);
    if longest <= THUMB_MAX_PX || longest == 0 {
        return (width.max(1), height.max(1));
    }
    let scale = |side: u32| {
        let scaled = u64::from(side) * u64::from(THUMB_MAX_PX) / u64::from(longest);
        u32::try_from(scaled).unwrap_or(THUMB_MAX_PX).max(1)
    };
    (scale(width), scale(height))
}

/// The image `delta` steps from `index` among `len`, wrapping at both ends.
pub fn step(index: usize, delta: isize, len: usize) -> usize {
    match isize::try_from(len) {
        Ok(n) if n > 0 => {
            let i = isize::try_from(index % len).unwrap_or(0);
            usize::try_from((i + delta).rem_euclid(n)).unwrap_or(0)
        }
        _ => 0,
    }
}

/// What a gesture or key asks of the viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewerMove {
    Next,
    Prev,
    Close,
}

impl ViewerMove {
    /// The step through the images, `None` for closing.
    pub fn delta(self) -> Option<isize> {
        match self {
            ViewerMove::Next => Some(1),
            ViewerMove::Prev => Some(-1),
            ViewerMove::Close => None,
        }
    }
}

/// A finger that went down and lifted `dx`, `dy` pixels away: mostly
/// sideways and far enough is a swipe; to the left shows the next image.
pub fn swipe(dx: f64, dy: f64) -> Option<ViewerMove> {
    if dx.abs() < SWIPE_MIN_PX || dx.abs() <= dy.abs() {
        return None;
    }
    Some(if dx < 0.0 {
        ViewerMove::Next
    } else {
        ViewerMove::Prev
    })
}

/// The viewer's keys (`KeyboardEvent.key`).
pub fn viewer_key(key: &str) -> Option<ViewerMove> {
    match key {
        "Escape" | "Esc" => Some(ViewerMove::Close),
        "ArrowRight" | "Right" => Some(ViewerMove::Next),
        "ArrowLeft" | "Left" => Some(ViewerMove::Prev),
        _ => None,
    }
}

/// One image's like as the button shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Like {
    pub liked: bool,
    pub count: u64,
}

impl Like {
    pub fn of(image: &PortfolioImage) -> Like {
        Like {
            liked: image.liked,
            count: image.like_count,
        }
    }

    /// What the button shows right after a click, before the server answers.
    pub fn toggled(self) -> Like {
        Like {
            liked: !self.liked,
            count: if self.liked {
                self.count.saturating_sub(1)
            } else {
                self.count.saturating_add(1)
            },
        }
    }

    /// Once the server answered: its word, or back to `before` on an error.
    pub fn settled(before: Like, answer: Option<LikeState>) -> Like {
        answer.map_or(before, |s| Like {
            liked: s.liked,
            count: s.like_count,
        })
    }
}

/// What a like button does for who is looking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LikeAccess {
    /// Clients like and unlike.
    Toggle,
    /// Visitors are sent to sign in first.
    SignIn,
    /// The crew sees the counts only.
    ReadOnly,
}

pub fn like_access(role: Option<Role>) -> LikeAccess {
    match role {
        None => LikeAccess::SignIn,
        Some(Role::Client) => LikeAccess::Toggle,
        Some(_) => LikeAccess::ReadOnly,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_round_trips_through_the_url() {
        let all = Filter::default();
        assert_eq!(all.href(), "/portfolio");
        let wedding = all.with_category(Some("wedding"));
        assert_eq!(wedding.href(), "/portfolio?kategori=wedding");
        let newest = wedding.with_sort(Sort::Newest);
        assert_eq!(newest.href(), "/portfolio?kategori=wedding&urut=terbaru");
        assert_eq!(
            Filter::from_params(Some("wedding"), Some("terbaru")),
            newest
        );
        assert_eq!(
            newest.with_category(Some("")).href(),
            "/portfolio?urut=terbaru"
        );
        assert_eq!(Filter::from_params(Some(" "), Some("acak")), all);
        assert_eq!(
            all.with_category(Some("a b")).href(),
            "/portfolio?kategori=a%20b"
        );
    }

    #[test]
    fn the_filter_asks_the_api_for_one_page() {
        let q = Filter::from_params(Some("mbs"), None).query(3);
        assert_eq!(q.category.as_deref(), Some("mbs"));
        assert_eq!((q.sort, q.page, q.per_page), (Sort::Popular, 3, PER_PAGE));
        assert_eq!(parse_sort("newest"), Sort::Newest);
        assert_eq!(parse_sort("x"), Sort::Popular);
    }

    #[test]
    fn more_pages_remain_until_the_total_is_reached() {
        assert!(has_more(1, 12, 13));
        assert!(!has_more(1, 12, 12));
        assert!(!has_more(2, 12, 20));
        assert!(!has_more(1, 12, 0));
    }

    fn post(n: u128) -> PortfolioPost {
        PortfolioPost {
            id: Uuid::from_u128(n),
            category: shared::portfolio::PortfolioCategory {
                id: Uuid::nil(),
                slug: "wedding".into(),
                name: "Wedding".into(),
                sort_order: 0,
            },
            title: format!("Karya {n}"),
            story: String::new(),
            published: true,
            sort_order: 0,
            images: vec![],
            like_count: 0,
            created_at: chrono::DateTime::UNIX_EPOCH,
            updated_at: chrono::DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn a_next_page_adds_only_posts_not_shown_yet() {
        let mut shown = vec![post(1), post(2)];
        append_new(&mut shown, vec![post(2), post(3)]);
        let ids: Vec<u128> = shown.iter().map(|p| p.id.as_u128()).collect();
        assert_eq!(ids, vec![1, 2, 3]);
    }

    #[test]
    fn the_viewer_wraps_around_both_ends() {
        assert_eq!(step(0, 1, 3), 1);
        assert_eq!(step(2, 1, 3), 0);
        assert_eq!(step(0, -1, 3), 2);
        assert_eq!(step(1, -1, 3), 0);
        assert_eq!(step(0, 1, 1), 0);
        assert_eq!(step(5, 1, 0), 0);
        assert_eq!(step(7, 0, 3), 1, "an index past the end is brought back in");
    }

    #[test]
    fn swipes_must_be_sideways_and_long_enough() {
        assert_eq!(swipe(-80.0, 10.0), Some(ViewerMove::Next), "left");
        assert_eq!(swipe(80.0, -10.0), Some(ViewerMove::Prev), "right");
        assert_eq!(swipe(-20.0, 0.0), None, "too short");
        assert_eq!(swipe(60.0, 90.0), None, "mostly vertical");
        assert_eq!(swipe(0.0, 0.0), None, "a tap");
    }

    #[test]
    fn keys_move_or_close_the_viewer() {
        assert_eq!(viewer_key("Escape"), Some(ViewerMove::Close));
        assert_eq!(viewer_key("ArrowRight"), Some(ViewerMove::Next));
        assert_eq!(viewer_key("ArrowLeft"), Some(ViewerMove::Prev));
        assert_eq!(viewer_key("a"), None);
        assert_eq!(ViewerMove::Prev.delta(), Some(-1));
        assert_eq!(ViewerMove::Close.delta(), None);
    }

    #[test]
    fn a_like_toggles_at_once_and_settles_on_the_answer() {
        let before = Like {
            liked: false,
            count: 4,
        };
        let shown = before.toggled();
        assert_eq!(
            shown,
            Like {
                liked: true,
                count: 5
            }
        );
        assert_eq!(shown.toggled(), before);
        assert_eq!(Like::settled(before, None), before, "an error reverts");
        let answer = LikeState {
            image_id: Uuid::nil(),
            liked: true,
            like_count: 9,
        };
        assert_eq!(
            Like::settled(before, Some(answer)),
            Like {
                liked: true,
                count: 9
            },
            "the server's count wins"
        );
        let odd = Like {
            liked: true,
            count: 0,
        };
        assert_eq!(odd.toggled().count, 0, "never below zero");
    }

    #[test]
    fn only_clients_like_visitors_sign_in_first() {
        assert_eq!(like_access(None), LikeAccess::SignIn);
        assert_eq!(like_access(Some(Role::Client)), LikeAccess::Toggle);
        for crew in [Role::Staff, Role::Admin, Role::Superadmin] {
            assert_eq!(like_access(Some(crew)), LikeAccess::ReadOnly, "{crew}");
        }
    }

    #[test]
    fn thumbnails_keep_the_ratio() {
        assert_eq!(thumb_size(1600, 1067), (480, 320));
        assert_eq!(thumb_size(1067, 1600), (320, 480));
        assert_eq!(thumb_size(300, 200), (300, 200));
        assert_eq!(thumb_size(0, 0), (1, 1));
    }
}
