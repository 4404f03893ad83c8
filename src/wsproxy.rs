//! The Sprites SDKs' TCP proxy: a WebSocket whose first text message names
//! a container port (`{"host": "localhost", "port": 8080}`), acknowledged with
//! `{"status": "connected"}` once a TCP connection to that port is up.
//! After that, binary messages carry the TCP bytes both ways, and either
//! side closing ends both.
//!
//! Each relay owns the WebSocket and the TCP socket, registered with the
//! event loop under [`Kind::WsProxy`] (the token's low bit says which
//! side). Every buffer is capped at [`MAX_BUFFERED`], and a side is read
//! only while the buffer it feeds has room. The relay never logs payload.

use std::io::{self, Read, Write};
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use miniserde::{json, Deserialize, Serialize};
use mio::net::TcpStream;
use mio::Interest;

use crate::daemon::slab::{Key, Slab};
use crate::daemon::timer::TimerKey;
use crate::daemon::token::{token, Kind};
use crate::daemon::Daemon;
use crate::http::websocket::{self, Decoded, Decoder, Message, Opcode};
use crate::http::{Stream, Upgraded};

/// Bytes queued toward either side before the other side is no longer
/// read.
const MAX_BUFFERED: usize = 1024 * 1024;
/// Time the client has to send its first message and the target to accept.
const SETUP_TIMEOUT: Duration = Duration::from_secs(10);
/// Maximum number of relays open at once.
pub const MAX_RELAYS: usize = 256;
/// Maximum size of a binary message sent to the client, in bytes.
const MAX_FRAME: usize = 64 * 1024;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Waiting for the client's `{"host", "port"}` message.
    AwaitInit,
    /// Connecting to the container port.
    Connecting,
    /// Relaying bytes.
    Relay,
    /// The close frame is queued; the relay ends once it is sent.
    Closing,
}

struct Relay {
    client: Stream,
    target: Option<TcpStream>,
    decoder: Decoder,
    phase: Phase,
    /// Undecoded bytes from the client.
    client_in: Vec<u8>,
    /// Encoded frames for the client.
    to_client: Vec<u8>,
    /// Payload bytes for the target.
    to_target: Vec<u8>,
    /// The target closed its side: no more bytes come from it.
    target_eof: bool,
    /// The client sent a close frame.
    client_closed: bool,
    /// The client's first text message, until the relay acts on it.
    init: Option<Vec<u8>>,
    started: Instant,
}

#[derive(Default)]
pub struct WsProxy {
    relays: Slab<Relay>,
}

impl WsProxy {
    /// Number of open relays.
    pub fn len(&self) -> usize {
        self.relays.len()
    }

    pub fn is_empty(&self) -> bool {
        self.relays.is_empty()
    }
}

#[derive(Deserialize)]
struct InitMessage {
    host: Option<String>,
    port: u16,
}

#[derive(Serialize)]
struct StatusMessage {
    status: &'static str,
    message: Option<String>,
}

const CLIENT: usize = 0;
const TARGET: usize = 1;

fn relay_token(index: usize, side: usize) -> mio::Token {
    token(Kind::WsProxy, index << 1 | side)
}

/// Starts a relay on an upgraded connection; `head` is the `101` response.
pub fn start(d: &mut Daemon, upgraded: Upgraded, head: Vec<u8>) {
    let mut relay = Relay {
        client: upgraded.stream,
        target: None,
        decoder: Decoder::server(),
        phase: Phase::AwaitInit,
        client_in: upgraded.leftover,
        to_client: head,
        to_target: Vec::new(),
        target_eof: false,
        client_closed: false,
        init: None,
        started: Instant::now(),
    };
    if d.wsproxy.relays.len() >= MAX_RELAYS {
        websocket::push_close(&mut relay.to_client, websocket::CLOSE_GOING_AWAY, "too many proxy connections");
        relay.phase = Phase::Closing;
    }
    let key = d.wsproxy.relays.insert(relay);
    let relay = d.wsproxy.relays.get_mut(key.index).expect("just inserted");
    let interest = Interest::READABLE | Interest::WRITABLE;
    if let Err(err) = d.registry.register(&mut relay.client, relay_token(key.index, CLIENT), interest) {
        log::warn!("failed to register a proxy WebSocket: {err}");
        d.wsproxy.relays.remove(key.index);
        return;
    }
    d.timers.add(Instant::now() + SETUP_TIMEOUT, TimerKey { kind: Kind::WsProxy, id: key.to_u64() });
    pump(d, key.index);
}

