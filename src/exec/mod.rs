//! Exec sessions: commands started in the container on behalf of an API
//! client, with their output streamed to it as it is produced.
//!
//! Each session owns its process's pipes (or a PTY master), at most one
//! attached client connection, and for TTY sessions a scrollback ring.
//! Every source is registered edge-triggered and read until `WouldBlock`,
//! except while the client's output queue is over [`OUTPUT_HIGH`]: then
//! the pipes are left unread (the process blocks on a full pipe) until the
//! client drains. Stdin is bounded the same way by [`STDIN_HIGH`].
//!
//! A non-TTY session whose client goes away is killed, with its whole
//! process group, `--exec-kill-delay` seconds later. A TTY session stays
//! and can be reattached; once it has exited it waits at most
//! [`DETACHED_RETENTION`] for a client to collect the exit.
//!
//! A running TTY session left without a client for
//! `--exec-detached-timeout` seconds gets SIGHUP on its process group, as
//! a terminal hangup would send. Each detach arms one timer for that
//! deadline, so detached sessions cause no periodic wakeups.
//!
//! This module never decides how a process enters the container: that is
//! [`container::spawn`].

mod client;
mod process;
mod pump;
pub mod request;

use std::collections::VecDeque;
use std::os::fd::OwnedFd;
use std::time::{Duration, Instant};

use miniserde::{json, Serialize};
use mio::Interest;

use crate::config::Config;
use crate::container::{self, ProcessSpec, SpawnError};
use crate::daemon::slab::{Key, Slab};
use crate::daemon::timer::{TimerKey, Timers};
use crate::daemon::token::{token, Kind};
use crate::daemon::{Daemon, StartError};
use crate::http::{websocket, Reply, Request, Response, Upgraded};
use crate::sys::ExitStatus;
pub use client::{control_input, push_frame, Input};
use client::{Client, Protocol, STREAM_STDOUT};
use process::{deregister, kill_group, ProcessIo};
use pump::drive;
pub use request::{ExecRequest, StdinSource};

/// Client output queued before the session stops reading the process.
const OUTPUT_HIGH: usize = 256 * 1024;
/// Stdin bytes queued before the session stops reading the client.
const STDIN_HIGH: usize = 256 * 1024;
/// Size of one read from a pipe, PTY or client.
const READ_CHUNK: usize = 64 * 1024;
/// Output a TTY session keeps for a client that reattaches.
const SCROLLBACK: usize = 64 * 1024;
/// How long an exited TTY session without a client is kept.
const DETACHED_RETENTION: Duration = Duration::from_secs(300);
/// How long a TTY session waits, after its process exited, for the PTY to
/// report that every slave descriptor is closed; a background process
/// that keeps the terminal open would otherwise hold the exit back.
const TTY_DRAIN_GRACE: Duration = Duration::from_secs(1);
/// How long a finished client may take to close its end after the last
/// frame was written.
const CLOSE_LINGER: Duration = Duration::from_secs(5);
/// How long a session waits for its process to be reaped after the
/// container stopped, before it reports the process as killed.
const STOP_GRACE: Duration = Duration::from_secs(3);
/// Sessions at most, running or waiting to be collected.
const MAX_SESSIONS: usize = 1024;
/// Response header of `POST /v1/exec` that carries the session id.
pub const SESSION_HEADER: &str = "Guestd-Exec-Session";

/// Token roles: each session uses four consecutive token indexes.
const ROLES: usize = 4;
const ROLE_CLIENT: usize = 0;
const ROLE_STDOUT: usize = 1;
const ROLE_STDERR: usize = 2;
const ROLE_STDIN: usize = 3;

pub struct Exec {
    sessions: Slab<Session>,
    next_id: u64,
    scratch: Vec<u8>,
    kill_delay: Duration,
    detached_timeout: Duration,
}

impl Default for Exec {
    fn default() -> Exec {
        Exec::new(&Config::default())
    }
}

impl Exec {
    pub fn new(config: &Config) -> Exec {
        Exec {
            sessions: Slab::default(),
            next_id: 1,
            scratch: Vec::new(),
            kill_delay: config.exec_kill_delay,
            detached_timeout: config.exec_detached_timeout,
        }
    }
}

/// A registered descriptor and whether it is ready for I/O.
struct Source {
    fd: OwnedFd,
    ready: bool,
}

