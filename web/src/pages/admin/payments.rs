//! `/admin/pembayaran` (staff+): the review queue of transfer proofs, oldest
//! first, each with its proof inline; approve, or reject with a reason the
//! client reads. Tabs (`?status=`) show the approved and rejected history.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;
use shared::payment_dto::{PaymentStatus, ReviewItem};
use shared::Role;
use uuid::Uuid;

use super::RequireRole;
use crate::api;
use crate::components::booking::{BookingStatusBadge, PaymentStatusBadge};
use crate::components::proof::ProofPreview;
use crate::components::{LoadError, Notice, Skeleton, Spinner};
use crate::i18n;
use crate::pages::set_title;
use crate::state::{on_booking_update, use_auth};

const PER_PAGE: u64 = 20;
const TABS: [PaymentStatus; 3] = [
    PaymentStatus::Pending,
    PaymentStatus::Approved,
    PaymentStatus::Rejected,
];

fn tab_label(status: PaymentStatus) -> &'static str {
    match status {
        PaymentStatus::Pending => i18n::TAB_PENDING(),
        PaymentStatus::Approved => i18n::TAB_APPROVED(),
        PaymentStatus::Rejected => i18n::TAB_REJECTED(),
    }
}

#[component]
pub fn AdminPaymentsPage() -> impl IntoView {
    set_title(i18n::REVIEW_TITLE());
    view! {
        <RequireRole min=Role::Staff>
            <ReviewQueue/>
        </RequireRole>
    }
}

