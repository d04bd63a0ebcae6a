//! `/akun/booking/:id/bayar`: what to transfer, where to, by when, and the
//! proof upload (drag and drop or picker, checked here first, sent with a
//! real progress bar).

mod plan;

use leptos::ev::{DragEvent, SubmitEvent};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;
use shared::booking_dto::Booking;
use shared::catalogue::{BankAccount, StudioSettings};
use shared::payment_dto::{Payment, PaymentKind};
use shared::{ErrorCode, Rupiah};
use uuid::Uuid;
use wasm_bindgen::JsCast;

use self::plan::{check_proof, is_image, pay_mode, PayMode, ACCEPT_ATTR};
use super::set_title;
use crate::api::payments::ProofUpload;
use crate::api::{self, ApiError};
use crate::components::booking::{time_label, BookingStatusBadge};
use crate::components::clock::{ms_left, use_now, Countdown};
use crate::components::proof::{revoke, PdfIcon};
use crate::components::{LoadError, Notice, Skeleton, Spinner};
use crate::i18n;
use crate::state::use_auth;

/// The `:id` of the current route, when it is a UUID.
pub fn booking_id_param() -> Memo<Option<Uuid>> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .with(|p| p.get("id"))
            .and_then(|s| Uuid::parse_str(&s).ok())
    })
}

/// Everything the payment page needs, loaded together.
#[derive(Debug, Clone, PartialEq)]
struct PayData {
    booking: Booking,
    payments: Vec<Payment>,
    banks: Vec<BankAccount>,
    settings: StudioSettings,
}

async fn load(auth: crate::state::AuthState, id: Uuid) -> Result<PayData, ApiError> {
    let (booking, payments, banks, settings) = futures::future::join4(
        api::bookings::get(auth, id),
        api::payments::for_booking(auth, id),
        api::bank_accounts::list(),
        api::settings::get(),
    )
    .await;
    Ok(PayData {
        booking: booking?,
        payments: payments?,
        banks: banks?,
        settings: settings?,
    })
}

