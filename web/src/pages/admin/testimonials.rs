//! `/admin/testimoni` (admin+): clients' reviews. Tabs (`?status=`) for the
//! waiting, shown and hidden ones; approve, hide or delete each.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;
use shared::testimonial::{TestimonialAdmin, TestimonialStatus};
use shared::Role;
use uuid::Uuid;

use super::payments::Pager;
use super::RequireRole;
use crate::api;
use crate::components::testimonial::Stars;
use crate::components::{confirm, LoadError, Notice, Skeleton, Spinner};
use crate::i18n;
use crate::pages::set_title;
use crate::state::use_auth;

const HREF: &str = "/admin/testimoni";
const PER_PAGE: u64 = 20;

/// The tabs, in order; the first is the default.
pub const TABS: [TestimonialStatus; 3] = [
    TestimonialStatus::Pending,
    TestimonialStatus::Approved,
    TestimonialStatus::Hidden,
];

/// The tab a `?status=` value opens: waiting ones unless it names another.
pub fn tab_status(param: Option<&str>) -> TestimonialStatus {
    param
        .and_then(TestimonialStatus::parse)
        .unwrap_or(TestimonialStatus::Pending)
}

/// `/admin/testimoni?status=…` (and `&page=…` past the first).
pub fn tab_href(status: TestimonialStatus, page: u64) -> String {
    let base = format!("{HREF}?status={}", status.as_str());
    if page > 1 {
        format!("{base}&page={page}")
    } else {
        base
    }
}

/// What an admin can do to a testimonial.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Approve,
    Hide,
    Delete,
}

/// The buttons a row in `status` offers.
pub fn actions_for(status: TestimonialStatus) -> &'static [Action] {
    match status {
        TestimonialStatus::Pending => &[Action::Approve, Action::Hide, Action::Delete],
        TestimonialStatus::Approved => &[Action::Hide, Action::Delete],
        TestimonialStatus::Hidden => &[Action::Approve, Action::Delete],
    }
}

impl Action {
    fn class(self) -> &'static str {
        match self {
            Action::Approve => "btn btn-primary btn-small approve",
            Action::Hide => "btn btn-ghost btn-small hide",
            Action::Delete => "btn btn-danger btn-small delete",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Action::Approve => i18n::TESTIMONIAL_APPROVE(),
            Action::Hide => i18n::TESTIMONIAL_HIDE(),
            Action::Delete => i18n::TESTIMONIAL_DELETE(),
        }
    }

    fn done(self) -> &'static str {
        match self {
            Action::Approve => i18n::TESTIMONIAL_APPROVED_NOTICE(),
            Action::Hide => i18n::TESTIMONIAL_HIDDEN_NOTICE(),
            Action::Delete => i18n::TESTIMONIAL_DELETED_NOTICE(),
        }
    }
}

#[component]
pub fn AdminTestimonialsPage() -> impl IntoView {
    set_title(i18n::TESTIMONIALS_ADMIN_TITLE());
    view! {
        <RequireRole min=Role::Admin>
            <TestimonialQueue/>
        </RequireRole>
    }
}