/// Handles readiness of either socket of a relay.
pub fn on_event(d: &mut Daemon, token_index: usize, _event: &mio::event::Event) {
    pump(d, token_index >> 1);
}

/// Ends a relay whose setup did not finish in time.
pub fn on_timer(d: &mut Daemon, id: u64) {
    let key = Key::from_u64(id);
    let Some(relay) = d.wsproxy.relays.get_key_mut(key) else { return };
    if matches!(relay.phase, Phase::AwaitInit | Phase::Connecting) && relay.started.elapsed() >= SETUP_TIMEOUT {
        fail(relay, "proxy setup timed out: send {\"host\", \"port\"} and use a listening port");
        pump(d, key.index);
    }
}

/// Closes every relay.
pub fn shutdown(d: &mut Daemon) {
    let indexes: Vec<usize> = d.wsproxy.relays.iter().map(|(index, _)| index).collect();
    for index in indexes {
        close(d, index);
    }
}

/// Queues an error status and a close frame for the client.
fn fail(relay: &mut Relay, message: &str) {
    if relay.phase == Phase::Closing {
        return;
    }
    if matches!(relay.phase, Phase::AwaitInit | Phase::Connecting) {
        let status = StatusMessage { status: "error", message: Some(message.to_string()) };
        websocket::push_frame(&mut relay.to_client, Opcode::Text, json::to_string(&status).as_bytes());
    }
    websocket::push_close(&mut relay.to_client, websocket::CLOSE_NORMAL, message);
    relay.phase = Phase::Closing;
}

fn close(d: &mut Daemon, index: usize) {
    if let Some(mut relay) = d.wsproxy.relays.remove(index) {
        let _ = d.registry.deregister(&mut relay.client);
        if let Some(target) = relay.target.as_mut() {
            let _ = d.registry.deregister(target);
        }
    }
}

/// Moves every byte that can move now, then closes the relay if it is done.
fn pump(d: &mut Daemon, index: usize) {
    loop {
        let Some(relay) = d.wsproxy.relays.get_mut(index) else { return };
        let mut progress = false;
        match read_client(relay) {
            Ok(moved) => progress |= moved,
            Err(_) => return close(d, index),
        }
        match take_init(relay) {
            Some(Ok(port)) => {
                connect(d, index, port);
                continue;
            }
            Some(Err(message)) => {
                fail(relay, &message);
                continue;
            }
            None => {}
        }
        let Some(relay) = d.wsproxy.relays.get_mut(index) else { return };
        match relay_target(relay) {
            Ok(moved) => progress |= moved,
            Err(err) => {
                log::debug!("proxy target connection failed: {err}");
                fail(relay, &format!("connection to the container port failed: {err}"));
                progress = true;
            }
        }
        match flush(&relay.client, &mut relay.to_client) {
            Ok(moved) => progress |= moved,
            Err(_) => return close(d, index),
        }
        let finished =
            relay.to_client.is_empty() && (relay.phase == Phase::Closing || (relay.client_closed && relay.target_eof));
        if finished {
            return close(d, index);
        }
        if !progress {
            return;
        }
    }
}

