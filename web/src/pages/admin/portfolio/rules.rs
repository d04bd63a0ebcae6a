//! The image manager's checks, free of the DOM: which picked files may go
//! up, and the order after moving one image.

use shared::portfolio::MAX_IMAGE_BYTES;
use uuid::Uuid;

use crate::i18n;

/// The `accept` attribute of the image input.
pub const ACCEPT_ATTR: &str = "image/jpeg,image/png,image/webp";

const ACCEPTED: &[(&str, &[&str])] = &[
    ("image/jpeg", &["jpg", "jpeg"]),
    ("image/png", &["png"]),
    ("image/webp", &["webp"]),
];

/// What the browser says about a picked file.
#[derive(Debug, Clone, PartialEq)]
pub struct Picked {
    pub name: String,
    pub mime: String,
    pub size: f64,
}

/// Whether one file may be uploaded, else why not (in a sentence naming it).
pub fn check_image(file: &Picked) -> Result<(), String> {
    let ext = file
        .name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    // Some systems give no type; the extension decides then.
    let known = ACCEPTED.iter().any(|(mime, exts)| {
        if file.mime.is_empty() {
            exts.contains(&ext.as_str())
        } else {
            *mime == file.mime
        }
    });
    if !known {
        return Err(format!("{} {}", file.name, i18n::IMAGE_BAD_TYPE()));
    }
    if file.size <= 0.0 {
        return Err(format!("{} {}", file.name, i18n::IMAGE_EMPTY()));
    }
    if file.size > MAX_IMAGE_BYTES as f64 {
        return Err(format!(
            "{} {} ({}). {}",
            file.name,
            i18n::IMAGE_TOO_BIG(),
            i18n::file_size(file.size),
            i18n::IMAGE_TOO_BIG_HINT()
        ));
    }
    Ok(())
}

/// Which of `files` to upload (their indices) given `room` free places, and
/// a sentence for each one left out.
pub fn plan_uploads(files: &[Picked], room: usize) -> (Vec<usize>, Vec<String>) {
    let mut accepted = Vec::new();
    let mut problems = Vec::new();
    for (i, file) in files.iter().enumerate() {
        match check_image(file) {
            Err(msg) => problems.push(msg),
            Ok(()) if accepted.len() >= room => {
                problems.push(format!("{} {}", file.name, i18n::IMAGES_NO_ROOM()));
            }
            Ok(()) => accepted.push(i),
        }
    }
    (accepted, problems)
}

/// `ids` with the one at `index` moved `delta` places (−1 left, +1 right);
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

    fn file(name: &str, mime: &str, size: f64) -> Picked {
        Picked {
            name: name.into(),
            mime: mime.into(),
            size,
        }
    }

    #[test]
    fn only_small_enough_photos_go_up() {
        assert_eq!(check_image(&file("a.jpg", "image/jpeg", 2e6)), Ok(()));
        assert_eq!(
            check_image(&file("a.webp", "", 2e6)),
            Ok(()),
            "by extension"
        );
        let cases = [
            (file("a.gif", "image/gif", 1e3), "bukan foto"),
            (file("a.pdf", "", 1e3), "bukan foto"),
            (file("a.png", "image/png", 0.0), "kosong"),
            (
                file("besar.jpg", "image/jpeg", 12.5 * 1024.0 * 1024.0),
                "besar.jpg terlalu besar (12,5 MB)",
            ),
        ];
        for (f, expected) in cases {
            let msg = check_image(&f).err().unwrap_or_default();
            assert!(msg.contains(expected), "{}: {msg}", f.name);
        }
        let limit = MAX_IMAGE_BYTES as f64;
        assert!(check_image(&file("tepat.jpg", "image/jpeg", limit)).is_ok());
        assert!(check_image(&file("lebih.jpg", "image/jpeg", limit + 1.0)).is_err());
    }

    #[test]
    fn uploads_stop_at_the_free_places() {
        let files = [
            file("1.jpg", "image/jpeg", 1e5),
            file("x.gif", "image/gif", 1e5),
            file("2.jpg", "image/jpeg", 1e5),
            file("3.jpg", "image/jpeg", 1e5),
        ];
        let (accepted, problems) = plan_uploads(&files, 2);
        assert_eq!(accepted, vec![0, 2]);
        assert_eq!(problems.len(), 2);
        assert!(problems[1].starts_with("3.jpg"), "{problems:?}");
        assert_eq!(plan_uploads(&files, 0).0, Vec::<usize>::new());
    }

    #[test]
    fn images_move_one_place_within_the_list() {
        let ids: Vec<Uuid> = (1..=3).map(Uuid::from_u128).collect();
        let [a, b, c] = [ids[0], ids[1], ids[2]];
        assert_eq!(moved(&ids, 0, 1), Some(vec![b, a, c]));
        assert_eq!(moved(&ids, 2, -1), Some(vec![a, c, b]));
        assert_eq!(moved(&ids, 0, -1), None, "first cannot go left");
        assert_eq!(moved(&ids, 2, 1), None, "last cannot go right");
        assert_eq!(moved(&ids, 5, -1), None);
        assert_eq!(moved(&ids, 1, 0), None);
    }
}
