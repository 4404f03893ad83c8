//! Routes of the services API and of service logs. User code inside the
//! container may call all of them: it manages its own services.

use std::collections::BTreeMap;

use miniserde::Serialize;

use super::{parse_body, Params, Route};
use crate::daemon::Daemon;
use crate::http::{Reply, Request, Response};
use crate::logs;
use crate::services::definition::{self, Definition, DefinitionRequest};
use crate::services::{self, SaveError, Service};

/// Records returned by a log request without `tail`.
const DEFAULT_TAIL: usize = 100;
/// Most records one log request may ask for.
pub const MAX_TAIL: usize = 100_000;

pub const ROUTES: &[Route] = &[
    Route { method: "GET", pattern: "/v1/services", handler: list, inside: true },
    Route { method: "GET", pattern: "/v1/services/{name}", handler: get, inside: true },
    Route { method: "PUT", pattern: "/v1/services/{name}", handler: put, inside: true },
    Route { method: "DELETE", pattern: "/v1/services/{name}", handler: delete, inside: true },
    Route { method: "POST", pattern: "/v1/services/{name}/start", handler: start, inside: true },
    Route { method: "POST", pattern: "/v1/services/{name}/stop", handler: stop, inside: true },
    Route { method: "POST", pattern: "/v1/services/{name}/restart", handler: restart, inside: true },
    Route { method: "GET", pattern: "/v1/services/{name}/logs", handler: service_logs, inside: true },
    Route { method: "GET", pattern: "/v1/logs/status", handler: logs_status, inside: true },
];

/// A service as the API shows it: its definition and its `state`.
#[derive(Serialize)]
struct ServiceView {
    name: String,
    cmd: String,
    args: Vec<String>,
    env: BTreeMap<String, String>,
    dir: Option<String>,
    needs: Vec<String>,
    http_port: Option<u16>,
    restart: String,
    stop_signal: String,
    grace_period_ms: u64,
    enabled: bool,
    state: StateView,
}

#[derive(Serialize)]
struct StateView {
    name: String,
    status: &'static str,
    pid: Option<i32>,
    started_at: Option<String>,
    exit_code: Option<i32>,
    exit_signal: Option<i32>,
    restart_count: u64,
    next_restart_in_ms: Option<u64>,
    error: Option<String>,
}

fn view(service: &Service) -> ServiceView {
    let def = &service.def;
    let (exit_code, exit_signal) = match service.last_exit {
        Some(crate::sys::ExitStatus::Code(code)) => (Some(code), None),
        Some(crate::sys::ExitStatus::Signal(signal)) => (None, Some(signal)),
        None => (None, None),
    };
    let started_at = service.started_at.filter(|_| service.pid.is_some()).map(|at| {
        let since = at.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        crate::logger::format_rfc3339(since.as_secs(), since.subsec_millis())
    });
    ServiceView {
        name: def.name.clone(),
        cmd: def.cmd.clone(),
        args: def.args.clone(),
        env: def.env.clone(),
        dir: def.dir.clone(),
        needs: def.needs.clone(),
        http_port: def.http_port,
        restart: def.restart.clone(),
        stop_signal: def.stop_signal.clone(),
        grace_period_ms: def.grace_period_ms,
        enabled: def.enabled,
        state: StateView {
            name: def.name.clone(),
            status: service.status.name(),
            pid: service.pid,
            started_at,
            exit_code,
            exit_signal,
            restart_count: service.restart_count,
            next_restart_in_ms: service
                .next_restart
                .map(|at| at.saturating_duration_since(std::time::Instant::now()).as_millis() as u64),
            error: service.error.clone(),
        },
    }
}

fn not_found(name: &str) -> Reply {
    Response::error(404, format!("no service named {name:?}; list them with GET /v1/services")).into()
}

fn view_reply(d: &Daemon, name: &str, status: u16) -> Reply {
    match d.services.get(name) {
        Some(service) => Response::json(status, &view(service)).into(),
        None => not_found(name),
    }
}

pub(super) fn list(d: &mut Daemon, _request: &Request, _params: &Params) -> Reply {
    let views: Vec<ServiceView> = d.services.entries.keys().filter_map(|name| d.services.get(name)).map(view).collect();
    Response::json(200, &views).into()
}

pub(super) fn get(d: &mut Daemon, _request: &Request, params: &Params) -> Reply {
    view_reply(d, params.get("name"), 200)
}

/// Reads and checks the definition a `PUT` body gives service `name`.
/// Fields of a definition body. `state` is what `GET` adds, so that a
/// service read with `GET` can be sent back unchanged.
const DEFINITION_FIELDS: &[&str] = &[
    "name",
    "cmd",
    "args",
    "env",
    "dir",
    "needs",
    "http_port",
    "restart",
    "stop_signal",
    "grace_period_ms",
    "enabled",
    "state",
];

