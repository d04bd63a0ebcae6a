use tracing_subscriber::{fmt, EnvFilter};

/// Installs the global tracing subscriber: `RUST_LOG` filters, `json` or
/// `pretty` output. Every request gets a span with its request id.
pub fn init(format: &str) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let builder = fmt().with_env_filter(filter).with_target(false);
    let _ = if format == "json" {
        builder.json().try_init()
    } else {
        builder.compact().try_init()
    };
}

/// The request span without the query string: `GET /api/v1/ws` carries the
/// access token there (browsers cannot set headers on a WebSocket), and no
/// token may reach the logs.
pub struct PathOnlySpan;

impl tracing_actix_web::RootSpanBuilder for PathOnlySpan {
    fn on_request_start(request: &actix_web::dev::ServiceRequest) -> tracing::Span {
        use actix_web::HttpMessage;
        let request_id = request
            .extensions()
            .get::<tracing_actix_web::RequestId>()
            .map(|id| id.to_string())
            .unwrap_or_default();
        tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.target = %request.path(),
            http.status_code = tracing::field::Empty,
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
            request_id = %request_id,
        )
    }

    fn on_request_end<B: actix_web::body::MessageBody>(
        span: tracing::Span,
        outcome: &Result<actix_web::dev::ServiceResponse<B>, actix_web::Error>,
    ) {
        tracing_actix_web::DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}
