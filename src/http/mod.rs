//! The HTTP/1.1 server of the platform API: listeners, keep-alive
//! connections, request limits and timeouts. A parsed request goes to
//! [`crate::api::route`], which either returns a response or takes the
//! connection over for a stream (chunked output, WebSocket, raw proxy).
//!
//! Limits: heads up to [`request::MAX_HEAD`] bytes, bodies up to
//! [`request::MAX_BODY`], at most `--max-connections` open connections, a
//! whole request within [`REQUEST_TIMEOUT`] of its first byte, and an idle
//! keep-alive connection closed after [`IDLE_TIMEOUT`].

pub mod deferred;
pub mod listener;
pub mod request;
pub mod response;
pub mod stream;
pub mod websocket;

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use mio::Interest;

use crate::addr::{Addr, DEFAULT_VSOCK_PORT};
use crate::config::Config;
use crate::daemon::slab::{Key, Slab};
use crate::daemon::timer::TimerKey;
use crate::daemon::token::{token, Kind};
use crate::daemon::{step, Daemon, StartError};
use listener::Listener;
pub use request::{Origin, Request};
pub use response::Response;
pub use stream::Stream;

/// Time a client has to send a whole request once its first byte arrived.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// Time a keep-alive connection may sit idle between requests.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(60);
/// Response bytes queued on one connection before the server stops reading
/// further pipelined requests from it.
const MAX_QUEUED_OUTPUT: usize = 4 * 1024 * 1024;

/// Result of routing a request.
pub enum Reply {
    /// Send this response; the connection stays open for the next request.
    Response(Response),
    /// Take the connection out of the HTTP server and give it to a stream
    /// handler, which writes its own response head.
    Takeover(Takeover),
}

/// Stream handler that takes over an upgraded connection.
pub type Takeover = Box<dyn FnOnce(&mut Daemon, Upgraded)>;

impl From<Response> for Reply {
    fn from(response: Response) -> Reply {
        Reply::Response(response)
    }
}

/// A connection taken over by a stream handler.
pub struct Upgraded {
    pub stream: Stream,
    pub request: Request,
    /// Bytes the client sent after the request, already read from the
    /// socket.
    pub leftover: Vec<u8>,
}

struct Conn {
    stream: Stream,
    origin: Origin,
    input: Vec<u8>,
    output: Vec<u8>,
    written: usize,
    close_after_flush: bool,
    last_activity: Instant,
    request_started: Option<Instant>,
    timer_at: Option<Instant>,
}

impl Conn {
    fn deadline(&self) -> Instant {
        match self.request_started {
            Some(start) => start + REQUEST_TIMEOUT,
            None => self.last_activity + IDLE_TIMEOUT,
        }
    }
}

pub struct Server {
    listeners: Vec<Listener>,
    conns: Slab<Conn>,
    max_connections: usize,
    /// Open connections that came in on the container's API socket.
    container_connections: usize,
    /// Connections rejected with 503 because the cap was reached.
    pub rejected: u64,
}

impl Server {
    pub fn new(config: &Config) -> Server {
        Server {
            listeners: Vec::new(),
            conns: Slab::default(),
            max_connections: config.max_connections,
            container_connections: 0,
            rejected: 0,
        }
    }

    /// Number of open API connections.
    pub fn connections(&self) -> usize {
        self.conns.len()
    }

    /// Maximum connections user code may hold open on the container's API
    /// socket: half the cap, so that it cannot lock the platform out of
    /// the API by holding every connection.
    fn max_container_connections(&self) -> usize {
        (self.max_connections / 2).max(1)
    }

    /// Whether a new connection from `origin` would exceed its cap.
    fn is_full(&self, origin: Origin) -> bool {
        self.conns.len() >= self.max_connections
            || (origin == Origin::Container && self.container_connections >= self.max_container_connections())
    }

    /// Takes connection `index` out of the table, keeping the per-origin
    /// count in step.
    fn remove(&mut self, index: usize) -> Option<Conn> {
        let conn = self.conns.remove(index)?;
        if conn.origin == Origin::Container {
            self.container_connections -= 1;
        }
        Some(conn)
    }

    /// Addresses the daemon listens on.
    pub fn addresses(&self) -> Vec<String> {
        self.listeners.iter().map(|l| l.addr.to_string()).collect()
    }
}

/// Directory holding the API socket that user code sees inside the
/// container; the container mounts it at `/run/guestd`.
pub fn inner_socket_dir(config: &Config) -> PathBuf {
    config.run_dir.join("inner")
}

