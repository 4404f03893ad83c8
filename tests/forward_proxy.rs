//! Forwarding through `/v1/proxy/{port}` and `--publish` listeners against
//! servers in the daemon's namespace (`--network host`): echo, large
//! transfers, half-close, small and mixed writes, IPv6-only listeners and
//! errors.

mod common;
mod forward_util;

use std::io::{BufRead, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::time::Duration;

use common::Daemon;
use forward_util::{proxy, published_port, Checksum, EchoServer, Pattern};

#[test]
fn proxy_upgrade_echoes() {
    common::require_root();
    let server = EchoServer::start("127.0.0.1");
    let daemon = Daemon::start("fwd-proxy-echo", &["--network", "host"]);
    let (status, mut stream) = proxy(&daemon.socket, server.port);
    assert!(status.starts_with("HTTP/1.1 101"), "{status}");
    stream.get_mut().write_all(b"hello through the proxy\n").unwrap();
    let mut line = String::new();
    stream.read_line(&mut line).unwrap();
    assert_eq!(line, "hello through the proxy\n");
}

#[test]
fn proxy_to_closed_port_is_502() {
    let daemon = Daemon::start("fwd-proxy-502", &["--network", "host"]);
    // Bind and drop a listener to get a port that nothing listens on.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let (status, mut stream) = proxy(&daemon.socket, port);
    assert!(status.starts_with("HTTP/1.1 502"), "{status}");
    let mut body = String::new();
    let _ = stream.read_to_string(&mut body);
    assert!(body.contains(&format!("TCP port {port}")), "{body}");
}

#[test]
fn proxy_without_upgrade_is_426() {
    let daemon = Daemon::start("fwd-proxy-426", &["--network", "host"]);
    let (status, body) = daemon.request("GET", "/v1/proxy/80", None);
    assert_eq!(status, 426, "{body}");
    assert!(body.contains("Upgrade: tcp"), "{body}");
    let (status, body) = daemon.request("GET", "/v1/proxy/0", None);
    assert_eq!(status, 400, "{body}");
}

#[test]
fn publish_listener_echoes() {
    let server = EchoServer::start("127.0.0.1");
    let publish = format!("0:{}", server.port);
    let daemon = Daemon::start("fwd-publish-echo", &["--network", "host", "--publish", &publish]);
    let outer = published_port(&daemon.socket, server.port);
    let mut stream = TcpStream::connect(("127.0.0.1", outer)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    stream.write_all(b"ping").unwrap();
    let mut reply = [0u8; 4];
    stream.read_exact(&mut reply).unwrap();
    assert_eq!(&reply, b"ping");
}

/// The client sends, shuts down its write side, and still reads the whole
/// reply, which the server sends only after it saw the client's FIN.
#[test]
fn half_close_keeps_reverse_direction() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        let (mut conn, _) = listener.accept().unwrap();
        let mut request = Vec::new();
        conn.read_to_end(&mut request).unwrap();
        conn.write_all(format!("got {} bytes", request.len()).as_bytes()).unwrap();
    });
    let publish = format!("0:{port}");
    let daemon = Daemon::start("fwd-half-close", &["--network", "host", "--publish", &publish]);
    let outer = published_port(&daemon.socket, port);
    let mut stream = TcpStream::connect(("127.0.0.1", outer)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    stream.write_all(&[7u8; 100_000]).unwrap();
    stream.shutdown(Shutdown::Write).unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    assert_eq!(reply, "got 100000 bytes");
    server.join().unwrap();
}

/// Sends small messages, each followed at once by the client's FIN. The
/// relay copies a short read and stops reading there, so the FIN must still
/// reach the server after the bytes.
#[test]
fn small_message_then_close_arrives_whole() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    const CONNECTIONS: usize = 200;
    let server = std::thread::spawn(move || {
        for _ in 0..CONNECTIONS {
            let (mut conn, _) = listener.accept().unwrap();
            conn.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
            let mut request = Vec::new();
            conn.read_to_end(&mut request).unwrap();
            conn.write_all(&request).unwrap();
        }
    });

    let publish = format!("0:{port}");
    let daemon = Daemon::start("fwd-small-close", &["--network", "host", "--publish", &publish]);
    let outer = published_port(&daemon.socket, port);
    for i in 0..CONNECTIONS {
        let mut stream = TcpStream::connect(("127.0.0.1", outer)).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let message = format!("message {i}");
        stream.write_all(message.as_bytes()).unwrap();
        stream.shutdown(Shutdown::Write).unwrap();
        let mut reply = String::new();
        stream.read_to_string(&mut reply).unwrap();
        assert_eq!(reply, message, "connection {i}");
    }
    server.join().unwrap();
}

