//! Exec under `/v1/sprites/{name}/exec`, in the Sprites SDKs' shapes. The
//! WebSocket of a new command and the reattach to a session are the exec
//! subsystem's own, fed by the same query parameters. This module reshapes
//! the session list and adds the SDK's kill call, which signals a session,
//! waits for it to exit, and reports progress as NDJSON events.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use miniserde::{Deserialize, Serialize};

use super::{Params, Route};
use crate::daemon::Daemon;
use crate::exec::{self, ExecRequest, StdinSource};
use crate::http::{deferred, Reply, Request, Response, Upgraded};
use crate::logger::format_rfc3339;

pub const ROUTES: &[Route] = &[
    Route { method: "GET", pattern: "/v1/sprites/{name}/exec", handler: get_exec, inside: false },
    Route { method: "POST", pattern: "/v1/sprites/{name}/exec", handler: post_exec, inside: false },
    Route { method: "GET", pattern: "/v1/sprites/{name}/exec/{id}", handler: get_session, inside: false },
    Route { method: "POST", pattern: "/v1/sprites/{name}/exec/{id}/kill", handler: kill, inside: false },
];

/// Default time a killed session gets to exit before it gets SIGKILL.
const KILL_TIMEOUT: Duration = Duration::from_secs(10);
/// Maximum `timeout` of a kill request.
const MAX_KILL_TIMEOUT: Duration = Duration::from_secs(300);
/// Time allowed for a session to exit after SIGKILL.
const KILL_GRACE: Duration = Duration::from_secs(5);

/// A session in the fields the SDKs parse.
#[derive(Serialize)]
struct SpriteSession {
    id: String,
    command: String,
    workdir: String,
    created: String,
    is_active: bool,
    tty: bool,
    bytes_per_second: u64,
    pid: i32,
    exit_code: Option<i32>,
}

#[derive(Serialize)]
struct SessionList {
    sessions: Vec<SpriteSession>,
}

fn sprite_session(view: exec::SessionView) -> SpriteSession {
    SpriteSession {
        command: view.cmd.join(" "),
        // NOTE: the exec subsystem does not report a session's directory.
        workdir: String::new(),
        created: format_rfc3339(view.started_at, 0),
        is_active: !view.exited,
        tty: view.tty,
        bytes_per_second: 0,
        pid: view.pid,
        exit_code: view.exit_code,
        id: view.id,
    }
}

/// Starts a command over a WebSocket when upgraded, else lists sessions.
fn get_exec(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    if !request.is_websocket_upgrade() {
        let sessions = exec::list(d).into_iter().map(sprite_session).collect();
        return Response::json(200, &SessionList { sessions }).into();
    }
    match ExecRequest::from_query(request, &d.config.base) {
        Ok(mut exec) => {
            // The SDKs type into a TTY session without asking for stdin, so
            // its terminal input stays open rather than ending at once.
            if exec.tty {
                exec.stdin = StdinSource::Stream;
            }
            exec::websocket_reply(d, request, exec)
        }
        Err(response) => response.into(),
    }
}

/// Rejects the SDKs' HTTP exec, whose frames guestd does not produce.
fn post_exec(_d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    let message = format!(
        "POST {} (exec over plain HTTP) is not implemented; use the WebSocket exec \
         (GET with Upgrade: websocket) or POST /v1/exec",
        request.path
    );
    Response::error(501, message).into()
}

/// Reattaches when upgraded, else describes the session.
fn get_session(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    let id = params.get("id");
    if request.is_websocket_upgrade() {
        return exec::attach_reply(d, request, id);
    }
    match exec::get(d, id) {
        Ok(view) => Response::json(200, &sprite_session(view)).into(),
        Err(response) => response.into(),
    }
}

/// The kill request: the Python SDK sends a JSON body, the Node SDK query
/// parameters.
#[derive(Deserialize)]
pub(super) struct KillRequest {
    signal: Option<String>,
    timeout: Option<u64>,
}

pub(super) fn kill_request(request: &Request) -> Result<KillRequest, Response> {
    let mut kill = if request.body.is_empty() {
        KillRequest { signal: None, timeout: None }
    } else {
        super::parse_body::<KillRequest>(request)?
    };
    if let Some(signal) = request.query("signal") {
        kill.signal = Some(signal);
    }
    if let Some(text) = request.query("timeout") {
        let seconds = text
            .trim_end_matches('s')
            .parse::<u64>()
            .map_err(|_| Response::error(400, format!("invalid timeout {text:?}; use whole seconds such as 10")))?;
        kill.timeout = Some(seconds);
    }
    Ok(kill)
}

/// One NDJSON event of a kill stream.
#[derive(Serialize)]
struct Event {
    #[serde(rename = "type")]
    kind: &'static str,
    data: Option<String>,
    error: Option<String>,
    timestamp: u64,
}

fn event(kind: &'static str, data: Option<String>, error: Option<String>) -> Event {
    let timestamp = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_millis() as u64;
    Event { kind, data, error, timestamp }
}

/// Signals a session, waits up to `timeout` seconds for it to exit, sends
/// SIGKILL if it has not, and responds with `signal`, `killed` (after
/// SIGKILL), `exited` and `complete` events, or `error`.
fn kill(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    let id = params.get("id").to_string();
    let kill = match kill_request(request) {
        Ok(kill) => kill,
        Err(response) => return response.into(),
    };
    let signal_name = kill.signal.unwrap_or_else(|| "SIGTERM".to_string());
    let Some(signal) = crate::sys::parse_signal(&signal_name) else {
        let message = format!("invalid signal {signal_name:?}; use a name such as SIGTERM or a number");
        return Response::error(400, message).into();
    };
    let timeout = kill.timeout.map(Duration::from_secs).unwrap_or(KILL_TIMEOUT).min(MAX_KILL_TIMEOUT);
    if let Err(response) = exec::signal(d, &id, signal) {
        return response.into();
    }
    let started = Instant::now();
    let deadline = started + timeout + KILL_GRACE;
    let mut events = vec![event("signal", Some(format!("sent {signal_name} to session {id}")), None)];
    Reply::Takeover(Box::new(move |d: &mut Daemon, upgraded: Upgraded| {
        let mut killed = false;
        let check = move |d: &mut Daemon, expired: bool| {
            let exited = match exec::get(d, &id) {
                Ok(view) => view.exited,
                // The session is gone: it exited and was cleaned up.
                Err(_) => true,
            };
            if exited {
                events.push(event("exited", Some(format!("session {id} exited")), None));
                events.push(event("complete", None, None));
                return Some(Response::ndjson(&events));
            }
            if expired {
                let message = format!("session {id} did not exit after SIGKILL");
                events.push(event("error", None, Some(message)));
                return Some(Response::ndjson(&events));
            }
            if !killed && started.elapsed() >= timeout {
                killed = true;
                match exec::signal(d, &id, libc::SIGKILL) {
                    Ok(()) => events.push(event("killed", Some(format!("sent SIGKILL to session {id}")), None)),
                    Err(_) => log::debug!("session {id} went away before SIGKILL"),
                }
            }
            None
        };
        deferred::wait(d, upgraded, deadline, Box::new(check));
    }))
}