struct Session {
    id: u64,
    argv: Vec<String>,
    tty: bool,
    pid: libc::pid_t,
    started_at: u64,
    exit: Option<ExitStatus>,
    /// Standard output, or the PTY master of a TTY session.
    stdout: Option<Source>,
    stderr: Option<Source>,
    /// The stdin pipe of a non-TTY session (a TTY session writes its input
    /// to the PTY master).
    stdin: Option<Source>,
    stdin_buffer: Vec<u8>,
    /// Whether the stdin target (pipe or master) accepts writes.
    stdin_ready: bool,
    stdin_eof: bool,
    /// Whether the end of a TTY session's stdin is queued as VEOF.
    stdin_eof_queued: bool,
    /// Whether the terminal was canonical when VEOF was last sent, and how
    /// many times it was sent (see `pump::resend_tty_eof`).
    eof_sent_canonical: Option<bool>,
    eof_sends: u8,
    /// Whether the last byte written to a TTY left a line unfinished.
    stdin_line_open: bool,
    scrollback: VecDeque<u8>,
    client: Option<Client>,
    /// The daemon's reason for killing the process to stop the container
    /// or itself, sent to the client with a signal exit.
    kill_cause: Option<&'static str>,
    exit_delivered: bool,
    kill_at: Option<Instant>,
    /// Deadline at which a running TTY session without a client gets SIGHUP.
    hangup_at: Option<Instant>,
    expire_at: Option<Instant>,
    drain_until: Option<Instant>,
    force_exit_at: Option<Instant>,
}

impl Session {
    /// Builds a session for `request` around the daemon's ends of `io`,
    /// and the spec of its process with the child's ends.
    fn new(id: u64, request: ExecRequest, io: ProcessIo) -> (Session, ProcessSpec) {
        let started_at = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |t| t.as_secs());
        // A TTY session without stdin ends its terminal's input at once,
        // as `/dev/null` would, so a command that reads it is not left
        // waiting for input that cannot come.
        let (stdin_buffer, stdin_eof) = match request.stdin {
            StdinSource::Bytes(bytes) => (bytes, true),
            StdinSource::Null => (Vec::new(), request.tty),
            StdinSource::Stream => (Vec::new(), false),
        };
        let session = Session {
            id,
            argv: request.argv.clone(),
            tty: request.tty,
            pid: 0,
            started_at,
            exit: None,
            stdout: Some(Source { fd: io.stdout, ready: true }),
            stderr: io.stderr.map(|fd| Source { fd, ready: true }),
            stdin: io.stdin.map(|fd| Source { fd, ready: true }),
            stdin_buffer,
            stdin_ready: true,
            stdin_eof,
            stdin_eof_queued: false,
            eof_sent_canonical: None,
            eof_sends: 0,
            stdin_line_open: false,
            scrollback: VecDeque::new(),
            client: None,
            kill_cause: None,
            exit_delivered: false,
            kill_at: None,
            hangup_at: None,
            expire_at: None,
            drain_until: None,
            force_exit_at: None,
        };
        let mut env = request.env;
        if request.tty && !env.iter().any(|pair| pair.starts_with("TERM=")) {
            env.push("TERM=xterm-256color".to_string());
        }
        let spec = ProcessSpec {
            argv: request.argv,
            env,
            cwd: request.dir,
            uid: request.uid,
            gid: request.gid,
            stdin: io.child_stdin,
            stdout: io.child_stdout,
            stderr: io.child_stderr,
            tty: request.tty,
            cgroup: None,
        };
        (session, spec)
    }

    fn outputs_done(&self) -> bool {
        self.stdout.is_none() && self.stderr.is_none()
    }

    fn session_info(&self) -> String {
        #[derive(Serialize)]
        struct Info<'a> {
            #[serde(rename = "type")]
            kind: &'static str,
            session_id: String,
            tty: bool,
            pid: i32,
            cmd: &'a [String],
        }
        json::to_string(&Info {
            kind: "session_info",
            session_id: self.id.to_string(),
            tty: self.tty,
            pid: self.pid,
            cmd: &self.argv,
        })
    }
}

/// A session as `GET /v1/exec` lists it.
#[derive(Serialize)]
pub struct SessionView {
    pub id: String,
    pub cmd: Vec<String>,
    pub tty: bool,
    pub pid: i32,
    pub started_at: u64,
    pub attached: bool,
    pub exited: bool,
    pub exit_code: Option<i32>,
}