/// Writes from 1 byte to 40 000 bytes while the server does not read at
/// first, so copied bytes wait in the relay and the direction switches
/// between copying and splicing. Checks that the stream arrives whole and in order.
#[test]
fn mixed_writes_under_backpressure_arrive_in_order() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let mut sent = vec![0u8; 24 << 20];
    Pattern::new(7).fill(&mut sent);
    let expected = sent.clone();

    let server = std::thread::spawn(move || {
        let (mut conn, _) = listener.accept().unwrap();
        conn.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        // Let the buffers on the way fill before reading anything.
        std::thread::sleep(Duration::from_millis(500));
        let mut received = Vec::new();
        conn.read_to_end(&mut received).unwrap();
        received
    });
    let publish = format!("0:{port}");
    let daemon = Daemon::start("fwd-mixed", &["--network", "host", "--publish", &publish]);
    let outer = published_port(&daemon.socket, port);
    let mut stream = TcpStream::connect(("127.0.0.1", outer)).unwrap();

    let mut offset = 0;
    let mut size = 1;
    while offset < sent.len() {
        let end = (offset + size).min(sent.len());
        stream.write_all(&sent[offset..end]).unwrap();
        offset = end;
        size = size * 3 % 40_000 + 1;
    }
    stream.shutdown(Shutdown::Write).unwrap();

    let received = server.join().unwrap();
    assert_eq!(received.len(), expected.len(), "bytes received");
    let first_difference = received.iter().zip(&expected).position(|(a, b)| a != b);
    assert_eq!(first_difference, None, "first byte that differs");
}

#[test]
fn ipv6_only_listener_reachable() {
    let server = EchoServer::start("::1");
    let daemon = Daemon::start("fwd-ipv6", &["--network", "host"]);
    let (status, body) = daemon.request("GET", "/v1/ports", None);
    assert_eq!(status, 200);
    assert!(body.contains(&format!("\"port\":{},\"address\":\"::1\",\"family\":\"ipv6\"", server.port)), "{body}");
    let (status, mut stream) = proxy(&daemon.socket, server.port);
    assert!(status.starts_with("HTTP/1.1 101"), "{status}");
    stream.get_mut().write_all(b"over v6\n").unwrap();
    let mut line = String::new();
    stream.read_line(&mut line).unwrap();
    assert_eq!(line, "over v6\n");
}

/// 1 GiB each way through a `--publish` listener; the checksum of what
/// came back matches what was sent.
#[test]
fn one_gib_transfer_checksums_match() {
    const TOTAL: u64 = 1 << 30;
    const BLOCK: usize = 64 * 1024;
    let server = EchoServer::start("127.0.0.1");
    let publish = format!("0:{}", server.port);
    let daemon = Daemon::start("fwd-1gib", &["--network", "host", "--publish", &publish]);
    let outer = published_port(&daemon.socket, server.port);
    let stream = TcpStream::connect(("127.0.0.1", outer)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let mut writer = stream.try_clone().unwrap();
    let sender = std::thread::spawn(move || {
        let mut pattern = Pattern::new(42);
        let mut checksum = Checksum::default();
        let mut block = vec![0u8; BLOCK];
        for _ in 0..TOTAL / BLOCK as u64 {
            pattern.fill(&mut block);
            checksum.update(&block);
            writer.write_all(&block).unwrap();
        }
        writer.shutdown(Shutdown::Write).unwrap();
        checksum
    });
    let mut reader = stream;
    let mut received = Checksum::default();
    let mut block = vec![0u8; BLOCK];
    while received.bytes < TOTAL {
        reader.read_exact(&mut block).unwrap();
        received.update(&block);
    }
    let mut rest = Vec::new();
    reader.read_to_end(&mut rest).unwrap();
    let sent = sender.join().unwrap();
    assert!(rest.is_empty(), "{} bytes more than sent", rest.len());
    assert_eq!(sent.bytes, TOTAL);
    assert_eq!(received, sent);
}

/// Kills the `guestd proxy` child by PID when the test ends, passed or not.
struct ChildGuard(std::process::Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn client_proxy_command_tunnels() {
    let server = EchoServer::start("127.0.0.1");
    let daemon = Daemon::start("fwd-client-proxy", &["--network", "host"]);
    let child = std::process::Command::new(common::GUESTD)
        .args(["--api", &daemon.api_arg(), "proxy", &format!("0:{}", server.port)])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut guard = ChildGuard(child);
    let mut banner = String::new();
    std::io::BufReader::new(guard.0.stdout.take().unwrap()).read_line(&mut banner).unwrap();
    let local: u16 = banner
        .split_whitespace()
        .nth(1)
        .and_then(|addr| addr.rsplit(':').next())
        .and_then(|port| port.parse().ok())
        .unwrap_or_else(|| panic!("no local port in {banner:?}"));
    let mut stream = TcpStream::connect(("127.0.0.1", local)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    stream.write_all(b"via guestd proxy").unwrap();
    stream.shutdown(Shutdown::Write).unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    assert_eq!(reply, "via guestd proxy");
}
