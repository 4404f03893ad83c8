//! Forwarding into a running private-network container: listeners started
//! with `POST /v1/exec` are discovered through the listen notifier and
//! reached inside the container's network namespace, and a container
//! bounce closes every forwarded connection.

mod common;
mod forward_util;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use common::Daemon;
use forward_util::{as_str, field, parse_json, published_port};

/// Port the tests listen on inside the container's own namespace.
const INNER_PORT: u16 = 9100;

/// Starts `script` with `sh -c` in the container on a thread; the exec
/// client ends when the script does or when the daemon is killed.
fn exec_in_background(daemon: &Daemon, script: &str) -> std::thread::JoinHandle<std::process::Output> {
    let mut command = std::process::Command::new(common::GUESTD);
    command.args(["--api", &daemon.api_arg(), "exec", "--", "sh", "-c", script]);
    command.stdin(std::process::Stdio::null());
    std::thread::spawn(move || command.output().expect("run guestd exec"))
}

/// Polls `GET /v1/ports` until `port` is listed, and returns the listing.
fn wait_for_port(daemon: &Daemon, port: u16) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (status, body) = daemon.request("GET", "/v1/ports", None);
        assert_eq!(status, 200, "{body}");
        if body.contains(&format!("\"port\":{port},")) {
            return body;
        }
        assert!(Instant::now() < deadline, "port {port} never listed: {body}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn echo_script() -> String {
    format!("exec socat TCP-LISTEN:{INNER_PORT},reuseaddr,fork EXEC:cat")
}

#[test]
fn listener_in_container_is_forwarded() {
    common::require_root();
    let publish = format!("0:{INNER_PORT}");
    let daemon = Daemon::start("fwd-ct-echo", &["--publish", &publish]);
    let _server = exec_in_background(&daemon, &echo_script());
    let body = wait_for_port(&daemon, INNER_PORT);
    let list = parse_json(&body);
    assert_eq!(as_str(field(&list, "discovery")), Some("notifier"), "{body}");
    assert!(body.contains("\"command\":\"socat\""), "{body}");

    let outer = published_port(&daemon.socket, INNER_PORT);
    let mut stream = TcpStream::connect(("127.0.0.1", outer)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    stream.write_all(b"into the namespace\n").unwrap();
    let mut line = String::new();
    BufReader::new(&stream).read_line(&mut line).unwrap();
    assert_eq!(line, "into the namespace\n");

    let (status, mut proxied) = forward_util::proxy(&daemon.socket, INNER_PORT);
    assert!(status.starts_with("HTTP/1.1 101"), "{status}");
    proxied.get_mut().write_all(b"via upgrade\n").unwrap();
    let mut line = String::new();
    proxied.read_line(&mut line).unwrap();
    assert_eq!(line, "via upgrade\n");
}

#[test]
fn follow_sees_container_listen_and_close() {
    let daemon = Daemon::start("fwd-ct-follow", &[]);
    let mut stream = UnixStream::connect(&daemon.socket).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    stream.write_all(b"GET /v1/ports?follow=1 HTTP/1.1\r\nHost: guestd\r\n\r\n").unwrap();
    let mut reader = BufReader::new(stream);
    let mut status = String::new();
    reader.read_line(&mut status).unwrap();
    assert!(status.starts_with("HTTP/1.1 200"), "{status}");

    let script = format!("socat TCP6-LISTEN:{INNER_PORT},ipv6only=1 EXEC:cat & p=$!; sleep 1; kill $p; wait");
    let exec = exec_in_background(&daemon, &script);
    let needle = format!("\"port\":{INNER_PORT},");
    let mut events = Vec::new();
    while events.len() < 2 {
        let mut line = String::new();
        let n = reader.read_line(&mut line).expect("follow stream read (timed out?)");
        assert!(n > 0, "follow stream ended early; events so far: {events:?}");
        if line.contains(&needle) {
            events.push(line);
        }
    }
    assert!(events[0].contains("\"event\":\"open\""), "{events:?}");
    assert!(events[0].contains("\"family\":\"ipv6\""), "{events:?}");
    assert!(events[0].contains("\"command\":\"socat\""), "{events:?}");
    assert!(events[1].contains("\"event\":\"close\""), "{events:?}");
    let _ = exec.join();
}

#[test]
fn bounce_closes_forwarded_connections() {
    let publish = format!("0:{INNER_PORT}");
    let daemon = Daemon::start("fwd-ct-bounce", &["--publish", &publish]);
    let _server = exec_in_background(&daemon, &echo_script());
    wait_for_port(&daemon, INNER_PORT);
    let outer = published_port(&daemon.socket, INNER_PORT);
    let mut streams: Vec<TcpStream> = (0..5)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", outer)).unwrap();
            stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
            stream.write_all(b"x").unwrap();
            let mut reply = [0u8; 1];
            stream.read_exact(&mut reply).unwrap();
            stream
        })
        .collect();

    let (status, body) = daemon.request("POST", "/v1/container/restart", None);
    assert_eq!(status, 200, "{body}");
    for stream in &mut streams {
        let mut rest = Vec::new();
        let read = stream.read_to_end(&mut rest);
        assert!(matches!(read, Ok(0) | Err(_)), "a connection stayed open across the bounce: {read:?}");
    }
    let (_, body) = daemon.request("GET", "/v1/ports", None);
    assert!(!body.contains(&format!("\"port\":{INNER_PORT},")), "port still listed after the bounce: {body}");

    // The new container's listeners are discovered and forwarded too.
    let _server = exec_in_background(&daemon, &echo_script());
    wait_for_port(&daemon, INNER_PORT);
    let mut stream = TcpStream::connect(("127.0.0.1", outer)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    stream.write_all(b"after").unwrap();
    let mut reply = [0u8; 5];
    stream.read_exact(&mut reply).unwrap();
    assert_eq!(&reply, b"after");
}

#[test]
fn service_http_port_gets_listener() {
    // A port free in the daemon's namespace; the service listens on the
    // same number inside the container's own namespace.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let daemon = Daemon::start("fwd-ct-service", &[]);
    let definition =
        format!(r#"{{"cmd":"socat","args":["TCP-LISTEN:{port},reuseaddr,fork","EXEC:cat"],"http_port":{port}}}"#);
    let (status, body) = daemon.request("PUT", "/v1/services/web", Some(&definition));
    assert_eq!(status, 201, "{body}");
    let listing = wait_for_port(&daemon, port);
    assert!(listing.contains(&format!("\"kind\":\"service\",\"address\":\"127.0.0.1:{port}\"")), "{listing}");

    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    stream.write_all(b"service\n").unwrap();
    let mut line = String::new();
    BufReader::new(&stream).read_line(&mut line).unwrap();
    assert_eq!(line, "service\n");
    drop(stream);

    let (status, body) = daemon.request("DELETE", "/v1/services/web", None);
    assert_eq!(status, 204, "{body}");
    let (_, listing) = daemon.request("GET", "/v1/ports", None);
    assert!(!listing.contains("\"kind\":\"service\""), "service listener still open: {listing}");
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err(), "port {port} still accepts after the delete");
}
