//! Which TCP ports listen inside the container, kept current without
//! polling:
//!
//! - opens: the container's seccomp filter traps `listen(2)` and reports it
//!   on a user-notification descriptor. The daemon lets the call continue
//!   and, since the listen completes only after that, dumps the listeners
//!   (NETLINK_SOCK_DIAG) [`SCAN_DELAYS`] later.
//! - closes: a sock_diag socket subscribed to the TCP destroy groups
//!   receives a message for each TCP socket of the namespace that the
//!   kernel frees. A freed socket whose cookie is a known listener closes
//!   that entry.
//!
//! Without a notifier (before the container provides one) the table is
//! refreshed on demand: on `GET /v1/ports`, when a proxy target is unknown,
//! and every [`FALLBACK_POLL`] while a follower is connected.
//!
//! The owner of a new listener (PID and command) is found by matching its
//! socket inode against `/proc/*/fd`. This module never touches the data
//! path.

use std::collections::HashSet;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::time::Duration;

use mio::unix::SourceFd;
use mio::Interest;

use super::{follow, token_for, Class, TIMER_POLL, TIMER_SCAN};
use crate::config::NetworkMode;
use crate::daemon::token::Kind;
use crate::daemon::Daemon;
use crate::sys::{netlink, netns, seccomp};

/// Delays after a trapped `listen(2)` at which the listeners are dumped:
/// the first catches the usual case, the second a caller that was slow to
/// resume on a busy machine.
pub const SCAN_DELAYS: [Duration; 2] = [Duration::from_millis(2), Duration::from_millis(40)];

/// Refresh interval while a follower is connected and no notifier exists.
pub const FALLBACK_POLL: Duration = Duration::from_millis(100);

/// One listening socket in the container.
#[derive(Clone, Debug)]
pub struct PortEntry {
    pub port: u16,
    pub address: String,
    pub family: &'static str,
    /// PID inside the container's PID namespace, when found.
    pub pid: Option<u32>,
    pub command: Option<String>,
    pub ip: IpAddr,
    pub cookie: u64,
}

/// Discovery state; it exists while the namespace it watches does.
#[derive(Default)]
pub struct Ports {
    pub entries: Vec<PortEntry>,
    dump: Option<OwnedFd>,
    monitor: Option<OwnedFd>,
    notifier: Option<OwnedFd>,
    /// Inode of the watched network namespace; owners are looked up only
    /// among processes in it. `None` in host mode.
    netns_inode: Option<u64>,
    /// Cookies of listeners that belong to the daemon itself (host mode).
    own: HashSet<u64>,
    polling: bool,
    /// Dumps done, for `GET /v1/ports` diagnostics.
    pub scans: u64,
}

/// Opens the dump and destroy-monitor sockets in the namespace the
/// container's ports live in: the container's own, or the root namespace in
/// host mode. Does nothing while a private-mode container is down.
pub fn attach(d: &mut Daemon) {
    detach_sockets(d);
    let private = d.config.network == NetworkMode::Private;
    let Some(home) = d.forward.root_netns.as_ref().map(|fd| fd.try_clone()) else { return };
    let home = match home {
        Ok(home) => home,
        Err(err) => {
            log::error!("failed to duplicate the root network namespace descriptor: {err}");
            return;
        }
    };
    let target = crate::container::netns_fd(d);
    if private && target.is_none() {
        return;
    }
    let netns_inode = target.and_then(|fd| netns::inode(fd).ok());
    let opened =
        netns::run_in(target, home.as_fd(), || Ok((netlink::open_dump_socket()?, netlink::open_destroy_monitor()?)));
    let (dump, monitor) = match opened {
        Ok(Ok(pair)) => pair,
        Ok(Err(err)) => {
            log::warn!("port discovery unavailable: failed to open sock_diag sockets: {err}");
            return;
        }
        Err(err) => {
            log::error!("failed to return to the root network namespace: {err}");
            return;
        }
    };
    let token = token_for(Class::Monitor, 0);
    if let Err(err) = d.registry.register(&mut SourceFd(&monitor.as_raw_fd()), token, Interest::READABLE) {
        log::warn!("failed to register the sock_diag destroy monitor: {err}");
    }
    let ports = &mut d.forward.ports;
    ports.dump = Some(dump);
    ports.monitor = Some(monitor);
    ports.netns_inode = netns_inode;
    scan(d);
}

