use actix_multipart::Multipart;
use actix_web::{post, web, HttpRequest, HttpResponse};
use chrono::Utc;
use futures_util::TryStreamExt;
use shared::booking::{Actor, BookingAction};
use shared::payment_dto::{Payment, PaymentKind, MAX_PROOF_BYTES};
use shared::{BookingStatus, ErrorBody, ErrorCode, FieldErrors};
use uuid::Uuid;

use crate::auth::Client;
use crate::booking::transition::{apply, Change};
use crate::entities::bookings;
use crate::error::{ApiError, ApiResult};
use crate::notify::{self, Notifier};
use crate::repo::{self, payments::NewPayment};
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

async fn read_form(req: &HttpRequest, payload: web::Payload) -> Result<Form, ApiError> {
    let bad = |m: &str| ApiError::msg(ErrorCode::BadRequest, m.to_owned());
    let ctype = req
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !ctype.starts_with("multipart/form-data") {
        return Err(ApiError::msg(
            ErrorCode::UnsupportedMediaType,
            "Kirim bukti sebagai multipart/form-data.",
        ));
    }
    let mut form = Multipart::new(req.headers(), payload);
    let mut out = Form {
        kind: None,
        bank_account_id: None,
        proof: None,
    };
    let mut fields = 0;
    while let Some(mut field) = form
        .try_next()
        .await
        .map_err(|_| bad("Data formulir tidak dapat dibaca."))?
    {
        fields += 1;
        if fields > 10 {
            return Err(bad("Terlalu banyak isian formulir."));
        }
        let name = field.name().unwrap_or_default().to_owned();
        let limit = if name == "proof" {
            MAX_PROOF_BYTES
        } else {
            200
        };
        let bytes = match field.bytes(limit).await {
            Ok(Ok(b)) => b,
            Ok(Err(_)) => return Err(bad("Data formulir terputus. Coba unggah lagi.")),
            Err(_) if name == "proof" => {
                return Err(ApiError::msg(
                    ErrorCode::PayloadTooLarge,
                    "Ukuran bukti maksimal 5 MB. Perkecil foto atau gunakan PDF.",
                ))
            }
            Err(_) => return Err(bad("Isian formulir terlalu panjang.")),
        };
        let text = || String::from_utf8_lossy(&bytes).trim().to_owned();
        match name.as_str() {
            "kind" => out.kind = Some(text()),
            "bank_account_id" => out.bank_account_id = Some(text()),
            "proof" => out.proof = Some(bytes.to_vec()),
            _ => {}
        }
    }
    Ok(out)
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
        let txn = crate::db::begin_write(&state.db).await?;
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
