//! Routes of the ports API: the table of listening container ports, its
//! change stream, and the raw TCP proxy upgrade.

use miniserde::Serialize;

use super::{Params, Route};
use crate::daemon::Daemon;
use crate::forward::{discovery, follow, inbound, relay::Greeting};
use crate::http::{Reply, Request, Response};

pub const ROUTES: &[Route] = &[
    Route { method: "GET", pattern: "/v1/ports", handler: list, inside: true },
    Route { method: "GET", pattern: "/v1/proxy/{port}", handler: proxy, inside: false },
];

#[derive(Serialize)]
struct PortView<'a> {
    port: u16,
    address: &'a str,
    family: &'a str,
    pid: Option<u32>,
    command: Option<&'a str>,
}

#[derive(Serialize)]
struct ListenerView {
    kind: &'static str,
    address: String,
    port: u16,
}

#[derive(Serialize)]
struct PortList<'a> {
    ports: Vec<PortView<'a>>,
    /// The daemon's own inbound listeners and the container port each
    /// forwards to.
    listeners: Vec<ListenerView>,
    /// Discovery mode of listens: `notifier` or `on-demand`.
    discovery: &'static str,
    connections: usize,
    max_connections: usize,
    /// Empty pipes kept for reuse (two descriptors each).
    pooled_pipes: usize,
    accepted: u64,
    refused: u64,
    failed: u64,
}

fn list(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    if request.query_flag("follow") {
        return Reply::Takeover(Box::new(|d: &mut Daemon, upgraded| follow::start(d, upgraded.stream)));
    }
    if discovery::scan_on_demand(d) {
        discovery::scan(d);
    }
    let counters = d.forward.counters;
    let list = PortList {
        ports: d
            .forward
            .ports
            .entries
            .iter()
            .map(|e| PortView {
                port: e.port,
                address: &e.address,
                family: e.family,
                pid: e.pid,
                command: e.command.as_deref(),
            })
            .collect(),
        listeners: inbound::listener_views(d)
            .into_iter()
            .map(|(kind, address, port)| ListenerView { kind, address, port })
            .collect(),
        discovery: if discovery::has_notifier(d) { "notifier" } else { "on-demand" },
        connections: d.forward.connections(),
        max_connections: crate::forward::inbound::effective_max(d).0,
        pooled_pipes: d.forward.pooled_pipes(),
        accepted: counters.accepted,
        refused: counters.refused,
        failed: counters.failed,
    };
    Response::json(200, &list).into()
}

fn proxy(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    let text = params.get("port");
    let port = match text.parse::<u16>() {
        Ok(port) if port > 0 => port,
        _ => return Response::error(400, format!("invalid port {text:?}; expected a number from 1 to 65535")).into(),
    };
    let upgrade = request.header("upgrade").unwrap_or("");
    if !upgrade.eq_ignore_ascii_case("tcp") {
        return Response::error(
            426,
            format!("/v1/proxy needs the headers Upgrade: tcp and Connection: Upgrade (got Upgrade: {upgrade:?})"),
        )
        .with_header("Upgrade", "tcp")
        .into();
    }
    if inbound::at_capacity(d) {
        return Response::error(503, inbound::capacity_message(d)).into();
    }
    if let Err((status, message)) = discovery::resolve(d, port) {
        return Response::error(status, message).into();
    }
    Reply::Takeover(Box::new(move |d: &mut Daemon, upgraded| {
        inbound::open(d, upgraded.stream.into_fd(), Greeting::Http, port, upgraded.leftover);
    }))
}
