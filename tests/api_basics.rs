//! The HTTP layer of a running daemon: status, errors, limits, and that it
//! keeps serving after bad input.

mod common;

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::time::Duration;

use common::{json_field, Daemon};

#[test]
fn status_reports_versions() {
    common::require_root();
    let daemon = Daemon::start("status", &[]);
    let (status, body) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(json_field(&body, "api_version").as_deref(), Some("1"));
    assert_eq!(json_field(&body, "version").as_deref(), Some(env!("CARGO_PKG_VERSION")));
    assert!(json_field(&body, "rss_kib").is_some_and(|v| v != "0"), "{body}");
}

#[test]
fn unknown_route_and_method() {
    let daemon = Daemon::start("routes", &[]);
    let (status, body) = daemon.request("GET", "/v1/nothing-here", None);
    assert_eq!(status, 404);
    assert!(body.contains("/v1/nothing-here"), "{body}");
    let (status, body) = daemon.request("DELETE", "/v1/status", None);
    assert_eq!(status, 405);
    assert!(body.contains("DELETE"), "{body}");
}

fn raw_exchange(daemon: &Daemon, bytes: &[u8]) -> String {
    let mut stream = UnixStream::connect(&daemon.socket).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let _ = stream.write_all(bytes);
    let mut out = Vec::new();
    let _ = stream.read_to_end(&mut out);
    String::from_utf8_lossy(&out).to_string()
}

#[test]
fn bad_input_gets_errors_and_daemon_survives() {
    let daemon = Daemon::start("badinput", &[]);
    let garbage = raw_exchange(&daemon, b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n");
    assert!(garbage.starts_with("HTTP/1.1 400"), "{garbage}");

    let mut big = b"GET /v1/status HTTP/1.1\r\nX-Fill: ".to_vec();
    big.extend(std::iter::repeat_n(b'a', 20_000));
    big.extend_from_slice(b"\r\n\r\n");
    let oversized = raw_exchange(&daemon, &big);
    assert!(oversized.starts_with("HTTP/1.1 431"), "{oversized}");

    let body = raw_exchange(&daemon, b"POST /v1/status HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n");
    assert!(body.starts_with("HTTP/1.1 413"), "{body}");

    let (status, _) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200);
}

#[test]
fn keep_alive_serves_pipelined_requests() {
    let daemon = Daemon::start("pipeline", &[]);
    let two = b"GET /v1/status HTTP/1.1\r\n\r\nGET /v1/status HTTP/1.1\r\nConnection: close\r\n\r\n";
    let out = raw_exchange(&daemon, two);
    assert_eq!(out.matches("HTTP/1.1 200").count(), 2, "{out}");
}

#[test]
fn container_socket_rejects_outside_routes() {
    let daemon = Daemon::start("inner", &[]);
    let (status, _) = common::request_on(&daemon.inner_socket, "GET", "/v1/status", None).unwrap();
    assert_eq!(status, 200);
}
