//! Inbound paths of forwarding and the life of each forwarded connection:
//! accept (or take over from the API), resolve the target port, connect
//! inside the container's network namespace, relay, close.
//!
//! Listeners live in the daemon's own network namespace: one loopback TCP
//! listener per `--publish OUTER:INNER` and per service `http_port`, and,
//! when the API listens on vsock, vsock port [`FORWARD_VSOCK_PORT`], whose
//! clients first send `CONNECT PORT\n` and get `OK PORT\n` or
//! `ERROR message\n` back.

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::os::fd::{AsFd, AsRawFd, FromRawFd, IntoRawFd, OwnedFd};
use std::time::{Duration, Instant};

use mio::net::TcpListener;
use mio::unix::SourceFd;
use mio::Interest;

use super::relay::{Conn, Greeting, Phase, Stop};
use super::{discovery, header_timer_id, token_for, Class};
use crate::addr::Addr;
use crate::config::NetworkMode;
use crate::daemon::slab::Key;
use crate::daemon::timer::TimerKey;
use crate::daemon::token::Kind;
use crate::daemon::{step, Daemon, StartError};
use crate::sys::{self, netns};

/// Vsock port for forwarded connections, next to the API's default 1024.
pub const FORWARD_VSOCK_PORT: u32 = 1025;
/// Maximum length of the header line of a vsock client, newline included.
pub const MAX_HEADER: usize = 64;
/// Time a vsock client has to send its header.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

enum Socket {
    Tcp(TcpListener),
    Vsock(OwnedFd),
}

/// Destination rule of an inbound listener.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Route {
    /// `--publish OUTER:INNER`: always container port `INNER`.
    Publish(u16),
    /// A service's `http_port`, forwarded to the same port inside.
    Service { name: String, port: u16 },
    /// The vsock port: the target comes from the header line.
    Header,
}

pub struct Listener {
    socket: Option<Socket>,
    route: Route,
}

/// Lists each open inbound listener as `(kind, local address, container
/// port)`. The vsock listener has port 0 because its clients name the port.
pub fn listener_views(d: &Daemon) -> Vec<(&'static str, String, u16)> {
    let mut views = Vec::new();
    for listener in &d.forward.listeners {
        let local = match &listener.socket {
            Some(Socket::Tcp(socket)) => socket.local_addr().map(|a| a.to_string()).unwrap_or_default(),
            Some(Socket::Vsock(_)) => format!("vsock:{FORWARD_VSOCK_PORT}"),
            None => continue,
        };
        let (kind, port) = match &listener.route {
            Route::Publish(port) => ("publish", *port),
            Route::Service { port, .. } => ("service", *port),
            Route::Header => ("vsock", 0),
        };
        views.push((kind, local, port));
    }
    views
}

/// Binds the `--publish` listeners and the vsock port.
pub fn start_listeners(d: &mut Daemon) -> Result<(), StartError> {
    for (outer, inner) in d.config.publish.clone() {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, outer));
        let listener =
            step(TcpListener::bind(addr), || format!("failed to listen on {addr} for --publish {outer}:{inner}"))?;
        log::info!("publishing container port {inner} on {}", listener.local_addr().map_or(addr, |a| a));
        add_listener(d, Socket::Tcp(listener), Route::Publish(inner));
    }
    if let Some(cid) = vsock_cid(d) {
        let fd = step(sys::vsock::listen(cid, FORWARD_VSOCK_PORT), || {
            format!("failed to listen on vsock port {FORWARD_VSOCK_PORT} for forwarding")
        })?;
        log::info!("forwarding on vsock port {FORWARD_VSOCK_PORT}");
        add_listener(d, Socket::Vsock(fd), Route::Header);
    }
    Ok(())
}

/// Returns the CID to bind the forwarding vsock port to, when the API
/// itself listens on vsock (explicitly, or by default as PID 1).
fn vsock_cid(d: &Daemon) -> Option<u32> {
    let configured = d.config.listen.iter().find_map(|addr| match addr {
        Addr::Vsock { cid, .. } => Some(*cid),
        _ => None,
    });
    let default = (d.config.listen.is_empty() && d.config.pid1).then_some(u32::MAX);
    configured.or(default)
}

