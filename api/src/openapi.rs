//! The OpenAPI 3.1 document, built from the real route table so it cannot
//! drift from what the server serves. `cargo run -p openapi` writes it to
//! `openapi/openapi.json`; a test fails when the committed file is stale.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::{scope, AppExt};

use crate::routes;

mod common_responses;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Aruna Moment API",
        description = "Booking platform of the Aruna Moment photography studio. \
            JSON under `/api/v1`; errors are always `{code, message, fields}`; \
            security scopes list the roles allowed on each operation.",
        license(name = "MIT"),
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "system", description = "Health"),
        (name = "auth", description = "Registration, sign-in, tokens, password reset"),
        (name = "me", description = "The signed-in user's own account"),
        (name = "users", description = "Accounts, for the back office"),
        (name = "catalogue", description = "Packages, bank accounts and studio settings"),
        (name = "bookings", description = "Availability and bookings"),
        (name = "payments", description = "Transfer proofs and their review"),
        (name = "calendar", description = "Blocked days and hours"),
        (name = "notifications", description = "In-app notifications of the signed-in user"),
        (name = "live", description = "Live updates: the WebSocket and the same feed for polling"),
        (name = "chat", description = "Conversations between each client and the studio"),
        (name = "stats", description = "Back-office figures"),
        (name = "clients", description = "Clients and their bookings, for the back office"),
        (name = "audit", description = "The append-only log of staff actions"),
        (name = "exports", description = "Transactions as CSV and XLSX, streamed"),
        (name = "reports", description = "The monthly report as JSON, PDF and XLSX"),
        (name = "portfolio", description = "Portfolio posts, photos, categories and likes"),
        (name = "testimonials", description = "Clients' reviews of finished bookings, moderated"),
        (name = "site", description = "The public site's content: hero slides, about, FAQ, contact"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some(
                        "Access token from /auth/login, /auth/register or /auth/refresh. \
                         Scopes name the roles allowed.",
                    ))
                    .build(),
            ),
        );
    }
}

/// The document, from the same route table the server mounts.
pub fn spec() -> utoipa::openapi::OpenApi {
    let (_, api) = actix_web::App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .service(routes::health::get_health)
        .service(routes::media::get_media)
        .service(routes::media::get_site_media)
        .service(scope("/api/v1").configure(routes::api_v1))
        .split_for_parts();
    let mut api = api;
    common_responses::add(&mut api);
    api
}

/// Pretty JSON with a trailing newline, exactly as committed.
pub fn spec_json() -> anyhow::Result<String> {
    let mut s = spec().to_pretty_json()?;
    s.push('\n');
    Ok(s)
}