/// Binds every configured listener and the container's own API socket.
pub fn start(d: &mut Daemon) -> Result<(), StartError> {
    let mut addrs = d.config.listen.clone();
    if addrs.is_empty() {
        // `RUN_DIR/api.sock`, which is /run/guestd/api.sock under the default
        // --run-dir, so that two daemons with their own run directories
        // never contend for one socket.
        addrs.push(Addr::Unix(d.config.run_dir.join("api.sock")));
        if d.config.pid1 {
            addrs.push(Addr::Vsock { cid: u32::MAX, port: DEFAULT_VSOCK_PORT });
        }
    }
    let mut bound = Vec::new();
    for addr in &addrs {
        let origin = match addr {
            Addr::Tcp(_) => Origin::Tcp,
            Addr::Vsock { .. } => Origin::Vsock,
            _ => Origin::Local,
        };
        bound.push((addr.clone(), origin));
    }
    let inner = Addr::Unix(inner_socket_dir(&d.config).join("api.sock"));
    bound.push((inner, Origin::Container));
    for (addr, origin) in bound {
        let mut listener = step(Listener::bind(&addr, origin), || format!("failed to listen on {addr}"))?;
        let index = d.http.listeners.len();
        step(listener.register(&d.registry, token(Kind::Listener, index)), || {
            format!("failed to register listener {addr}")
        })?;
        log::info!("listening on {}", listener.addr);
        d.http.listeners.push(listener);
    }
    Ok(())
}

/// Accepts every pending connection on listener `index`.
pub fn on_listener(d: &mut Daemon, index: usize) {
    loop {
        let Some(listener) = d.http.listeners.get(index) else { return };
        let origin = listener.origin;
        let fd = match listener.accept(d.config.vsock_allow_cid) {
            Ok(fd) => fd,
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => return,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => {
                // EMFILE and friends: the connection stays queued; log and
                // wait for the next readiness event rather than spin.
                log::warn!("accept on {} failed: {err}", listener.addr);
                return;
            }
        };
        let stream = Stream::from_fd(fd);
        if d.http.is_full(origin) {
            d.http.rejected += 1;
            let limit = match origin {
                Origin::Container => d.http.max_container_connections(),
                _ => d.http.max_connections,
            };
            let response = Response::error(503, format!("too many connections (limit {limit}); retry later"));
            let _ = (&stream).write(&response.encode(false));
            continue;
        }
        add_connection(d, stream, origin, Vec::new());
    }
}

/// Adds an accepted connection to the server. `input` contains bytes
/// already read from it, if any.
pub fn add_connection(d: &mut Daemon, stream: Stream, origin: Origin, input: Vec<u8>) {
    let now = Instant::now();
    let has_input = !input.is_empty();
    let key = d.http.conns.insert(Conn {
        stream,
        origin,
        input,
        output: Vec::new(),
        written: 0,
        close_after_flush: false,
        last_activity: now,
        request_started: has_input.then_some(now),
        timer_at: None,
    });
    if origin == Origin::Container {
        d.http.container_connections += 1;
    }
    let conn = d.http.conns.get_mut(key.index).expect("just inserted");
    let interest = Interest::READABLE | Interest::WRITABLE;
    if let Err(err) = d.registry.register(&mut conn.stream, token(Kind::Http, key.index), interest) {
        log::warn!("failed to register API connection: {err}");
        d.http.remove(key.index);
        return;
    }
    arm_timer(d, key);
    if has_input {
        process(d, key.index);
    }
}

/// Handles readiness of connection `index`.
pub fn on_event(d: &mut Daemon, index: usize, event: &mio::event::Event) {
    if event.is_writable() && !flush(d, index) {
        return;
    }
    if event.is_readable() || event.is_read_closed() || event.is_error() {
        read(d, index);
    }
}

/// Reads what the client sent, then processes complete requests.
fn read(d: &mut Daemon, index: usize) {
    let Some(conn) = d.http.conns.get_mut(index) else { return };
    let mut buffer = [0u8; 16 * 1024];
    let mut eof = false;
    loop {
        // Bound the buffered input: one head plus one body, with a little
        // slack for the next pipelined request.
        let limit = request::MAX_HEAD + request::MAX_BODY + buffer.len();
        if conn.input.len() >= limit || conn.close_after_flush {
            break;
        }
        match (&conn.stream).read(&mut buffer) {
            Ok(0) => {
                eof = true;
                break;
            }
            Ok(n) => {
                let now = Instant::now();
                conn.last_activity = now;
                if conn.input.is_empty() && conn.request_started.is_none() {
                    conn.request_started = Some(now);
                }
                conn.input.extend_from_slice(&buffer[..n]);
            }
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => break,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => {
                log::debug!("API connection read failed: {err}");
                close(d, index);
                return;
            }
        }
    }
    process(d, index);
    if eof {
        match d.http.conns.get_mut(index) {
            Some(conn) if conn.written < conn.output.len() => conn.close_after_flush = true,
            Some(_) => close(d, index),
            None => {}
        }
    }
}

