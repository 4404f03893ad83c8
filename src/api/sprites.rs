//! Routes of the Sprites-compatible API: the per-VM surface that the
//! Sprites SDKs (`sprites-py`, `@fly/sprites`) build as
//! `BASE/v1/sprites/{name}/...`. Each route is a second face on a guestd
//! handler, never a second implementation: it translates the SDK's request
//! and response shapes and calls into the subsystem that owns the work.
//!
//! `{name}` must equal `--name`; any other name gets 404 from [`route`]'s
//! check, before the handler runs. Calls that have no meaning inside one VM
//! (creating, listing, updating or destroying VMs, policies) get 501 naming
//! the route. docs/sprites.md lists which SDK calls work.
//!
//! [`route`]: super::route

use miniserde::Serialize;

use super::{Params, Route};
use crate::daemon::Daemon;
use crate::http::{websocket, Reply, Request, Response};
use crate::logger::format_rfc3339;
use crate::version;

/// Prefix of every route whose `{name}` names this VM.
pub const VM_PREFIX: &str = "/v1/sprites/{name}";

pub const ROUTES: &[Route] = &[
    Route { method: "GET", pattern: "/v1/sprites/{name}", handler: info, inside: false },
    Route { method: "GET", pattern: "/v1/sprites/{name}/check", handler: check, inside: false },
    Route { method: "GET", pattern: "/v1/sprites", handler: fleet_only, inside: false },
    Route { method: "POST", pattern: "/v1/sprites", handler: fleet_only, inside: false },
    Route { method: "PUT", pattern: "/v1/sprites/{name}", handler: fleet_only, inside: false },
    Route { method: "DELETE", pattern: "/v1/sprites/{name}", handler: fleet_only, inside: false },
    Route { method: "POST", pattern: "/v1/sprites/{name}/upgrade", handler: fleet_only, inside: false },
    Route { method: "GET", pattern: "/v1/sprites/{name}/policy/{kind}", handler: fleet_only, inside: false },
    Route { method: "POST", pattern: "/v1/sprites/{name}/policy/{kind}", handler: fleet_only, inside: false },
    Route { method: "PUT", pattern: "/v1/sprites/{name}/policy/{kind}", handler: fleet_only, inside: false },
    Route { method: "DELETE", pattern: "/v1/sprites/{name}/policy/{kind}", handler: fleet_only, inside: false },
    Route { method: "GET", pattern: "/v1/sprites/{name}/proxy", handler: proxy, inside: false },
    Route { method: "GET", pattern: "/v1/sprites/{name}/control", handler: not_implemented, inside: false },
    Route { method: "GET", pattern: "/v1/sprites/{name}/ports/watch", handler: not_implemented, inside: false },
    Route { method: "GET", pattern: "/v1/sprites/{name}/fs/watch", handler: not_implemented, inside: false },
];

/// Rejects a request whose `{name}` segment is not this VM's name. Called
/// by the router for every route under [`VM_PREFIX`].
pub fn check_name(d: &Daemon, params: &Params) -> Result<(), Response> {
    let name = params.get("name");
    if name == d.config.name {
        return Ok(());
    }
    Err(Response::error(404, format!("no sprite named {name:?} here; this VM serves /v1/sprites/{}", d.config.name)))
}

/// A sprite as `GET /v1/sprites/{name}` returns it, in the fields the SDKs
/// parse.
#[derive(Serialize)]
struct SpriteInfo {
    id: String,
    name: String,
    organization: &'static str,
    status: &'static str,
    version: String,
    created_at: String,
    updated_at: String,
    last_running_at: String,
    labels: Vec<String>,
}

fn info(d: &mut Daemon, _request: &Request, _params: &Params) -> Reply {
    let started = format_rfc3339(d.started_unix, 0);
    let info = SpriteInfo {
        id: d.config.name.clone(),
        name: d.config.name.clone(),
        organization: "",
        status: sprite_status(d),
        version: version::server_string(),
        created_at: started.clone(),
        updated_at: started.clone(),
        last_running_at: started,
        labels: Vec::new(),
    };
    Response::json(200, &info).into()
}

#[derive(Serialize)]
struct CheckResult {
    sprite_name: String,
    sprite_id: String,
    status: &'static str,
    checked_at: String,
}

fn check(d: &mut Daemon, _request: &Request, _params: &Params) -> Reply {
    let result = CheckResult {
        sprite_name: d.config.name.clone(),
        sprite_id: d.config.name.clone(),
        status: sprite_status(d),
        checked_at: crate::logger::timestamp(),
    };
    Response::json(200, &result).into()
}

/// The VM's status: the container's state (`running` while it is up).
fn sprite_status(d: &Daemon) -> &'static str {
    crate::container::status_view(d).state
}

/// Upgrades to the SDKs' TCP proxy WebSocket ([`crate::wsproxy`]).
fn proxy(_d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    let head = match websocket::accept(request) {
        Ok(head) => head,
        Err(response) => return response.into(),
    };
    Reply::Takeover(Box::new(move |d: &mut Daemon, upgraded| crate::wsproxy::start(d, upgraded, head)))
}

/// Answers calls that manage VMs, organisations or policies: the hosted
/// platform's control plane does those, not the daemon inside one VM.
fn fleet_only(_d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    Response::error(
        501,
        format!(
            "{} {} manages VMs or their policies, which the platform does outside the VM; \
             guestd serves only the per-VM routes (see docs/sprites.md)",
            request.method, request.path
        ),
    )
    .into()
}

/// Answers SDK calls that guestd does not serve yet.
fn not_implemented(_d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    Response::error(
        501,
        format!(
            "{} {} is not implemented by guestd; docs/sprites.md lists the calls that work",
            request.method, request.path
        ),
    )
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_is_under_v1_sprites() {
        for route in ROUTES {
            assert!(route.pattern.starts_with("/v1/sprites"), "{}", route.pattern);
            assert!(!route.inside, "{} must not be reachable from the container", route.pattern);
        }
    }
}
