# Multi-stage build: the SPA (WASM) and the API in a Rust image, then a slim runtime.
FROM rust:1-bookworm AS build
RUN rustup target add wasm32-unknown-unknown
WORKDIR /src
COPY . .
ENV CARGO_TARGET_DIR=/src/target
RUN cargo xtask build-web && cargo build --release -p api

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /app aruna
WORKDIR /app
COPY --from=build /src/target/release/api /usr/local/bin/api
COPY --from=build /src/web/dist /app/web/dist
RUN mkdir -p /app/data && chown aruna /app/data
USER aruna
ENV APP_BIND=0.0.0.0:8000 \
    APP_WEB_DIST=/app/web/dist \
    APP_DATA_DIR=/app/data \
    APP_LOG_FORMAT=json
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD curl -fsS http://127.0.0.1:8000/health || exit 1
CMD ["api", "serve"]