#[component]
pub fn PayPage() -> impl IntoView {
    set_title(i18n::PAY_TITLE());
    let auth = use_auth();
    let id = booking_id_param();
    let data = LocalResource::new(move || {
        let id = id.get();
        async move {
            match id {
                Some(id) => load(auth, id).await,
                None => Err(ApiError::from_status(404)),
            }
        }
    });

    view! {
        <Transition fallback=|| view! {
            <div class="pay-grid">
                <section class="card"><Skeleton lines=6/></section>
                <section class="card"><Skeleton lines=9/></section>
            </div>
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! { <PayView data=d/> }.into_any(),
                    Err(err) if err.code() == Some(ErrorCode::NotFound) => view! { <BookingNotFound/> }.into_any(),
                    Err(error) => view! {
                        <LoadError error=error what=i18n::PAY_LOAD_FAILED() retry=Callback::new(move |()| data.refetch())/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

/// A booking that is not there (or not this user's).
#[component]
pub fn BookingNotFound() -> impl IntoView {
    view! {
        <section class="card empty-state" data-testid="booking-not-found">
            <h1>{i18n::BOOKING_NOT_FOUND()}</h1>
            <p>{i18n::BOOKING_NOT_FOUND_TEXT()}</p>
            <a class="btn btn-primary" href="/akun">{i18n::BACK_TO_ACCOUNT()}</a>
        </section>
    }
}

#[component]
fn PayView(data: PayData) -> impl IntoView {
    let PayData {
        booking,
        payments,
        banks,
        settings,
    } = data;
    let mode = pay_mode(&booking, &payments, &settings);
    let detail_href = format!("/akun/booking/{}", booking.id);
    let booking_id = booking.id;

    let main = match mode {
        PayMode::Pay {
            kind,
            amount,
            deadline,
            reupload,
            due_date,
        } => view! {
            <PayNow
                booking_id=booking_id
                kind=kind
                amount=amount
                deadline=deadline
                reason=reupload.map(|r| r.reason.unwrap_or_default())
                due_date=due_date
                dp_percent=settings.dp_percent
                banks=banks
                detail_href=detail_href.clone()
            />
        }
        .into_any(),
        PayMode::Waiting => view! {
            <section class="card" data-testid="proof-waiting">
                <h2 class="card-title">{i18n::PAY_WAITING_TITLE()}</h2>
                <p>{i18n::PAY_WAITING_TEXT()}</p>
                <a class="btn btn-primary" href=detail_href.clone()>{i18n::SEE_BOOKING()}</a>
            </section>
        }
        .into_any(),
        PayMode::Nothing => view! {
            <section class="card" data-testid="nothing-to-pay">
                <h2 class="card-title">{i18n::PAY_NOTHING_TITLE()}</h2>
                <p>{i18n::PAY_NOTHING_TEXT()}</p>
                <a class="btn btn-primary" href=detail_href.clone()>{i18n::SEE_BOOKING()}</a>
            </section>
        }
        .into_any(),
    };

    view! {
        <header class="page-header">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <a href="/akun">{i18n::BREADCRUMB_ACCOUNT()}</a>
                <span aria-hidden="true">" / "</span>
                <a href=detail_href.clone()>{booking.code.clone()}</a>
                <span aria-hidden="true">" / "</span>
                <span aria-current="page">{i18n::PAY_TITLE()}</span>
            </nav>
            <div class="detail-head">
                <h1>{i18n::PAY_TITLE()}</h1>
                <BookingStatusBadge status=booking.status/>
            </div>
        </header>
        <div class="pay-grid">
            <div>
                <section class="card" aria-labelledby="pay-summary">
                    <h2 id="pay-summary" class="card-title">{i18n::PAY_SUMMARY()}</h2>
                    <dl class="facts">
                        <div><dt>{i18n::BOOKING_CODE()}</dt><dd class="detail-code">{booking.code.clone()}</dd></div>
                        <div><dt>{i18n::PACKAGE()}</dt><dd>{format!("{} · {}", booking.package.service_kind.label(crate::i18n::english()), booking.package.name)}</dd></div>
                        <div><dt>{i18n::DATE()}</dt><dd>{i18n::format_day_long(booking.event_date)}</dd></div>
                        <div><dt>{i18n::TIME()}</dt><dd>{time_label(&booking)}</dd></div>
                        <div><dt>{i18n::LOCATION()}</dt><dd>{booking.location.clone()}</dd></div>
                        <div><dt>{i18n::TOTAL()}</dt><dd class="strong">{booking.total.format_for(crate::i18n::english())}</dd></div>
                        {(booking.paid.amount() > 0).then(|| view! {
                            <div><dt>{i18n::PAID()}</dt><dd>{booking.paid.format_for(crate::i18n::english())}</dd></div>
                        })}
                    </dl>
                </section>
            </div>
            <div>{main}</div>
        </div>
    }
}

#[component]
#[allow(clippy::too_many_arguments)]
fn PayNow(
    booking_id: Uuid,
    kind: PaymentKind,
    amount: Rupiah,
    deadline: Option<chrono::DateTime<chrono::Utc>>,
    /// `Some` after a rejected proof: the studio's reason.
    reason: Option<String>,
    due_date: Option<chrono::NaiveDate>,
    dp_percent: u8,
    banks: Vec<BankAccount>,
    detail_href: String,
) -> impl IntoView {
    let now = use_now();
    let closed = Memo::new(move |_| deadline.is_some_and(|d| ms_left(d, now.get()) <= 0.0));
    let done = RwSignal::new(None::<Payment>);
    let kind_text = match kind {
        PaymentKind::Dp => format!("{} {dp_percent}%", i18n::DP()),
        PaymentKind::Full => i18n::OPTION_FULL().to_owned(),
        PaymentKind::Balance => i18n::KIND_BALANCE().to_owned(),
    };
    let reupload = reason.is_some();
    let countdown_label = if reupload {
        i18n::COUNTDOWN_REUPLOAD()
    } else {
        i18n::COUNTDOWN_PAY()
    };
    let detail_for_done = detail_href.clone();
    let banks = StoredValue::new(banks);

    view! {
        <Show
            when=move || done.with(Option::is_none)
            fallback=move || view! { <UploadDone detail_href=detail_for_done.clone()/> }
        >
            {reason.clone().map(|r| view! {
                <div class="alert alert-error" role="alert" data-testid="rejected-reason">
                    <p><strong>{i18n::PAY_REJECTED()}</strong>" "{if r.is_empty() { String::new() } else { format!("{}: {r}", i18n::REJECT_REASON()) }}</p>
                    <p>{i18n::PAY_REJECTED_NEXT()}</p>
                </div>
            })}
            <section class="card" aria-labelledby="pay-amount">
                <h2 id="pay-amount" class="card-title step-heading"><span class="stepper-num">"1"</span>{i18n::PAY_STEP_TRANSFER()}</h2>
                <p class="amount-label">{format!("{} · {kind_text}", i18n::PAY_AMOUNT())}</p>
                <div class="bank-number-row">
                    <p class="amount-due" data-testid="amount-due">{amount.format_for(crate::i18n::english())}</p>
                    <CopyButton text=amount.amount().to_string() label=i18n::COPY_AMOUNT()/>
                </div>
                {deadline.map(|d| view! { <Countdown deadline=d label=countdown_label/> })}
                {due_date.map(|d| view! {
                    <p class="alert alert-info" data-testid="balance-due">{format!("{} {}.", i18n::BALANCE_DUE_BY(), i18n::format_day_long(d))}</p>
                })}
                <h3 class="bank-heading">{i18n::PAY_TO_ACCOUNTS()}</h3>
                {if banks.with_value(Vec::is_empty) {
                    view! { <div class="alert alert-error" role="alert"><p>{i18n::PAY_NO_BANKS()}</p></div> }.into_any()
                } else {
                    view! {
                        <ul class="bank-list" data-testid="bank-list">
                            {banks.get_value().into_iter().map(|b| view! {
                                <li class="bank-item" data-testid="bank-item">
                                    <p class="bank-name">{b.bank.clone()}</p>
                                    <div class="bank-number-row">
                                        <span class="bank-number">{b.account_number.clone()}</span>
                                        <CopyButton text=b.account_number.clone() label=i18n::COPY_NUMBER()/>
                                    </div>
                                    <p class="bank-holder">{format!("{} {}", i18n::ON_BEHALF_OF(), b.holder_name)}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </section>
            <Show
                when=move || !closed.get()
                fallback=move || view! {
                    <section class="card" data-testid="pay-closed">
                        <h2 class="card-title">{i18n::PAY_CLOSED_TITLE()}</h2>
                        <p>{i18n::PAY_CLOSED_TEXT()}</p>
                        <a class="btn btn-primary" href="/harga">{i18n::BOOK_AGAIN()}</a>
                    </section>
                }
            >
                <UploadForm booking_id=booking_id kind=kind banks=banks.get_value() done=done/>
            </Show>
        </Show>
    }
}

/// Copies `text` to the clipboard and says so for a moment.
#[component]
fn CopyButton(text: String, label: &'static str) -> impl IntoView {
    let state = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = text.clone();
        spawn_local(async move {
            let promise = window().navigator().clipboard().write_text(&text);
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            state.set(Some(ok));
            gloo_timers::future::TimeoutFuture::new(2_000).await;
            let _ = state.try_set(None);
        });
    };
    view! {
        <button type="button" class="btn btn-ghost copy-btn" on:click=copy aria-live="polite">
            {move || match state.get() {
                Some(true) => i18n::COPIED(),
                Some(false) => i18n::COPY_FAILED(),
                None => label,
            }}
        </button>
    }
}

/// The chosen proof file and its preview.
#[derive(Clone)]
struct Picked {
    file: web_sys::File,
    /// Object URL of an image, for the preview.
    preview: Option<String>,
}

#[component]
fn UploadForm(
    booking_id: Uuid,
    kind: PaymentKind,
    banks: Vec<BankAccount>,
    done: RwSignal<Option<Payment>>,
) -> impl IntoView {
    let auth = use_auth();
    let bank = RwSignal::new(banks.first().map(|b| b.id.to_string()).unwrap_or_default());
    let picked = RwSignal::new_local(None::<Picked>);
    let file_error = RwSignal::new(None::<String>);
    let bank_error = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let uploading = RwSignal::new(false);
    let progress = RwSignal::new(None::<(f64, f64)>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let no_banks = banks.is_empty();

    let forget_preview = move || {
        if let Some(Some(Picked {
            preview: Some(url), ..
        })) = picked.try_get_untracked()
        {
            revoke(&url);
        }
    };
    on_cleanup(forget_preview);

    let take = move |file: Option<web_sys::File>| {
        form_error.set(None);
        let Some(file) = file else {
            return;
        };
        forget_preview();
        match check_proof(&file.name(), &file.type_(), file.size()) {
            Ok(()) => {
                let preview = is_image(&file.type_())
                    .then(|| web_sys::Url::create_object_url_with_blob(&file).ok())
                    .flatten();
                file_error.set(None);
                progress.set(None);
                picked.set(Some(Picked { file, preview }));
            }
            Err(msg) => {
                file_error.set(Some(msg));
                picked.set(None);
                // Let the same file be picked again after fixing it.
                if let Some(input) = input_ref.get_untracked() {
                    input.set_value("");
                }
            }
        }
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        take(file);
    };
    let on_drag = move |ev: DragEvent| {
        ev.prevent_default();
        if !uploading.get_untracked() {
            dragging.set(true);
        }
    };
    let on_leave = move |_: DragEvent| dragging.set(false);
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if uploading.get_untracked() {
            return;
        }
        let file = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|files| files.get(0));
        take(file);
    };
    let clear = move |_| {
        forget_preview();
        picked.set(None);
        progress.set(None);
        if let Some(input) = input_ref.get_untracked() {
            input.set_value("");
        }
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if uploading.get_untracked() {
            return;
        }
        form_error.set(None);
        let bank_id = bank.with_untracked(|b| Uuid::parse_str(b).ok());
        bank_error.set(bank_id.is_none().then(|| i18n::PAY_PICK_BANK().to_owned()));
        let file = picked.with_untracked(|p| p.as_ref().map(|p| p.file.clone()));
        if file.is_none() && file_error.get_untracked().is_none() {
            file_error.set(Some(i18n::PAY_PICK_FILE().to_owned()));
        }
        let (Some(bank_account_id), Some(file)) = (bank_id, file) else {
            return;
        };
        let total = file.size();
        let proof = ProofUpload {
            kind,
            bank_account_id,
            file,
        };
        uploading.set(true);
        progress.set(Some((0.0, total)));
        spawn_local(async move {
            let result = api::payments::upload(auth, booking_id, &proof, move |sent, total| {
                let _ = progress.try_set(Some((sent, total)));
            })
            .await;
            let _ = uploading.try_set(false);
            match result {
                Ok(payment) => {
                    let _ = progress.try_set(Some((total, total)));
                    let _ = done.try_set(Some(payment));
                }
                Err(err) => {
                    let _ = progress.try_set(None);
                    let fields = err.field_errors();
                    if let Some(msg) = fields.get("bank_account_id") {
                        bank_error.set(Some(msg.clone()));
                    }
                    match err.code() {
                        Some(ErrorCode::PayloadTooLarge | ErrorCode::UnsupportedMediaType) => {
                            file_error.set(Some(err.message()));
                        }
                        _ => {
                            if let Some(msg) = fields.get("proof") {
                                file_error.set(Some(msg.clone()));
                            }
                            form_error.set(Some(upload_failure(&err)));
                        }
                    }
                }
            }
        });
    };

    let percent = move || {
        progress.get().map(|(sent, total)| {
            if total > 0.0 {
                (sent / total * 100.0).clamp(0.0, 100.0)
            } else {
                0.0
            }
        })
    };
    let bank_options = banks
        .iter()
        .map(|b| {
            let id = b.id.to_string();
            let selected_id = id.clone();
            view! {
                <option value=id selected=move || bank.with(|v| *v == selected_id)>
                    {format!("{} · {} · {} {}", b.bank, b.account_number, i18n::ON_BEHALF_OF(), b.holder_name)}
                </option>
            }
        })
        .collect_view();

    view! {
        <section class="card" aria-labelledby="pay-upload">
            <h2 id="pay-upload" class="card-title step-heading"><span class="stepper-num">"2"</span>{i18n::PAY_STEP_UPLOAD()}</h2>
            <form id="proof-form" novalidate on:submit=on_submit>
                {move || form_error.get().map(|msg| view! {
                    <div class="alert alert-error" role="alert" data-testid="form-error"><p>{msg}</p></div>
                })}
                <div class="field" class:has-error=move || bank_error.with(Option::is_some)>
                    <label for="bank_account_id">{i18n::LABEL_BANK_ACCOUNT()}</label>
                    <select
                        id="bank_account_id"
                        name="bank_account_id"
                        disabled=move || uploading.get() || no_banks
                        aria-invalid=move || bank_error.with(Option::is_some).to_string()
                        prop:value=move || bank.get()
                        on:change=move |ev| {
                            bank_error.set(None);
                            bank.set(event_target_value(&ev));
                        }
                    >
                        {bank_options}
                    </select>
                    {move || match bank_error.get() {
                        Some(msg) => view! { <p class="field-error" data-testid="error-bank_account_id">{msg}</p> }.into_any(),
                        None => view! { <p class="field-hint">{i18n::HINT_BANK_ACCOUNT()}</p> }.into_any(),
                    }}
                </div>
                <div class="field">
                    <span class="field-label" id="proof-label">{i18n::LABEL_PROOF()}</span>
                    <label
                        for="proof"
                        class="dropzone"
                        class:dragging=move || dragging.get()
                        class:has-error=move || file_error.with(Option::is_some)
                        data-testid="dropzone"
                        on:dragenter=on_drag
                        on:dragover=on_drag
                        on:dragleave=on_leave
                        on:drop=on_drop
                    >
                        <UploadIcon/>
                        <p class="dropzone-title">{i18n::DROP_TITLE()}</p>
                        <p class="dropzone-hint">{i18n::DROP_HINT()}</p>
                        <input
                            type="file"
                            id="proof"
                            name="proof"
                            accept=ACCEPT_ATTR
                            aria-labelledby="proof-label"
                            aria-describedby="proof-message"
                            disabled=move || uploading.get()
                            node_ref=input_ref
                            on:change=on_pick
                        />
                    </label>
                    {move || match file_error.get() {
                        Some(msg) => view! { <p class="field-error" id="proof-message" data-testid="error-proof" role="alert">{msg}</p> }.into_any(),
                        None => view! { <p class="field-hint" id="proof-message">{i18n::HINT_PROOF()}</p> }.into_any(),
                    }}
                </div>
                {move || picked.get().map(|p| {
                    let name = p.file.name();
                    let size = i18n::file_size(p.file.size());
                    view! {
                        <div class="file-preview" data-testid="file-preview">
                            {match p.preview {
                                Some(url) => view! { <img src=url alt=i18n::PROOF_PREVIEW_ALT()/> }.into_any(),
                                None => view! { <PdfIcon/> }.into_any(),
                            }}
                            <div class="file-meta">
                                <p class="file-name">{name}</p>
                                <p class="file-size">{size}</p>
                                <button type="button" class="btn btn-link btn-small" disabled=move || uploading.get() on:click=clear>
                                    {i18n::PROOF_CHANGE()}
                                </button>
                            </div>
                        </div>
                    }
                })}
                {move || percent().map(|pct| view! {
                    <div class="progress" data-testid="upload-progress" role="progressbar" aria-label=i18n::UPLOAD_PROGRESS() aria-valuemin="0" aria-valuemax="100" aria-valuenow=format!("{pct:.0}")>
                        <div class="progress-track"><div class="progress-bar" style=format!("width: {pct:.1}%")></div></div>
                        <p class="progress-text">
                            <span>{move || if uploading.get() { i18n::UPLOADING() } else { i18n::UPLOADED() }}</span>
                            <span>{format!("{pct:.0}%")}</span>
                        </p>
                    </div>
                })}
                <div class="form-actions">
                    <button
                        type="submit"
                        class="btn btn-primary btn-large btn-block"
                        data-testid="upload-proof"
                        disabled=move || uploading.get() || no_banks || picked.with(Option::is_none)
                        aria-busy=move || uploading.get().to_string()
                    >
                        {move || if uploading.get() {
                            view! { <Spinner/><span>{i18n::UPLOADING()}</span> }.into_any()
                        } else {
                            view! { <span>{i18n::UPLOAD_SUBMIT()}</span> }.into_any()
                        }}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// What to say when the upload failed, with what to do next.
fn upload_failure(err: &ApiError) -> String {
    match err {
        ApiError::Network => i18n::UPLOAD_NETWORK().to_owned(),
        _ => err.message(),
    }
}

#[component]
fn UploadDone(detail_href: String) -> impl IntoView {
    let notice = Signal::derive(|| Some(i18n::PROOF_SENT().to_owned()));
    view! {
        <section class="card upload-done" data-testid="upload-done">
            <svg class="done-mark" viewBox="0 0 56 56" aria-hidden="true" focusable="false">
                <circle cx="28" cy="28" r="26" fill="currentColor" opacity="0.12"/>
                <path d="M17 29l7.5 7.5L40 21" fill="none" stroke="currentColor" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>
            </svg>
            <Notice message=notice/>
            <p>{i18n::PROOF_SENT_TEXT()}</p>
            <a class="btn btn-primary" href=detail_href data-testid="to-booking">{i18n::SEE_BOOKING()}</a>
        </section>
    }
}

#[component]
fn UploadIcon() -> impl IntoView {
    view! {
        <svg class="dropzone-icon" viewBox="0 0 48 48" width="44" height="44" aria-hidden="true" focusable="false">
            <path d="M14 34h-2a8 8 0 0 1-1-15.9A12 12 0 0 1 34.5 15 9 9 0 0 1 36 34h-2" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>
            <path d="M24 40V23m-6 6l6-6 6 6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
