//! `/admin/permintaan` (admin+): clients' requests to cancel or reschedule
//! accepted bookings. Approve (with an optional note) or decline (with the
//! note the client reads); tabs (`?status=`) show the decided history.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;
use shared::payment_dto::{BookingRequest, RequestKind, RequestStatus};
use shared::{ErrorCode, Role};
use uuid::Uuid;

use super::RequireRole;
use crate::api::requests::{parse_status, status_str};
use crate::api::{self, ApiError};
use crate::components::request::{kind_label, kind_str, new_schedule, RequestStatusBadge};
use crate::components::{LoadError, Notice, Skeleton, Spinner};
use crate::i18n;
use crate::pages::set_title;
use crate::state::use_auth;

const TABS: [RequestStatus; 3] = [
    RequestStatus::Pending,
    RequestStatus::Approved,
    RequestStatus::Declined,
];

/// What the admin is doing to a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Approve,
    Decline,
}

/// The message for a failed decision: a taken slot gets plain words.
fn decision_error(err: &ApiError) -> String {
    if err.code() == Some(ErrorCode::SlotUnavailable) {
        format!("{} {}", err.message(), i18n::SLOT_TAKEN_TEXT())
    } else {
        err.message()
    }
}

#[component]
pub fn AdminRequestsPage() -> impl IntoView {
    set_title(i18n::REQUESTS_ADMIN_TITLE());
    view! {
        <RequireRole min=Role::Admin>
            <RequestQueue/>
        </RequireRole>
    }
}

