use actix_web::{post, web, HttpRequest, HttpResponse};
use chrono::Utc;
use shared::booking::{Actor, BookingAction};
use shared::payment_dto::{Payment, PaymentKind, MAX_PROOF_BYTES};
use shared::{BookingStatus, ErrorBody, ErrorCode, FieldErrors};
use uuid::Uuid;

use crate::auth::Client;
use crate::booking::transition::{apply, Change};
use crate::entities::bookings;
use crate::error::{ApiError, ApiResult};
use crate::notify::{self, Notifier};
use crate::proof_scan;
use crate::repo::{self, payments::NewPayment};
use crate::routes::multipart;
use crate::state::AppState;
use crate::storage::ProofType;

/// Multipart body of a proof upload, for the spec.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ProofUpload {
    /// `dp`, `full` or `balance`.
    kind: String,
    bank_account_id: Uuid,
    /// JPEG, PNG, WebP or PDF, at most 5 MB; checked by content.
    #[schema(value_type = String, format = Binary)]
    proof: Vec<u8>,
}

fn field_error(name: &str, msg: &str) -> ApiError {
    let mut f = FieldErrors::new();
    f.insert(name.into(), msg.into());
    ApiError::Validation(f)
}

struct Form {
    kind: Option<String>,
    bank_account_id: Option<String>,
    proof: Option<Vec<u8>>,
}

const PROOF_FIELD: multipart::FileField = multipart::FileField {
    name: "proof",
    max_bytes: MAX_PROOF_BYTES,
    too_big: "Ukuran bukti maksimal 5 MB. Perkecil foto atau gunakan PDF.",
    not_multipart: "Kirim bukti sebagai multipart/form-data.",
};

async fn read_form(req: &HttpRequest, payload: web::Payload) -> Result<Form, ApiError> {
    let mut form = multipart::read(req, payload, &PROOF_FIELD).await?;
    Ok(Form {
        kind: form.text("kind"),
        bank_account_id: form.text("bank_account_id"),
        proof: form.file,
    })
}

/// Uploads a transfer proof: the DP or full payment (first time, or again
/// after a rejection within its window), or the balance of an accepted
/// booking. The amount comes from the booking.
#[utoipa::path(
    tag = "payments",
    params(("id" = Uuid, Path)),
    request_body(content = ProofUpload, content_type = "multipart/form-data"),
    security(("bearer" = ["client"])),
    responses(
        (status = 201, body = Payment),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 404, description = "No such booking of yours", body = ErrorBody),
        (status = 409, description = "Nothing to pay now, the window closed, or a proof is already waiting", body = ErrorBody),
        (status = 413, description = "Proof over 5 MB", body = ErrorBody),
        (status = 415, description = "Not a JPEG, PNG, WebP or PDF", body = ErrorBody),
        (status = 422, description = "Missing kind, account or file", body = ErrorBody),
    )
)]
#[post("/bookings/{id}/payments")]
pub async fn upload_payment(
    state: web::Data<AppState>,
    auth: Client,
    id: web::Path<Uuid>,
    req: HttpRequest,
    payload: web::Payload,
) -> ApiResult<HttpResponse> {
    let booking = repo::bookings::find(&state.db, *id)
        .await?
        .filter(|b| b.client_id == auth.id)
        .ok_or_else(ApiError::not_found)?;
    let form = read_form(&req, payload).await?;
    let kind = form
        .kind
        .as_deref()
        .and_then(PaymentKind::parse)
        .ok_or_else(|| field_error("kind", "Pilih jenis pembayaran: dp, full atau balance."))?;
    let bank_id = form
        .bank_account_id
        .as_deref()
        .and_then(|s| Uuid::parse_str(s).ok())
        .ok_or_else(|| field_error("bank_account_id", "Pilih rekening tujuan transfer."))?;
    let proof = form
        .proof
        .filter(|p| !p.is_empty())
        .ok_or_else(|| field_error("proof", "Unggah foto atau PDF bukti transfer."))?;
    let proof_type = ProofType::sniff(&proof).ok_or_else(|| {
        ApiError::msg(
            ErrorCode::UnsupportedMediaType,
            "Bukti harus berupa foto JPEG, PNG, WebP atau file PDF.",
        )
    })?;
    let proof = inspected(proof, proof_type).await?;
    let now = state.clock.now();
    let amount = amount_due(&booking, kind, now)?;
    if repo::payments::has_pending(&state.db, booking.id).await? {
        return Err(ApiError::msg(
            ErrorCode::Conflict,
            "Bukti sebelumnya masih diperiksa studio. Tunggu hasilnya sebelum mengunggah lagi.",
        ));
    }
    repo::bank_accounts::find(&state.db, bank_id)
        .await?
        .filter(|b| b.active)
        .ok_or_else(|| field_error("bank_account_id", "Rekening tujuan tidak tersedia."))?;

    let key = format!("proofs/{}.{}", Uuid::new_v4(), proof_type.ext());
    state.storage.put(&key, &proof).await?;
    let result = async {
        let txn = crate::db::begin_write(&state.writer).await?;
        let payment = repo::payments::insert(
            &txn,
            NewPayment {
                booking_id: booking.id,
                kind,
                amount,
                bank_account_id: bank_id,
                proof_key: key.clone(),
                proof_content_type: proof_type.mime(),
                proof_size: proof.len(),
            },
            now,
        )
        .await?;
        if kind != PaymentKind::Balance {
            let change = Change::new(
                BookingAction::UploadProof,
                Actor::Owner,
                Some((auth.id, auth.role)),
                now,
            )
            .note(format!("Bukti {} diunggah", kind.label_id()));
            apply(&txn, &booking, change).await?;
        } else {
            crate::live::feed::booking_changed(
                &txn,
                &booking,
                BookingStatus::parse(&booking.status),
                BookingStatus::Accepted,
                now,
            )
            .await?;
        }
        if let Some(client) = repo::users::find(&txn, booking.client_id).await? {
            let notifier = Notifier::new(&txn, &state).await?;
            notify::booking::proof_received(&txn, &notifier, &booking, &client, kind, amount, now)
                .await?;
        }
        txn.commit().await?;
        state.kick();
        Ok::<_, ApiError>(payment)
    }
    .await;
    match result {
        Ok(payment) => {
            tracing::info!(booking = %booking.id, payment = %payment.id, "proof uploaded");
            Ok(HttpResponse::Created().json(repo::payments::to_dto(&payment, &booking.code)))
        }
        Err(e) => {
            // Nothing half written: the file goes when its row does not land.
            if let Err(del) = state.storage.delete(&key).await {
                tracing::error!(error = ?del, "could not remove an orphaned proof");
            }
            Err(e)
        }
    }
}