pub fn start(_d: &mut Daemon) -> Result<(), StartError> {
    Ok(())
}

/// Ends every session because the daemon is stopping.
pub fn shutdown(d: &mut Daemon) {
    kill_all(d, "the daemon shut down");
}

/// Called after the container has (re)started.
pub fn container_started(_d: &mut Daemon) {}

/// Kills every session's process group because the container is stopping.
pub fn container_stopping(d: &mut Daemon) {
    let cause = container::stop_cause(d);
    kill_all(d, cause);
}

/// Kills every running session's process group, recording `cause` for
/// its client. Clients see the exit once the process is reaped, or a
/// SIGKILL exit after [`STOP_GRACE`] if it is not.
fn kill_all(d: &mut Daemon, cause: &'static str) {
    let deadline = Instant::now() + STOP_GRACE;
    let mut keys = Vec::new();
    for (index, session) in d.exec.sessions.iter_mut() {
        if session.exit.is_none() {
            // A daemon shutdown stops the container after this, and the
            // first cause is the one the client should see.
            session.kill_cause.get_or_insert(cause);
            kill_group(session.pid, libc::SIGKILL);
            session.force_exit_at = Some(deadline);
            keys.push(index);
        }
    }
    for index in keys {
        if let Some(key) = d.exec.sessions.key_of(index) {
            arm_timer(&mut d.timers, key.to_u64(), deadline);
        }
    }
}

/// Lists every session.
pub fn list(d: &Daemon) -> Vec<SessionView> {
    d.exec.sessions.iter().map(|(_, s)| view(s)).collect()
}

fn view(session: &Session) -> SessionView {
    SessionView {
        id: session.id.to_string(),
        cmd: session.argv.clone(),
        tty: session.tty,
        pid: session.pid,
        started_at: session.started_at,
        attached: session.client.is_some(),
        exited: session.exit.is_some(),
        exit_code: session.exit.map(ExitStatus::shell_code),
    }
}

fn find(d: &Daemon, id: &str) -> Option<Key> {
    let id: u64 = id.parse().ok()?;
    let (index, _) = d.exec.sessions.iter().find(|(_, s)| s.id == id)?;
    d.exec.sessions.key_of(index)
}

fn not_found(id: &str) -> Response {
    Response::error(404, format!("no exec session {id:?}; list sessions with GET /v1/exec"))
}

/// Returns the view of session `id`, for `GET /v1/exec/{id}`.
pub fn get(d: &Daemon, id: &str) -> Result<SessionView, Response> {
    let key = find(d, id).ok_or_else(|| not_found(id))?;
    Ok(view(d.exec.sessions.get(key.index).expect("found")))
}

/// Sends `signal` to session `id`'s process group; an exited session that
/// no client is attached to is removed.
pub fn signal(d: &mut Daemon, id: &str, signal: libc::c_int) -> Result<(), Response> {
    let key = find(d, id).ok_or_else(|| not_found(id))?;
    let session = d.exec.sessions.get_key_mut(key).expect("found");
    if session.exit.is_none() {
        kill_group(session.pid, signal);
    } else if session.client.is_none() {
        remove(d, key);
    }
    Ok(())
}

/// Starts the process of `request` and returns its session, still without
/// a client. Errors are responses to send before any stream starts.
pub fn start_session(d: &mut Daemon, request: ExecRequest) -> Result<Key, Response> {
    if d.exec.sessions.len() >= MAX_SESSIONS {
        return Err(Response::error(
            503,
            format!("too many exec sessions (limit {MAX_SESSIONS}); end some with DELETE /v1/exec/ID"),
        ));
    }
    let ptmx = if request.tty { process::container_ptmx(d) } else { None };
    let io = ProcessIo::new(&request, ptmx.as_deref())
        .map_err(|err| Response::error(500, format!("failed to set up the process's streams: {err}")))?;
    let id = d.exec.next_id;
    d.exec.next_id += 1;

    // The session exists before the process, because its key is the
    // owner id under which the process's exit is routed back here.
    let (session, spec) = Session::new(id, request, io);
    let key = d.exec.sessions.insert(session);
    let pid = match container::spawn(d, spec, Kind::Exec, key.to_u64()) {
        Ok(pid) => pid,
        Err(err) => {
            d.exec.sessions.remove(key.index);
            log::debug!("exec session {id} failed to start: {err}");
            return Err(spawn_error_response(&err));
        }
    };

    let session = d.exec.sessions.get_key_mut(key).expect("just inserted");
    session.pid = pid;
    log::info!("exec session {id} started: pid {pid}, tty {}, {:?}", session.tty, session.argv);
    if let Err(err) = process::register(&d.registry, key.index, session) {
        log::error!("failed to register exec session {id}: {err}; killing it");
        kill_group(pid, libc::SIGKILL);
    }
    Ok(key)
}