fn add_listener(d: &mut Daemon, mut socket: Socket, route: Route) {
    // Reuse the slot of a closed service listener, so defining and
    // deleting services does not grow the table.
    let free = d.forward.listeners.iter().position(|l| l.socket.is_none());
    let index = free.unwrap_or(d.forward.listeners.len());
    let token = token_for(Class::Listener, index);
    if let Socket::Tcp(listener) = &socket {
        tune_listener(listener, &route);
    }
    let registered = match &mut socket {
        Socket::Tcp(listener) => d.registry.register(listener, token, Interest::READABLE),
        Socket::Vsock(fd) => d.registry.register(&mut SourceFd(&fd.as_raw_fd()), token, Interest::READABLE),
    };
    if let Err(err) = registered {
        log::warn!("failed to register forwarding listener for {route:?}: {err}");
        return;
    }
    let listener = Listener { socket: Some(socket), route };
    match free {
        Some(index) => d.forward.listeners[index] = listener,
        None => d.forward.listeners.push(listener),
    }
}

/// Accept queue of a forwarding TCP listener: room for a burst of
/// connections arriving while the loop is busy.
pub const LISTEN_BACKLOG: i32 = 1024;

/// Sets TCP_NODELAY on a forwarding listener, which its accepted sockets
/// inherit (one call per listener rather than per connection, and no
/// Nagle delay on small forwarded messages), and widens its accept queue
/// beyond mio's default of 128.
fn tune_listener(listener: &TcpListener, route: &Route) {
    if let Err(err) = rustix::net::sockopt::set_tcp_nodelay(listener, true) {
        log::warn!("failed to set TCP_NODELAY on the forwarding listener for {route:?}: {err}");
    }
    if let Err(err) = rustix::net::listen(listener, LISTEN_BACKLOG) {
        log::warn!("failed to widen the accept queue of the forwarding listener for {route:?}: {err}");
    }
}

/// Opens a loopback listener for each service `http_port` that has none
/// and closes those of services that no longer declare one. In host mode
/// the service already listens in the daemon's namespace, so none opens.
pub fn sync_service_listeners(d: &mut Daemon) {
    let wanted: Vec<(String, u16)> =
        if d.config.network == NetworkMode::Host { Vec::new() } else { crate::services::http_ports(d) };
    for listener in &mut d.forward.listeners {
        if let Route::Service { name, port } = &listener.route {
            if !wanted.iter().any(|(n, p)| n == name && p == port) {
                if let Some(Socket::Tcp(mut socket)) = listener.socket.take() {
                    let _ = d.registry.deregister(&mut socket);
                }
            }
        }
    }
    for (name, port) in wanted {
        let exists = d
            .forward
            .listeners
            .iter()
            .any(|l| l.socket.is_some() && l.route == Route::Service { name: name.clone(), port });
        if exists {
            continue;
        }
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        match TcpListener::bind(addr) {
            Ok(listener) => {
                log::info!("service {name:?}: forwarding {addr} to container port {port}");
                add_listener(d, Socket::Tcp(listener), Route::Service { name, port });
            }
            Err(err) => log::warn!("service {name:?}: failed to listen on {addr} for its http_port: {err}"),
        }
    }
}

/// Accepts every pending connection on listener `index`.
pub fn on_listener(d: &mut Daemon, index: usize) {
    loop {
        let Some(listener) = d.forward.listeners.get(index) else { return };
        let route = listener.route.clone();
        let accepted = match &listener.socket {
            // Accepted sockets inherit TCP_NODELAY from the listener.
            Some(Socket::Tcp(socket)) => socket.accept().map(|(stream, _)| {
                // SAFETY: into_raw_fd hands over sole ownership of the
                // accepted descriptor.
                unsafe { OwnedFd::from_raw_fd(stream.into_raw_fd()) }
            }),
            Some(Socket::Vsock(fd)) => accept_vsock(fd, d.config.vsock_allow_cid),
            None => return,
        };
        let client = match accepted {
            Ok(client) => client,
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => return,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => {
                // EMFILE and the like: the connection stays queued until the
                // next readiness event rather than spinning here.
                log::warn!("accept on forwarding listener {route:?} failed: {err}");
                return;
            }
        };
        match route {
            Route::Publish(port) | Route::Service { port, .. } => open(d, client, Greeting::Plain, port, Vec::new()),
            Route::Header => await_header(d, client),
        }
    }
}

