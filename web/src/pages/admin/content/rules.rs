//! The content editor's checks, free of the DOM: which photo may go up,
//! what a failed upload means, the order after a move, and the tabs.

use shared::ErrorCode;
use uuid::Uuid;

use crate::api::ApiError;
use crate::i18n;

/// The `accept` attribute of the photo inputs.
pub const ACCEPT_ATTR: &str = "image/jpeg,image/png,image/webp";
/// The API's limit for one photo.
pub const MAX_PHOTO_BYTES: f64 = 10.0 * 1024.0 * 1024.0;

const ACCEPTED: &[(&str, &[&str])] = &[
    ("image/jpeg", &["jpg", "jpeg"]),
    ("image/png", &["png"]),
    ("image/webp", &["webp"]),
];

/// The sections of `/admin/konten`, in order; the first is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Hero,
    About,
    Faq,
    Contact,
}

pub const TABS: [Tab; 4] = [Tab::Hero, Tab::About, Tab::Faq, Tab::Contact];

impl Tab {
    /// The `?tab=` value.
    pub fn key(self) -> &'static str {
        match self {
            Tab::Hero => "hero",
            Tab::About => "tentang",
            Tab::Faq => "faq",
            Tab::Contact => "kontak",
        }
    }

    /// `content-tab-<this>`.
    pub fn testid(self) -> &'static str {
        match self {
            Tab::Hero => "content-tab-hero",
            Tab::About => "content-tab-about",
            Tab::Faq => "content-tab-faq",
            Tab::Contact => "content-tab-contact",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Tab::Hero => i18n::CONTENT_TAB_HERO(),
            Tab::About => i18n::CONTENT_TAB_ABOUT(),
            Tab::Faq => i18n::CONTENT_TAB_FAQ(),
            Tab::Contact => i18n::CONTENT_TAB_CONTACT(),
        }
    }

    /// The public page that shows this content.
    pub fn public_href(self) -> &'static str {
        match self {
            Tab::Hero => "/",
            Tab::About => "/tentang",
            Tab::Faq => "/faq",
            Tab::Contact => "/kontak",
        }
    }

    /// The tab a `?tab=` value opens: the hero unless it names another.
    pub fn parse(param: Option<&str>) -> Tab {
        TABS.into_iter()
            .find(|t| Some(t.key()) == param)
            .unwrap_or(Tab::Hero)
    }

    pub fn href(self) -> String {
        format!("/admin/konten?tab={}", self.key())
    }
}

/// Whether a picked file may be uploaded as a site photo, else why not (a
/// sentence naming it). `mime` may be empty; the extension decides then.
pub fn check_photo(name: &str, mime: &str, size: f64) -> Result<(), String> {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let known = ACCEPTED.iter().any(|(m, exts)| {
        if mime.is_empty() {
            exts.contains(&ext.as_str())
        } else {
            *m == mime
        }
    });
    if !known {
        return Err(format!("{name} {}", i18n::CONTENT_FILE_BAD_TYPE()));
    }
    if size <= 0.0 {
        return Err(format!("{name} {}", i18n::CONTENT_FILE_EMPTY()));
    }
    if size > MAX_PHOTO_BYTES {
        return Err(format!(
            "{name} {} ({}). {}",
            i18n::CONTENT_FILE_TOO_BIG(),
            i18n::file_size(size),
            i18n::CONTENT_FILE_TOO_BIG_HINT()
        ));
    }
    Ok(())
}

/// The sentence for a failed photo upload: the API's answers by status,
/// in the visitor's language (409 only comes for the hero's limit).
pub fn upload_failure(err: &ApiError) -> String {
    match (err, err.code()) {
        (ApiError::Network, _) => i18n::CONTENT_UPLOAD_NETWORK().to_owned(),
        (_, Some(ErrorCode::Conflict)) => i18n::CONTENT_HERO_FULL().to_owned(),
        (_, Some(ErrorCode::PayloadTooLarge)) => format!(
            "{} {}",
            i18n::CONTENT_FILE_TOO_BIG(),
            i18n::CONTENT_FILE_TOO_BIG_HINT()
        ),
        (_, Some(ErrorCode::UnsupportedMediaType)) => {
            format!("{} {}", i18n::CONTENT_PICK_HINT(), err.message())
        }
        (_, Some(ErrorCode::ValidationFailed)) if err.field_errors().is_empty() => {
            i18n::CONTENT_FILE_UNREADABLE().to_owned()
        }
        _ => err.message(),
    }
}