fn spawn_error_response(err: &SpawnError) -> Response {
    let status = match err {
        SpawnError::NotFound(_) => 404,
        SpawnError::NotExecutable(_) => 403,
        SpawnError::NotRunning(_) => 503,
        SpawnError::Io(_, io_err) if io_err.kind() == std::io::ErrorKind::WouldBlock => 503,
        SpawnError::Io(_, io_err) if process::client_error(io_err.kind()) => 400,
        SpawnError::Io(..) => 500,
    };
    Response::error(status, err.to_string())
}

/// Starts `request` and returns the reply that streams its output over a
/// chunked body.
pub fn stream_reply(d: &mut Daemon, request: ExecRequest) -> Reply {
    let key = match start_session(d, request) {
        Ok(key) => key,
        Err(response) => return response.into(),
    };
    // The session id lets the client signal the command (DELETE
    // /v1/exec/{id}) while it reads the stream.
    let id = d.exec.sessions.get(key.index).expect("just started").id;
    Reply::Takeover(Box::new(move |d: &mut Daemon, upgraded: Upgraded| {
        let session = vec![(SESSION_HEADER.to_string(), id.to_string())];
        let head = crate::http::response::chunked_head_with(200, "application/vnd.guestd.exec-stream", session);
        attach(d, key, upgraded, Protocol::Chunked, head);
    }))
}

/// Starts `exec` and returns the reply that upgrades to its WebSocket,
/// shared by `GET /v1/exec` and the Sprites-compatible route.
pub fn websocket_reply(d: &mut Daemon, request: &Request, exec: ExecRequest) -> Reply {
    let head = match websocket::accept(request) {
        Ok(head) => head,
        Err(response) => return response.into(),
    };
    let key = match start_session(d, exec) {
        Ok(key) => key,
        Err(response) => return response.into(),
    };
    attach_websocket(key, head)
}

/// Returns the reply that upgrades to a WebSocket reattached to TTY
/// session `id`.
pub fn attach_reply(d: &mut Daemon, request: &Request, id: &str) -> Reply {
    let Some(key) = find(d, id) else {
        return not_found(id).into();
    };
    let session = d.exec.sessions.get(key.index).expect("found");
    if !session.tty {
        return Response::error(409, format!("exec session {id} has no TTY; only TTY sessions can be reattached"))
            .into();
    }
    if session.client.is_some() {
        return Response::error(409, format!("exec session {id} already has a client attached")).into();
    }
    let head = match websocket::accept(request) {
        Ok(head) => head,
        Err(response) => return response.into(),
    };
    attach_websocket(key, head)
}

/// Returns the reply that sends the upgrade `head` and attaches the
/// WebSocket to session `key`.
fn attach_websocket(key: Key, head: Vec<u8>) -> Reply {
    Reply::Takeover(Box::new(move |d: &mut Daemon, upgraded: Upgraded| {
        let protocol = Protocol::WebSocket(websocket::Decoder::server());
        attach(d, key, upgraded, protocol, head);
    }))
}

/// Attaches a taken-over connection to session `key` and replays the
/// scrollback of a TTY session.
fn attach(d: &mut Daemon, key: Key, upgraded: Upgraded, protocol: Protocol, head: Vec<u8>) {
    let Some(session) = d.exec.sessions.get_key_mut(key) else {
        log::warn!("exec session ended before its client was attached");
        return;
    };
    let is_websocket = matches!(protocol, Protocol::WebSocket(_));
    let mut client = Client::new(upgraded.stream, protocol, session.tty, head, upgraded.leftover);
    let interest = Interest::READABLE | Interest::WRITABLE;
    if let Err(err) =
        d.registry.register(&mut client.stream, token(Kind::Exec, key.index * ROLES + ROLE_CLIENT), interest)
    {
        log::warn!("failed to register the client of exec session {}: {err}", session.id);
        return;
    }
    if is_websocket {
        client.push_text(&session.session_info());
    }
    let (front, back) = session.scrollback.as_slices();
    client.push_output(STREAM_STDOUT, front);
    client.push_output(STREAM_STDOUT, back);
    session.client = Some(client);
    session.kill_at = None;
    session.hangup_at = None;
    session.expire_at = None;
    drive(d, key);
}