#[component]
fn ReviewQueue() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let status = Memo::new(move |_| {
        query
            .with(|q| q.get("status"))
            .and_then(|s| PaymentStatus::parse(&s))
            .unwrap_or(PaymentStatus::Pending)
    });
    let page = Memo::new(move |_| {
        query
            .with(|q| q.get("page"))
            .and_then(|p| p.parse::<u64>().ok())
            .unwrap_or(1)
            .max(1)
    });
    let items =
        LocalResource::new(move || api::payments::queue(auth, status.get(), page.get(), PER_PAGE));
    let notice = RwSignal::new(None::<String>);
    let action_error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<Uuid>);
    let rejecting = RwSignal::new(None::<Uuid>);

    // A new proof, or another reviewer's decision: refetch, but not while a
    // review is being sent or a rejection reason typed (it would be lost).
    let stale = RwSignal::new(false);
    on_booking_update(move |_| stale.set(true));
    Effect::new(move |_| {
        if stale.get() && busy.get().is_none() && rejecting.get().is_none() {
            stale.set(false);
            items.refetch();
        }
    });

    let approve = Callback::new(move |item: ReviewItem| {
        if busy.get_untracked().is_some() {
            return;
        }
        notice.set(None);
        action_error.set(None);
        busy.set(Some(item.payment.id));
        spawn_local(async move {
            match api::payments::approve(auth, item.payment.id).await {
                Ok(booking) => {
                    notice.set(Some(format!(
                        "{} {} {} {}.",
                        i18n::APPROVED_NOTICE(),
                        booking.code,
                        i18n::APPROVED_NOTICE_TAIL(),
                        booking.status.label(crate::i18n::english())
                    )));
                    items.refetch();
                }
                Err(err) => action_error.set(Some(format!(
                    "{}: {}",
                    item.payment.booking_code,
                    err.message()
                ))),
            }
            busy.set(None);
        });
    });
    let reject = Callback::new(move |(item, reason): (ReviewItem, String)| {
        if busy.get_untracked().is_some() {
            return;
        }
        notice.set(None);
        action_error.set(None);
        busy.set(Some(item.payment.id));
        spawn_local(async move {
            match api::payments::reject(auth, item.payment.id, reason).await {
                Ok(booking) => {
                    rejecting.set(None);
                    notice.set(Some(format!(
                        "{} {} {}",
                        i18n::REJECTED_NOTICE(),
                        booking.code,
                        i18n::REJECTED_NOTICE_TAIL()
                    )));
                    items.refetch();
                }
                Err(err) => action_error.set(Some(format!(
                    "{}: {}",
                    item.payment.booking_code,
                    err.message()
                ))),
            }
            busy.set(None);
        });
    });

    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::ADMIN_OPERATIONS()}</p>
            <h1>{i18n::REVIEW_TITLE()}</h1>
            <p class="lead">{i18n::REVIEW_LEAD()}</p>
        </header>
        <nav class="tabs" aria-label=i18n::REVIEW_TABS()>
            {TABS
                .into_iter()
                .map(|t| view! {
                    <a
                        class="tab"
                        class:active=move || status.get() == t
                        aria-current=move || (status.get() == t).then_some("page")
                        href=format!("/admin/pembayaran?status={}", t.as_str())
                        data-testid=format!("tab-{}", t.as_str())
                        data-noscroll=""
                    >
                        {tab_label(t)}
                    </a>
                })
                .collect_view()}
        </nav>
        <div class="flash">
            <Notice message=notice/>
            {move || action_error.get().map(|text| view! {
                <div class="alert alert-error" role="alert" data-testid="action-error"><p>{text}</p></div>
            })}
        </div>
        <Transition fallback=|| view! { <div class="review-list-items">{(0..2).map(|_| view! { <section class="card"><Skeleton lines=6/></section> }).collect_view()}</div> }>
            {move || Suspend::new(async move {
                let status = status.get_untracked();
                match items.await {
                    Ok(list) if list.items.is_empty() => view! {
                        <section class="card empty-state" data-testid="review-empty">
                            <h2>{if status == PaymentStatus::Pending { i18n::REVIEW_EMPTY_PENDING() } else { i18n::REVIEW_EMPTY_HISTORY() }}</h2>
                            <p>{if status == PaymentStatus::Pending { i18n::REVIEW_EMPTY_PENDING_TEXT() } else { i18n::REVIEW_EMPTY_HISTORY_TEXT() }}</p>
                        </section>
                    }
                    .into_any(),
                    Ok(list) => {
                        let pages = list.total.div_ceil(list.per_page.max(1));
                        let current = list.page;
                        view! {
                            <p class="muted" data-testid="review-count">{format!("{} {}", list.total, i18n::PROOFS())}</p>
                            <div class="review-list-items">
                                {list.items
                                    .into_iter()
                                    .map(|item| view! {
                                        <ReviewCard item=item busy=busy rejecting=rejecting approve=approve reject=reject/>
                                    })
                                    .collect_view()}
                            </div>
                            <Pager current=current pages=pages href=move |p| format!("/admin/pembayaran?status={}&page={p}", status.as_str())/>
                        }
                        .into_any()
                    }
                    Err(error) => view! {
                        <LoadError error=error what=i18n::REVIEW_LOAD_FAILED() retry=Callback::new(move |()| items.refetch())/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ReviewCard(
    item: ReviewItem,
    busy: RwSignal<Option<Uuid>>,
    rejecting: RwSignal<Option<Uuid>>,
    approve: Callback<ReviewItem>,
    reject: Callback<(ReviewItem, String)>,
) -> impl IntoView {
    let p = item.payment.clone();
    let id = p.id;
    let pending = p.status == PaymentStatus::Pending;
    let stale = item.booking_status.is_final();
    let phone_digits: String = item
        .client_phone
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let reason = RwSignal::new(String::new());
    let reason_error = RwSignal::new(None::<String>);
    let is_busy = move || busy.get() == Some(id);
    let open = move || rejecting.get() == Some(id);
    let item = StoredValue::new(item);

    let submit_reject = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = reason.get_untracked().trim().to_owned();
        let n = text.chars().count();
        if !(3..=500).contains(&n) {
            reason_error.set(Some(i18n::REASON_RULE().to_owned()));
            focus_reason();
            return;
        }
        reason_error.set(None);
        reject.run((item.get_value(), text));
    };

    view! {
        <article class="card review-item" data-testid="review-item" data-payment-id=id.to_string()>
            <div class="review-proof">
                <ProofPreview payment_id=id code=p.booking_code.clone()/>
            </div>
            <div class="review-body">
                <div class="review-head">
                    <h2><a href=format!("/admin/booking/{}", p.booking_id) class="detail-code">{p.booking_code.clone()}</a></h2>
                    <PaymentStatusBadge status=p.status/>
                </div>
                <p class="review-amount" data-testid="review-amount">{format!("{} · {}", p.kind.label(crate::i18n::english()), p.amount.format_for(crate::i18n::english()))}</p>
                <dl class="review-facts">
                    <div>
                        <dt>{i18n::CLIENT()}</dt>
                        <dd>
                            {item.with_value(|i| i.client_name.clone())}
                            <br/>
                            <a href=format!("https://wa.me/{phone_digits}") target="_blank" rel="noopener">{item.with_value(|i| i.client_phone.clone())}</a>
                        </dd>
                    </div>
                    <div><dt>{i18n::PACKAGE()}</dt><dd>{item.with_value(|i| i.package_name.clone())}</dd></div>
                    <div><dt>{i18n::EVENT_DATE()}</dt><dd>{item.with_value(|i| i18n::format_day_long(i.event_date))}</dd></div>
                    <div><dt>{i18n::TO_ACCOUNT()}</dt><dd>{item.with_value(|i| format!("{} · {}", i.bank, i.account_number))}</dd></div>
                    <div><dt>{i18n::UPLOADED_AT()}</dt><dd>{i18n::format_datetime(p.created_at)}</dd></div>
                    <div><dt>{i18n::BOOKING_STATUS()}</dt><dd><BookingStatusBadge status=item.with_value(|i| i.booking_status)/></dd></div>
                    {p.reviewed_at.map(|at| view! { <div><dt>{i18n::REVIEWED_AT()}</dt><dd>{i18n::format_datetime(at)}</dd></div> })}
                </dl>
                {p.reason.clone().filter(|_| p.status == PaymentStatus::Rejected).map(|r| view! {
                    <p class="payment-reason"><strong>{i18n::REJECT_REASON()}": "</strong>{r}</p>
                })}
                {(pending && stale).then(|| view! {
                    <div class="alert alert-info" role="status"><p>{i18n::REVIEW_STALE()}</p></div>
                })}
                {pending.then(|| view! {
                    <div class="review-actions">
                        <button
                            type="button"
                            class="btn btn-primary"
                            data-testid="approve"
                            disabled=move || busy.get().is_some()
                            on:click=move |_| approve.run(item.get_value())
                        >
                            {move || if is_busy() && !open() { view! { <Spinner/><span>{i18n::APPROVING()}</span> }.into_any() } else { view! { <span>{i18n::APPROVE()}</span> }.into_any() }}
                        </button>
                        <button
                            type="button"
                            class="btn btn-danger"
                            data-testid="reject"
                            aria-expanded=move || open().to_string()
                            disabled=move || busy.get().is_some()
                            on:click=move |_| {
                                if open() {
                                    rejecting.set(None);
                                } else {
                                    reason_error.set(None);
                                    rejecting.set(Some(id));
                                    focus_reason();
                                }
                            }
                        >
                            {i18n::REJECT()}
                        </button>
                    </div>
                    <Show when=open>
                        <form class="reject-form" novalidate on:submit=submit_reject>
                            <div class="field" class:has-error=move || reason_error.with(Option::is_some)>
                                <label for="reason">{i18n::LABEL_REJECT_REASON()}</label>
                                <textarea
                                    id="reason"
                                    name="reason"
                                    rows="3"
                                    aria-describedby="reason-message"
                                    aria-invalid=move || reason_error.with(Option::is_some).to_string()
                                    prop:value=move || reason.get()
                                    on:input=move |ev| {
                                        reason.set(event_target_value(&ev));
                                        reason_error.set(None);
                                    }
                                ></textarea>
                                {move || match reason_error.get() {
                                    Some(m) => view! { <p class="field-error" id="reason-message" data-testid="error-reason">{m}</p> }.into_any(),
                                    None => view! { <p class="field-hint" id="reason-message">{i18n::HINT_REJECT_REASON()}</p> }.into_any(),
                                }}
                            </div>
                            <div class="form-actions">
                                <button type="submit" class="btn btn-danger-solid" data-testid="confirm-reject" disabled=move || busy.get().is_some()>
                                    {move || if is_busy() { view! { <Spinner/><span>{i18n::REJECTING()}</span> }.into_any() } else { view! { <span>{i18n::REJECT_CONFIRM()}</span> }.into_any() }}
                                </button>
                                <button type="button" class="btn btn-ghost" on:click=move |_| rejecting.set(None)>{i18n::CANCEL()}</button>
                            </div>
                        </form>
                    </Show>
                })}
            </div>
        </article>
    }
}

fn focus_reason() {
    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id("reason")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// "Halaman 2 dari 5" with previous and next links (`href(page)`).
#[component]
pub fn Pager(current: u64, pages: u64, href: impl Fn(u64) -> String + 'static) -> impl IntoView {
    (pages > 1).then(|| {
        let prev = (current > 1).then(|| href(current - 1));
        let next = (current < pages).then(|| href(current + 1));
        view! {
            <nav class="pagination" aria-label=i18n::PAGINATION()>
                {match prev {
                    Some(h) => view! { <a class="btn btn-ghost btn-small" href=h data-testid="page-prev">{i18n::PAGE_PREV()}</a> }.into_any(),
                    None => view! { <span></span> }.into_any(),
                }}
                <span data-testid="page-info">{format!("{} {current} {} {pages}", i18n::PAGE(), i18n::OF())}</span>
                {match next {
                    Some(h) => view! { <a class="btn btn-ghost btn-small" href=h data-testid="page-next">{i18n::PAGE_NEXT()}</a> }.into_any(),
                    None => view! { <span></span> }.into_any(),
                }}
            </nav>
        }
    })
}
