//! Port forwarding: TCP ports that user code listens on inside the
//! container become reachable from outside through the daemon, with no
//! configuration.
//!
//! - [`discovery`] keeps the table of listening ports and streams its
//!   changes to followers ([`follow`]);
//! - [`inbound`] accepts connections (the API's `/v1/proxy/{port}` upgrade,
//!   `--publish` and service `http_port` TCP listeners, and a vsock port with
//!   a one-line header) and connects each to its target inside the
//!   container's network namespace;
//! - [`relay`] moves the bytes: small messages by copy, bulk transfers
//!   with `splice(2)`.
//!
//! Every forwarded connection is closed when the container stops. This
//! module never starts processes and never touches the container's
//! configuration.

pub mod discovery;
pub mod follow;
pub mod inbound;
pub mod relay;

use std::os::fd::OwnedFd;
use std::time::Instant;

use crate::config::{Config, NetworkMode};
use crate::daemon::slab::{Key, Slab};
use crate::daemon::token::{token, Kind};
use crate::daemon::{step, Daemon, StartError};
use crate::sys::{self, ExitStatus};

/// Default cap on forwarded connections at once. Each costs two sockets
/// and up to two pipes (six descriptors), so 2048 stays well inside a
/// 20 000 descriptor limit with room for the API and the container.
pub const DEFAULT_MAX_CONNECTIONS: usize = 2048;

/// Kind of event source behind a token of this subsystem, stored in the
/// low bits of the token index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(usize)]
pub enum Class {
    /// The client socket of connection N.
    Client = 0,
    /// The target socket of connection N.
    Target = 1,
    /// Inbound listener N.
    Listener = 2,
    Notifier = 3,
    Monitor = 4,
    /// Port follower N.
    Follower = 5,
}

const CLASS_BITS: u32 = 3;

pub fn token_for(class: Class, index: usize) -> mio::Token {
    token(Kind::Forward, (index << CLASS_BITS) | class as usize)
}

fn split_index(index: usize) -> (Option<Class>, usize) {
    let class = match index & ((1 << CLASS_BITS) - 1) {
        0 => Some(Class::Client),
        1 => Some(Class::Target),
        2 => Some(Class::Listener),
        3 => Some(Class::Notifier),
        4 => Some(Class::Monitor),
        5 => Some(Class::Follower),
        _ => None,
    };
    (class, index >> CLASS_BITS)
}

/// Timer id of the delayed dump after a trapped `listen(2)`.
pub const TIMER_SCAN: u64 = 1;
/// Timer id of the fallback poll for followers.
pub const TIMER_POLL: u64 = 2;
/// Low bits of a timer id for a connection's header deadline; the rest is
/// the connection's slab key.
const TIMER_HEADER: u64 = 3;

fn header_timer_id(key: Key) -> u64 {
    (u64::from(key.generation) << 32) | ((key.index as u64) << 4) | TIMER_HEADER
}

/// Counters shown in `GET /v1/ports`.
#[derive(Default, Clone, Copy)]
pub struct Counters {
    pub accepted: u64,
    pub refused: u64,
    pub failed: u64,
}

pub struct Forward {
    /// The loop thread's own network namespace, to return to after creating
    /// sockets in the container's.
    root_netns: Option<OwnedFd>,
    conns: Slab<relay::Conn>,
    pub max_connections: usize,
    /// Empty pipes ready for reuse and the copy buffer.
    buffers: relay::Buffers,
    listeners: Vec<inbound::Listener>,
    spares: inbound::Spares,
    pub ports: discovery::Ports,
    followers: follow::Followers,
    pub counters: Counters,
    last_refusal_log: Option<Instant>,
    /// Open connections below which a new one cannot reach the cap (half
    /// the cap last computed), so the open-file limit need not be read.
    unchecked_below: usize,
}

