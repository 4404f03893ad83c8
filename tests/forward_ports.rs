//! Port discovery: `GET /v1/ports` and the `follow` stream, against
//! listeners the test opens in the daemon's namespace (`--network host`).

mod common;
mod forward_util;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::os::unix::net::UnixStream;
use std::time::Duration;

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

/// Reads NDJSON lines from a chunked follow stream until one mentions
/// `needle`.
fn wait_for_event(reader: &mut BufReader<UnixStream>, needle: &str) -> String {
    loop {
        let mut line = String::new();
        let n = reader.read_line(&mut line).expect("follow stream read (timed out?)");
        assert!(n > 0, "follow stream ended before {needle:?}");
        if line.contains(needle) {
            return line;
        }
    }
}

#[test]
fn follow_reports_open_and_close() {
    let daemon = Daemon::start("fwd-follow", &["--network", "host"]);
    let mut stream = UnixStream::connect(&daemon.socket).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    stream.write_all(b"GET /v1/ports?follow=1 HTTP/1.1\r\nHost: guestd\r\n\r\n").unwrap();
    let mut reader = BufReader::new(stream);
    let mut status = String::new();
    reader.read_line(&mut status).unwrap();
    assert!(status.starts_with("HTTP/1.1 200"), "{status}");

    let listener = TcpListener::bind("[::1]:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let needle = format!("\"port\":{port},");
    let opened = wait_for_event(&mut reader, &needle);
    assert!(opened.contains("\"event\":\"open\""), "{opened}");
    assert!(opened.contains("\"family\":\"ipv6\""), "{opened}");

    drop(listener);
    let closed = wait_for_event(&mut reader, &needle);
    assert!(closed.contains("\"event\":\"close\""), "{closed}");
}