fn accept_vsock(listener: &OwnedFd, allow_cid: u32) -> io::Result<OwnedFd> {
    loop {
        let (conn, peer_cid) = sys::vsock::accept(listener)?;
        if peer_cid == allow_cid {
            return Ok(conn);
        }
        log::warn!("rejected forwarding vsock connection from CID {peer_cid}; only CID {allow_cid} is allowed");
    }
}

/// Descriptors one forwarded connection may hold: its two sockets and a
/// pipe per direction.
const DESCRIPTORS_PER_CONNECTION: u64 = 6;
/// Descriptors kept for the rest of the daemon besides its API
/// connections: listeners, state and log files, the container, the pool.
const RESERVED_DESCRIPTORS: u64 = 128;

/// The connection cap in force: `--forward-max-connections`, or fewer when
/// the open-file limit cannot hold that many next to `--max-connections`
/// API connections. The flag is true when the open-file limit sets the
/// cap. The limit can change while the daemon runs, so it is read again
/// whenever open connections reach half the cap last computed.
pub fn effective_max(d: &Daemon) -> (usize, bool) {
    let limit = rustix::process::getrlimit(rustix::process::Resource::Nofile).current.unwrap_or(u64::MAX);
    let spare = limit.saturating_sub(d.config.max_connections as u64 + RESERVED_DESCRIPTORS);
    let budget = usize::try_from(spare / DESCRIPTORS_PER_CONNECTION).unwrap_or(usize::MAX);
    (d.forward.max_connections.min(budget), budget < d.forward.max_connections)
}

/// Whether another forwarded connection would exceed the cap; counts and
/// logs (at most once a second) each refusal.
pub fn at_capacity(d: &mut Daemon) -> bool {
    // Well below the cap last computed there is room whatever the limit
    // is now, which saves a getrlimit(2) per connection.
    if d.forward.conns.len() < d.forward.unchecked_below {
        return false;
    }
    let (max, _) = effective_max(d);
    let forward = &mut d.forward;
    forward.unchecked_below = max / 2;
    if forward.conns.len() < max {
        return false;
    }
    forward.counters.refused += 1;
    let now = Instant::now();
    if forward.last_refusal_log.is_none_or(|last| now.duration_since(last) >= Duration::from_secs(1)) {
        forward.last_refusal_log = Some(now);
        log::warn!(
            "refused a forwarded connection: {} open, the most the cap and the open-file limit allow ({} refused so far)",
            forward.conns.len(),
            forward.counters.refused
        );
    }
    true
}

/// Message for a refusal at the connection cap.
pub fn capacity_message(d: &Daemon) -> String {
    match effective_max(d) {
        (max, true) => format!(
            "too many forwarded connections (limit {max}, set by the daemon's open-file limit); retry later or raise the limit (RLIMIT_NOFILE)"
        ),
        (max, false) => {
            format!("too many forwarded connections (limit {max}); retry later or raise --forward-max-connections")
        }
    }
}

/// Starts forwarding `client` to container port `port`. `prefix` contains
/// bytes the client already sent. Failures are reported to the client as
/// its greeting allows and close it.
pub fn open(d: &mut Daemon, client: OwnedFd, greeting: Greeting, port: u16, prefix: Vec<u8>) {
    if at_capacity(d) {
        let message = capacity_message(d);
        reject(&client, greeting, 503, &message);
        return;
    }
    let target = match discovery::resolve(d, port) {
        Ok(target) => target,
        Err((status, message)) => {
            d.forward.counters.failed += 1;
            reject(&client, greeting, status, &message);
            return;
        }
    };
    let mut conn = Conn::new(client, greeting, Phase::Connecting);
    conn.port = port;
    conn.directions[0].prefix = prefix;
    let key = d.forward.conns.insert(conn);
    connect_and_register(d, key, target);
}

