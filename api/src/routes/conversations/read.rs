use actix_web::{post, web, HttpResponse};
use shared::chat::{ChatUnread, MarkRead};
use shared::ErrorBody;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::chat::{access, conversation, read};
use crate::error::ApiResult;
use crate::state::AppState;

/// Marks the other side's messages read by the caller's side (the client,
/// or the studio as a whole), up to `through` or everything. The sender's
/// tabs see their messages flip to read. Returns the caller's chat badge.
#[utoipa::path(
    tag = "chat",
    params(("client_id" = Uuid, Path, description = "The conversation's client")),
    request_body = MarkRead,
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = ChatUnread),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 404, description = "No such client, or not the caller's conversation", body = ErrorBody),
    )
)]
#[post("/conversations/{client_id}/read")]
pub async fn read_conversation(
    state: web::Data<AppState>,
    auth: AuthUser,
    client_id: web::Path<Uuid>,
    body: web::Json<MarkRead>,
) -> ApiResult<HttpResponse> {
    let through = body.through;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let client = access::client_for(&txn, &auth, *client_id).await?;
    let changed = read::mark_read(&txn, client.id, auth.role.is_crew(), through, now).await?;
    let unread = conversation::unread_for(&txn, &auth).await?;
    txn.commit().await?;
    if changed {
        state.kick();
    }
    Ok(HttpResponse::Ok().json(unread))
}