impl Forward {
    pub fn new(config: &Config) -> Forward {
        Forward {
            root_netns: None,
            conns: Slab::default(),
            max_connections: config.forward_max_connections,
            buffers: relay::Buffers::default(),
            listeners: Vec::new(),
            spares: inbound::Spares::default(),
            ports: discovery::Ports::default(),
            followers: follow::Followers::default(),
            counters: Counters::default(),
            last_refusal_log: None,
            unchecked_below: 0,
        }
    }

    /// Number of open forwarded connections.
    pub fn connections(&self) -> usize {
        self.conns.len()
    }

    /// Number of empty pipes kept for reuse.
    pub fn pooled_pipes(&self) -> usize {
        self.buffers.pipes.len()
    }
}

/// Opens the inbound listeners and, in host mode, starts discovery.
pub fn start(d: &mut Daemon) -> Result<(), StartError> {
    raise_fd_limit();
    let root = step(sys::netns::current(), || "failed to open the daemon's network namespace".into())?;
    d.forward.root_netns = Some(root);
    inbound::start_listeners(d)?;
    inbound::sync_service_listeners(d);
    // The container starts before forwarding and without calling
    // `container_started`, so pick up its namespace and notifier here.
    discovery::attach(d);
    if crate::container::netns_fd(d).is_some() || d.config.network == NetworkMode::Host {
        discovery::take_notifier(d);
    }
    Ok(())
}

/// Called by the service manager after a service was defined, changed or
/// deleted: opens or closes the loopback listeners of `http_port`s.
pub fn services_changed(d: &mut Daemon) {
    inbound::sync_service_listeners(d);
}

/// Raises the soft descriptor limit to the hard one: each forwarded
/// connection needs up to six descriptors.
fn raise_fd_limit() {
    let limit = rustix::process::getrlimit(rustix::process::Resource::Nofile);
    if limit.current < limit.maximum {
        let raised = rustix::process::Rlimit { current: limit.maximum, maximum: limit.maximum };
        if let Err(err) = rustix::process::setrlimit(rustix::process::Resource::Nofile, raised) {
            log::warn!("failed to raise the open file limit to {:?}: {err}", limit.maximum);
        }
    }
}

pub fn shutdown(d: &mut Daemon) {
    inbound::close_all(d);
    follow::close_all(d);
}

pub fn on_event(d: &mut Daemon, index: usize, event: &mio::event::Event) {
    let (class, index) = split_index(index);
    match class {
        Some(Class::Client) => inbound::on_conn_event(d, index, false, event),
        Some(Class::Target) => inbound::on_conn_event(d, index, true, event),
        Some(Class::Listener) => inbound::on_listener(d, index),
        Some(Class::Notifier) => discovery::on_notifier(d),
        Some(Class::Monitor) => discovery::on_monitor(d),
        Some(Class::Follower) => follow::on_event(d, index, event),
        None => log::debug!("ignoring forward event with unknown index {index}"),
    }
}

pub fn on_timer(d: &mut Daemon, id: u64) {
    if id & 0xf == TIMER_HEADER {
        let key = Key { index: ((id & 0xffff_ffff) >> 4) as usize, generation: (id >> 32) as u32 };
        inbound::on_header_timeout(d, key);
        return;
    }
    discovery::on_timer(d, id);
}

pub fn on_child_exit(_d: &mut Daemon, _id: u64, _pid: libc::pid_t, _status: ExitStatus) {}

/// Called after the container has (re)started: watch its namespace, take
/// its listen notifier, and listen for its services' HTTP ports.
pub fn container_started(d: &mut Daemon) {
    if d.forward.root_netns.is_none() {
        // Forwarding has not started yet; `start` does the same.
        return;
    }
    discovery::take_notifier(d);
    discovery::attach(d);
    inbound::sync_service_listeners(d);
}

/// Called before the container's processes are killed: every forwarded
/// connection closes and every port is reported closed.
pub fn container_stopping(d: &mut Daemon) {
    inbound::close_all(d);
    d.forward.spares.clear();
    discovery::detach(d);
}
