//! `/tentang`: the studio's story and photo, as the admins wrote it, with
//! the way on to booking and contact. Also the story's teaser on the home
//! page (`data-testid="home-about"`).

use leptos::prelude::*;
use shared::site::{pick, AboutContent, SiteContent};

use super::home_hero::SitePhotoImg;
use super::set_title;
use crate::api::{self, ApiError};
use crate::components::{LoadError, Skeleton};
use crate::i18n;

/// The text's paragraphs: separated by blank lines (spaces count as blank),
/// each trimmed; single line breaks stay inside their paragraph.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

/// The about text in the visitor's language.
fn about_text(about: &AboutContent) -> &str {
    pick(&about.text, &about.text_en, i18n::english())
}

#[component]
pub fn AboutPage() -> impl IntoView {
    set_title(i18n::ABOUT_TITLE());
    let site = LocalResource::new(api::site::content);
    let retry = Callback::new(move |()| site.refetch());
    view! {
        <section class="page-hero">
            <div class="container">
                <p class="eyebrow">{i18n::ABOUT_EYEBROW()}</p>
                <h1>{i18n::ABOUT_TITLE()}</h1>
                <p class="lead">{i18n::ABOUT_LEAD()}</p>
            </div>
        </section>
        <div class="container about-page">
            <Transition fallback=|| view! { <div class="about-story"><Skeleton lines=6/></div> }>
                {move || Suspend::new(async move {
                    match site.await {
                        Ok(s) => view! { <AboutStory about=s.about/> }.into_any(),
                        Err(error) => view! {
                            <LoadError error=error what=i18n::ABOUT_LOAD_FAILED() retry=retry/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
            <aside class="card site-cta" aria-labelledby="about-cta-title">
                <h2 id="about-cta-title">{i18n::ABOUT_CTA_TITLE()}</h2>
                <p>{i18n::ABOUT_CTA_TEXT()}</p>
                <div class="cta-row center">
                    <a class="btn btn-primary" href="/harga" data-testid="about-book">{i18n::ABOUT_CTA_BOOK()}</a>
                    <a class="btn btn-ghost" href="/kontak" data-testid="about-contact">{i18n::ABOUT_CTA_CONTACT()}</a>
                </div>
            </aside>
        </div>
    }
}

#[component]
fn AboutStory(about: AboutContent) -> impl IntoView {
    let texts = paragraphs(about_text(&about));
    let has_photo = about.photo.is_some();
    view! {
        <div class="about-story" class:has-photo=has_photo>
            {about.photo.map(|photo| view! {
                <figure class="about-photo">
                    <SitePhotoImg photo=photo alt=i18n::ABOUT_PHOTO_ALT() sizes="(min-width: 860px) 420px, 100vw" eager=true/>
                </figure>
            })}
            <div class="about-text prose" data-testid="about-text">
                {texts.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            </div>
        </div>
    }
}

/// The home page's short "about us": photo, first paragraph, and the link to
/// the whole story. Stays away when there is nothing to show.
#[component]
pub fn AboutTeaser(site: LocalResource<Result<SiteContent, ApiError>>) -> impl IntoView {
    view! {
        <Transition fallback=|| view! {
            <section class="section home-about" aria-busy="true">
                <div class="container about-teaser"><Skeleton lines=4/></div>
            </section>
        }>
            {move || Suspend::new(async move {
                let about = site.await.ok()?.about;
                let first = paragraphs(about_text(&about)).into_iter().next()?;
                let has_photo = about.photo.is_some();
                Some(view! {
                    <section class="section home-about" data-testid="home-about" aria-labelledby="home-about-title">
                        <div class="container about-teaser" class:has-photo=has_photo>
                            {about.photo.map(|photo| view! {
                                <figure class="about-photo">
                                    <SitePhotoImg photo=photo alt=i18n::ABOUT_PHOTO_ALT() sizes="(min-width: 860px) 420px, 100vw"/>
                                </figure>
                            })}
                            <div class="about-teaser-text">
                                <p class="eyebrow">{i18n::ABOUT_EYEBROW()}</p>
                                <h2 id="home-about-title">{i18n::ABOUT_TEASER_TITLE()}</h2>
                                <p class="lead">{first}</p>
                                <a class="btn btn-ghost" href="/tentang" data-testid="home-about-more">
                                    {i18n::ABOUT_TEASER_MORE()}<span aria-hidden="true">" →"</span>
                                </a>
                            </div>
                        </div>
                    </section>
                })
            })}
        </Transition>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let text = "Aruna berarti fajar.\r\nKami mulai 2019.\r\n\r\n  \r\nKedua.\n\n\nKetiga.  \n";
        assert_eq!(
            paragraphs(text),
            vec![
                "Aruna berarti fajar.\nKami mulai 2019.".to_owned(),
                "Kedua.".to_owned(),
                "Ketiga.".to_owned(),
            ]
        );
        assert!(paragraphs("").is_empty());
        assert!(paragraphs(" \n\n ").is_empty());
        assert_eq!(paragraphs("Satu saja"), vec!["Satu saja".to_owned()]);
    }
}