/// Takes the container's listen notifier, if it offers one.
pub fn take_notifier(d: &mut Daemon) {
    let Some(notifier) = crate::container::take_listen_notifier(d) else {
        log::info!("no listen notifier from the container; ports are refreshed on demand");
        return;
    };
    let token = token_for(Class::Notifier, 0);
    if let Err(err) = d.registry.register(&mut SourceFd(&notifier.as_raw_fd()), token, Interest::READABLE) {
        log::warn!("failed to register the listen notifier: {err}");
    }
    d.forward.ports.notifier = Some(notifier);
}

/// Drops the notifier of a stopping container. In private mode the
/// namespace goes away with it, so the sockets go too and every known port
/// is reported closed; in host mode the container's listeners close one by
/// one as its processes die.
pub fn detach(d: &mut Daemon) {
    if let Some(notifier) = d.forward.ports.notifier.take() {
        let _ = d.registry.deregister(&mut SourceFd(&notifier.as_raw_fd()));
    }
    if d.config.network == NetworkMode::Host {
        return;
    }
    detach_sockets(d);
    let closed = std::mem::take(&mut d.forward.ports.entries);
    for entry in &closed {
        follow::publish(d, "close", entry);
    }
}

fn detach_sockets(d: &mut Daemon) {
    let ports = &mut d.forward.ports;
    ports.dump = None;
    if let Some(monitor) = ports.monitor.take() {
        let _ = d.registry.deregister(&mut SourceFd(&monitor.as_raw_fd()));
    }
}

/// Returns whether listens are reported as they happen.
pub fn has_notifier(d: &Daemon) -> bool {
    d.forward.ports.notifier.is_some()
}

/// Whether a listing must dump first because the table may miss listeners:
/// without a notifier, and in host mode, where processes outside the
/// container listen in the same namespace unseen by the notifier.
pub fn scan_on_demand(d: &Daemon) -> bool {
    !has_notifier(d) || d.config.network == NetworkMode::Host
}

/// Answers every pending `listen(2)` notification with "continue", then
/// schedules the dumps that pick up the new listeners.
pub fn on_notifier(d: &mut Daemon) {
    let Some(notifier) = d.forward.ports.notifier.as_ref() else { return };
    let mut trapped = 0;
    while let Ok(true) = seccomp::notification_pending(notifier.as_fd()) {
        match seccomp::receive_notification(notifier.as_fd()) {
            Ok(call) => {
                // Answer first: the caller is blocked until we do. ENOENT
                // means it went away meanwhile.
                match seccomp::continue_notification(notifier.as_fd(), call.id) {
                    Err(err) if err.raw_os_error() != Some(libc::ENOENT) => {
                        log::warn!("failed to let listen(2) of thread {} continue: {err}", call.pid);
                    }
                    _ => {}
                }
                trapped += 1;
            }
            Err(err) if err.raw_os_error() == Some(libc::ENOENT) => {}
            Err(err) => {
                log::warn!("receiving a listen(2) notification failed: {err}");
                break;
            }
        }
    }
    if trapped > 0 {
        log::debug!("{trapped} listen(2) call(s) in the container; scanning");
        for delay in SCAN_DELAYS {
            d.timers.after(delay, Kind::Forward, TIMER_SCAN);
        }
    }
}

