//! Builds the HTTP server: `Application::build` binds (port 0 in tests) and
//! reports the real port; `run_until_stopped` serves until a signal arrives
//! and then drains in-flight requests.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_cors::Cors;
use actix_web::dev::Server;
use actix_web::http::header;
use actix_web::middleware::{Compress, Condition, DefaultHeaders};
use actix_web::{web, App, HttpServer};
use sea_orm::DatabaseConnection;
use tokio::sync::Notify;
use tracing_actix_web::TracingLogger;
use utoipa_swagger_ui::SwaggerUi;

use crate::auth::jwt::JwtKeys;
use crate::clock::{Clock, SystemClock};
use crate::config::Settings;
use crate::error;
use crate::live::Hub;
use crate::mail::{whatsapp::WhatsApp, worker::OutboxWorker, Mailer};
use crate::ratelimit::RateLimiter;
use crate::read_cache::{ReadCache, Writes};
use crate::routes;
use crate::spa::{self, SpaDist};
use crate::state::AppState;
use crate::storage::LocalStorage;

/// Where the OpenAPI description is served (and Swagger UI reads it).
const SPEC_URL: &str = "/api/v1/openapi.json";

/// Largest JSON body accepted; uploads have their own limits.
const JSON_LIMIT: usize = 64 * 1024;

pub struct Application {
    port: u16,
    server: Server,
    pub state: AppState,
}

