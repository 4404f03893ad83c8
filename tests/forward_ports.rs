//! Port discovery: `GET /v1/ports` and the `follow` stream, against
//! listeners the test opens in the daemon's namespace (`--network host`).

mod common;
mod forward_util;

use std::net::TcpListener;

use common::Daemon;
use forward_util::{array, as_str, as_u64, field, parse_json};

#[test]
fn list_shows_listener_with_owner() {
    common::require_root();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let daemon = Daemon::start("fwd-list", &["--network", "host"]);
    let (status, body) = daemon.request("GET", "/v1/ports", None);
    assert_eq!(status, 200, "{body}");
    let list = parse_json(&body);
    let entry = array(field(&list, "ports"))
        .iter()
        .find(|e| as_u64(field(e, "port")) == Some(port.into()))
        .unwrap_or_else(|| panic!("port {port} missing from {body}"));
    assert_eq!(as_str(field(entry, "address")), Some("127.0.0.1"));
    assert_eq!(as_str(field(entry, "family")), Some("ipv4"));
    assert_eq!(as_u64(field(entry, "pid")), Some(std::process::id().into()), "{body}");
    assert!(as_str(field(entry, "command")).is_some_and(|c| c.starts_with("forward_ports")), "{body}");
    drop(listener);
}