/// Drains the destroy monitor and closes entries whose socket was freed.
pub fn on_monitor(d: &mut Daemon) {
    let Some(monitor) = d.forward.ports.monitor.as_ref() else { return };
    let destroyed = match netlink::read_destroyed(monitor.as_fd()) {
        Ok(destroyed) => destroyed,
        Err(err) => {
            log::warn!("reading the sock_diag destroy monitor failed: {err}");
            return;
        }
    };
    if destroyed.overrun {
        // Some frees went unreported; a dump sets the table right.
        scan(d);
        return;
    }
    let ports = &d.forward.ports;
    let known = destroyed.cookies.iter().any(|cookie| ports.entries.iter().any(|e| e.cookie == *cookie));
    if !known {
        return;
    }
    // A dump (not just removal) also catches another socket still
    // listening on the same port with SO_REUSEPORT.
    scan(d);
}

/// Runs a scheduled dump.
pub fn on_timer(d: &mut Daemon, id: u64) {
    match id {
        TIMER_SCAN => scan(d),
        TIMER_POLL => {
            d.forward.ports.polling = false;
            if !has_notifier(d) && follow::count(d) > 0 {
                scan(d);
                ensure_polling(d);
            }
        }
        _ => {}
    }
}

/// Keeps the fallback poll running while followers need it.
pub fn ensure_polling(d: &mut Daemon) {
    if d.forward.ports.polling || has_notifier(d) || follow::count(d) == 0 {
        return;
    }
    d.forward.ports.polling = true;
    d.timers.after(FALLBACK_POLL, Kind::Forward, TIMER_POLL);
}

/// Dumps the listeners and reports what opened and closed since the last
/// dump.
pub fn scan(d: &mut Daemon) {
    let Some(dump) = d.forward.ports.dump.as_ref() else { return };
    d.forward.ports.scans += 1;
    let found = match netlink::dump_tcp_listeners(dump.as_fd()) {
        Ok(found) => found,
        Err(err) => {
            log::warn!("listing TCP listeners with sock_diag failed: {err}");
            return;
        }
    };
    let ports = &mut d.forward.ports;
    let current: HashSet<u64> = found.iter().map(|s| s.cookie).collect();
    ports.own.retain(|cookie| current.contains(cookie));
    let mut closed = Vec::new();
    ports.entries.retain(|entry| {
        let keep = current.contains(&entry.cookie);
        if !keep {
            closed.push(entry.clone());
        }
        keep
    });
    let new: Vec<netlink::DiagSocket> = found
        .into_iter()
        .filter(|s| !ports.own.contains(&s.cookie) && !ports.entries.iter().any(|e| e.cookie == s.cookie))
        .collect();
    let owners = if new.is_empty() { Vec::new() } else { find_owners(&new, ports.netns_inode) };
    let mut opened = Vec::new();
    for (socket, owner) in new.into_iter().zip(owners) {
        if owner.as_ref().is_some_and(|o| o.is_daemon) {
            ports.own.insert(socket.cookie);
            continue;
        }
        let entry = PortEntry {
            port: socket.port,
            address: socket.address.to_string(),
            family: if socket.address.is_ipv4() { "ipv4" } else { "ipv6" },
            pid: owner.as_ref().map(|o| o.pid),
            command: owner.map(|o| o.command),
            ip: socket.address,
            cookie: socket.cookie,
        };
        ports.entries.push(entry.clone());
        opened.push(entry);
    }
    ports.entries.sort_by_key(|e| (e.port, e.family));
    for entry in &closed {
        log::debug!("port {} ({}) closed", entry.port, entry.address);
        follow::publish(d, "close", entry);
    }
    for entry in &opened {
        log::debug!("port {} ({}) opened by {:?}", entry.port, entry.address, entry.command);
        follow::publish(d, "open", entry);
    }
}

