use actix_web::{get, web, HttpResponse};
use shared::chat::ConversationSummary;
use shared::ErrorBody;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::chat::{access, conversation};
use crate::error::ApiResult;
use crate::state::AppState;

/// One conversation's summary. A client reads only their own (their user id);
/// staff and above any client's, also before anyone wrote.
#[utoipa::path(
    tag = "chat",
    params(("client_id" = Uuid, Path, description = "The conversation's client")),
    security(("bearer" = ["client", "staff", "admin", "superadmin"])),
    responses(
        (status = 200, body = ConversationSummary),
        (status = 401, body = ErrorBody),
        (status = 404, description = "No such client, or not the caller's conversation", body = ErrorBody),
    )
)]
#[get("/conversations/{client_id}")]
pub async fn get_conversation(
    state: web::Data<AppState>,
    auth: AuthUser,
    client_id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let client = access::client_for(&state.db, &auth, *client_id).await?;
    let conv = conversation::find(&state.db, client.id).await?;
    Ok(HttpResponse::Ok().json(conversation::summary(conv.as_ref(), &client)))
}
