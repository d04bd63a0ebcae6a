use actix_web::{patch, web, HttpResponse};
use sea_orm::{ActiveModelTrait, Set};
use shared::auth::User;
use shared::backoffice::UpdateUser;
use shared::{ErrorBody, ErrorCode, FieldErrors, Role};
use uuid::Uuid;

use crate::audit::{self, Change};
use crate::auth::Superadmin;
use crate::entities::users;
use crate::error::{ApiError, ApiResult};
use crate::repo;
use crate::state::AppState;

fn refuse(field: &str, message: &str) -> ApiError {
    let mut f = FieldErrors::new();
    f.insert(field.into(), message.into());
    ApiError::Validation(f)
}

/// Changes an account's role or disables/enables it. Either change ends the
/// account's sessions at once: its access tokens fail with the next request
/// and its refresh tokens are revoked. A superadmin cannot change their own
/// account here, so the studio always keeps an owner. Superadmin only.
#[utoipa::path(
    tag = "users",
    request_body = UpdateUser,
    params(("id" = Uuid, Path)),
    security(("bearer" = ["superadmin"])),
    responses(
        (status = 200, body = User),
        (status = 400, description = "Malformed body", body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 422, description = "Own account, or nothing to change", body = ErrorBody),
    )
)]
#[patch("/users/{id}")]
pub async fn update_user(
    state: web::Data<AppState>,
    auth: Superadmin,
    id: web::Path<Uuid>,
    body: web::Json<UpdateUser>,
) -> ApiResult<HttpResponse> {
    if body.role.is_none() && body.active.is_none() {
        return Err(ApiError::msg(
            ErrorCode::ValidationFailed,
            "Tidak ada yang diubah: kirim role atau active.",
        ));
    }
    if *id == auth.id {
        return Err(refuse(
            if body.role.is_some() {
                "role"
            } else {
                "active"
            },
            "Anda tidak bisa mengubah peran atau menonaktifkan akun Anda sendiri.",
        ));
    }
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let user = repo::users::find(&txn, *id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let before = repo::users::to_dto(&user);
    let role = body.role.unwrap_or(before.role);
    let active = body.active.unwrap_or(user.is_active);
    if before.role == Role::Client && role != Role::Client {
        return Err(refuse(
            "role",
            "Akun klien tidak bisa dijadikan kru; buat akun kru baru.",
        ));
    }
    if before.role != Role::Client && role == Role::Client {
        return Err(refuse("role", "Akun kru tidak bisa dijadikan klien."));
    }
    if role == before.role && active == user.is_active {
        txn.commit().await?;
        return Ok(HttpResponse::Ok().json(before));
    }
    let version = user.token_version.saturating_add(1);
    let mut am: users::ActiveModel = user.into();
    am.role = Set(role.as_str().to_owned());
    am.is_active = Set(active);
    am.token_version = Set(version);
    am.updated_at = Set(now.fixed_offset());
    let user = am.update(&txn).await?;
    repo::tokens::revoke_all_for_user(&txn, user.id, now).await?;
    let after = repo::users::to_dto(&user);
    let mut what = Vec::new();
    if before.role != after.role {
        what.push(format!(
            "peran {} → {}",
            before.role.label_id(),
            after.role.label_id()
        ));
    }
    if before.active != after.active {
        what.push(
            if after.active {
                "diaktifkan"
            } else {
                "dinonaktifkan"
            }
            .to_owned(),
        );
    }
    audit::record(
        &txn,
        &auth,
        Change::new("user.update", "user", after.id)
            .summary(format!("{}: {}", after.full_name, what.join(", ")))
            .diff(
                &serde_json::json!({"role": before.role, "active": before.active}),
                &serde_json::json!({"role": after.role, "active": after.active}),
            ),
        now,
    )
    .await?;
    txn.commit().await?;
    state.accounts.forget(after.id);
    tracing::info!(user_id = %after.id, by = %auth.id, "account changed");
    Ok(HttpResponse::Ok().json(after))
}
