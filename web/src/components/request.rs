//! Cancel / reschedule requests as both the client and the studio see them:
//! the status badge, the kind, the asked-for schedule, and a list.

use leptos::prelude::*;
use shared::payment_dto::{BookingRequest, RequestKind, RequestStatus};

use crate::api::requests::status_str;
use crate::i18n;

/// "Pembatalan" or "Jadwal ulang".
pub fn kind_label(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::Cancel => i18n::REQUEST_KIND_CANCEL(),
        RequestKind::Reschedule => i18n::REQUEST_KIND_RESCHEDULE(),
    }
}

pub fn kind_str(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::Cancel => "cancel",
        RequestKind::Reschedule => "reschedule",
    }
}

pub fn status_label(status: RequestStatus) -> &'static str {
    match status {
        RequestStatus::Pending => i18n::REQUEST_STATUS_PENDING(),
        RequestStatus::Approved => i18n::REQUEST_STATUS_APPROVED(),
        RequestStatus::Declined => i18n::REQUEST_STATUS_DECLINED(),
    }
}

/// "Senin, 9 Desember 2026 · 09:00" (the time only for timed packages).
pub fn new_schedule(r: &BookingRequest) -> Option<String> {
    r.new_date.map(|d| match &r.new_start_time {
        Some(t) => format!("{} · {t} WIB", i18n::format_day_long(d)),
        None => i18n::format_day_long(d),
    })
}

/// A request's status (`data-testid="request-status"`, `data-status`).
#[component]
pub fn RequestStatusBadge(status: RequestStatus) -> impl IntoView {
    let code = status_str(status);
    let class = match status {
        RequestStatus::Pending => "pay-pending",
        RequestStatus::Approved => "pay-approved",
        RequestStatus::Declined => "pay-rejected",
    };
    view! {
        <span class=format!("status request-status {class}") data-testid="request-status" data-status=code>
            {status_label(status)}
        </span>
    }
}

/// A booking's requests, newest first, as the client reads them.
#[component]
pub fn RequestHistory(requests: Vec<BookingRequest>) -> impl IntoView {
    let mut requests = requests;
    requests.sort_by_key(|r| std::cmp::Reverse(r.created_at));
    view! {
        <ul class="request-list">
            {requests
                .into_iter()
                .map(|r| {
                    let schedule = new_schedule(&r);
                    view! {
                        <li class="request-item" data-testid="request-row" data-request-id=r.id.to_string() data-kind=kind_str(r.kind)>
                            <div class="request-head">
                                <strong>{kind_label(r.kind)}</strong>
                                <RequestStatusBadge status=r.status/>
                            </div>
                            <p class="request-reason">{r.reason.clone()}</p>
                            {schedule.map(|s| view! {
                                <p class="muted">{format!("{}: {s}", i18n::REQUEST_NEW_SCHEDULE())}</p>
                            })}
                            <p class="muted">{format!("{} {}", i18n::REQUEST_CREATED_AT(), i18n::format_datetime(r.created_at))}</p>
                            {r.decided_at.map(|at| view! {
                                <p class="muted">{format!("{} {}", i18n::REQUEST_DECIDED_AT(), i18n::format_datetime(at))}</p>
                            })}
                            {r.decision_note.clone().map(|n| view! {
                                <p class="payment-reason" data-testid="decision-note"><strong>{i18n::REQUEST_DECISION_NOTE()}": "</strong>{n}</p>
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