#[component]
fn RequestQueue() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let status = Memo::new(move |_| {
        query
            .with(|q| q.get("status"))
            .and_then(|s| parse_status(&s))
            .unwrap_or(RequestStatus::Pending)
    });
    let items = LocalResource::new(move || api::requests::queue(auth, status.get()));
    let notice = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<Uuid>);
    // One open decision form at a time (its textarea is `#note`).
    let deciding = RwSignal::new(None::<(Uuid, Decision)>);
    let refresh = Callback::new(move |()| items.refetch());

    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::ADMIN_OPERATIONS()}</p>
            <h1>{i18n::REQUESTS_ADMIN_TITLE()}</h1>
            <p class="lead">{i18n::REQUESTS_ADMIN_LEAD()}</p>
        </header>
        <nav class="tabs" aria-label=i18n::REQUESTS_TABS()>
            {TABS
                .into_iter()
                .map(|t| view! {
                    <a
                        class="tab"
                        class:active=move || status.get() == t
                        aria-current=move || (status.get() == t).then_some("page")
                        href=format!("/admin/permintaan?status={}", status_str(t))
                        data-testid=format!("tab-{}", status_str(t))
                        data-noscroll=""
                    >
                        {crate::components::request::status_label(t)}
                    </a>
                })
                .collect_view()}
        </nav>
        <div class="flash"><Notice message=notice/></div>
        <Transition fallback=|| view! { <div class="review-list-items">{(0..2).map(|_| view! { <section class="card"><Skeleton lines=4/></section> }).collect_view()}</div> }>
            {move || Suspend::new(async move {
                let status = status.get_untracked();
                match items.await {
                    Ok(list) if list.is_empty() => {
                        let pending = status == RequestStatus::Pending;
                        view! {
                            <section class="card empty-state" data-testid="requests-empty">
                                <h2>{if pending { i18n::REQUESTS_EMPTY_PENDING() } else { i18n::REQUESTS_EMPTY_HISTORY() }}</h2>
                                <p>{if pending { i18n::REQUESTS_EMPTY_PENDING_TEXT() } else { i18n::REQUESTS_EMPTY_HISTORY_TEXT() }}</p>
                            </section>
                        }
                        .into_any()
                    }
                    Ok(list) => view! {
                        <div class="review-list-items">
                            {list
                                .into_iter()
                                .map(|r| view! { <RequestRow request=r busy=busy deciding=deciding notice=notice refresh=refresh/> })
                                .collect_view()}
                        </div>
                    }
                    .into_any(),
                    Err(error) => view! {
                        <LoadError error=error what=i18n::REQUESTS_LOAD_FAILED() retry=refresh/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn RequestRow(
    request: BookingRequest,
    busy: RwSignal<Option<Uuid>>,
    deciding: RwSignal<Option<(Uuid, Decision)>>,
    notice: RwSignal<Option<String>>,
    refresh: Callback<()>,
) -> impl IntoView {
    let auth = use_auth();
    let r = request;
    let id = r.id;
    let code = r.booking_code.clone();
    let pending = r.status == RequestStatus::Pending;
    let open = Signal::derive(move || deciding.get().and_then(|(row, d)| (row == id).then_some(d)));
    let note = RwSignal::new(String::new());
    let note_error = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let is_busy = move || busy.get() == Some(id);
    let schedule = new_schedule(&r);

    let toggle = move |d: Decision| {
        if open.get_untracked() == Some(d) {
            deciding.set(None);
        } else {
            note_error.set(None);
            error.set(None);
            deciding.set(Some((id, d)));
            focus_note();
        }
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(decision) = open.get_untracked() else {
            return;
        };
        if busy.get_untracked().is_some() {
            return;
        }
        let text = note.get_untracked().trim().to_owned();
        if decision == Decision::Decline && text.is_empty() {
            note_error.set(Some(i18n::DECISION_NOTE_RULE().to_owned()));
            focus_note();
            return;
        }
        note_error.set(None);
        error.set(None);
        notice.set(None);
        busy.set(Some(id));
        let code = code.clone();
        spawn_local(async move {
            let result = match decision {
                Decision::Approve => {
                    api::requests::approve(auth, id, Some(text).filter(|t| !t.is_empty())).await
                }
                Decision::Decline => api::requests::decline(auth, id, text).await,
            };
            match result {
                Ok(_) => {
                    deciding.set(None);
                    let what = match decision {
                        Decision::Approve => i18n::REQUEST_APPROVED_NOTICE(),
                        Decision::Decline => i18n::REQUEST_DECLINED_NOTICE(),
                    };
                    notice.set(Some(format!("{what} {code}.")));
                    refresh.run(());
                }
                Err(err) => {
                    if let Some(msg) = err.field_errors().get("note") {
                        note_error.set(Some(msg.clone()));
                    }
                    error.set(Some(decision_error(&err)));
                }
            }
            busy.set(None);
        });
    };

    view! {
        <article class="card review-item request-row" data-testid="request-row" data-request-id=id.to_string() data-kind=kind_str(r.kind)>
            <div class="review-body">
                <div class="review-head">
                    <h2><a href=format!("/admin/booking/{}", r.booking_id) class="detail-code" data-testid="request-booking">{r.booking_code.clone()}</a></h2>
                    <RequestStatusBadge status=r.status/>
                </div>
                <dl class="review-facts">
                    <div><dt>{i18n::REQUEST_KIND()}</dt><dd data-testid="request-kind">{kind_label(r.kind)}</dd></div>
                    <div><dt>{i18n::LABEL_REQUEST_REASON()}</dt><dd class="pre">{r.reason.clone()}</dd></div>
                    {(r.kind == RequestKind::Reschedule).then(|| view! {
                        <div><dt>{i18n::REQUEST_NEW_SCHEDULE()}</dt><dd data-testid="request-schedule">{schedule.clone().unwrap_or_else(|| "—".to_owned())}</dd></div>
                    })}
                    <div><dt>{i18n::REQUEST_CREATED_AT()}</dt><dd>{i18n::format_datetime(r.created_at)}</dd></div>
                    {r.decided_at.map(|at| view! { <div><dt>{i18n::REQUEST_DECIDED_AT()}</dt><dd>{i18n::format_datetime(at)}</dd></div> })}
                </dl>
                {r.decision_note.clone().map(|n| view! {
                    <p class="payment-reason" data-testid="decision-note"><strong>{i18n::REQUEST_DECISION_NOTE()}": "</strong>{n}</p>
                })}
                {move || error.get().map(|m| view! {
                    <div class="alert alert-error" role="alert" data-testid="action-error"><p>{m}</p></div>
                })}
                {pending.then(|| view! {
                    <div class="review-actions">
                        <button
                            type="button"
                            class="btn btn-primary"
                            data-testid="approve-request"
                            aria-expanded=move || (open.get() == Some(Decision::Approve)).to_string()
                            disabled=move || busy.get().is_some()
                            on:click=move |_| toggle(Decision::Approve)
                        >
                            {i18n::REQUEST_APPROVE()}
                        </button>
                        <button
                            type="button"
                            class="btn btn-danger"
                            data-testid="decline-request"
                            aria-expanded=move || (open.get() == Some(Decision::Decline)).to_string()
                            disabled=move || busy.get().is_some()
                            on:click=move |_| toggle(Decision::Decline)
                        >
                            {i18n::REQUEST_DECLINE()}
                        </button>
                    </div>
                    <Show when=move || open.get().is_some()>
                        <form class="reject-form" novalidate on:submit=submit.clone()>
                            <div class="field" class:has-error=move || note_error.with(Option::is_some)>
                                <label for="note">
                                    {move || if open.get() == Some(Decision::Decline) { i18n::LABEL_DECISION_NOTE_REQUIRED() } else { i18n::LABEL_DECISION_NOTE_OPTIONAL() }}
                                </label>
                                <textarea
                                    id="note"
                                    name="note"
                                    rows="3"
                                    aria-describedby="note-message"
                                    aria-invalid=move || note_error.with(Option::is_some).to_string()
                                    prop:value=move || note.get()
                                    on:input=move |ev| {
                                        note.set(event_target_value(&ev));
                                        note_error.set(None);
                                    }
                                ></textarea>
                                {move || match note_error.get() {
                                    Some(m) => view! { <p class="field-error" id="note-message" data-testid="error-note">{m}</p> }.into_any(),
                                    None => view! { <p class="field-hint" id="note-message">{i18n::HINT_DECISION_NOTE()}</p> }.into_any(),
                                }}
                            </div>
                            <div class="form-actions">
                                {move || {
                                    let decline = open.get() == Some(Decision::Decline);
                                    let (label, working, class, testid) = if decline {
                                        (i18n::REQUEST_DECLINE(), i18n::REQUEST_DECLINING(), "btn btn-danger-solid", "confirm-decline")
                                    } else {
                                        (i18n::REQUEST_APPROVE(), i18n::REQUEST_APPROVING(), "btn btn-primary", "confirm-approve")
                                    };
                                    view! {
                                        <button type="submit" class=class data-testid=testid disabled=move || busy.get().is_some()>
                                            {move || if is_busy() { view! { <Spinner/><span>{working}</span> }.into_any() } else { view! { <span>{label}</span> }.into_any() }}
                                        </button>
                                    }
                                }}
                                <button type="button" class="btn btn-ghost" on:click=move |_| deciding.set(None)>{i18n::CANCEL()}</button>
                            </div>
                        </form>
                    </Show>
                })}
            </div>
        </article>
    }
}

fn focus_note() {
    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id("note")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_taken_slot_says_the_request_stays_pending() {
        let err = ApiError::from_status(409);
        assert!(!decision_error(&err).contains(i18n::SLOT_TAKEN_TEXT()));
        let err = ApiError::Server {
            status: 409,
            body: shared::ErrorBody::new(ErrorCode::SlotUnavailable),
        };
        assert!(decision_error(&err).contains(i18n::SLOT_TAKEN_TEXT()));
    }
}