/// Tells every attached WebSocket client that a port in the container
/// opened or closed, as `{"type":"port_opened","port":P,"address":A,"pid":N}`
/// (or `port_closed`), the notification the Sprites SDKs read.
pub fn port_changed(d: &mut Daemon, opened: bool, port: u16, address: &str, pid: Option<u32>) {
    #[derive(Serialize)]
    struct PortNotification<'a> {
        #[serde(rename = "type")]
        kind: &'static str,
        port: u16,
        address: &'a str,
        pid: u32,
    }
    let text = json::to_string(&PortNotification {
        kind: if opened { "port_opened" } else { "port_closed" },
        port,
        address,
        pid: pid.unwrap_or(0),
    });
    let keys: Vec<Key> = d
        .exec
        .sessions
        .iter()
        .filter(|(_, session)| session.client.as_ref().is_some_and(Client::is_websocket))
        .filter_map(|(index, _)| d.exec.sessions.key_of(index))
        .collect();
    for key in keys {
        if let Some(client) = d.exec.sessions.get_key_mut(key).and_then(|s| s.client.as_mut()) {
            client.push_text(&text);
        }
        drive(d, key);
    }
}

/// Handles readiness of one of a session's descriptors.
pub fn on_event(d: &mut Daemon, index: usize, event: &mio::event::Event) {
    let (slot, role) = (index / ROLES, index % ROLES);
    let Some(key) = d.exec.sessions.key_of(slot) else {
        log::debug!("ignoring event for a removed exec session");
        return;
    };
    let session = d.exec.sessions.get_key_mut(key).expect("key just issued");
    let readable = event.is_readable() || event.is_read_closed() || event.is_error();
    let writable = event.is_writable() || event.is_error();
    match role {
        ROLE_CLIENT => {
            if let Some(client) = &mut session.client {
                client.read_ready |= readable;
                client.write_ready |= writable;
            }
        }
        ROLE_STDOUT => {
            if let Some(source) = &mut session.stdout {
                source.ready |= readable;
            }
            session.stdin_ready |= writable && session.tty;
        }
        ROLE_STDERR => {
            if let Some(source) = &mut session.stderr {
                source.ready |= readable;
            }
        }
        _ => session.stdin_ready |= writable,
    }
    drive(d, key);
}

/// Drops the session's client: arms the kill timer of a running non-TTY
/// session, or the retention timer of an exited TTY one.
fn detach(d: &mut Daemon, key: Key) {
    let Some(session) = d.exec.sessions.get_key_mut(key) else {
        return;
    };
    let Some(mut client) = session.client.take() else {
        return;
    };
    // Best effort: a close frame queued in reply may still fit.
    let _ = client.flush();
    let _ = d.registry.deregister(&mut client.stream);
    drop(client);
    log::debug!("exec session {} detached", session.id);
    if session.exit.is_some() {
        return;
    }
    if session.tty {
        // A zero timeout means no limit, and so does one too far in the
        // future to represent.
        let timeout = d.exec.detached_timeout;
        if let Some(deadline) = Instant::now().checked_add(timeout).filter(|_| !timeout.is_zero()) {
            session.hangup_at = Some(deadline);
            arm_timer(&mut d.timers, key.to_u64(), deadline);
        }
        return;
    }
    let delay = d.exec.kill_delay;
    if delay.is_zero() {
        kill_abandoned(session);
        return;
    }
    let deadline = Instant::now() + delay;
    session.kill_at = Some(deadline);
    arm_timer(&mut d.timers, key.to_u64(), deadline);
}

/// Kills the process group of a session whose client went away.
fn kill_abandoned(session: &Session) {
    log::info!("exec session {} lost its client; killing process group {}", session.id, session.pid);
    kill_group(session.pid, libc::SIGKILL);
}

