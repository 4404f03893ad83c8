//! `GET /v1/status`: what the daemon is, how long it has run, and what it
//! costs.

use miniserde::Serialize;

use super::{Params, Route};
use crate::daemon::Daemon;
use crate::http::{Reply, Request, Response};
use crate::version;

pub const ROUTES: &[Route] = &[Route { method: "GET", pattern: "/v1/status", handler: status, inside: true }];

#[derive(Serialize)]
struct Status {
    version: &'static str,
    git_commit: &'static str,
    api_version: u32,
    pid: u32,
    pid1: bool,
    uptime_seconds: f64,
    started_at: u64,
    rss_kib: u64,
    pss_kib: u64,
    connections: usize,
    listen: Vec<String>,
    container: crate::container::StatusView,
}

fn status(d: &mut Daemon, _request: &Request, _params: &Params) -> Reply {
    let (rss_kib, pss_kib) = crate::sys::memory_usage_kib().unwrap_or((0, 0));
    let status = Status {
        version: version::VERSION,
        git_commit: version::GIT_COMMIT,
        api_version: version::API_VERSION,
        pid: std::process::id(),
        pid1: d.config.pid1,
        uptime_seconds: (d.uptime().as_millis() as f64) / 1000.0,
        started_at: d.started_unix,
        rss_kib,
        pss_kib,
        connections: d.http.connections(),
        listen: d.http.addresses(),
        container: crate::container::status_view(d),
    };
    Response::json(200, &status).into()
}