/// Address to connect to for container port `port`: loopback for
/// listeners on a wildcard or loopback address, otherwise the listener's
/// own address. IPv4 listeners are preferred.
pub fn target_for(d: &Daemon, port: u16) -> Option<SocketAddr> {
    let mut best: Option<(u8, IpAddr)> = None;
    for entry in d.forward.ports.entries.iter().filter(|e| e.port == port) {
        let (rank, ip) = match entry.ip {
            IpAddr::V4(ip) if ip.is_unspecified() || ip.is_loopback() => (0, IpAddr::V4(Ipv4Addr::LOCALHOST)),
            IpAddr::V6(ip) if ip.is_unspecified() || ip.is_loopback() => (1, IpAddr::V6(Ipv6Addr::LOCALHOST)),
            IpAddr::V4(_) => (2, entry.ip),
            IpAddr::V6(_) => (3, entry.ip),
        };
        if best.is_none_or(|(best_rank, _)| rank < best_rank) {
            best = Some((rank, ip));
        }
    }
    best.map(|(_, ip)| SocketAddr::new(ip, port))
}

/// Returns whether discovery has a namespace to look at.
pub fn attached(d: &Daemon) -> bool {
    d.forward.ports.dump.is_some()
}

struct Owner {
    pid: u32,
    command: String,
    is_daemon: bool,
}

/// Finds the process holding each socket by walking `/proc/*/fd`, limited
/// to processes in network namespace `netns_inode` when one is given.
/// Best effort: a socket that no process has open any more, or one in a process we
/// cannot read, gets `None`.
fn find_owners(sockets: &[netlink::DiagSocket], netns_inode: Option<u64>) -> Vec<Option<Owner>> {
    let mut owners: Vec<Option<Owner>> = sockets.iter().map(|_| None).collect();
    let links: Vec<String> = sockets.iter().map(|s| format!("socket:[{}]", s.inode)).collect();
    let Ok(processes) = std::fs::read_dir("/proc") else { return owners };
    let own_pid = std::process::id();
    let netns_link = netns_inode.map(|inode| format!("net:[{inode}]"));
    for process in processes.flatten() {
        let Some(pid) = process.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else { continue };
        let dir = process.path();
        if let Some(expected) = &netns_link {
            let in_namespace =
                std::fs::read_link(dir.join("ns/net")).is_ok_and(|link| link.as_os_str() == expected.as_str());
            if !in_namespace {
                continue;
            }
        }
        let Ok(fds) = std::fs::read_dir(dir.join("fd")) else { continue };
        for fd in fds.flatten() {
            let Ok(link) = std::fs::read_link(fd.path()) else { continue };
            let Some(index) = links.iter().position(|l| link.as_os_str() == l.as_str()) else { continue };
            if owners[index].is_some() {
                continue;
            }
            owners[index] = Some(Owner {
                pid: namespace_pid(&dir).unwrap_or(pid),
                command: std::fs::read_to_string(dir.join("comm")).unwrap_or_default().trim().to_string(),
                is_daemon: pid == own_pid,
            });
        }
        if owners.iter().all(Option::is_some) {
            break;
        }
    }
    owners
}

/// Reads the PID that the process's own (innermost) PID namespace gives it.
fn namespace_pid(dir: &std::path::Path) -> Option<u32> {
    let status = std::fs::read_to_string(dir.join("status")).ok()?;
    let line = status.lines().find(|line| line.starts_with("NSpid:"))?;
    line.split_whitespace().last()?.parse().ok()
}

/// Error for a port nothing listens on, for the proxy paths.
pub fn not_listening(d: &Daemon, port: u16) -> (u16, String) {
    if !attached(d) {
        return (503, "the container is not running; retry once it is up".to_string());
    }
    (502, format!("nothing listens on TCP port {port} in the container; GET /v1/ports lists open ports"))
}

/// Result of the shared lookup for the proxy paths: the address, or an
/// HTTP status and message.
pub fn resolve(d: &mut Daemon, port: u16) -> Result<SocketAddr, (u16, String)> {
    if let Some(addr) = target_for(d, port) {
        return Ok(addr);
    }
    scan(d);
    target_for(d, port).ok_or_else(|| not_listening(d, port))
}
