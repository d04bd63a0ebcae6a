//! `/faq`: the studio's answers to the usual questions (deposit, changes of
//! date, delivery…), each a `<details>` that opens in place, and the way to
//! ask anything else.

use leptos::prelude::*;
use shared::site::FaqEntry;

use super::about::paragraphs;
use super::contact::{whatsapp_greeting_href, WhatsAppIcon};
use super::set_title;
use crate::api;
use crate::components::{LoadError, Skeleton};
use crate::i18n;

#[component]
pub fn FaqPage() -> impl IntoView {
    set_title(i18n::FAQ_TITLE());
    let site = LocalResource::new(api::site::content);
    let retry = Callback::new(move |()| site.refetch());
    view! {
        <section class="page-hero">
            <div class="container">
                <p class="eyebrow">{i18n::FAQ_EYEBROW()}</p>
                <h1>{i18n::FAQ_TITLE()}</h1>
                <p class="lead">{i18n::FAQ_LEAD()}</p>
            </div>
        </section>
        <div class="container faq-page">
            <Transition fallback=|| view! { <div class="faq-list"><Skeleton lines=6/></div> }>
                {move || Suspend::new(async move {
                    match site.await {
                        Ok(s) => {
                            let wa = whatsapp_greeting_href(&s.contact);
                            view! {
                                <FaqList entries=s.faq/>
                                <aside class="card site-cta" aria-labelledby="faq-cta-title">
                                    <h2 id="faq-cta-title">{i18n::FAQ_CTA_TITLE()}</h2>
                                    <p>{i18n::FAQ_CTA_TEXT()}</p>
                                    <div class="cta-row center">
                                        <a class="btn btn-primary btn-whatsapp" href=wa target="_blank" rel="noopener noreferrer" data-testid="faq-whatsapp">
                                            <WhatsAppIcon/>
                                            <span>{i18n::FAQ_CTA_WHATSAPP()}</span>
                                            <span class="visually-hidden">{i18n::SITE_NEW_TAB()}</span>
                                        </a>
                                        <a class="btn btn-ghost" href="/kontak" data-testid="faq-contact">{i18n::FAQ_CTA_CONTACT()}</a>
                                    </div>
                                </aside>
                            }
                            .into_any()
                        }
                        Err(error) => view! {
                            <LoadError error=error what=i18n::FAQ_LOAD_FAILED() retry=retry/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

/// The question and answer to show: the English pair only when both are
/// translated, so one entry never mixes languages.
pub fn faq_texts(entry: &FaqEntry, english: bool) -> (&str, &str) {
    let translated = !entry.question_en.trim().is_empty() && !entry.answer_en.trim().is_empty();
    if english && translated {
        (&entry.question_en, &entry.answer_en)
    } else {
        (&entry.question, &entry.answer)
    }
}

#[component]
fn FaqList(entries: Vec<FaqEntry>) -> impl IntoView {
    if entries.is_empty() {
        return view! { <p class="empty-note faq-empty" data-testid="faq-empty">{i18n::FAQ_EMPTY()}</p> }
            .into_any();
    }
    let english = i18n::english();
    view! {
        <div class="faq-list">
            {entries
                .into_iter()
                .enumerate()
                .map(|(i, e)| {
                    let (question, answer) = faq_texts(&e, english);
                    let (question, answer) = (question.to_owned(), answer.to_owned());
                    view! {
                        <details class="faq-item" id=format!("faq-{}", i + 1) data-testid="faq-item">
                            <summary>
                                <span class="faq-question">{question}</span>
                                <span class="faq-marker" aria-hidden="true"></span>
                            </summary>
                            <div class="faq-answer prose">
                                {paragraphs(&answer).into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                            </div>
                        </details>
                    }
                })
                .collect_view()}
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_shows_only_whole_translations() {
        let mut e = FaqEntry {
            id: uuid::Uuid::nil(),
            question: "Berapa DP-nya?".into(),
            answer: "15% dari harga paket.".into(),
            question_en: "How much is the deposit?".into(),
            answer_en: String::new(),
            position: 0,
        };
        assert_eq!(
            faq_texts(&e, true),
            ("Berapa DP-nya?", "15% dari harga paket.")
        );
        e.answer_en = "15% of the package price.".into();
        assert_eq!(
            faq_texts(&e, true),
            ("How much is the deposit?", "15% of the package price.")
        );
        assert_eq!(faq_texts(&e, false).0, "Berapa DP-nya?");
    }
}
