//! Clients of the exec API for the exec tests: the chunked frame stream of
//! `POST /v1/exec`, a small WebSocket client, and a guard that kills
//! process groups a test started, also when it fails.

#![allow(dead_code, reason = "each test binary uses a different part of the support code")]

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::{Duration, Instant};

/// Output and exit of one `POST /v1/exec`.
#[derive(Debug, Default)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Payload of the exit frame.
    pub exit: String,
}

impl Outcome {
    pub fn exit_code(&self) -> Option<i32> {
        crate::common::json_field(&self.exit, "exit_code")?.parse().ok()
    }

    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).to_string()
    }
}

/// Reads a response head; returns the status and the lowercased head.
pub fn read_head(reader: &mut impl BufRead) -> (u16, String) {
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).expect("read response head") == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, head.to_ascii_lowercase())
}

/// Sends `POST /v1/exec` and returns the open stream after the head.
pub fn post(socket: &Path, body: &str) -> (u16, String, BufReader<UnixStream>) {
    let mut stream = UnixStream::connect(socket).expect("connect to the daemon");
    stream.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    write!(
        stream,
        "POST /v1/exec HTTP/1.1\r\nHost: guestd\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut reader = BufReader::new(stream);
    let (status, head) = read_head(&mut reader);
    (status, head, reader)
}

/// Reads the next exec frame from a chunked body, following chunk
/// boundaries. `None` at the end of the body.
pub struct FrameReader<R: BufRead> {
    reader: R,
    chunk_left: usize,
    done: bool,
}

impl<R: BufRead> FrameReader<R> {
    pub fn new(reader: R) -> FrameReader<R> {
        FrameReader { reader, chunk_left: 0, done: false }
    }

    fn read_body(&mut self, out: &mut [u8]) -> bool {
        let mut filled = 0;
        while filled < out.len() {
            if self.chunk_left == 0 {
                if self.done {
                    return false;
                }
                // Each chunk's data ends with CRLF before the next size line.
                let mut line = String::new();
                self.reader.read_line(&mut line).expect("read chunk size");
                if line == "\r\n" {
                    line.clear();
                    self.reader.read_line(&mut line).expect("read chunk size");
                }
                self.chunk_left = usize::from_str_radix(line.trim(), 16).expect("chunk size is hex");
                if self.chunk_left == 0 {
                    self.done = true;
                    return false;
                }
            }
            let want = (out.len() - filled).min(self.chunk_left);
            self.reader.read_exact(&mut out[filled..filled + want]).expect("read chunk data");
            filled += want;
            self.chunk_left -= want;
        }
        true
    }

    /// The next frame's stream id and payload.
    pub fn next(&mut self) -> Option<(u8, Vec<u8>)> {
        if self.done {
            return None;
        }
        let mut header = [0u8; 5];
        if !self.read_body(&mut header) {
            return None;
        }
        let len = u32::from_be_bytes([header[1], header[2], header[3], header[4]]) as usize;
        let mut payload = vec![0u8; len];
        assert!(self.read_body(&mut payload), "body ended inside a frame");
        Some((header[0], payload))
    }
}

/// Runs one command through `POST /v1/exec` and collects everything.
pub fn run(socket: &Path, body: &str) -> (u16, Outcome, String) {
    let (status, _, mut reader) = post(socket, body);
    if status != 200 {
        let mut rest = String::new();
        let _ = reader.read_to_string(&mut rest);
        return (status, Outcome::default(), rest);
    }
    let mut frames = FrameReader::new(reader);
    let mut outcome = Outcome::default();
    while let Some((stream, payload)) = frames.next() {
        match stream {
            1 => outcome.stdout.extend_from_slice(&payload),
            2 => outcome.stderr.extend_from_slice(&payload),
            3 => outcome.exit = String::from_utf8_lossy(&payload).to_string(),
            other => panic!("unexpected stream id {other}"),
        }
    }
    (status, outcome, String::new())
}

/// A message read from the daemon's WebSocket.
#[derive(Debug, PartialEq, Eq)]
pub enum WsMessage {
    Text(String),
    Binary(Vec<u8>),
    Close(u16),
}

/// A blocking WebSocket client over the daemon's Unix socket.
pub struct Ws {
    pub reader: BufReader<UnixStream>,
    pub writer: UnixStream,
}

impl Ws {
    /// Opens `target` with an upgrade; returns the status and, on 101,
    /// the connection.
    pub fn connect(socket: &Path, target: &str) -> (u16, Option<Ws>, String) {
        let mut stream = UnixStream::connect(socket).expect("connect to the daemon");
        stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        write!(
            stream,
            "GET {target} HTTP/1.1\r\nHost: guestd\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
        )
        .unwrap();
        let writer = stream.try_clone().unwrap();
        let mut reader = BufReader::new(stream);
        let (status, head) = read_head(&mut reader);
        if status != 101 {
            let mut rest = String::new();
            let _ = reader.get_mut().set_read_timeout(Some(Duration::from_secs(5)));
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            let mut body = vec![0u8; length];
            let _ = reader.read_exact(&mut body);
            rest.push_str(&String::from_utf8_lossy(&body));
            return (status, None, rest);
        }
        // The head was lowercased; this is the RFC 6455 example key's accept value.
        assert!(head.contains(&"sec-websocket-accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=".to_ascii_lowercase()), "{head}");
        (status, Some(Ws { reader, writer }), head)
    }

    pub fn send(&mut self, opcode: u8, payload: &[u8]) {
        self.writer.write_all(&masked_frame(opcode, payload)).expect("send WebSocket frame");
    }

    pub fn send_binary(&mut self, payload: &[u8]) {
        self.send(2, payload);
    }

    pub fn send_text(&mut self, text: &str) {
        self.send(1, text.as_bytes());
    }

    /// Reads the next data or close message, answering nothing.
    pub fn recv(&mut self) -> Option<WsMessage> {
        loop {
            let mut head = [0u8; 2];
            if self.reader.read_exact(&mut head).is_err() {
                return None;
            }
            assert_eq!(head[1] & 0x80, 0, "server frames are never masked");
            let len = match head[1] & 0x7f {
                126 => {
                    let mut b = [0u8; 2];
                    self.reader.read_exact(&mut b).unwrap();
                    u16::from_be_bytes(b) as usize
                }
                127 => {
                    let mut b = [0u8; 8];
                    self.reader.read_exact(&mut b).unwrap();
                    u64::from_be_bytes(b) as usize
                }
                n => n as usize,
            };
            let mut payload = vec![0u8; len];
            self.reader.read_exact(&mut payload).unwrap();
            match head[0] & 0x0f {
                1 => return Some(WsMessage::Text(String::from_utf8_lossy(&payload).to_string())),
                2 => return Some(WsMessage::Binary(payload)),
                8 => {
                    let code = if payload.len() >= 2 { u16::from_be_bytes([payload[0], payload[1]]) } else { 0 };
                    return Some(WsMessage::Close(code));
                }
                _ => continue,
            }
        }
    }

    /// Reads messages until the joined binary payloads (after dropping
    /// `prefix` bytes from each) contain `needle`; returns all text seen.
    pub fn read_until(&mut self, needle: &str, prefix: usize, limit: Duration) -> String {
        let start = Instant::now();
        let mut seen = String::new();
        while start.elapsed() < limit {
            match self.recv() {
                Some(WsMessage::Binary(data)) => {
                    seen.push_str(&String::from_utf8_lossy(&data[prefix.min(data.len())..]))
                }
                Some(WsMessage::Text(text)) => seen.push_str(&text),
                Some(WsMessage::Close(code)) => {
                    panic!("closed ({code}) before {needle:?}; saw {seen:?}")
                }
                None => panic!("connection ended before {needle:?}; saw {seen:?}"),
            }
            if seen.contains(needle) {
                return seen;
            }
        }
        panic!("{needle:?} not seen within {limit:?}; saw {seen:?}");
    }

    /// Reads until the exit text message and returns its exit code.
    pub fn read_exit(&mut self) -> (i32, String) {
        let mut seen = String::new();
        loop {
            match self.recv() {
                Some(WsMessage::Text(text)) if text.contains("\"type\":\"exit\"") => {
                    let code = crate::common::json_field(&text, "exit_code").unwrap().parse().unwrap();
                    return (code, seen);
                }
                Some(WsMessage::Binary(data)) => seen.push_str(&String::from_utf8_lossy(&data)),
                Some(WsMessage::Text(_)) => {}
                other => panic!("no exit message; got {other:?} after {seen:?}"),
            }
        }
    }
}

pub fn masked_frame(opcode: u8, payload: &[u8]) -> Vec<u8> {
    let key = [0x12, 0x34, 0x56, 0x78];
    let mut out = vec![0x80 | opcode];
    if payload.len() < 126 {
        out.push(0x80 | payload.len() as u8);
    } else if payload.len() <= 65535 {
        out.push(0x80 | 126);
        out.extend_from_slice(&(payload.len() as u16).to_be_bytes());
    } else {
        out.push(0x80 | 127);
        out.extend_from_slice(&(payload.len() as u64).to_be_bytes());
    }
    out.extend_from_slice(&key);
    out.extend(payload.iter().enumerate().map(|(i, b)| b ^ key[i % 4]));
    out
}

/// Kills the process groups of the PIDs it holds when dropped.
#[derive(Default)]
pub struct GroupGuard(pub Vec<i32>);

impl Drop for GroupGuard {
    fn drop(&mut self) {
        for &pid in &self.0 {
            if pid > 1 {
                // SAFETY: kill takes plain integers; the PIDs are leaders of
                // groups this test started.
                unsafe { libc::kill(-pid, libc::SIGKILL) };
            }
        }
    }
}

/// Whether process `pid` exists and is not a zombie.
pub fn alive(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat.rsplit(')').next().is_some_and(|rest| !rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}

/// Waits until `pid` is gone; returns whether it went within `limit`.
pub fn wait_gone(pid: i32, limit: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if !alive(pid) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

/// FNV-1a 64-bit hash, for comparing large outputs without storing them.
pub fn fnv1a(hash: u64, data: &[u8]) -> u64 {
    data.iter().fold(hash, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
