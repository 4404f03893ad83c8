//! The route table of the platform API. Each subsystem lists its routes in
//! its own file under this module; [`route`] matches the path, answers 404
//! and 405 itself, checks the bearer token ([`auth`]), enforces which
//! routes user code inside the container may call, and hands the request to
//! the route's handler.

pub mod auth;
pub mod checkpoints;
mod container;
mod exec;
mod files;
mod ports;
mod services;
pub use services::MAX_TAIL;
mod sprite_checkpoints;
mod sprite_exec;
mod sprite_services;
mod sprites;
mod status;
mod vm;

use std::sync::OnceLock;

use crate::daemon::Daemon;
use crate::http::{Origin, Reply, Request, Response};

/// Captured `{name}` segments of a matched route, in order.
pub struct Params(Vec<(&'static str, String)>);

impl Params {
    /// Value of the `{name}` segment; routes only ask for names in their
    /// own pattern, so a missing one is a bug in the route table.
    pub fn get(&self, name: &str) -> &str {
        self.0.iter().find(|(key, _)| *key == name).map(|(_, value)| value.as_str()).unwrap_or("")
    }
}

pub type Handler = fn(&mut Daemon, &Request, &Params) -> Reply;

/// One route: method, path pattern with `{name}` segments, handler, and
/// whether user code may call it through the container's API socket.
pub struct Route {
    pub method: &'static str,
    pub pattern: &'static str,
    pub handler: Handler,
    pub inside: bool,
}

/// Every route of the API, in matching order.
pub fn routes() -> impl Iterator<Item = &'static Route> {
    [
        status::ROUTES,
        container::ROUTES,
        exec::ROUTES,
        services::ROUTES,
        ports::ROUTES,
        checkpoints::ROUTES,
        sprites::ROUTES,
        files::ROUTES,
        sprite_services::ROUTES,
        sprite_exec::ROUTES,
        sprite_checkpoints::ROUTES,
        vm::ROUTES,
    ]
    .into_iter()
    .flatten()
}

/// Returns every route with its pattern split into segments. The split
/// happens once per process, because each request is tried against most
/// routes.
fn table() -> &'static [(&'static Route, Vec<&'static str>)] {
    static TABLE: OnceLock<Vec<(&'static Route, Vec<&'static str>)>> = OnceLock::new();
    TABLE.get_or_init(|| routes().map(|route| (route, split_pattern(route.pattern))).collect())
}

