use actix_web::{delete, put, web, HttpResponse};
use shared::portfolio::LikeState;
use shared::ErrorBody;
use uuid::Uuid;

use crate::auth::Client;
use crate::error::ApiResult;
use crate::portfolio::likes;
use crate::state::AppState;

async fn set(
    state: &AppState,
    client: Client,
    image_id: Uuid,
    like: bool,
) -> ApiResult<HttpResponse> {
    let txn = crate::db::begin_write(&state.writer).await?;
    let out = likes::set(&txn, image_id, client.id, like, state.clock.now()).await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(out))
}

/// Likes a photo of a published post. Idempotent: liking twice counts once.
/// Clients only.
#[utoipa::path(
    tag = "portfolio",
    params(("image_id" = Uuid, Path)),
    security(("bearer" = ["client"])),
    responses(
        (status = 200, body = LikeState),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[put("/portfolio/images/{image_id}/like")]
pub async fn like_image(
    state: web::Data<AppState>,
    client: Client,
    image_id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    set(&state, client, *image_id, true).await
}

/// Takes a like back. Idempotent. Clients only.
#[utoipa::path(
    tag = "portfolio",
    params(("image_id" = Uuid, Path)),
    security(("bearer" = ["client"])),
    responses(
        (status = 200, body = LikeState),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
    )
)]
#[delete("/portfolio/images/{image_id}/like")]
pub async fn unlike_image(
    state: web::Data<AppState>,
    client: Client,
    image_id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    set(&state, client, *image_id, false).await
}
