/// The committed `openapi/openapi.json` must match the code. Regenerate with
/// `cargo run -p openapi` after changing a route or a DTO.
#[test]
fn committed_openapi_json_is_up_to_date() {
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../openapi/openapi.json"
    ))
    .expect("openapi/openapi.json is missing: run `cargo run -p openapi`");
    let current = api::openapi::spec_json().unwrap();
    assert!(
        committed == current,
        "openapi/openapi.json is stale: run `cargo run -p openapi` and commit the result"
    );
}

#[test]
fn every_protected_operation_names_its_roles() {
    let spec: serde_json::Value =
        serde_json::from_str(&api::openapi::spec_json().unwrap()).unwrap();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let responses = op["responses"].as_object().unwrap();
            if responses.contains_key("401") && !path.starts_with("/api/v1/auth/") {
                // Required or optional, the token names its roles.
                let named = op["security"].as_array().is_some_and(|reqs| {
                    reqs.iter()
                        .any(|r| r["bearer"].as_array().is_some_and(|s| !s.is_empty()))
                });
                assert!(
                    named,
                    "{method} {path} answers 401 but lists no role scopes"
                );
            }
        }
    }
}