impl Application {
    /// Connects to the configured database, applies migrations and binds.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let db = crate::db::connect(&settings).await?;
        crate::db::migrate(&db).await?;
        Self::build_with(settings, db, Arc::new(SystemClock)).await
    }

    /// Binds with an existing connection and clock (tests inject both).
    pub async fn build_with(
        settings: Settings,
        db: DatabaseConnection,
        clock: Arc<dyn Clock>,
    ) -> anyhow::Result<Self> {
        let listener = TcpListener::bind(&settings.bind)?;
        let port = listener.local_addr()?.port();
        let mailer = if settings.smtp_url.trim().is_empty() {
            None
        } else {
            Some(Mailer::new(&settings.smtp_url, &settings.mail_from)?)
        };
        let writes = Arc::new(Writes::default());
        let (writer, checkpointer) = crate::db::writer_for(&db).await?;
        if let Some(checkpointer) = checkpointer {
            tokio::spawn(checkpointer.run());
        }
        let state = AppState {
            db: db.clone(),
            writer,
            reads: Arc::new(crate::db_held::HeldReads::new(
                db.clone(),
                crate::db_held::held_for(settings.pool_size()),
            )),
            jwt: Arc::new(JwtKeys::new(
                &settings.jwt_secret,
                settings.access_token_minutes,
            )),
            limiter: Arc::new(
                RateLimiter::new(settings.rate_limit.auth_per_minute, settings.trust_proxy)
                    .with_chat_per_minute(settings.rate_limit.chat_per_minute),
            ),
            clock: clock.clone(),
            mail_wakeup: Arc::new(Notify::new()),
            storage: Arc::new(LocalStorage::new(settings.data_dir.join("uploads"))),
            live: Arc::new(Hub::default()),
            writes: writes.clone(),
            // Bounded so they stay a few MB of the API's footprint: a
            // second's worth of distinct answers fits many times over.
            public_cache: Arc::new(ReadCache::new(
                Duration::from_millis(settings.public_cache_ms),
                writes.clone(),
                1024,
                4 << 20,
            )),
            // A caller's own reads repeat a few URLs: a second of them
            // fits in 1 MB, and every miss (a new URL) churns it.
            private_cache: Arc::new(ReadCache::new(
                Duration::from_millis(settings.private_cache_ms),
                writes.clone(),
                256,
                1 << 20,
            )),
            studio: Arc::new(crate::studio_cache::StudioCache::new(
                Duration::from_millis(settings.private_cache_ms),
                writes,
            )),
            accounts: Arc::new(crate::auth::account_cache::AccountCache::new(
                Duration::from_millis(settings.account_cache_ms),
            )),
            dashboard_cache: Arc::new(crate::stats::cache::DashboardCache::new(
                Duration::from_millis(settings.dashboard_cache_ms),
            )),
            ping: Arc::default(),
            settings: Arc::new(settings),
        };
        tokio::spawn(
            OutboxWorker {
                db,
                mailer,
                whatsapp: WhatsApp::new(&state.settings.whatsapp)?,
                clock,
                wakeup: state.mail_wakeup.clone(),
            }
            .run(),
        );
        tokio::spawn(crate::live::dispatch::run(
            state.db.clone(),
            state.live.clone(),
            state.writes.clone(),
        ));

        if state.settings.run_jobs {
            tokio::spawn(crate::jobs::lifecycle::run(state.clone()));
        }

        let workers = match state.settings.workers {
            0 => std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2),
            n => n,
        };
        let app_state = state.clone();
        // Described once from the same route table and serialised once;
        // every worker serves the same bytes. Registered before `/api/v1` so
        // that scope does not swallow `/api/v1/openapi.json`.
        let spec = web::Bytes::from(crate::openapi::spec().to_json()?);
        let server = HttpServer::new(move || {
            let dist = app_state.settings.web_dist.clone();
            let spec = spec.clone();
            let app = App::new()
                .service(web::redirect("/api/docs", "/api/docs/"))
                .service(
                    SwaggerUi::new("/api/docs/{_:.*}")
                        .config(utoipa_swagger_ui::Config::new([SPEC_URL])),
                )
                .route(
                    SPEC_URL,
                    web::get().to(move || {
                        let spec = spec.clone();
                        async move {
                            actix_web::HttpResponse::Ok()
                                .content_type(header::ContentType::json())
                                .body(spec)
                        }
                    }),
                )
                .app_data(web::Data::new(app_state.clone()))
                .app_data(web::Data::new(SpaDist(dist.clone())))
                .app_data(
                    web::JsonConfig::default()
                        .limit(JSON_LIMIT)
                        .error_handler(error::json_error),
                )
                .app_data(web::QueryConfig::default().error_handler(error::query_error))
                .app_data(web::PathConfig::default().error_handler(error::path_error))
                .service(routes::health::get_health)
                .service(routes::media::get_media)
                .service(routes::media::get_site_media)
                .service(web::scope("/api/v1").configure(routes::api_v1_serve));
            app.wrap(actix_web::middleware::from_fn(
                crate::json_objects::objects_only,
            ))
            .wrap(actix_web::middleware::from_fn(crate::etag::etag))
            .wrap(Compress::default())
            .wrap(security_headers(&app_state.settings))
            .wrap(Condition::new(
                !app_state.settings.cors_origins().is_empty(),
                cors(&app_state.settings),
            ))
            .wrap(TracingLogger::<crate::telemetry::PathOnlySpan>::new())
            .configure(|cfg| spa::configure(cfg, &dist))
            .default_service(actix_web::dev::fn_service(spa::fallback))
        })
        .workers(workers)
        .shutdown_timeout(10)
        .listen(listener)?
        .run();
        Ok(Self {
            port,
            server,
            state,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// On every response. HSTS only in production, where the API sits behind
/// HTTPS; sending it from a plain-HTTP development server would pin
/// browsers to HTTPS on localhost.
fn security_headers(settings: &Settings) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add((header::REFERRER_POLICY, "strict-origin-when-cross-origin"));
    if settings.env == crate::config::AppEnv::Production {
        headers.add((
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        ))
    } else {
        headers
    }
}

/// Cross-origin browser access for the configured origins only (none by
/// default). Tokens travel in the Authorization header, never cookies, so
/// credentials mode stays off.
fn cors(settings: &Settings) -> Cors {
    settings
        .cors_origins()
        .into_iter()
        .fold(Cors::default(), |c, origin| c.allowed_origin(origin))
        .allowed_methods(["GET", "POST", "PUT", "PATCH", "DELETE"])
        .allowed_headers([header::AUTHORIZATION, header::CONTENT_TYPE, header::ACCEPT])
        .expose_headers([header::CONTENT_DISPOSITION, header::RETRY_AFTER])
        .max_age(3600)
}
