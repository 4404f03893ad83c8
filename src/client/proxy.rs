//! `guestd proxy LOCAL:REMOTE`: listens on loopback port LOCAL and tunnels
//! each connection through the daemon's `/v1/proxy/REMOTE` upgrade to
//! container port REMOTE, like `ssh -L`. One thread pair per connection;
//! the client is a development tool, not the forwarding fast path.

use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::time::Duration;

use super::{connect, write_request, Connection};
use crate::addr::Addr;

/// Maximum size of a response head accepted from the daemon, in bytes.
const MAX_HEAD: usize = 16 * 1024;

/// Parses `LOCAL:REMOTE` port numbers.
pub fn parse_spec(spec: &str) -> Result<(u16, u16), String> {
    let (local, remote) = spec
        .split_once(':')
        .ok_or_else(|| format!("invalid port pair {spec:?}; expected LOCAL:REMOTE, for example 8080:80"))?;
    let local = local
        .parse::<u16>()
        .map_err(|_| format!("invalid local port {local:?}; expected 0 to 65535 (0 picks a free one)"))?;
    let remote = match remote.parse::<u16>() {
        Ok(port) if port > 0 => port,
        _ => return Err(format!("invalid remote port {remote:?}; expected 1 to 65535")),
    };
    Ok((local, remote))
}

/// Runs the proxy until it is killed.
pub fn run(addr: &Addr, args: &[String]) -> Result<i32, String> {
    let [spec] = args else {
        return Err("usage: guestd proxy LOCAL:REMOTE".to_string());
    };
    let (local, remote) = parse_spec(spec)?;
    // Fail now, not at the first forwarded connection, when the daemon is
    // not there or rejects the client's token.
    let response = super::request(addr, "GET", "/v1/status", None).map_err(|err| err.to_string())?;
    if response.status != 200 {
        return Err(format!("the daemon rejected the client ({}): {}", response.status, response.error_message()));
    }
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, local))
        .map_err(|err| format!("failed to listen on 127.0.0.1:{local}: {err}"))?;
    let bound = listener.local_addr().map_err(|err| err.to_string())?;
    println!("forwarding {bound} to container port {remote}");
    let _ = io::stdout().flush();
    for client in listener.incoming() {
        let client = match client {
            Ok(client) => client,
            Err(err) => {
                eprintln!("guestd proxy: accept failed: {err}");
                continue;
            }
        };
        let addr = addr.clone();
        std::thread::spawn(move || {
            if let Err(err) = tunnel(&addr, client, remote) {
                eprintln!("guestd proxy: {err}");
            }
        });
    }
    Ok(0)
}

/// Opens the upgrade for one client connection and relays both ways.
fn tunnel(addr: &Addr, client: TcpStream, remote: u16) -> Result<(), String> {
    let _ = client.set_nodelay(true);
    let mut upstream = connect(addr).map_err(|err| err.to_string())?;
    let path = format!("/v1/proxy/{remote}");
    let headers = [("Upgrade", "tcp"), ("Connection", "Upgrade")];
    write_request(&mut upstream, "GET", &path, None, &headers)
        .map_err(|err| format!("failed to send the upgrade: {err}"))?;
    let head = read_head(&mut upstream).map_err(|err| format!("failed to read the upgrade response: {err}"))?;
    let status_line = head.lines().next().unwrap_or("");
    if !status_line.starts_with("HTTP/1.1 101") {
        // The daemon keeps the connection open after an error, so only
        // the announced body is read; the client connection then closes.
        let mut body = vec![0u8; content_length(&head).min(4096)];
        let _ = upstream.read_exact(&mut body);
        return Err(format!("port {remote}: {} {}", status_line, String::from_utf8_lossy(&body).trim()));
    }
    let upstream_reader = upstream.try_clone().map_err(|err| err.to_string())?;
    let mut upstream_end = upstream.try_clone().map_err(|err| err.to_string())?;
    let client_reader = client.try_clone().map_err(|err| err.to_string())?;
    // A hybrid vsock backend turns a half-close from the host into a full
    // close, which would cut off the reply: keep that side open.
    let hybrid = matches!(addr, Addr::HybridVsock { .. });
    let upstream_write = upstream.try_clone().map_err(|err| err.to_string())?;
    let inbound = std::thread::spawn(move || {
        let result = relay(client_reader, Sink::Connection(upstream), !hybrid);
        if hybrid && result.is_err() {
            // The client was reset, so end the reply too, which may never come.
            let _ = upstream_write.shutdown_write();
        }
        result
    });
    let outbound = relay(upstream_reader, Sink::Tcp(client), true);
    let inbound = inbound.join().unwrap_or(Ok(0));
    // The local client left (a failed write or a reset) before the reply
    // ended: close through the backend so that the guest learns it.
    if hybrid && (outbound.is_err() || inbound.is_err()) {
        end_hybrid(&mut upstream_end);
    }
    Ok(())
}

