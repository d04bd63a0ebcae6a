use actix_web::{post, web, HttpResponse};
use chrono::Duration;
use shared::auth::User;
use shared::backoffice::CreateStaff;
use shared::ErrorBody;
use uuid::Uuid;

use crate::audit::{self, Change};
use crate::auth::{password, Superadmin};
use crate::error::{ApiError, ApiResult};
use crate::mail::templates;
use crate::repo::{self, users::NewUser};
use crate::state::AppState;

/// How long an invitation link stays valid.
const INVITE_TTL_HOURS: i64 = 72;

/// Creates a crew account (staff, admin or superadmin). Without a password
/// the person is emailed an invitation to choose one (valid 72 hours);
/// until then nobody can sign in to the account. Superadmin only.
#[utoipa::path(
    tag = "users",
    request_body = CreateStaff,
    security(("bearer" = ["superadmin"])),
    responses(
        (status = 201, description = "Created", body = User),
        (status = 400, description = "Malformed body", body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 409, description = "`email_taken` or `phone_taken`", body = ErrorBody),
        (status = 422, description = "Invalid fields; see `fields`", body = ErrorBody),
    )
)]
#[post("/users")]
pub async fn create_user(
    state: web::Data<AppState>,
    auth: Superadmin,
    body: web::Json<CreateStaff>,
) -> ApiResult<HttpResponse> {
    let valid = body.validate().map_err(ApiError::Validation)?;
    // An invited account gets a random password nobody knows.
    let secret = valid
        .password
        .clone()
        .unwrap_or_else(|| format!("{}{}", Uuid::new_v4(), Uuid::new_v4()));
    let password_hash = password::hash(secret).await?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    repo::users::ensure_unique(&txn, Some(&valid.email), Some(&valid.phone), None).await?;
    let user = repo::users::insert(
        &txn,
        NewUser {
            full_name: &valid.full_name,
            email: &valid.email,
            phone: &valid.phone,
            password_hash,
            role: valid.role,
        },
        now,
    )
    .await?;
    let invited = valid.password.is_none();
    if invited {
        let token =
            repo::tokens::issue_reset(&txn, user.id, now, Duration::hours(INVITE_TTL_HOURS))
                .await?;
        let link = format!("{}/reset-password?token={token}", state.settings.public_url);
        let mail =
            templates::staff_invite(&user.email, &user.full_name, valid.role.label_id(), &link);
        repo::outbox::enqueue(&txn, mail, now).await?;
    }
    let dto = repo::users::to_dto(&user);
    audit::record(
        &txn,
        &auth,
        Change::new("user.create", "user", user.id)
            .summary(format!(
                "{} ({}) dibuat sebagai {}{}",
                user.full_name,
                user.email,
                valid.role.label_id(),
                if invited { ", undangan dikirim" } else { "" }
            ))
            .after(&serde_json::json!({
                "full_name": dto.full_name,
                "email": dto.email,
                "phone": dto.phone,
                "role": dto.role,
            })),
        now,
    )
    .await?;
    txn.commit().await?;
    if invited {
        state.mail_wakeup.notify_one();
    }
    Ok(HttpResponse::Created().json(dto))
}
