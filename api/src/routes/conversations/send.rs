use actix_web::{post, web, HttpResponse};
use sea_orm::EntityTrait;
use shared::chat::{ChatMessage, SendMessage};
use shared::ErrorBody;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::chat::access;
use crate::entities::users;
use crate::error::{ApiError, ApiResult};
use crate::ratelimit::Bucket;
use crate::state::AppState;

/// Sends a message in a conversation: a client writes in their own, staff
/// and above write as the studio in any client's. The sender is always the
/// caller. Sending again with the same `client_key` returns the stored
/// message (200) instead of a copy.
#[utoipa::path(
    tag = "chat",
    params(("client_id" = Uuid, Path, description = "The conversation's client")),
    request_body = SendMessage,
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 201, description = "Stored and delivered", body = ChatMessage),
        (status = 200, description = "Already sent with this client_key", body = ChatMessage),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 404, description = "No such client, or not the caller's conversation", body = ErrorBody),
        (status = 422, description = "Empty or too long body; a booking of someone else", body = ErrorBody),
        (status = 429, description = "Sending too fast", body = ErrorBody),
    )
)]
#[post("/conversations/{client_id}/messages")]
pub async fn send_message(
    state: web::Data<AppState>,
    auth: AuthUser,
    client_id: web::Path<Uuid>,
    body: web::Json<SendMessage>,
) -> ApiResult<HttpResponse> {
    state.limiter.check_user(Bucket::ChatSend, auth.id)?;
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.writer).await?;
    let client = access::client_for(&txn, &auth, *client_id).await?;
    let sender = if client.id == auth.id {
        client.clone()
    } else {
        users::Entity::find_by_id(auth.id)
            .one(&txn)
            .await?
            .ok_or_else(ApiError::unauthorized)?
    };
    let sent = crate::chat::send::send(
        &txn,
        &state,
        &sender,
        auth.role.is_crew(),
        &client,
        body.into_inner(),
        now,
    )
    .await?;
    txn.commit().await?;
    if !sent.created {
        return Ok(HttpResponse::Ok().json(sent.message));
    }
    state.kick();
    Ok(HttpResponse::Created().json(sent.message))
}