/// Returns the first field of a JSON object body that a definition does
/// not have, such as a misspelt `neds`, which would otherwise be ignored.
fn unknown_definition_field(request: &Request) -> Option<String> {
    let text = std::str::from_utf8(&request.body).ok()?;
    let Ok(miniserde::json::Value::Object(object)) = miniserde::json::from_str(text) else { return None };
    object.keys().find(|key| !DEFINITION_FIELDS.contains(&key.as_str())).cloned()
}

pub(super) fn definition_from_body(request: &Request, name: &str) -> Result<Definition, Response> {
    definition::validate_name(name).map_err(|err| Response::error(400, err))?;
    // The Sprites routes take what the SDKs send, which may grow fields
    // that guestd does not use. The plain route rejects them.
    if request.path.starts_with("/v1/services/") {
        if let Some(field) = unknown_definition_field(request) {
            let known = DEFINITION_FIELDS[..DEFINITION_FIELDS.len() - 1].join(", ");
            return Err(Response::error(
                400,
                format!("unknown field {field:?} in the body of PUT {}; the fields are {known}", request.path),
            ));
        }
    }
    let body: DefinitionRequest = parse_body(request)?;
    let def = body.into_definition(name).map_err(|err| Response::error(400, err))?;
    definition::validate(&def).map_err(|err| Response::error(400, err))?;
    services::check_spawnable(&def).map_err(|err| Response::error(400, format!("invalid service {name:?}: {err}")))?;
    Ok(def)
}

pub(super) fn put(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    let name = params.get("name");
    let def = match definition_from_body(request, name) {
        Ok(def) => def,
        Err(response) => return response.into(),
    };
    if !d.services.entries.contains_key(name) && d.services.entries.len() >= definition::MAX_SERVICES {
        let limit = definition::MAX_SERVICES;
        return Response::error(409, format!("too many services (limit {limit}); delete one first")).into();
    }
    if let Err(err) = definition::check_graph(&d.services.graph_with(Some(&def), None)) {
        return Response::error(400, err).into();
    }
    match services::put(d, def) {
        Ok(created) => view_reply(d, name, if created { 201 } else { 200 }),
        Err(err) => err.response().into(),
    }
}

pub(super) fn delete(d: &mut Daemon, _request: &Request, params: &Params) -> Reply {
    let name = params.get("name");
    if d.services.get(name).is_none() {
        return not_found(name);
    }
    let dependents = d.services.dependents(name);
    if !dependents.is_empty() {
        let quoted: Vec<String> = dependents.iter().map(|other| format!("{other:?}")).collect();
        return Response::error(
            409,
            format!("service {name:?} is needed by {}; change or delete those first", quoted.join(", ")),
        )
        .into();
    }
    match services::delete(d, name) {
        Ok(()) => Response::no_content().into(),
        Err(err) => err.response().into(),
    }
}

fn action(d: &mut Daemon, params: &Params, act: fn(&mut Daemon, &str) -> Result<(), SaveError>) -> Reply {
    let name = params.get("name");
    if d.services.get(name).is_none() {
        return not_found(name);
    }
    match act(d, name) {
        Ok(()) => view_reply(d, name, 200),
        Err(err) => err.response().into(),
    }
}

fn start(d: &mut Daemon, _request: &Request, params: &Params) -> Reply {
    action(d, params, services::start_service)
}

fn stop(d: &mut Daemon, _request: &Request, params: &Params) -> Reply {
    action(d, params, services::stop_service)
}

fn restart(d: &mut Daemon, _request: &Request, params: &Params) -> Reply {
    action(d, params, services::restart_service)
}

fn service_logs(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    let name = params.get("name").to_string();
    let known = name == logs::DAEMON_SERVICE
        || d.services.get(&name).is_some()
        || (definition::validate_name(&name).is_ok() && d.logs.dir.join(format!("{name}.log")).exists());
    if !known {
        return not_found(&name);
    }
    let tail = match request.query("tail") {
        None => DEFAULT_TAIL,
        Some(text) => match text.parse::<usize>() {
            Ok(count) if count <= MAX_TAIL => count,
            _ => {
                return Response::error(400, format!("invalid tail {text:?}: use a number from 0 to {MAX_TAIL}")).into()
            }
        },
    };
    let initial = logs::tail_json(d, &name, tail);
    if !request.query_flag("follow") {
        let mut response = Response::json(200, &());
        response.body = initial;
        response.headers = vec![("Content-Type".into(), "application/x-ndjson".into())];
        return response.into();
    }
    // The log files of a deleted service stay, but no new record of it
    // can arrive, so its stream ends after the tail.
    let deleted = name != logs::DAEMON_SERVICE && !d.services.has_process_or_definition(&name);
    Reply::Takeover(Box::new(move |d: &mut Daemon, upgraded| {
        logs::follow::start(d, &name, upgraded, &initial, deleted);
    }))
}

fn logs_status(d: &mut Daemon, _request: &Request, _params: &Params) -> Reply {
    Response::json(200, &logs::status_view(d)).into()
}
