//! Forwarding under load: many concurrent connections, many short ones
//! without leaking descriptors, and the connection cap.

mod common;
mod forward_util;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::Daemon;
use forward_util::{as_u64, fd_count, field, parse_json, published_port, EchoServer};

fn connect(port: u16) -> TcpStream {
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    stream
}

fn round_trip(stream: &mut TcpStream, message: &[u8]) {
    stream.write_all(message).unwrap();
    let mut reply = vec![0u8; message.len()];
    stream.read_exact(&mut reply).unwrap();
    assert_eq!(reply, message);
}

#[test]
fn thousand_concurrent_connections() {
    common::require_root();
    let server = EchoServer::start("127.0.0.1");
    let publish = format!("0:{}", server.port);
    let daemon = Daemon::start("fwd-1000", &["--network", "host", "--publish", &publish]);
    let outer = published_port(&daemon.socket, server.port);
    let mut streams: Vec<TcpStream> = (0..1000).map(|_| connect(outer)).collect();
    for (i, stream) in streams.iter_mut().enumerate() {
        round_trip(stream, format!("connection {i}").as_bytes());
    }
    let (_, body) = daemon.request("GET", "/v1/ports", None);
    assert_eq!(as_u64(field(&parse_json(&body), "connections")), Some(1000), "{body}");
    for (i, stream) in streams.iter_mut().enumerate().rev() {
        round_trip(stream, format!("again {i}").as_bytes());
    }
}

/// Open descriptors of the daemon, less the two of each pooled pipe (the
/// pool grows to a fixed bound when connections overlap).
fn descriptors_besides_pool(daemon: &Daemon) -> usize {
    let (_, body) = daemon.request("GET", "/v1/ports", None);
    let pooled = as_u64(field(&parse_json(&body), "pooled_pipes")).expect("pooled_pipes") as usize;
    fd_count(daemon.pid()) - 2 * pooled
}

#[test]
fn short_connections_leak_no_descriptors() {
    let server = EchoServer::start("127.0.0.1");
    let publish = format!("0:{}", server.port);
    let daemon = Daemon::start("fwd-leak", &["--network", "host", "--publish", &publish]);
    let outer = published_port(&daemon.socket, server.port);
    round_trip(&mut connect(outer), b"x");
    let before = descriptors_besides_pool(&daemon);
    for i in 0..10_000u32 {
        let mut stream = connect(outer);
        round_trip(&mut stream, &i.to_le_bytes());
    }
    // Wait for the daemon to see the last FINs.
    let mut after = descriptors_besides_pool(&daemon);
    for _ in 0..200 {
        if after <= before {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
        after = descriptors_besides_pool(&daemon);
    }
    assert!(after <= before, "daemon had {before} descriptors before and {after} after, pooled pipes aside");
    let (_, body) = daemon.request("GET", "/v1/ports", None);
    assert_eq!(as_u64(field(&parse_json(&body), "connections")), Some(0), "{body}");
}

#[test]
fn connection_cap_refuses_clearly() {
    let server = EchoServer::start("127.0.0.1");
    let publish = format!("0:{}", server.port);
    let args = ["--network", "host", "--publish", &publish, "--forward-max-connections", "2"];
    let daemon = Daemon::start("fwd-cap", &args);
    let outer = published_port(&daemon.socket, server.port);
    let mut first = connect(outer);
    let mut second = connect(outer);
    round_trip(&mut first, b"1");
    round_trip(&mut second, b"2");

    let mut third = connect(outer);
    let mut buffer = [0u8; 1];
    let _ = third.write_all(b"3");
    let read = third.read(&mut buffer);
    assert!(matches!(read, Ok(0) | Err(_)), "a third raw connection was served: {read:?}");

    let (status, mut stream) = forward_util::proxy(&daemon.socket, server.port);
    assert!(status.starts_with("HTTP/1.1 503"), "{status}");
    let mut body = String::new();
    let _ = stream.read_to_string(&mut body);
    assert!(body.contains("limit 2"), "{body}");
    let (_, list) = daemon.request("GET", "/v1/ports", None);
    assert!(as_u64(field(&parse_json(&list), "refused")) >= Some(2), "{list}");
}