#[component]
fn TestimonialQueue() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let status = Memo::new(move |_| query.with(|q| tab_status(q.get("status").as_deref())));
    let page = Memo::new(move |_| {
        query
            .with(|q| q.get("page"))
            .and_then(|p| p.parse::<u64>().ok())
            .unwrap_or(1)
            .max(1)
    });
    let items = LocalResource::new(move || {
        api::testimonials::manage(auth, status.get(), page.get(), PER_PAGE)
    });
    let notice = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<Uuid>);
    let refresh = Callback::new(move |()| items.refetch());

    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::ADMIN_OPERATIONS()}</p>
            <h1>{i18n::TESTIMONIALS_ADMIN_TITLE()}</h1>
            <p class="lead">{i18n::TESTIMONIALS_ADMIN_LEAD()}</p>
        </header>
        <nav class="tabs" aria-label=i18n::TESTIMONIALS_TABS()>
            {TABS
                .into_iter()
                .map(|t| view! {
                    <a
                        class="tab"
                        class:active=move || status.get() == t
                        aria-current=move || (status.get() == t).then_some("page")
                        href=tab_href(t, 1)
                        data-testid=format!("tab-{}", t.as_str())
                        data-noscroll=""
                    >
                        {t.label(crate::i18n::english())}
                    </a>
                })
                .collect_view()}
        </nav>
        <div class="flash"><Notice message=notice/></div>
        <Transition fallback=|| view! { <div class="review-list-items">{(0..2).map(|_| view! { <section class="card"><Skeleton lines=4/></section> }).collect_view()}</div> }>
            {move || Suspend::new(async move {
                let shown = status.get_untracked();
                match items.await {
                    Ok(p) if p.items.is_empty() => view! {
                        <section class="card empty-state" data-testid="testimonials-empty">
                            <h2>{empty_title(shown)}</h2>
                            <p>{i18n::TESTIMONIALS_ADMIN_EMPTY_TEXT()}</p>
                        </section>
                    }
                    .into_any(),
                    Ok(p) => {
                        let pages = p.total.div_ceil(p.per_page.max(1));
                        view! {
                            <div class="review-list-items">
                                {p.items
                                    .into_iter()
                                    .map(|t| view! { <TestimonialRow item=t busy=busy notice=notice refresh=refresh/> })
                                    .collect_view()}
                            </div>
                            <Pager current=p.page.max(1) pages=pages href=move |n| tab_href(shown, n)/>
                        }
                        .into_any()
                    }
                    Err(error) => view! {
                        <LoadError error=error what=i18n::TESTIMONIALS_LOAD_FAILED() retry=refresh/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

fn empty_title(status: TestimonialStatus) -> &'static str {
    match status {
        TestimonialStatus::Pending => i18n::TESTIMONIALS_ADMIN_EMPTY_PENDING(),
        TestimonialStatus::Approved => i18n::TESTIMONIALS_ADMIN_EMPTY_APPROVED(),
        TestimonialStatus::Hidden => i18n::TESTIMONIALS_ADMIN_EMPTY_HIDDEN(),
    }
}

#[component]
fn TestimonialRow(
    item: TestimonialAdmin,
    busy: RwSignal<Option<Uuid>>,
    notice: RwSignal<Option<String>>,
    refresh: Callback<()>,
) -> impl IntoView {
    let auth = use_auth();
    let t = item.testimonial;
    let id = t.id;
    let error = RwSignal::new(None::<String>);
    let code = StoredValue::new(item.booking_code.clone());

    let act = move |action: Action| {
        if busy.get_untracked().is_some() {
            return;
        }
        if action == Action::Delete
            && !confirm(&format!(
                "{} {}? {}",
                i18n::TESTIMONIAL_DELETE_CONFIRM(),
                code.get_value(),
                i18n::TESTIMONIAL_DELETE_CONFIRM_TAIL()
            ))
        {
            return;
        }
        busy.set(Some(id));
        error.set(None);
        notice.set(None);
        spawn_local(async move {
            let result = match action {
                Action::Approve => api::testimonials::approve(auth, id).await.map(|_| ()),
                Action::Hide => api::testimonials::hide(auth, id).await.map(|_| ()),
                Action::Delete => api::testimonials::delete(auth, id).await,
            };
            match result {
                Ok(()) => {
                    notice.set(Some(format!("{} {}.", action.done(), code.get_value())));
                    refresh.run(());
                }
                Err(err) => {
                    let _ = error.try_set(Some(err.message()));
                }
            }
            busy.set(None);
        });
    };

    view! {
        <article class="card review-item testimonial-row" data-testid="testimonial-row" data-id=id.to_string() data-status=t.status.as_str()>
            <div class="review-body">
                <div class="review-head">
                    <h2><a href=format!("/admin/booking/{}", item.booking_id) class="detail-code" data-testid="testimonial-booking">{item.booking_code.clone()}</a></h2>
                    <Stars rating=t.rating/>
                </div>
                <dl class="review-facts">
                    <div><dt>{i18n::TESTIMONIAL_CLIENT()}</dt><dd data-testid="testimonial-client">{item.client_name.clone()}</dd></div>
                    <div><dt>{i18n::TESTIMONIAL_SHOWN_AS()}</dt><dd>{t.author.clone()}" · "{t.service_kind.label(crate::i18n::english())}</dd></div>
                    <div><dt>{i18n::TESTIMONIAL_SENT_AT()}</dt><dd>{i18n::format_datetime(t.created_at)}</dd></div>
                </dl>
                <blockquote class="testimonial-text pre" data-testid="testimonial-text">{t.text.clone()}</blockquote>
                {move || error.get().map(|m| view! {
                    <div class="alert alert-error" role="alert" data-testid="action-error"><p>{m}</p></div>
                })}
                <div class="review-actions">
                    {actions_for(t.status)
                        .iter()
                        .map(|&a| view! {
                            <button type="button" class=a.class() disabled=move || busy.get().is_some() on:click=move |_| act(a)>
                                {move || (busy.get() == Some(id)).then(|| view! { <Spinner/> })}
                                <span>{a.label()}</span>
                            </button>
                        })
                        .collect_view()}
                </div>
            </div>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_open_waiting_ones_by_default() {
        assert_eq!(tab_status(None), TestimonialStatus::Pending);
        assert_eq!(tab_status(Some("bogus")), TestimonialStatus::Pending);
        assert_eq!(tab_status(Some("approved")), TestimonialStatus::Approved);
        assert_eq!(tab_status(Some("hidden")), TestimonialStatus::Hidden);
        assert_eq!(TABS[0], TestimonialStatus::Pending);
    }

    #[test]
    fn tab_links_name_the_status_and_later_pages() {
        assert_eq!(
            tab_href(TestimonialStatus::Approved, 1),
            "/admin/testimoni?status=approved"
        );
        assert_eq!(
            tab_href(TestimonialStatus::Hidden, 3),
            "/admin/testimoni?status=hidden&page=3"
        );
    }

    #[test]
    fn rows_offer_only_changes_of_state() {
        assert!(actions_for(TestimonialStatus::Pending).contains(&Action::Approve));
        assert!(!actions_for(TestimonialStatus::Approved).contains(&Action::Approve));
        assert!(!actions_for(TestimonialStatus::Hidden).contains(&Action::Hide));
        assert!(TABS
            .iter()
            .all(|s| actions_for(*s).contains(&Action::Delete)));
    }
}
