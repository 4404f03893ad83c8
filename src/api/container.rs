//! Routes of the container API: its state, and restarting it while the
//! daemon keeps serving.

use super::{Params, Route};
use crate::container;
use crate::daemon::Daemon;
use crate::http::{Reply, Request, Response, Upgraded};

pub const ROUTES: &[Route] = &[
    Route { method: "GET", pattern: "/v1/container", handler: state, inside: true },
    Route { method: "POST", pattern: "/v1/container/restart", handler: restart, inside: true },
];

fn state(d: &mut Daemon, _request: &Request, _params: &Params) -> Reply {
    Response::json(200, &container::status_view(d)).into()
}

/// Keeps the connection until the container runs again (or failed to
/// start), then responds with its state and closes.
fn restart(_d: &mut Daemon, _request: &Request, _params: &Params) -> Reply {
    Reply::Takeover(Box::new(|d: &mut Daemon, connection: Upgraded| {
        container::wait_for_restart(d, connection);
        container::restart(d, "requested through the API");
    }))
}