/// Maximum time and bytes that [`end_hybrid`] reads.
const HYBRID_DRAIN_TIMEOUT: Duration = Duration::from_secs(10);
const HYBRID_DRAIN_MAX: usize = 16 << 20;

/// Ends a tunnel through a hybrid vsock backend early. vhost-device-vsock
/// 0.2.0 sends the guest a shutdown for a host close only when its read of
/// the Unix socket returns end of file. A close with unread bytes makes that read
/// fail with a reset, which the backend ignores, and the guest's side of
/// the tunnel then stays open. So this shuts down the write side, which
/// the backend passes on as a full shutdown, and reads until the backend
/// closes.
fn end_hybrid(conn: &mut Connection) {
    let _ = conn.shutdown_write();
    if let Connection::Unix(stream) = conn {
        let _ = stream.set_read_timeout(Some(HYBRID_DRAIN_TIMEOUT));
    }
    let mut buffer = [0u8; 16384];
    let mut drained = 0;
    while drained < HYBRID_DRAIN_MAX {
        match conn.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => drained += n,
        }
    }
}

/// Reads a response head one byte at a time, so no byte of the tunnelled
/// stream that follows it is consumed.
fn read_head(conn: &mut Connection) -> io::Result<String> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if head.len() >= MAX_HEAD {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "response head too long"));
        }
        if conn.read(&mut byte)? == 0 {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "connection closed before the response head"));
        }
        head.push(byte[0]);
    }
    Ok(String::from_utf8_lossy(&head).into_owned())
}

/// Returns the `Content-Length` of a response head, 0 when it has none.
fn content_length(head: &str) -> usize {
    head.lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.trim().parse().ok())
        .unwrap_or(0)
}

enum Sink {
    Tcp(TcpStream),
    Connection(Connection),
}

/// Copies until end of file, then, when `half_close` is set, shuts down
/// the sink's write side so the half-close reaches the other end. Returns
/// the copy's result: an error when either side failed.
fn relay(mut source: impl Read, mut sink: Sink, half_close: bool) -> io::Result<u64> {
    let copied = match &mut sink {
        Sink::Tcp(stream) => io::copy(&mut source, stream),
        Sink::Connection(conn) => io::copy(&mut source, conn),
    };
    if half_close {
        let _ = match &sink {
            Sink::Tcp(stream) => stream.shutdown(std::net::Shutdown::Write),
            Sink::Connection(conn) => conn.shutdown_write(),
        };
    }
    copied
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_parses_and_names_errors() {
        assert_eq!(parse_spec("8080:80"), Ok((8080, 80)));
        assert_eq!(parse_spec("0:22"), Ok((0, 22)));
        assert!(parse_spec("8080").unwrap_err().contains("LOCAL:REMOTE"));
        assert!(parse_spec("x:80").unwrap_err().contains("\"x\""));
        assert!(parse_spec("80:0").unwrap_err().contains("\"0\""));
    }

    #[test]
    fn content_length_reads_the_header() {
        let head = "HTTP/1.1 502 Bad Gateway\r\ncontent-length: 91\r\nConnection: keep-alive\r\n\r\n";
        assert_eq!(content_length(head), 91);
        assert_eq!(content_length("HTTP/1.1 404 Not Found\r\n\r\n"), 0);
    }
}
