//! Routes of the exec API: start a command (streamed over a chunked body
//! or a WebSocket), list sessions, reattach to a TTY session, and signal
//! one. User code inside the container gets none of them, because a
//! process it starts could run as a more privileged user than itself.

use miniserde::Serialize;

use super::{Params, Route};
use crate::daemon::Daemon;
use crate::exec::{self, ExecRequest};
use crate::http::{Reply, Request, Response};

pub const ROUTES: &[Route] = &[
    Route { method: "POST", pattern: "/v1/exec", handler: post_exec, inside: false },
    Route { method: "GET", pattern: "/v1/exec", handler: get_exec, inside: false },
    Route { method: "GET", pattern: "/v1/exec/{id}", handler: get_session, inside: false },
    Route { method: "DELETE", pattern: "/v1/exec/{id}", handler: delete_session, inside: false },
];

fn post_exec(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    match ExecRequest::from_body(request, &d.config.base) {
        Ok(exec) => exec::stream_reply(d, exec),
        Err(response) => response.into(),
    }
}

#[derive(Serialize)]
struct SessionList {
    sessions: Vec<exec::SessionView>,
}

/// Starts a WebSocket session when upgraded, else lists sessions.
fn get_exec(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    if !request.is_websocket_upgrade() {
        return Response::json(200, &SessionList { sessions: exec::list(d) }).into();
    }
    match ExecRequest::from_query(request, &d.config.base) {
        Ok(exec) => exec::websocket_reply(d, request, exec),
        Err(response) => response.into(),
    }
}

/// Reattaches when upgraded, else describes the session.
fn get_session(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    let id = params.get("id");
    if request.is_websocket_upgrade() {
        return exec::attach_reply(d, request, id);
    }
    match exec::get(d, id) {
        Ok(view) => Response::json(200, &view).into(),
        Err(response) => response.into(),
    }
}

fn delete_session(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    let name = request.query("signal").unwrap_or_else(|| "KILL".to_string());
    let Some(signal) = crate::sys::parse_signal(&name) else {
        return Response::error(400, format!("unknown signal {name:?}; use a name like TERM or a number")).into();
    };
    match exec::signal(d, params.get("id"), signal) {
        Ok(()) => Response::no_content().into(),
        Err(response) => response.into(),
    }
}
