//! The monthly report (`#monthly-report`): a month picker (`#report-month`,
//! this month by default), the month's figures beside the month before,
//! revenue per kind, bookings per kind and status, the approved payments,
//! and the same report as PDF or XLSX (`#report-pdf`, `#report-xlsx`).

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::backoffice::{KindRevenue, KindStatusCount, MonthlyReport, ReportPayment};
use shared::payment_dto::PaymentKind;
use shared::Rupiah;

use super::files::{month_label, month_value, parse_month, report_name, trend};
use super::{failure, Downloads};
use crate::api::{self, reports::FileFormat};
use crate::components::booking::BookingStatusBadge;
use crate::components::download::{save, DownloadButton};
use crate::components::{LoadError, Skeleton};
use crate::i18n;
use crate::pages::booking::plan::Month;
use crate::state::use_auth;

/// Whether the month holds anything to show.
fn is_empty(r: &MonthlyReport) -> bool {
    r.bookings_total == 0
        && r.revenue_total == 0
        && r.payments.is_empty()
        && r.bookings_by_kind_status.is_empty()
}

#[component]
pub fn MonthlyCard() -> impl IntoView {
    let auth = use_auth();
    let typed = RwSignal::new(month_value(Month::of(i18n::studio_today())));
    let month = Memo::new(move |_| typed.with(|t| parse_month(t)));
    let report = LocalResource::new(move || {
        let m = month.get().map(month_value);
        async move {
            match m {
                Some(m) => Some(api::reports::monthly(auth, &m).await),
                None => None,
            }
        }
    });
    let state = Downloads::new();
    let start = move |format: FileFormat| {
        let Some(m) = month.get_untracked() else {
            return;
        };
        if state.busy.get_untracked().is_some() {
            return;
        }
        let name = report_name(m, format);
        state.begin(format);
        spawn_local(async move {
            let saved = api::reports::monthly_file(auth, &month_value(m), format)
                .await
                .and_then(|(bytes, content_type)| save(&bytes, &content_type, &name));
            match saved {
                Ok(()) => state.finish(Ok(format!(
                    "{} {name} {}",
                    i18n::FILE(),
                    i18n::DOWNLOADED_TAIL()
                ))),
                Err(err) => state.finish(Err(failure(i18n::REPORT_FILE_FAILED(), &err))),
            }
        });
    };
    let busy_with =
        move |format: FileFormat| Signal::derive(move || state.busy.get() == Some(format));
    let blocked = Signal::derive(move || state.busy.get().is_some() || month.get().is_none());

    view! {
        <section class="card" aria-labelledby="report-title" id="monthly-report" data-testid="monthly-report">
            <div class="card-head-row">
                <div>
                    <h2 id="report-title" class="card-title">{i18n::REPORT_TITLE()}</h2>
                    <p class="muted">{i18n::REPORT_TEXT()}</p>
                </div>
                <div class="field report-month">
                    <label for="report-month">{i18n::REPORT_MONTH()}</label>
                    <input
                        type="month"
                        id="report-month"
                        name="month"
                        aria-invalid=move || month.get().is_none().to_string()
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                        on:change=move |ev| typed.set(event_target_value(&ev))
                    />
                    {move || month.get().is_none().then(|| view! {
                        <p class="field-error" data-testid="error-report-month">{i18n::REPORT_MONTH_HINT()}</p>
                    })}
                </div>
            </div>
            <div class="form-actions report-downloads">
                <DownloadButton id="report-pdf" label=i18n::REPORT_PDF() busy=busy_with(FileFormat::Pdf) disabled=blocked on_click=Callback::new(move |()| start(FileFormat::Pdf))/>
                <DownloadButton id="report-xlsx" label=i18n::REPORT_XLSX() busy=busy_with(FileFormat::Xlsx) disabled=blocked on_click=Callback::new(move |()| start(FileFormat::Xlsx))/>
            </div>
            {move || state.error.get().map(|text| view! {
                <div class="alert alert-error" role="alert" data-testid="report-file-error"><p>{text}</p></div>
            })}
            {move || state.done.get().map(|text| view! {
                <div class="alert alert-success" role="status" id="report-done" data-testid="report-done">{text}</div>
            })}
            <Transition fallback=|| view! { <Skeleton lines=6/> }>
                {move || Suspend::new(async move {
                    match report.await {
                        None => ().into_any(),
                        Some(Ok(r)) if is_empty(&r) => view! {
                            <div class="empty-state" data-testid="report-empty">
                                <h3>{format!("{} {}", i18n::REPORT_EMPTY(), month_label(&r.month))}</h3>
                                <p>{i18n::REPORT_EMPTY_TEXT()}</p>
                            </div>
                        }
                        .into_any(),
                        Some(Ok(r)) => view! { <ReportView report=r/> }.into_any(),
                        Some(Err(error)) => view! {
                            <LoadError error=error what=i18n::REPORT_LOAD_FAILED() retry=Callback::new(move |()| report.refetch())/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn ReportView(report: MonthlyReport) -> impl IntoView {
    let r = report;
    let previous = month_label(&r.previous_month);
    view! {
        <div class="report" data-month=r.month.clone()>
            <div class="dash-grid report-figures">
                <Figure
                    label=i18n::REPORT_BOOKINGS()
                    value=r.bookings_total.to_string()
                    now=i64::try_from(r.bookings_total).unwrap_or(i64::MAX)
                    before=i64::try_from(r.bookings_total_previous).unwrap_or(i64::MAX)
                    before_text=format!("{previous}: {}", r.bookings_total_previous)
                    testid="report-bookings"
                />
                <Figure
                    label=i18n::REPORT_REVENUE()
                    value=Rupiah(r.revenue_total).format_for(crate::i18n::english())
                    now=r.revenue_total
                    before=r.revenue_total_previous
                    before_text=format!("{previous}: {}", Rupiah(r.revenue_total_previous).format_for(crate::i18n::english()))
                    testid="report-revenue"
                />
            </div>
            <h3>{i18n::REPORT_REVENUE_BY_KIND()}</h3>
            <RevenueTable rows=r.revenue_by_kind previous=previous.clone()/>
            <h3>{i18n::REPORT_BOOKINGS_BY_KIND()}</h3>
            <StatusTable rows=r.bookings_by_kind_status/>
            <h3>{i18n::REPORT_PAYMENTS()}</h3>
            <PaymentsTable payments=r.payments/>
            <p class="muted report-generated">{format!("{} {}", i18n::REPORT_GENERATED(), i18n::format_datetime(r.generated_at))}</p>
        </div>
    }
}

/// One total with its move since the month before.
#[component]
fn Figure(
    label: &'static str,
    value: String,
    now: i64,
    before: i64,
    before_text: String,
    testid: &'static str,
) -> impl IntoView {
    let t = trend(now, before);
    view! {
        <section class="card dash-figure" data-testid=testid>
            <p class="eyebrow">{label}</p>
            <p class="dash-number">{value}</p>
            <p class="muted">
                <span class=format!("trend trend-{}", t.class) data-testid="trend">{t.text}</span>
                " · "{before_text}
            </p>
        </section>
    }
}

#[component]
fn RevenueTable(rows: Vec<KindRevenue>, previous: String) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="admin-table report-table" id="report-revenue">
                <thead>
                    <tr>
                        <th scope="col">{i18n::LABEL_SERVICE_KIND()}</th>
                        <th scope="col" class="num">{i18n::REPORT_THIS_MONTH()}</th>
                        <th scope="col" class="num">{previous}</th>
                        <th scope="col" class="num">{i18n::REPORT_CHANGE()}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|k| {
                            let t = trend(k.amount, k.previous);
                            view! {
                                <tr data-kind=k.kind.as_str()>
                                    <th scope="row">{k.kind.label(crate::i18n::english())}</th>
                                    <td class="num">{Rupiah(k.amount).format_for(crate::i18n::english())}</td>
                                    <td class="num">{Rupiah(k.previous).format_for(crate::i18n::english())}</td>
                                    <td class="num"><span class=format!("trend trend-{}", t.class)>{t.text}</span></td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn StatusTable(rows: Vec<KindStatusCount>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p class="muted">{i18n::REPORT_NO_BOOKINGS()}</p> }.into_any();
    }
    view! {
        <div class="table-wrap">
            <table class="admin-table report-table" id="report-bookings">
                <thead>
                    <tr>
                        <th scope="col">{i18n::LABEL_SERVICE_KIND()}</th>
                        <th scope="col">{i18n::COL_STATUS()}</th>
                        <th scope="col" class="num">{i18n::REPORT_COUNT()}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|c| view! {
                            <tr data-kind=c.kind.as_str() data-status=c.status.as_str()>
                                <th scope="row">{c.kind.label(crate::i18n::english())}</th>
                                <td><BookingStatusBadge status=c.status/></td>
                                <td class="num">{c.count}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn PaymentsTable(payments: Vec<ReportPayment>) -> impl IntoView {
    if payments.is_empty() {
        return view! { <p class="muted">{i18n::REPORT_NO_PAYMENTS()}</p> }.into_any();
    }
    let total: i64 = payments.iter().map(|p| p.amount).sum();
    view! {
        <div class="table-wrap">
            <table class="admin-table report-table report-payments" id="report-payments">
                <thead>
                    <tr>
                        <th scope="col">{i18n::REPORT_APPROVED_AT()}</th>
                        <th scope="col">{i18n::COL_CODE()}</th>
                        <th scope="col">{i18n::CLIENT()}</th>
                        <th scope="col">{i18n::LABEL_SERVICE_KIND()}</th>
                        <th scope="col">{i18n::REPORT_PAYMENT_KIND()}</th>
                        <th scope="col" class="num">{i18n::REPORT_AMOUNT()}</th>
                    </tr>
                </thead>
                <tbody>
                    {payments
                        .into_iter()
                        .map(|p| {
                            let kind = PaymentKind::parse(&p.payment_kind)
                                .map_or_else(|| p.payment_kind.clone(), |k| k.label(crate::i18n::english()).to_owned());
                            view! {
                                <tr data-payment-id=p.payment_id.to_string()>
                                    <td>{i18n::format_datetime(p.approved_at)}</td>
                                    <td class="detail-code">{p.booking_code.clone()}</td>
                                    <td>{p.client_name.clone()}</td>
                                    <td>{p.kind.label(crate::i18n::english())}</td>
                                    <td>{kind}</td>
                                    <td class="num">{Rupiah(p.amount).format_for(crate::i18n::english())}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row" colspan="5">{i18n::TOTAL()}</th>
                        <td class="num"><strong>{Rupiah(total).format_for(crate::i18n::english())}</strong></td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
    .into_any()
}