fn connect_and_register(d: &mut Daemon, key: Key, target: SocketAddr) {
    let socket = match connect(d, target) {
        Ok(socket) => socket,
        Err(err) => {
            let message = format!("failed to connect to {target} in the container: {err}");
            fail(d, key.index, 502, &message);
            return;
        }
    };
    let Some(conn) = d.forward.conns.get_mut(key.index) else { return };
    conn.phase = Phase::Connecting;
    let interest = Interest::READABLE | Interest::WRITABLE;
    let registry = &d.registry;
    let client_token = token_for(Class::Client, key.index);
    let target_token = token_for(Class::Target, key.index);
    let registered = if conn.greeting == Greeting::Line {
        // The client socket is already registered while its header was read.
        registry.register(&mut SourceFd(&socket.as_raw_fd()), target_token, interest)
    } else {
        registry
            .register(&mut SourceFd(&conn.client.as_raw_fd()), client_token, interest)
            .and_then(|()| registry.register(&mut SourceFd(&socket.as_raw_fd()), target_token, interest))
    };
    conn.target = Some(socket);
    if let Err(err) = registered {
        log::warn!("failed to register a forwarded connection: {err}");
        close(d, key.index, true);
        return;
    }
    d.forward.counters.accepted += 1;
}

/// Sockets created per trip into the container's network namespace. A
/// `setns(2)` pair costs about as much as creating a socket (see
/// docs/forwarding.md), so spares are made in batches and kept.
pub const SPARE_BATCH: usize = 16;

/// Unconnected TCP sockets already created in the container's network
/// namespace, per address family; emptied when the container stops,
/// because they belong to its namespace.
#[derive(Default)]
pub struct Spares {
    ipv4: Vec<OwnedFd>,
    ipv6: Vec<OwnedFd>,
}

impl Spares {
    pub fn clear(&mut self) {
        self.ipv4.clear();
        self.ipv6.clear();
    }
}

fn tcp_socket(ipv6: bool) -> io::Result<OwnedFd> {
    use rustix::net::{socket_with, AddressFamily, SocketFlags, SocketType};
    let family = if ipv6 { AddressFamily::INET6 } else { AddressFamily::INET };
    let flags = SocketFlags::NONBLOCK | SocketFlags::CLOEXEC;
    let socket = socket_with(family, SocketType::STREAM, flags, None)?;
    rustix::net::sockopt::set_tcp_nodelay(&socket, true)?;
    Ok(socket)
}

/// Takes a TCP socket of the target's family from the container's
/// namespace (the daemon's own in host mode), creating a batch of them when
/// none is spare.
fn target_socket(d: &mut Daemon, ipv6: bool) -> io::Result<OwnedFd> {
    if d.config.network == NetworkMode::Host {
        return tcp_socket(ipv6);
    }
    let spares = &mut d.forward.spares;
    let pool = if ipv6 { &mut spares.ipv6 } else { &mut spares.ipv4 };
    if let Some(socket) = pool.pop() {
        return Ok(socket);
    }
    let namespace = crate::container::netns_fd(d).ok_or_else(|| io::Error::other("the container is not running"))?;
    let home = d.forward.root_netns.as_ref().ok_or_else(|| io::Error::other("forwarding not started"))?;
    let batch = netns::run_in(Some(namespace), home.as_fd(), || {
        (0..SPARE_BATCH).map(|_| tcp_socket(ipv6)).collect::<io::Result<Vec<OwnedFd>>>()
    });
    let mut batch = batch.map_err(|err| {
        log::error!("failed to return to the daemon's network namespace: {err}");
        err
    })??;
    let socket = batch.pop().expect("a batch is not empty");
    let spares = &mut d.forward.spares;
    *(if ipv6 { &mut spares.ipv6 } else { &mut spares.ipv4 }) = batch;
    Ok(socket)
}

/// Starts a non-blocking connect to `target` from the container's network
/// namespace (the daemon's own in host mode). The Sprites WebSocket proxy
/// uses it too.
pub(crate) fn connect(d: &mut Daemon, target: SocketAddr) -> io::Result<OwnedFd> {
    let socket = target_socket(d, target.is_ipv6())?;
    match rustix::net::connect(&socket, &target) {
        Ok(()) | Err(rustix::io::Errno::INPROGRESS) => Ok(socket),
        Err(err) => Err(err.into()),
    }
}

/// Writes a refusal the client can read, as far as its protocol allows,
/// and lets `client` close.
fn reject(client: &OwnedFd, greeting: Greeting, status: u16, message: &str) {
    let bytes = greeting.rejected(status, message);
    if !bytes.is_empty() {
        // Best effort: a fresh socket's send buffer takes a short message.
        let _ = rustix::net::send(client, &bytes, rustix::net::SendFlags::NOSIGNAL);
    }
}

