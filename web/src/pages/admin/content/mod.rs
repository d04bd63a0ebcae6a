//! `/admin/konten` (admin+): the public site's own content, in four tabs
//! (`?tab=hero|tentang|faq|kontak`): the home page's hero photos, the
//! studio's story and photo, the FAQ, and the contact details. Each change
//! is saved at once and the public pages read it on their next load.

mod about;
mod action;
mod contact;
mod faq;
mod hero;
mod inputs;
mod rules;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::site::SiteContent;
use shared::Role;

use self::about::AboutPanel;
use self::contact::ContactPanel;
use self::faq::FaqPanel;
use self::hero::HeroPanel;
use self::rules::{Tab, TABS};
use super::RequireRole;
use crate::api;
use crate::components::{LoadError, Skeleton};
use crate::i18n;
use crate::pages::set_title;

#[component]
pub fn AdminContentPage() -> impl IntoView {
    set_title(i18n::CONTENT_TITLE());
    view! {
        <RequireRole min=Role::Admin>
            <ContentLoader/>
        </RequireRole>
    }
}

#[component]
fn ContentLoader() -> impl IntoView {
    let query = use_query_map();
    let tab = Memo::new(move |_| query.with(|q| Tab::parse(q.get("tab").as_deref())));
    // A fresh copy, not the one the public pages share.
    let site = LocalResource::new(api::site::reload);
    let retry = Callback::new(move |()| site.refetch());

    view! {
        <header class="page-header page-header-row">
            <div>
                <p class="eyebrow">{i18n::CONTENT_EYEBROW()}</p>
                <h1>{i18n::CONTENT_TITLE()}</h1>
                <p class="lead">{i18n::CONTENT_LEAD()}</p>
            </div>
            <a class="btn btn-ghost" href=move || tab.get().public_href() target="_blank" rel="noopener" data-testid="content-view-site">
                {i18n::CONTENT_VIEW_ON_SITE()}<span aria-hidden="true">" ↗"</span>
                <span class="visually-hidden">{i18n::SITE_NEW_TAB()}</span>
            </a>
        </header>
        <nav class="tabs content-tabs" aria-label=i18n::CONTENT_TABS()>
            {TABS
                .into_iter()
                .map(|t| view! {
                    <a
                        class="tab"
                        class:active=move || tab.get() == t
                        aria-current=move || (tab.get() == t).then_some("page")
                        href=t.href()
                        data-testid=t.testid()
                        data-noscroll=""
                    >
                        {t.label()}
                    </a>
                })
                .collect_view()}
        </nav>
        <Transition fallback=|| view! { <section class="card"><Skeleton lines=6/></section> }>
            {move || Suspend::new(async move {
                match site.await {
                    Ok(s) => view! { <ContentEditor initial=s tab=tab/> }.into_any(),
                    Err(error) => view! {
                        <LoadError error=error what=i18n::CONTENT_LOAD_FAILED() retry=retry/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

/// The content as last saved, kept while the tabs change.
#[component]
fn ContentEditor(initial: SiteContent, tab: Memo<Tab>) -> impl IntoView {
    let hero = RwSignal::new(initial.hero);
    let about = RwSignal::new(initial.about);
    let faq = RwSignal::new(initial.faq);
    let contact = RwSignal::new(initial.contact);
    view! {
        <div class="content-editor" data-testid=move || format!("content-panel-{}", tab.get().key())>
            {move || match tab.get() {
                Tab::Hero => view! { <HeroPanel slides=hero/> }.into_any(),
                Tab::About => view! { <AboutPanel about=about/> }.into_any(),
                Tab::Faq => view! { <FaqPanel faq=faq/> }.into_any(),
                Tab::Contact => view! { <ContactPanel contact=contact/> }.into_any(),
            }}
        </div>
    }
}
