//! The error answers every operation of a kind can give, added to each
//! operation the same way the server produces them, so the document lists
//! every status a client can meet (schemathesis checks it does):
//! - a body: 400 unreadable, 413 too large, 415 wrong content type; an
//!   upload also 408 (stalled) and 507 (disk full);
//! - query parameters: 400; path parameters: 404 (malformed or unknown id);
//! - a token required (or optional, and sent invalid): 401; not every
//!   role allowed: 403;
//! - every operation: 503 while the database is away (with `Retry-After`).

use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::{OpenApi, Ref, RefOr, ResponseBuilder};

const ROLES: [&str; 4] = ["client", "staff", "admin", "superadmin"];

pub fn add(api: &mut OpenApi) {
    for item in api.paths.paths.values_mut() {
        let ops = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ];
        for op in ops.into_iter().flatten() {
            add_to(op);
        }
    }
}

fn add_to(op: &mut Operation) {
    let mut needed: Vec<(&str, &str)> = Vec::new();
    if let Some(body) = &op.request_body {
        needed.push(("400", "The body could not be read"));
        needed.push(("413", "The body is larger than allowed"));
        needed.push(("415", "The body is not of the documented content type"));
        let multipart = serde_json::to_value(body)
            .ok()
            .and_then(|b| b.get("content").cloned())
            .is_some_and(|c| c.get("multipart/form-data").is_some());
        if multipart {
            needed.push(("408", "The upload stalled or took too long"));
            needed.push(("507", "The server's disk is full; nothing was stored"));
        }
    }
    let params = op.parameters.iter().flatten().filter_map(|p| match p {
        RefOr::T(p) => Some(&p.parameter_in),
        RefOr::Ref(_) => None,
    });
    for place in params {
        match place {
            ParameterIn::Query => needed.push(("400", "A query parameter is malformed")),
            ParameterIn::Path => needed.push(("404", "No such resource (or not yours)")),
            _ => {}
        }
    }
    let security = serde_json::to_value(&op.security).unwrap_or_default();
    if let Some(reqs) = security.as_array() {
        let anonymous = reqs
            .iter()
            .any(|r| r.as_object().is_some_and(serde_json::Map::is_empty));
        let allowed: Vec<&str> = reqs
            .iter()
            .filter_map(|r| r["bearer"].as_array())
            .flatten()
            .filter_map(serde_json::Value::as_str)
            .collect();
        // Required, or optional and sent but expired or revoked.
        if !anonymous || !allowed.is_empty() {
            needed.push(("401", "No valid access token"));
        }
        if ROLES.iter().any(|r| !allowed.contains(r)) {
            needed.push(("403", "The signed-in role may not do this"));
        }
    }
    needed.push((
        "503",
        "The database is unavailable; retry after `Retry-After` seconds",
    ));
    for (status, why) in needed {
        op.responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| error(why));
    }
}

fn error(description: &str) -> RefOr<utoipa::openapi::Response> {
    RefOr::T(
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/json",
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("ErrorBody")))
                    .build(),
            )
            .build(),
    )
}