/// What this payment must be, from the booking's state; 409 when nothing of
/// this kind can be paid now.
fn amount_due(
    booking: &bookings::Model,
    kind: PaymentKind,
    now: chrono::DateTime<Utc>,
) -> Result<i64, ApiError> {
    let status = BookingStatus::parse(&booking.status);
    let open = |until: Option<chrono::DateTime<chrono::FixedOffset>>| {
        until.is_some_and(|u| u.with_timezone(&Utc) > now)
    };
    let closed = || {
        ApiError::msg(
            ErrorCode::InvalidTransition,
            "Batas waktu unggah bukti sudah lewat, jadwal telah dilepas. Silakan buat booking baru.",
        )
    };
    match (kind, status) {
        (
            PaymentKind::Dp | PaymentKind::Full,
            Some(BookingStatus::WaitingPayment | BookingStatus::Rejected),
        ) => {
            if booking.payment_option != kind.as_str() {
                return Err(field_error(
                    "kind",
                    "Jenis pembayaran tidak sesuai pilihan saat booking (DP atau Lunas).",
                ));
            }
            let window = if status == Some(BookingStatus::Rejected) {
                booking.reupload_until
            } else {
                booking.payment_deadline
            };
            if !open(window) {
                return Err(closed());
            }
            Ok(booking.dp_amount)
        }
        (PaymentKind::Balance, Some(BookingStatus::Accepted)) if booking.paid < booking.total => {
            Ok(booking.total - booking.paid)
        }
        _ => Err(ApiError::msg(
            ErrorCode::InvalidTransition,
            "Tidak ada pembayaran jenis ini yang perlu dilakukan untuk booking ini sekarang.",
        )),
    }
}

/// The proof back once `proof_scan` finds it harmless (off the executor:
/// a PDF's streams are inflated to be searched).
async fn inspected(proof: Vec<u8>, kind: ProofType) -> Result<Vec<u8>, ApiError> {
    let checked = crate::cpu::run(move || proof_scan::inspect(&proof, kind).map(|()| proof))
        .await
        .map_err(ApiError::Internal)?;
    checked.map_err(|refusal| {
        let code = match refusal {
            proof_scan::Refusal::ActivePdf | proof_scan::Refusal::PdfBomb => {
                ErrorCode::UnsupportedMediaType
            }
            proof_scan::Refusal::TooManyPixels | proof_scan::Refusal::Unreadable => {
                ErrorCode::ValidationFailed
            }
        };
        ApiError::msg(code, refusal.message())
    })
}
