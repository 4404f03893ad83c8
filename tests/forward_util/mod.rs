//! Helpers of the forwarding tests: echo servers in the test process, the
//! port a `--publish` listener got, and the `/v1/proxy` upgrade.

#![allow(dead_code, reason = "each test binary uses a different part of the helpers")]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::Duration;

use miniserde::json::{self, Number, Value};

/// An echo server on a loopback address: each connection gets back what it
/// sends, and a FIN once the client has sent its own. Its threads end with
/// their connections; the accept thread ends with the test process.
pub struct EchoServer {
    pub port: u16,
}

impl EchoServer {
    pub fn start(host: &str) -> EchoServer {
        let listener = TcpListener::bind((host, 0)).expect("bind echo server");
        let port = listener.local_addr().unwrap().port();
        std::thread::Builder::new()
            .stack_size(64 * 1024)
            .spawn(move || {
                for stream in listener.incoming() {
                    let Ok(stream) = stream else { continue };
                    let _ = std::thread::Builder::new().stack_size(64 * 1024).spawn(move || echo(stream));
                }
            })
            .unwrap();
        EchoServer { port }
    }
}

fn echo(mut stream: TcpStream) {
    let mut buffer = vec![0u8; 16 * 1024];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if stream.write_all(&buffer[..n]).is_err() {
                    return;
                }
            }
        }
    }
    let _ = stream.shutdown(Shutdown::Write);
}

/// Parses a JSON body.
pub fn parse_json(body: &str) -> Value {
    json::from_str(body).unwrap_or_else(|_| panic!("invalid JSON: {body}"))
}

pub fn field<'a>(value: &'a Value, name: &str) -> &'a Value {
    match value {
        Value::Object(map) => map.get(name).unwrap_or(&Value::Null),
        _ => &Value::Null,
    }
}

pub fn as_u64(value: &Value) -> Option<u64> {
    match value {
        Value::Number(Number::U64(n)) => Some(*n),
        _ => None,
    }
}

pub fn as_str(value: &Value) -> Option<&str> {
    match value {
        Value::String(s) => Some(s),
        _ => None,
    }
}

pub fn array(value: &Value) -> &[Value] {
    match value {
        Value::Array(items) => items,
        _ => &[],
    }
}

/// The loopback port the daemon's `--publish` listener for `inner` got.
pub fn published_port(socket: &Path, inner: u16) -> u16 {
    let (status, body) = crate::common::request_on(socket, "GET", "/v1/ports", None).unwrap();
    assert_eq!(status, 200, "{body}");
    let list = parse_json(&body);
    for listener in array(field(&list, "listeners")) {
        if as_str(field(listener, "kind")) == Some("publish") && as_u64(field(listener, "port")) == Some(inner.into()) {
            let address = as_str(field(listener, "address")).unwrap();
            return address.rsplit(':').next().unwrap().parse().unwrap();
        }
    }
    panic!("no publish listener for port {inner} in {body}");
}

/// Opens `/v1/proxy/{port}` on the API socket and returns the status line
/// and the stream, positioned after the response head.
pub fn proxy(socket: &Path, port: u16) -> (String, BufReader<UnixStream>) {
    let mut stream = UnixStream::connect(socket).expect("connect to the API socket");
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(stream, "GET /v1/proxy/{port} HTTP/1.1\r\nHost: guestd\r\nUpgrade: tcp\r\nConnection: Upgrade\r\n\r\n")
        .unwrap();
    let mut reader = BufReader::new(stream);
    let mut status = String::new();
    reader.read_line(&mut status).unwrap();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap() == 0 || line == "\r\n" {
            break;
        }
    }
    (status.trim_end().to_string(), reader)
}

/// Number of open descriptors of process `pid`.
pub fn fd_count(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map(|dir| dir.count()).unwrap_or(0)
}

/// Cheap deterministic bytes: a xorshift stream, so both ends can check a
/// large transfer without storing it.
pub struct Pattern(u64);

impl Pattern {
    pub fn new(seed: u64) -> Pattern {
        Pattern(seed | 1)
    }

    pub fn fill(&mut self, buffer: &mut [u8]) {
        for chunk in buffer.chunks_mut(8) {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            let bytes = self.0.to_le_bytes();
            chunk.copy_from_slice(&bytes[..chunk.len()]);
        }
    }
}

/// Order-sensitive checksum of a byte stream fed in blocks whose length
/// is a multiple of eight.
#[derive(Default, PartialEq, Eq, Debug, Clone, Copy)]
pub struct Checksum {
    pub bytes: u64,
    pub sum: u64,
}

impl Checksum {
    pub fn update(&mut self, data: &[u8]) {
        assert_eq!(data.len() % 8, 0, "checksum blocks are whole words");
        for word in data.chunks_exact(8) {
            let word = u64::from_le_bytes(word.try_into().unwrap());
            self.sum = self.sum.rotate_left(5) ^ word;
        }
        self.bytes += data.len() as u64;
    }
}