/// Parses and routes every complete request in the connection's input.
fn process(d: &mut Daemon, index: usize) {
    loop {
        let Some(conn) = d.http.conns.get_mut(index) else { return };
        if conn.close_after_flush || conn.output.len() - conn.written > MAX_QUEUED_OUTPUT {
            break;
        }
        let origin = conn.origin;
        let parsed = request::parse(&conn.input, origin);
        let (request, used) = match parsed {
            request::Parse::Partial => break,
            request::Parse::Invalid(response) => {
                log::debug!("rejected request: {}", String::from_utf8_lossy(&response.body).trim());
                conn.input.clear();
                conn.output.extend_from_slice(&response.encode(false));
                conn.close_after_flush = true;
                break;
            }
            request::Parse::Complete(request, used) => (request, used),
        };
        conn.input.drain(..used);
        conn.request_started = (!conn.input.is_empty()).then(Instant::now);
        let close_after = request.close;
        match crate::api::route(d, &request) {
            Reply::Response(response) => {
                let Some(conn) = d.http.conns.get_mut(index) else { return };
                conn.output.extend_from_slice(&response.encode(!close_after));
                if close_after {
                    conn.close_after_flush = true;
                }
            }
            Reply::Takeover(handler) => {
                let Some(mut conn) = d.http.remove(index) else { return };
                if let Err(err) = d.registry.deregister(&mut conn.stream) {
                    log::warn!("failed to deregister API connection: {err}");
                }
                let upgraded = Upgraded { stream: conn.stream, request: *request, leftover: conn.input };
                handler(d, upgraded);
                return;
            }
        }
    }
    if flush(d, index) {
        if let Some(key) = d.http.conns.key_of(index) {
            arm_timer(d, key);
        }
    }
}

/// Writes queued output. Returns false when the connection was closed.
fn flush(d: &mut Daemon, index: usize) -> bool {
    let Some(conn) = d.http.conns.get_mut(index) else { return false };
    while conn.written < conn.output.len() {
        match (&conn.stream).write(&conn.output[conn.written..]) {
            Ok(n) => conn.written += n,
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => return true,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => {
                log::debug!("API connection write failed: {err}");
                close(d, index);
                return false;
            }
        }
    }
    conn.output.clear();
    conn.written = 0;
    conn.last_activity = Instant::now();
    if conn.close_after_flush {
        close(d, index);
        return false;
    }
    // Output drained: requests held back by a full output queue can go on.
    if !conn.input.is_empty() && conn.request_started.is_some() {
        let pending = request::parse(&conn.input, conn.origin);
        if !matches!(pending, request::Parse::Partial) {
            process(d, index);
            return d.http.conns.get(index).is_some();
        }
    }
    true
}

fn close(d: &mut Daemon, index: usize) {
    if let Some(mut conn) = d.http.remove(index) {
        let _ = d.registry.deregister(&mut conn.stream);
    }
}

fn arm_timer(d: &mut Daemon, key: Key) {
    let Some(conn) = d.http.conns.get_key_mut(key) else { return };
    let deadline = conn.deadline();
    if conn.timer_at.is_some_and(|at| at <= deadline) {
        return;
    }
    conn.timer_at = Some(deadline);
    d.timers.add(deadline, TimerKey { kind: Kind::Http, id: key.to_u64() });
}

/// Closes a connection whose request or idle time ran out.
pub fn on_timer(d: &mut Daemon, id: u64) {
    let key = Key::from_u64(id);
    let Some(conn) = d.http.conns.get_key_mut(key) else { return };
    conn.timer_at = None;
    let now = Instant::now();
    if now < conn.deadline() {
        arm_timer(d, key);
        return;
    }
    if conn.request_started.is_some() {
        log::debug!("closing API connection: request not complete within {}s", REQUEST_TIMEOUT.as_secs());
        let response =
            Response::error(408, format!("request not complete within {} seconds", REQUEST_TIMEOUT.as_secs()));
        let _ = (&conn.stream).write(&response.encode(false));
    }
    close(d, key.index);
}