fn fail(d: &mut Daemon, index: usize, status: u16, message: &str) {
    log::debug!("forwarded connection failed: {message}");
    d.forward.counters.failed += 1;
    if let Some(conn) = d.forward.conns.get(index) {
        reject(&conn.client, conn.greeting, status, message);
    }
    close(d, index, false);
}

fn close(d: &mut Daemon, index: usize, failed: bool) {
    if let Some(conn) = d.forward.conns.remove(index) {
        // Closing the descriptors removes them from the event loop.
        conn.close(failed, &mut d.forward.buffers.pipes);
    }
}

/// Closes every forwarded connection.
pub fn close_all(d: &mut Daemon) {
    let indexes: Vec<usize> = d.forward.conns.iter().map(|(index, _)| index).collect();
    let count = indexes.len();
    for index in indexes {
        close(d, index, false);
    }
    if count > 0 {
        log::info!("closed {count} forwarded connection(s)");
    }
}

/// Handles readiness on either socket of connection `index`.
pub fn on_conn_event(d: &mut Daemon, index: usize, target_side: bool, event: &mio::event::Event) {
    let Some(conn) = d.forward.conns.get_mut(index) else { return };
    // An end of stream or error is a flag on an event, whatever the phase,
    // and never repeats: remember it so the relay reads that side to the end.
    if event.is_read_closed() || event.is_error() {
        conn.directions[usize::from(target_side)].source_hup = true;
    }
    match conn.phase {
        Phase::Header => {
            if !target_side {
                read_header(d, index);
            }
        }
        Phase::Connecting => {
            let failed = event.is_error() || event.is_write_closed();
            if target_side && (event.is_writable() || failed) {
                let target_readable = event.is_readable() || event.is_read_closed();
                finish_connect(d, index, failed, target_readable);
            }
        }
        Phase::Relaying => {
            // An edge-triggered event carries every readiness the socket has,
            // and a connected socket is nearly always writable, so writable
            // only matters to a direction with bytes waiting for this
            // socket. Errors and hangups pump both directions, whose calls
            // then report them.
            let (from_source, to_destination) = if target_side { (1, 0) } else { (0, 1) };
            let broken = event.is_write_closed() || event.is_error();
            let mut which = [broken; 2];
            if event.is_readable() || event.is_read_closed() {
                which[from_source] = true;
            }
            if event.is_writable() && conn.directions[to_destination].has_output() {
                which[to_destination] = true;
            }
            pump(d, index, which);
        }
    }
}

fn pump(d: &mut Daemon, index: usize, which: [bool; 2]) {
    let forward = &mut d.forward;
    let Some(conn) = forward.conns.get_mut(index) else { return };
    match conn.pump_directions(which, &mut forward.buffers) {
        Ok(()) => {}
        Err(Stop::Done) => close(d, index, false),
        Err(Stop::Failed(err)) => {
            log::debug!("forwarded connection to port {} failed: {err}", conn.port);
            close(d, index, true);
        }
    }
}

/// Completes a non-blocking connect once the target socket reported
/// writable (connected) or an error. Only a `failed` report costs a
/// `getsockopt(SO_ERROR)`, to name the error. The target is read only when
/// its event reports data or an end; the client always, because its
/// events while connecting were not acted on.
fn finish_connect(d: &mut Daemon, index: usize, failed: bool, target_readable: bool) {
    let Some(conn) = d.forward.conns.get_mut(index) else { return };
    let Some(target) = conn.target.as_ref() else { return };
    let status = if failed { rustix::net::sockopt::socket_error(target) } else { Ok(Ok(())) };
    match status {
        Ok(Ok(())) => {}
        Ok(Err(rustix::io::Errno::INPROGRESS)) | Ok(Err(rustix::io::Errno::AGAIN)) => return,
        Ok(Err(err)) => {
            let message = connect_error(conn.port, err.into());
            fail(d, index, 502, &message);
            return;
        }
        Err(err) => {
            let message = connect_error(conn.port, err.into());
            fail(d, index, 502, &message);
            return;
        }
    }
    conn.phase = Phase::Relaying;
    conn.directions[1].prefix = conn.greeting.accepted(conn.port);
    let reply = target_readable || conn.directions[1].has_output();
    pump(d, index, [true, reply]);
}