/// Reads and decodes client frames while the target's buffer has room.
/// Returns whether anything moved; an error means the client is gone.
fn read_client(relay: &mut Relay) -> io::Result<bool> {
    let mut moved = false;
    let mut buffer = [0u8; 16 * 1024];
    while !relay.client_closed && relay.to_target.len() < MAX_BUFFERED {
        moved |= decode_frames(relay)?;
        if relay.client_closed || relay.to_target.len() >= MAX_BUFFERED || relay.phase == Phase::Closing {
            break;
        }
        if relay.client_in.len() > websocket::MAX_MESSAGE + 16 {
            break;
        }
        match (&relay.client).read(&mut buffer) {
            Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => {
                relay.client_in.extend_from_slice(&buffer[..n]);
                moved = true;
            }
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => break,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(moved)
}

/// Decodes the whole frames in `client_in` and acts on each. Stops after
/// the init message, which waits for [`take_init`].
fn decode_frames(relay: &mut Relay) -> io::Result<bool> {
    let mut moved = false;
    while relay.init.is_none() && relay.phase != Phase::Closing {
        let decoded = match relay.decoder.decode(&relay.client_in) {
            Ok(decoded) => decoded,
            Err(violation) => {
                websocket::push_close(&mut relay.to_client, violation.code, &violation.reason);
                relay.phase = Phase::Closing;
                relay.client_in.clear();
                return Ok(true);
            }
        };
        let Decoded::Frame(used, message) = decoded else { break };
        relay.client_in.drain(..used);
        moved = true;
        match message {
            Some(Message::Binary(data)) if relay.phase == Phase::Relay => relay.to_target.extend_from_slice(&data),
            Some(Message::Text(text)) if relay.phase == Phase::AwaitInit => relay.init = Some(text),
            Some(Message::Ping(payload)) => websocket::push_frame(&mut relay.to_client, Opcode::Pong, &payload),
            Some(Message::Close(_, _)) => {
                relay.client_closed = true;
                if relay.phase == Phase::Relay && !relay.to_target.is_empty() {
                    // Deliver what the client sent before closing.
                    break;
                }
                websocket::push_close(&mut relay.to_client, websocket::CLOSE_NORMAL, "");
                relay.phase = Phase::Closing;
            }
            // Binary data before the relay is up, stray text and pongs.
            Some(_) | None => {}
        }
    }
    Ok(moved)
}

/// Takes the client's init message, if one arrived, and parses the port.
fn take_init(relay: &mut Relay) -> Option<Result<u16, String>> {
    let text = relay.init.take()?;
    relay.phase = Phase::Connecting;
    Some(parse_init(&text))
}

/// Parses a client's init message into the container port to connect to.
pub fn parse_init(text: &[u8]) -> Result<u16, String> {
    let text = String::from_utf8_lossy(text);
    let init: InitMessage = match json::from_str(&text) {
        Ok(init) => init,
        Err(_) => return Err("invalid proxy request; send {\"host\": \"localhost\", \"port\": N}".into()),
    };
    let host = init.host.unwrap_or_else(|| "localhost".to_string());
    if !matches!(host.as_str(), "localhost" | "127.0.0.1" | "::1" | "") {
        return Err(format!("host {host:?} is not reachable; the proxy connects to container ports on localhost"));
    }
    if init.port == 0 {
        return Err("port 0 is not a valid port".into());
    }
    Ok(init.port)
}

/// Connects the relay to container port `port` and registers the socket.
fn connect(d: &mut Daemon, index: usize, port: u16) {
    let target = match crate::forward::discovery::resolve(d, port) {
        Ok(target) => target,
        Err((_, message)) => return fail_index(d, index, &message),
    };
    let socket = match crate::forward::inbound::connect(d, target) {
        Ok(socket) => TcpStream::from_std(std::net::TcpStream::from(socket)),
        Err(err) => return fail_index(d, index, &format!("failed to connect to {target}: {err}")),
    };
    let Some(relay) = d.wsproxy.relays.get_mut(index) else { return };
    let relay_target = relay.target.insert(socket);
    let interest = Interest::READABLE | Interest::WRITABLE;
    if let Err(err) = d.registry.register(relay_target, relay_token(index, TARGET), interest) {
        log::warn!("failed to register a proxy target connection: {err}");
        relay.target = None;
        fail(relay, "internal error registering the target connection");
    }
    log::debug!("proxy relay {index} connecting to {}", describe(target));
}

fn describe(target: SocketAddr) -> String {
    format!("container port {}", target.port())
}

fn fail_index(d: &mut Daemon, index: usize, message: &str) {
    if let Some(relay) = d.wsproxy.relays.get_mut(index) {
        fail(relay, message);
    }
}

/// Completes the connection, writes queued bytes to the target and reads
/// what it sent while the client's buffer has room.
fn relay_target(relay: &mut Relay) -> io::Result<bool> {
    let Some(target) = relay.target.as_mut() else { return Ok(false) };
    let mut moved = false;
    if relay.phase == Phase::Connecting {
        if let Some(err) = target.take_error()? {
            return Err(err);
        }
        match target.peer_addr() {
            Ok(_) => {
                relay.phase = Phase::Relay;
                let status = StatusMessage { status: "connected", message: None };
                websocket::push_frame(&mut relay.to_client, Opcode::Text, json::to_string(&status).as_bytes());
                moved = true;
            }
            Err(err) if err.kind() == io::ErrorKind::NotConnected => return Ok(false),
            Err(err) => return Err(err),
        }
    }
    if relay.phase != Phase::Relay {
        return Ok(moved);
    }
    moved |= flush(&*target, &mut relay.to_target)?;
    if relay.client_closed && relay.to_target.is_empty() {
        let _ = target.shutdown(std::net::Shutdown::Write);
        websocket::push_close(&mut relay.to_client, websocket::CLOSE_NORMAL, "");
        relay.phase = Phase::Closing;
        return Ok(true);
    }
    let mut buffer = [0u8; MAX_FRAME];
    while !relay.target_eof && relay.to_client.len() < MAX_BUFFERED {
        match target.read(&mut buffer) {
            Ok(0) => {
                relay.target_eof = true;
                websocket::push_close(&mut relay.to_client, websocket::CLOSE_NORMAL, "target closed");
                relay.phase = Phase::Closing;
                moved = true;
            }
            Ok(n) => {
                websocket::push_frame(&mut relay.to_client, Opcode::Binary, &buffer[..n]);
                moved = true;
            }
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => break,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(moved)
}

/// Writes queued bytes until the socket would block. Returns whether any
/// were written.
fn flush(mut socket: impl Write, queue: &mut Vec<u8>) -> io::Result<bool> {
    let mut written = 0;
    while written < queue.len() {
        match socket.write(&queue[written..]) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => written += n,
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => break,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    queue.drain(..written);
    Ok(written > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relay_with_init(text: &str) -> Relay {
        let (client, _peer) = std::os::unix::net::UnixStream::pair().unwrap();
        Relay {
            client: Stream::from_fd(client.into()),
            target: None,
            decoder: Decoder::server(),
            phase: Phase::AwaitInit,
            client_in: Vec::new(),
            to_client: Vec::new(),
            to_target: Vec::new(),
            target_eof: false,
            client_closed: false,
            init: Some(text.as_bytes().to_vec()),
            started: Instant::now(),
        }
    }

    #[test]
    fn init_message_cases() {
        let port = |text: &str| take_init(&mut relay_with_init(text)).unwrap();
        assert_eq!(port(r#"{"host":"localhost","port":8080}"#), Ok(8080));
        assert_eq!(port(r#"{"port":22}"#), Ok(22));
        assert_eq!(port(r#"{"host":"127.0.0.1","port":1}"#), Ok(1));
        assert!(port(r#"{"host":"10.0.0.1","port":80}"#).unwrap_err().contains("10.0.0.1"));
        assert!(port(r#"{"host":"localhost","port":0}"#).is_err());
        assert!(port("not json").is_err());
    }
}