fn split_pattern(pattern: &'static str) -> Vec<&'static str> {
    pattern.split('/').filter(|s| !s.is_empty()).collect()
}

/// Matches a split pattern against the request's segments; a mismatch
/// returns before anything is allocated.
fn match_pattern(parts: &[&'static str], segments: &[&str]) -> Option<Params> {
    let name_of = |part: &'static str| part.strip_prefix('{').and_then(|p| p.strip_suffix('}'));
    if parts.len() != segments.len()
        || !parts.iter().zip(segments).all(|(part, segment)| name_of(part).is_some() || part == segment)
    {
        return None;
    }
    let params = parts
        .iter()
        .zip(segments)
        .filter_map(|(part, segment)| Some((name_of(part)?, crate::http::request::percent_decode(segment))))
        .collect();
    Some(Params(params))
}

/// Routes one request.
pub fn route(d: &mut Daemon, request: &Request) -> Reply {
    if d.config.pid1 {
        crate::pid1::log_first_request(request.origin);
    }
    if let Err(response) = auth::check(d.config.token.as_ref(), request) {
        return response.into();
    }
    let (route, params) = match lookup(request) {
        Ok(found) => found,
        Err(response) => return response.into(),
    };
    if route.pattern.starts_with(sprites::VM_PREFIX) {
        if let Err(response) = sprites::check_name(d, &params) {
            return response.into();
        }
    }
    let waits = (d.starting_up() && !answers_during_start(route))
        || (needs_container(route) && crate::container::is_starting(d));
    if waits {
        return Reply::Takeover(Box::new(crate::container::hold));
    }
    (route.handler)(d, request, &params)
}

/// Routes a request again that waited for the container to start, on the
/// connection it came on.
pub fn resume(d: &mut Daemon, upgraded: crate::http::Upgraded) {
    match route(d, &upgraded.request) {
        Reply::Response(response) => crate::http::deferred::respond(d, upgraded, response),
        Reply::Takeover(handler) => handler(d, upgraded),
    }
}

/// Reports whether a route is served while the daemon's subsystems start.
/// Only the status and the VM's power are, because they need none of them.
fn answers_during_start(route: &Route) -> bool {
    route.pattern == "/v1/status" || route.pattern.starts_with("/v1/vm/")
}

/// Reports whether a route starts processes in the container, reaches its
/// files or connects to its ports. Such requests wait while the container
/// starts, and the rest are served at once.
fn needs_container(route: &Route) -> bool {
    let pattern = route.pattern;
    match pattern {
        "/v1/exec" | "/v1/checkpoints" | "/v1/sprites/{name}/checkpoint" => route.method == "POST",
        "/v1/proxy/{port}" | "/v1/sprites/{name}/proxy" | "/v1/sprites/{name}/control" => true,
        _ => {
            pattern.starts_with("/v1/sprites/{name}/exec")
                || pattern.starts_with("/v1/sprites/{name}/fs/")
                || pattern.ends_with("/restore")
        }
    }
}

/// Finds the route for a request without running it. The error is the 403,
/// 404 or 405 response to send instead. Fuzz targets call this directly,
/// because it needs no daemon.
pub fn lookup(request: &Request) -> Result<(&'static Route, Params), Response> {
    let segments = request.segments();
    let mut allowed_methods = Vec::new();
    for (route, parts) in table() {
        let Some(params) = match_pattern(parts, &segments) else { continue };
        if route.method != request.method {
            if !allowed_methods.contains(&route.method) {
                allowed_methods.push(route.method);
            }
            continue;
        }
        if request.origin == Origin::Container && !route.inside {
            return Err(Response::error(
                403,
                format!("{} {} is not available inside the container", request.method, route.pattern),
            ));
        }
        return Ok((route, params));
    }
    if !allowed_methods.is_empty() {
        let allow = allowed_methods.join(", ");
        return Err(Response::error(
            405,
            format!("method {} not allowed on {}; allowed: {allow}", request.method, request.path),
        )
        .with_header("Allow", allow));
    }
    Err(Response::error(404, format!("no route for {:?}", request.path)))
}

/// Reads a client's JSON body the way the daemon does before acting on it.
pub type BodyReader = fn(&Request) -> Result<(), Response>;

/// Every JSON body a client may send, named by its route or message, with
/// the reader that decodes and checks it. Fuzz targets run each; a reader
/// rejects with a 4xx response and has no side effects. Exec reads the
/// image's `/etc/passwd` for user names, here from a root that does not
/// exist. A new body that is missing here goes unfuzzed.
pub const BODY_READERS: &[(&str, BodyReader)] = &[
    ("POST /v1/exec", |r| exec_request(r, false)),
    ("exec WebSocket query", |r| exec_request(r, true)),
    ("exec WebSocket control message", |r| {
        if let Some(crate::exec::Input::Resize(rows, cols)) = crate::exec::control_input(&r.body) {
            assert!(rows > 0, "resize to {rows} rows");
            assert!(cols > 0, "resize to {cols} columns");
        }
        Ok(())
    }),
    ("PUT /v1/services/{name}", |r| services::definition_from_body(r, r.path.trim_start_matches('/')).map(drop)),
    ("POST /v1/checkpoints", |r| checkpoints::comment_from_body(r).map(drop)),
    ("fs rename and copy", |r| files::move_paths(r).map(drop)),
    ("fs chmod", |r| files::chmod_request(r).map(drop)),
    ("sprite service signal", |r| sprite_services::signal_request(r).map(drop)),
    ("sprite exec kill", |r| sprite_exec::kill_request(r).map(drop)),
    ("port proxy init message", |r| {
        let _ = crate::wsproxy::parse_init(&r.body);
        Ok(())
    }),
];

fn exec_request(request: &Request, query: bool) -> Result<(), Response> {
    let base = std::path::Path::new("/nonexistent/guestd-image");
    let parsed = if query {
        crate::exec::ExecRequest::from_query(request, base)
    } else {
        crate::exec::ExecRequest::from_body(request, base)
    }?;
    assert!(!parsed.argv.is_empty(), "exec request without a program");
    assert!(parsed.dir.starts_with('/'), "relative exec dir {:?}", parsed.dir);
    Ok(())
}

/// Parses a JSON request body into `T`, naming the problem on failure.
pub fn parse_body<T: miniserde::Deserialize>(request: &Request) -> Result<T, Response> {
    let text =
        std::str::from_utf8(&request.body).map_err(|_| Response::error(400, "request body is not valid UTF-8"))?;
    miniserde::json::from_str(text).map_err(|_| {
        let problem = body_problem::<T>(text);
        Response::error(
            400,
            format!("{problem} in the body of {} {}; see docs/api.md for its fields", request.method, request.path),
        )
    })
}

/// Bodies larger than this, or objects with more fields, are not searched
/// for the bad field, because each field costs up to six more parses.
const DIAGNOSE_MAX_BYTES: usize = 64 * 1024;
const DIAGNOSE_MAX_FIELDS: usize = 32;

/// Describes why `text` does not parse into `T`. miniserde reports no
/// detail, so this finds the field whose value, replaced by a value of
/// another JSON type, lets the body parse.
fn body_problem<T: miniserde::Deserialize>(text: &str) -> String {
    use miniserde::json::{self, Number, Value};

    let Ok(value) = json::from_str::<Value>(text) else {
        return "invalid JSON".to_string();
    };
    let Value::Object(object) = value else {
        return "expected a JSON object".to_string();
    };
    let generic = "a missing required field or a field of the wrong type";
    if text.len() > DIAGNOSE_MAX_BYTES || object.len() > DIAGNOSE_MAX_FIELDS {
        return generic.to_string();
    }
    let candidates = || {
        [
            Value::Null,
            Value::Bool(false),
            Value::Number(Number::U64(0)),
            Value::String(String::new()),
            Value::Array(json::Array::new()),
            Value::Object(json::Object::new()),
        ]
    };
    for (key, original) in object.iter() {
        for candidate in candidates() {
            let mut patched = object.clone();
            patched.insert(key.clone(), candidate);
            if json::from_str::<T>(&json::to_string(&patched)).is_ok() {
                let mut excerpt = json::to_string(original);
                if excerpt.len() > 64 {
                    let mut end = 60;
                    while !excerpt.is_char_boundary(end) {
                        end -= 1;
                    }
                    excerpt.truncate(end);
                    excerpt.push_str("...");
                }
                return format!("invalid {key:?} {excerpt}: wrong type or out of range");
            }
        }
    }
    generic.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(miniserde::Deserialize)]
    #[allow(dead_code)]
    struct Sample {
        cmd: String,
        port: Option<u16>,
        args: Vec<String>,
    }

    #[test]
    fn body_problem_names_the_field() {
        assert_eq!(body_problem::<Sample>(r#"{"cmd":"#), "invalid JSON");
        assert_eq!(body_problem::<Sample>("[]"), "expected a JSON object");
        assert_eq!(
            body_problem::<Sample>(r#"{"cmd": 5, "args": []}"#),
            "invalid \"cmd\" 5: wrong type or out of range"
        );
        assert_eq!(
            body_problem::<Sample>(r#"{"cmd": "x", "port": 70000, "args": []}"#),
            "invalid \"port\" 70000: wrong type or out of range"
        );
        assert_eq!(
            body_problem::<Sample>(r#"{"cmd": "x", "args": "a b"}"#),
            "invalid \"args\" \"a b\": wrong type or out of range"
        );
        assert_eq!(body_problem::<Sample>(r#"{"args": []}"#), "a missing required field or a field of the wrong type");
    }

    #[test]
    fn patterns_capture_names() {
        let params = match_pattern(&split_pattern("/v1/services/{name}"), &["v1", "services", "web"]).unwrap();
        assert_eq!(params.get("name"), "web");
        assert!(match_pattern(&split_pattern("/v1/services/{name}"), &["v1", "services"]).is_none());
        assert!(match_pattern(&split_pattern("/v1/status"), &["v1", "other"]).is_none());
    }

    #[test]
    fn route_table_has_no_duplicates() {
        let mut seen = std::collections::HashSet::new();
        for route in routes() {
            assert!(seen.insert((route.method, route.pattern)), "{} {}", route.method, route.pattern);
        }
    }

    /// docs/api.md lists every route as a `METHOD /path` heading, and lists
    /// nothing the table does not have.
    #[test]
    fn api_doc_matches_route_table() {
        let doc =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/api.md")).expect("docs/api.md exists");
        let headings: Vec<String> = doc
            .lines()
            .filter_map(|line| line.strip_prefix("### "))
            .map(|heading| heading.trim_matches('`').to_string())
            .filter(|heading| heading.contains(" /"))
            .collect();
        let documented: std::collections::BTreeSet<String> = headings.iter().cloned().collect();
        let repeated: Vec<_> = documented.iter().filter(|h| headings.iter().filter(|x| x == h).count() > 1).collect();
        assert!(repeated.is_empty(), "docs/api.md documents these routes twice: {repeated:?}");
        let served: std::collections::BTreeSet<String> =
            routes().map(|r| format!("{} {}", r.method, r.pattern)).collect();
        let missing: Vec<_> = served.difference(&documented).collect();
        let stale: Vec<_> = documented.difference(&served).collect();
        assert!(missing.is_empty(), "routes missing from docs/api.md: {missing:?}");
        assert!(stale.is_empty(), "docs/api.md lists routes that do not exist: {stale:?}");
    }
}