fn connect_error(port: u16, err: io::Error) -> String {
    format!("connection to TCP port {port} in the container failed: {err}")
}

/// Registers a vsock client that must first name its target port.
fn await_header(d: &mut Daemon, client: OwnedFd) {
    if at_capacity(d) {
        let message = capacity_message(d);
        reject(&client, Greeting::Line, 503, &message);
        return;
    }
    let key = d.forward.conns.insert(Conn::new(client, Greeting::Line, Phase::Header));
    let conn = d.forward.conns.get_mut(key.index).expect("just inserted");
    let token = token_for(Class::Client, key.index);
    let interest = Interest::READABLE | Interest::WRITABLE;
    if let Err(err) = d.registry.register(&mut SourceFd(&conn.client.as_raw_fd()), token, interest) {
        log::warn!("failed to register a vsock forwarding client: {err}");
        close(d, key.index, false);
        return;
    }
    let deadline = Instant::now() + HEADER_TIMEOUT;
    d.timers.add(deadline, TimerKey { kind: Kind::Forward, id: header_timer_id(key) });
}

/// Closes a vsock client that did not send its header in time.
pub fn on_header_timeout(d: &mut Daemon, key: Key) {
    let Some(conn) = d.forward.conns.get_key_mut(key) else { return };
    if conn.phase == Phase::Header {
        let message = format!("no header within {} seconds; send CONNECT PORT and a newline", HEADER_TIMEOUT.as_secs());
        fail(d, key.index, 408, &message);
    }
}

/// Parses `CONNECT PORT`.
pub fn parse_header(line: &[u8]) -> Result<u16, String> {
    let text = std::str::from_utf8(line).map_err(|_| "header is not valid UTF-8".to_string())?;
    let text = text.trim_end_matches(['\r', '\n']);
    let port =
        text.strip_prefix("CONNECT ").ok_or_else(|| format!("invalid header {text:?}; expected CONNECT PORT"))?;
    match port.trim().parse::<u16>() {
        Ok(port) if port > 0 => Ok(port),
        _ => Err(format!("invalid port {port:?} in header; expected 1 to 65535")),
    }
}

fn read_header(d: &mut Daemon, index: usize) {
    let Some(conn) = d.forward.conns.get_mut(index) else { return };
    let mut buffer = [0u8; MAX_HEADER];
    let room = MAX_HEADER - conn.header.len();
    let read = match rustix::io::read(&conn.client, &mut buffer[..room]) {
        Ok(0) => {
            close(d, index, false);
            return;
        }
        Ok(n) => n,
        Err(rustix::io::Errno::AGAIN) | Err(rustix::io::Errno::INTR) => return,
        Err(_) => {
            close(d, index, true);
            return;
        }
    };
    conn.header.extend_from_slice(&buffer[..read]);
    let Some(end) = conn.header.iter().position(|b| *b == b'\n') else {
        if conn.header.len() >= MAX_HEADER {
            fail(d, index, 400, &format!("header longer than {MAX_HEADER} bytes; send CONNECT PORT and a newline"));
        }
        return;
    };
    let rest = conn.header.split_off(end + 1);
    let port = match parse_header(&conn.header) {
        Ok(port) => port,
        Err(message) => {
            fail(d, index, 400, &message);
            return;
        }
    };
    conn.port = port;
    conn.directions[0].prefix = rest;
    conn.phase = Phase::Connecting;
    let Some(key) = d.forward.conns.key_of(index) else { return };
    match discovery::resolve(d, port) {
        Ok(target) => connect_and_register(d, key, target),
        Err((status, message)) => fail(d, index, status, &message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_names_the_port() {
        assert_eq!(parse_header(b"CONNECT 8080\n"), Ok(8080));
        assert_eq!(parse_header(b"CONNECT 22\r\n"), Ok(22));
        assert!(parse_header(b"CONNECT 0\n").unwrap_err().contains("\"0\""));
        assert!(parse_header(b"GET / HTTP/1.1\n").unwrap_err().contains("CONNECT PORT"));
        assert!(parse_header(b"CONNECT 70000\n").is_err());
    }
}