/// Removes a session whose work is done, and arms the timers of one that
/// waits for something.
fn settle(d: &mut Daemon, key: Key) {
    let Some(session) = d.exec.sessions.get_key_mut(key) else {
        return;
    };
    if let Some(client) = &session.client {
        if client.write_shut && session.expire_at.is_none() {
            let deadline = Instant::now() + CLOSE_LINGER;
            session.expire_at = Some(deadline);
            arm_timer(&mut d.timers, key.to_u64(), deadline);
        }
        return;
    }
    let finished = session.exit.is_some() && session.outputs_done();
    if !finished {
        return;
    }
    if session.exit_delivered || !session.tty {
        remove(d, key);
        return;
    }
    if session.expire_at.is_none() {
        let deadline = Instant::now() + DETACHED_RETENTION;
        session.expire_at = Some(deadline);
        arm_timer(&mut d.timers, key.to_u64(), deadline);
    }
}

/// Arms a timer that calls [`on_timer`] for session `id` at `deadline`.
fn arm_timer(timers: &mut Timers, id: u64, deadline: Instant) {
    timers.add(deadline, TimerKey { kind: Kind::Exec, id });
}

fn remove(d: &mut Daemon, key: Key) {
    if !d.exec.sessions.contains_key(key) {
        return;
    }
    let Some(mut session) = d.exec.sessions.remove(key.index) else {
        return;
    };
    if let Some(mut client) = session.client.take() {
        let _ = d.registry.deregister(&mut client.stream);
    }
    deregister(&d.registry, session.stdout.take());
    deregister(&d.registry, session.stderr.take());
    deregister(&d.registry, session.stdin.take());
    log::debug!("exec session {} removed", session.id);
}

/// Records the exit of a session's process and delivers it once its
/// output is read.
pub fn on_child_exit(d: &mut Daemon, id: u64, pid: libc::pid_t, status: ExitStatus) {
    let key = Key::from_u64(id);
    let Some(session) = d.exec.sessions.get_key_mut(key) else {
        log::debug!("exec process {pid} ended after its session: {status}");
        return;
    };
    log::info!("exec session {} (pid {pid}) ended with {status}", session.id);
    session.exit = Some(status);
    for source in [&mut session.stdout, &mut session.stderr].into_iter().flatten() {
        source.ready = true;
    }
    if session.tty {
        let deadline = Instant::now() + TTY_DRAIN_GRACE;
        session.drain_until = Some(deadline);
        arm_timer(&mut d.timers, id, deadline);
    }
    drive(d, key);
}

/// Handles the deadlines of session `id`: kill after disconnect, hangup
/// of a detached TTY session, output drain, retention and close linger,
/// and the container-stop fallback.
pub fn on_timer(d: &mut Daemon, id: u64) {
    let key = Key::from_u64(id);
    let now = Instant::now();
    let Some(session) = d.exec.sessions.get_key_mut(key) else {
        return;
    };
    if session.kill_at.is_some_and(|at| at <= now) {
        session.kill_at = None;
        if session.exit.is_none() && session.client.is_none() {
            kill_abandoned(session);
        }
    }
    if session.hangup_at.is_some_and(|at| at <= now) {
        session.hangup_at = None;
        if session.exit.is_none() && session.client.is_none() {
            log::info!(
                "exec session {} was detached for {} s; sending SIGHUP to process group {}",
                session.id,
                d.exec.detached_timeout.as_secs(),
                session.pid
            );
            kill_group(session.pid, libc::SIGHUP);
        }
    }
    if session.force_exit_at.is_some_and(|at| at <= now) {
        session.force_exit_at = None;
        if session.exit.is_none() {
            log::warn!("exec session {} (pid {}) not reaped after the container stopped", session.id, session.pid);
            session.exit = Some(ExitStatus::Signal(libc::SIGKILL));
            session.drain_until = Some(now);
            d.children.remove(&session.pid);
        }
    }
    let session = d.exec.sessions.get_key_mut(key).expect("still present");
    if session.exit.is_some() && session.drain_until.is_some_and(|at| at <= now) {
        session.drain_until = None;
        deregister(&d.registry, session.stdout.take());
        deregister(&d.registry, session.stderr.take());
    }
    if session.expire_at.is_some_and(|at| at <= now) {
        log::debug!("exec session {} expired", session.id);
        remove(d, key);
        return;
    }
    drive(d, key);
}