/// `ids` with the one at `index` moved `delta` places (−1 up, +1 down);
/// `None` when it would leave the list.
pub fn moved(ids: &[Uuid], index: usize, delta: isize) -> Option<Vec<Uuid>> {
    let target = index.checked_add_signed(delta)?;
    if index >= ids.len() || target >= ids.len() || target == index {
        return None;
    }
    let mut out = ids.to_vec();
    let id = out.remove(index);
    out.insert(target, id);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::ErrorBody;

    #[test]
    fn tabs_open_the_hero_by_default() {
        assert_eq!(Tab::parse(None), Tab::Hero);
        assert_eq!(Tab::parse(Some("bogus")), Tab::Hero);
        assert_eq!(Tab::parse(Some("tentang")), Tab::About);
        assert_eq!(Tab::parse(Some("kontak")), Tab::Contact);
        assert_eq!(Tab::Faq.href(), "/admin/konten?tab=faq");
        for t in TABS {
            assert_eq!(Tab::parse(Some(t.key())), t, "{}", t.key());
        }
    }

    #[test]
    fn only_small_enough_photos_go_up() {
        assert_eq!(check_photo("a.jpg", "image/jpeg", 2e6), Ok(()));
        assert_eq!(check_photo("a.WEBP", "", 2e6), Ok(()), "by extension");
        let cases = [
            (("a.gif", "image/gif", 1e3), "bukan foto"),
            (("a.heic", "", 1e3), "bukan foto"),
            (("a.png", "image/png", 0.0), "kosong"),
            (
                ("besar.jpg", "image/jpeg", 12.5 * 1024.0 * 1024.0),
                "besar.jpg terlalu besar (12,5 MB)",
            ),
        ];
        for ((name, mime, size), expected) in cases {
            let msg = check_photo(name, mime, size).err().unwrap_or_default();
            assert!(msg.contains(expected), "{name}: {msg}");
        }
        assert!(check_photo("tepat.jpg", "image/jpeg", MAX_PHOTO_BYTES).is_ok());
        assert!(check_photo("lebih.jpg", "image/jpeg", MAX_PHOTO_BYTES + 1.0).is_err());
    }

    #[test]
    fn failed_uploads_say_what_to_do() {
        let server = |status, code| ApiError::Server {
            status,
            body: ErrorBody::new(code),
        };
        assert_eq!(
            upload_failure(&server(409, ErrorCode::Conflict)),
            i18n::CONTENT_HERO_FULL()
        );
        assert_eq!(
            upload_failure(&server(422, ErrorCode::ValidationFailed)),
            i18n::CONTENT_FILE_UNREADABLE()
        );
        assert!(upload_failure(&server(413, ErrorCode::PayloadTooLarge)).contains("10 MB"));
        assert_eq!(
            upload_failure(&ApiError::Network),
            i18n::CONTENT_UPLOAD_NETWORK()
        );
    }

    #[test]
    fn entries_move_one_place_within_the_list() {
        let ids: Vec<Uuid> = (1..=3).map(Uuid::from_u128).collect();
        let [a, b, c] = [ids[0], ids[1], ids[2]];
        assert_eq!(moved(&ids, 0, 1), Some(vec![b, a, c]));
        assert_eq!(moved(&ids, 2, -1), Some(vec![a, c, b]));
        assert_eq!(moved(&ids, 0, -1), None, "first cannot go up");
        assert_eq!(moved(&ids, 2, 1), None, "last cannot go down");
        assert_eq!(moved(&ids, 7, -1), None);
    }
}
