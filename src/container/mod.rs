//! The inner container: namespaces, overlayfs root, cgroup, capabilities
//! and seccomp, and the processes that run in it.
//!
//! The container is two helper processes of the daemon plus whatever they
//! start. The init ([`init`]) is PID 1 of new mount, PID, UTS, IPC,
//! cgroup and (unless `--network host`) network namespaces, builds the root
//! ([`rootfs`]) and reaps orphans. The spawner ([`spawner`]) enters those
//! namespaces and starts each process on request ([`spawn`]) so that it
//! is a direct child of the daemon. Both live in the container's cgroup
//! ([`cgroup`]); stopping the container kills that cgroup.
//!
//! This module owns the lifecycle (start, stop, restart, freeze), the
//! seccomp listener until another subsystem takes it, and the status
//! views. A start returns once the helpers are cloned; it completes on
//! the loop when the init and then the spawner report on their channels,
//! so the API serves while the container comes up (state `starting`).
//! Requests that need the container wait for the start
//! ([`hold_until_started`]). A stop returns at once and completes later on
//! child exits and timers.

pub mod cgroup;
pub mod init;
mod launch;
mod layer;
mod protocol;
mod rootfs;
mod spawn;
pub mod spawner;
mod upper;

use std::collections::{HashMap, VecDeque};
use std::io::{self, Write};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use miniserde::Serialize;
use mio::unix::SourceFd;
use mio::Interest;

use crate::config::{Config, NetworkMode};
use crate::daemon::token::{token, Kind};
use crate::daemon::{Daemon, StartError};
use crate::http::{Response, Upgraded};
use crate::sys::{seccomp, ExitStatus};
use cgroup::Cgroup;
use launch::Helper;

pub use spawn::{encode_request, spawn, ProcessSpec, SpawnError, Stdio};

/// `PATH` of container processes whose environment sets none.
pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// Event-loop index of the seccomp listener while this module replies to it.
const NOTIFIER_INDEX: usize = 0;
/// Event-loop indexes of the init's and the spawner's report channels
/// while a start is under way.
const INIT_REPORT_INDEX: usize = 1;
const SPAWNER_REPORT_INDEX: usize = 2;
/// Maximum number of API requests held until a start completes. More
/// get 503.
const MAX_HELD: usize = 64;
/// Most time a stop waits for the container's processes to go away.
const STOP_TIMEOUT: Duration = Duration::from_secs(10);
/// Interval of the checks whether a stopping container's cgroup is empty.
const STOP_POLL: Duration = Duration::from_millis(1);
/// First and last delay before recreating a container that failed to
/// start after its init died.
const RETRY_FIRST: Duration = Duration::from_secs(1);
const RETRY_MAX: Duration = Duration::from_secs(60);
/// Spawn durations kept for the median in the status.
const SPAWN_SAMPLES: usize = 256;

// Timer ids: purpose in the low byte, generation above it.
const TIMER_STOP_POLL: u64 = 1;
const TIMER_STOP_DEADLINE: u64 = 2;
const TIMER_RETRY: u64 = 3;
const TIMER_START_DEADLINE: u64 = 4;
const TIMER_LEAF_SWEEP: u64 = 5;

/// First wait before a leaf cgroup that still had processes is tried
/// again. Each later try waits twice as long, up to [`LEAF_SWEEP_MAX`].
const LEAF_SWEEP_FIRST: Duration = Duration::from_millis(50);
const LEAF_SWEEP_MAX: Duration = Duration::from_secs(5);
/// Tries after which a leaf cgroup that never empties is left to the
/// removal of the container's cgroup (about a minute of waiting in all).
const LEAF_SWEEP_TRIES: u32 = 16;

/// Lifecycle state of the container.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Starting,
    Running,
    Stopping,
    Stopped,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Starting => "starting",
            State::Running => "running",
            State::Stopping => "stopping",
            State::Stopped => "stopped",
        }
    }
}

type AfterStop = Box<dyn FnOnce(&mut Daemon)>;
/// Runs once a start completes, with its outcome.
pub type AfterStart = Box<dyn FnOnce(&mut Daemon, Result<(), String>)>;

pub struct Container {
    state: State,
    /// Counts container starts; child ids and timers carry it so that
    /// events of an earlier container are ignored.
    generation: u64,
    cgroup: Option<Cgroup>,
    init: Option<Helper>,
    spawner: Option<Helper>,
    /// Request channel to the spawner.
    channel: Option<OwnedFd>,
    /// Seccomp listener while this module replies to it (not yet taken).
    notifier: Option<OwnedFd>,
    netns: Option<OwnedFd>,
    /// Open leaf cgroup directories by name.
    leaves: HashMap<String, OwnedFd>,
    /// Forgotten leaves whose processes were still exiting. Each is removed
    /// once empty, and no name appears twice.
    stale_leaves: Vec<String>,
    /// Count of leaf sweeps since a leaf was last added.
    leaf_sweep_tries: u32,
    /// Whether the leaf sweep's timer is set.
    leaf_sweep_armed: bool,
    started_unix: Option<u64>,
    restarts: u64,
    frozen: bool,
    restarting: bool,
    shutting_down: bool,
    last_error: Option<String>,
    after_stop: Vec<AfterStop>,
    /// A start whose helpers have not both reported yet.
    pending: Option<launch::Pending>,
    /// Whether the pending start counts as a restart.
    pending_is_restart: bool,
    after_start: Vec<AfterStart>,
    /// API requests that need the container, held while it starts.
    held: Vec<Upgraded>,
    /// API connections waiting for a restart to finish.
    restart_waiters: Vec<Upgraded>,
    stop_started: Option<Instant>,
    retry_delay: Duration,
    notifications_answered: u64,
    spawn_micros: VecDeque<u32>,
    spawns: u64,
}

impl Container {
    pub fn new(_config: &Config) -> Container {
        Container {
            // The daemon starts it before it serves anything else.
            state: State::Starting,
            generation: 0,
            cgroup: None,
            init: None,
            spawner: None,
            channel: None,
            notifier: None,
            netns: None,
            leaves: HashMap::new(),
            stale_leaves: Vec::new(),
            leaf_sweep_tries: 0,
            leaf_sweep_armed: false,
            started_unix: None,
            restarts: 0,
            frozen: false,
            restarting: false,
            shutting_down: false,
            last_error: None,
            after_stop: Vec::new(),
            pending: None,
            pending_is_restart: false,
            after_start: Vec::new(),
            held: Vec::new(),
            restart_waiters: Vec::new(),
            stop_started: None,
            retry_delay: RETRY_FIRST,
            notifications_answered: 0,
            spawn_micros: VecDeque::new(),
            spawns: 0,
        }
    }

    pub fn state(&self) -> State {
        self.state
    }

    /// Error of the last failed start, cleared when a start succeeds.
    pub fn last_start_error(&self) -> Option<String> {
        self.last_error.clone()
    }

    fn record_spawn(&mut self, took: Duration) {
        if self.spawn_micros.len() == SPAWN_SAMPLES {
            self.spawn_micros.pop_front();
        }
        self.spawn_micros.push_back(took.as_micros().min(u32::MAX as u128) as u32);
        self.spawns += 1;
    }

    fn spawn_median_micros(&self) -> Option<u64> {
        let mut samples: Vec<u32> = self.spawn_micros.iter().copied().collect();
        samples.sort_unstable();
        samples.get(samples.len() / 2).map(|v| *v as u64)
    }
}

/// The container as `GET /v1/status` and `GET /v1/container` show it.
#[derive(Serialize)]
pub struct StatusView {
    pub state: &'static str,
    /// PID of the container's init in the daemon's PID namespace.
    pub init_pid: Option<i32>,
    /// Unix time of the last start.
    pub started_at: Option<u64>,
    /// Restarts since the daemon started (API, automatic or by a
    /// subsystem).
    pub restarts: u64,
    pub cgroup: Option<String>,
    pub base: String,
    pub network: &'static str,
    pub hostname: String,
    pub frozen: bool,
    /// Error of the last failed start, cleared by a successful one.
    pub error: Option<String>,
    /// Processes started in the container, and the median time `spawn`
    /// took over the last 256 of them, in microseconds.
    pub spawns: u64,
    pub spawn_median_us: Option<u64>,
    /// `listen(2)` notifications this module let through because no other
    /// subsystem had taken the listener.
    pub listen_notifications_answered: u64,
    /// Limits, usage and limit events of the container's cgroup.
    pub limits: cgroup::Usage,
    /// Size and free space of the upper layer's filesystem.
    pub upper: layer::SpaceView,
}

pub fn status_view(d: &Daemon) -> StatusView {
    let c = &d.container;
    StatusView {
        state: c.state.name(),
        init_pid: init_pid(d),
        started_at: c.started_unix,
        restarts: c.restarts,
        cgroup: c.cgroup.as_ref().map(|cg| cg.path.display().to_string()),
        base: d.config.base.display().to_string(),
        network: match d.config.network {
            NetworkMode::Private => "private",
            NetworkMode::Host => "host",
        },
        hostname: d.config.hostname.clone(),
        frozen: c.frozen,
        error: c.last_error.clone(),
        spawns: c.spawns,
        spawn_median_us: c.spawn_median_micros(),
        listen_notifications_answered: c.notifications_answered,
        limits: c.cgroup.as_ref().map(Cgroup::usage).unwrap_or_default(),
        upper: layer::space(&d.config),
    }
}

/// Begins creating the container when the daemon starts. The start
/// completes on the loop; a failure there is retried like a failed restart.
pub fn start(d: &mut Daemon) -> Result<(), StartError> {
    if let Err(message) = create(d, false) {
        if let Some(cgroup) = d.container.cgroup.take() {
            let _ = cgroup.remove();
        }
        return Err(StartError { step: "failed to create the container".into(), source: io::Error::other(message) });
    }
    Ok(())
}

/// Absolute form of `path`, resolving symlinks when it exists.
fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// Starts the init and the spawner; the container is `starting` until
/// both report ([`on_event`]).
fn create(d: &mut Daemon, is_restart: bool) -> Result<(), String> {
    let config = &d.config;
    let c = &mut d.container;
    c.state = State::Starting;
    if c.cgroup.is_none() {
        c.cgroup = Some(Cgroup::create(config).map_err(|err| err.to_string())?);
    }
    let upper = layer::upper(config);
    let work = layer::work(config);
    let root = root_dir(config);
    for dir in [&upper, &work, &root] {
        std::fs::create_dir_all(dir).map_err(|err| format!("failed to create {}: {err}", dir.display()))?;
    }
    upper::prepare(&config.state_dir, &work, c.generation == 0)
        .map_err(|err| format!("failed to clear the overlay's volatile marker in {}: {err}", work.display()))?;
    let mut hide = vec![absolute(&config.state_dir), absolute(&config.run_dir)];
    let layer_dir = absolute(&config.layer_dir());
    if !layer_dir.starts_with(absolute(&config.state_dir)) {
        hide.push(layer_dir);
    }
    if let Some(token) = &config.token_file {
        hide.push(absolute(token));
    }
    // The object store's credentials and a local store outside the state
    // directory: the base image is often the host's root, where both
    // would otherwise be readable.
    if let Some(key_file) = &config.store_key_file {
        hide.push(absolute(key_file));
    }
    if let Some(store_dir) = config.store.as_deref().and_then(|url| url.strip_prefix("dir:")) {
        hide.push(absolute(Path::new(store_dir)));
    }
    let init_args = init::InitArgs {
        rootfs: rootfs::RootfsSpec {
            root: absolute(&root),
            base: absolute(&config.base),
            upper: absolute(&upper),
            work: absolute(&work),
            api_dir: absolute(&crate::http::inner_socket_dir(config)),
            hide,
        },
        hostname: config.hostname.clone(),
        private_network: config.network == NetworkMode::Private,
    };
    let cgroup = c.cgroup.as_ref().expect("created above");
    let _ = cgroup.set_frozen(false, Duration::from_secs(1));
    c.frozen = false;
    let pending = match launch::begin(&init_args, cgroup) {
        Ok(pending) => pending,
        Err(message) => {
            c.state = State::Stopped;
            c.last_error = Some(message.clone());
            return Err(message);
        }
    };
    c.generation += 1;
    let generation = c.generation;
    // Timers of the earlier generation are ignored: a leaf sweep that was
    // set goes on under the new one.
    if c.leaf_sweep_armed {
        let id = timer_id(d, TIMER_LEAF_SWEEP);
        d.timers.after(LEAF_SWEEP_FIRST, Kind::Container, id);
    }
    d.adopt_child(pending.init.pid, Kind::Container, generation << 1);
    d.adopt_child(pending.spawner.pid, Kind::Container, (generation << 1) | 1);
    let watched = d.registry.register(
        &mut SourceFd(&pending.init_channel.as_raw_fd()),
        token(Kind::Container, INIT_REPORT_INDEX),
        Interest::READABLE,
    );
    if let Err(err) = watched {
        pending.kill();
        let message = format!("failed to watch the container init's channel: {err}");
        let c = &mut d.container;
        c.state = State::Stopped;
        c.last_error = Some(message.clone());
        return Err(message);
    }
    let c = &mut d.container;
    c.pending = Some(pending);
    c.pending_is_restart = is_restart;
    let id = timer_id(d, TIMER_START_DEADLINE);
    d.timers.after(launch::REPORT_TIMEOUT, Kind::Container, id);
    Ok(())
}

/// Handles a report on one of the start's channels.
fn on_report(d: &mut Daemon, index: usize) {
    let Some(pending) = d.container.pending.as_mut() else { return };
    if index == INIT_REPORT_INDEX {
        if pending.init_ready.is_some() {
            return;
        }
        let _ = d.registry.deregister(&mut SourceFd(&pending.init_channel.as_raw_fd()));
        if let Err(message) = pending.init_reported() {
            fail_start(d, message);
            return;
        }
        let watched = d.registry.register(
            &mut SourceFd(&pending.channel.as_raw_fd()),
            token(Kind::Container, SPAWNER_REPORT_INDEX),
            Interest::READABLE,
        );
        if let Err(err) = watched {
            fail_start(d, format!("failed to watch the container spawner's channel: {err}"));
        }
        return;
    }
    if pending.init_ready.is_none() {
        return;
    }
    let pending = d.container.pending.take().expect("checked above");
    let _ = d.registry.deregister(&mut SourceFd(&pending.channel.as_raw_fd()));
    let (init_pid, spawner_pid, started) = (pending.init.pid, pending.spawner.pid, pending.started);
    match pending.spawner_reported() {
        Ok(launched) => finish_start(d, launched, started),
        Err(message) => {
            let _ = crate::sys::kill(spawner_pid, libc::SIGKILL);
            let _ = crate::sys::kill(init_pid, libc::SIGKILL);
            fail_start(d, message);
        }
    }
}

/// Completes a start: the container runs, every subsystem's
/// `container_started` hook runs, and held requests proceed.
fn finish_start(d: &mut Daemon, launched: launch::Launched, started: Instant) {
    let init_pid = launched.init.pid;
    let c = &mut d.container;
    c.netns = if d.config.network == NetworkMode::Private {
        match std::fs::File::open(format!("/proc/{init_pid}/ns/net")) {
            Ok(file) => Some(file.into()),
            Err(err) => {
                log::warn!("failed to open the container's network namespace: {err}");
                None
            }
        }
    } else {
        None
    };
    if let Err(err) = d.registry.register(
        &mut SourceFd(&launched.notifier.as_raw_fd()),
        token(Kind::Container, NOTIFIER_INDEX),
        Interest::READABLE,
    ) {
        log::warn!("failed to watch the container's seccomp listener: {err}");
    }
    let c = &mut d.container;
    c.notifier = Some(launched.notifier);
    c.channel = Some(launched.channel);
    c.init = Some(launched.init);
    c.spawner = Some(launched.spawner);
    c.state = State::Running;
    c.started_unix = Some(unix_now());
    c.last_error = None;
    c.retry_delay = RETRY_FIRST;
    if c.pending_is_restart {
        c.restarts += 1;
    }
    log::info!(
        "container started in {:.1} ms: init pid {init_pid}, cgroup {}",
        started.elapsed().as_secs_f64() * 1000.0,
        c.cgroup.as_ref().map(|cg| cg.path.display().to_string()).unwrap_or_default()
    );
    crate::exec::container_started(d);
    crate::services::container_started(d);
    crate::forward::container_started(d);
    crate::storage::container_started(d);
    start_done(d, Ok(()));
}

/// Ends a start that failed after its helpers were cloned: they are
/// killed, and another start follows after the retry delay.
fn fail_start(d: &mut Daemon, message: String) {
    let c = &mut d.container;
    if let Some(pending) = c.pending.take() {
        let _ = d.registry.deregister(&mut SourceFd(&pending.init_channel.as_raw_fd()));
        let _ = d.registry.deregister(&mut SourceFd(&pending.channel.as_raw_fd()));
        pending.kill();
    }
    let c = &mut d.container;
    c.init = None;
    c.spawner = None;
    c.state = State::Stopped;
    c.last_error = Some(message.clone());
    if !c.shutting_down {
        let delay = c.retry_delay;
        log::error!("failed to start the container: {message}; retrying in {}s", delay.as_secs());
        c.retry_delay = (delay * 2).min(RETRY_MAX);
        let id = timer_id(d, TIMER_RETRY);
        d.timers.after(delay, Kind::Container, id);
    }
    start_done(d, Err(message));
}

/// Runs what waited for the start to complete.
fn start_done(d: &mut Daemon, result: Result<(), String>) {
    for then in std::mem::take(&mut d.container.after_start) {
        then(d, result.clone());
    }
    resume_held(d);
}

/// Routes the held API requests again; those that still have to wait are
/// held again.
pub fn resume_held(d: &mut Daemon) {
    let held = std::mem::take(&mut d.container.held);
    if !held.is_empty() {
        log::debug!("resuming {} API requests that waited for the container", held.len());
    }
    for upgraded in held {
        crate::api::resume(d, upgraded);
    }
}

/// Whether the container is starting, so requests that need it should
/// wait.
pub fn is_starting(d: &Daemon) -> bool {
    d.container.state == State::Starting
}

/// Holds an API request until the daemon's start steps have run and the
/// container's start completed ([`resume_held`]), then routes it again.
/// Past [`MAX_HELD`] held requests it replies 503.
pub fn hold(d: &mut Daemon, upgraded: Upgraded) {
    if d.container.held.len() >= MAX_HELD {
        let response = Response::error(
            503,
            format!("the container is starting and {MAX_HELD} requests already wait for it; retry in a moment"),
        )
        .with_header("Retry-After", "1");
        crate::http::deferred::respond(d, upgraded, response);
        return;
    }
    d.container.held.push(upgraded);
}

fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// Returns whether the container has stopped for good and its cgroup is
/// removed.
pub fn is_stopped(d: &Daemon) -> bool {
    d.container.state == State::Stopped && d.container.cgroup.is_none()
}

/// Stops the container for daemon exit and removes its cgroup.
pub fn shutdown(d: &mut Daemon) {
    d.container.shutting_down = true;
    stop_then(
        d,
        Box::new(|d: &mut Daemon| {
            d.container.leaves.clear();
            let config = &d.config;
            if let Err(err) = upper::finish(&config.state_dir, &layer::upper(config), &layer::work(config)) {
                log::error!("failed to sync the container's upper layer: {err}");
            }
            if let Some(cgroup) = d.container.cgroup.take() {
                match cgroup.remove() {
                    Ok(()) => log::info!("removed cgroup {}", cgroup.path.display()),
                    Err(err) => log::error!("failed to remove the container cgroup: {err}"),
                }
            }
        }),
    );
}

pub fn on_event(d: &mut Daemon, index: usize, _event: &mio::event::Event) {
    match index {
        NOTIFIER_INDEX => answer_notifications(d),
        INIT_REPORT_INDEX | SPAWNER_REPORT_INDEX => on_report(d, index),
        _ => {}
    }
}

/// Lets every pending `listen(2)` proceed; runs while no other subsystem
/// has taken the listener.
fn answer_notifications(d: &mut Daemon) {
    let c = &mut d.container;
    let Some(listener) = c.notifier.as_ref() else { return };
    loop {
        match seccomp::notification_pending(listener.as_fd()) {
            Ok(true) => {}
            Ok(false) => return,
            Err(err) => {
                log::warn!("failed to poll the container's seccomp listener: {err}");
                return;
            }
        }
        match seccomp::receive_notification(listener.as_fd()) {
            Ok(notification) => {
                // ENOENT: the caller died or was interrupted meanwhile.
                let _ = seccomp::continue_notification(listener.as_fd(), notification.id);
                c.notifications_answered += 1;
            }
            Err(err) if err.raw_os_error() == Some(libc::ENOENT) => {}
            Err(err) => {
                log::warn!("failed to receive a seccomp notification: {err}");
                return;
            }
        }
    }
}

pub fn on_timer(d: &mut Daemon, id: u64) {
    let (purpose, generation) = (id & 0xff, id >> 8);
    if generation != d.container.generation {
        return;
    }
    match purpose {
        TIMER_STOP_POLL => check_stopped(d),
        TIMER_STOP_DEADLINE if d.container.state == State::Stopping => {
            log::error!(
                "container processes did not exit within {}s of being killed; continuing without them",
                STOP_TIMEOUT.as_secs()
            );
            d.container.init = None;
            d.container.spawner = None;
            finish_stop(d);
        }
        TIMER_RETRY if d.container.state == State::Stopped && !d.container.shutting_down => {
            restart(d, "retrying after a failed start");
        }
        TIMER_LEAF_SWEEP => sweep_leaves(d),
        TIMER_START_DEADLINE if d.container.pending.is_some() => {
            let message =
                format!("the container's helpers did not report within {}s", launch::REPORT_TIMEOUT.as_secs());
            fail_start(d, message);
        }
        _ => {}
    }
}

fn timer_id(d: &Daemon, purpose: u64) -> u64 {
    (d.container.generation << 8) | purpose
}

pub fn on_child_exit(d: &mut Daemon, id: u64, pid: libc::pid_t, status: ExitStatus) {
    let c = &mut d.container;
    if id >> 1 != c.generation {
        log::debug!("helper {pid} of an earlier container ended with {status}");
        return;
    }
    let what = if id & 1 == 0 {
        c.init = None;
        "init"
    } else {
        c.spawner = None;
        "spawner"
    };
    match c.state {
        State::Running if !c.shutting_down => {
            log::error!("container {what} (pid {pid}) exited unexpectedly with {status}; recreating the container");
            restart(d, "its helper exited");
        }
        State::Stopping => {
            log::debug!("container {what} (pid {pid}) ended with {status}");
            check_stopped(d)
        }
        _ => log::debug!("container {what} (pid {pid}) ended with {status}"),
    }
}

/// Completes a stop once the init and the spawner are reaped and the
/// cgroup is empty; otherwise checks again shortly.
fn check_stopped(d: &mut Daemon) {
    let c = &d.container;
    if c.state != State::Stopping || c.init.is_some() || c.spawner.is_some() {
        return;
    }
    if c.cgroup.as_ref().is_some_and(|cg| cg.populated()) {
        let id = timer_id(d, TIMER_STOP_POLL);
        d.timers.after(STOP_POLL, Kind::Container, id);
        return;
    }
    finish_stop(d);
}

fn finish_stop(d: &mut Daemon) {
    let c = &mut d.container;
    c.state = State::Stopped;
    if c.frozen {
        if let Some(cgroup) = &c.cgroup {
            let _ = cgroup.set_frozen(false, Duration::from_secs(1));
        }
        c.frozen = false;
    }
    if let Some(started) = c.stop_started.take() {
        log::info!("container stopped in {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);
    }
    for then in std::mem::take(&mut d.container.after_stop) {
        then(d);
    }
}

/// Mount point of the container's root filesystem, `RUN_DIR/root`.
pub fn root_dir(config: &Config) -> PathBuf {
    config.run_dir.join("root")
}

/// Directory of the container's writable upper layer.
pub fn upper_dir(d: &Daemon) -> PathBuf {
    layer::upper(&d.config)
}

/// Prepares the upper layer's filesystem ([`layer`]). It is a start step
/// before storage's, because storage may restore into the upper layer.
pub fn prepare_layer(d: &mut Daemon) -> Result<(), StartError> {
    layer::prepare(&d.config).map_err(|message| StartError {
        step: "failed to prepare the container's upper layer".into(),
        source: io::Error::other(message),
    })
}

/// Kills the container and removes its cgroup at once, for a daemon that
/// exits because a start step failed after the container was started.
pub fn discard(d: &mut Daemon) {
    let Some(cgroup) = d.container.cgroup.take() else { return };
    match cgroup.kill_and_remove() {
        Ok(()) => log::info!("removed cgroup {}", cgroup.path.display()),
        Err(err) => log::warn!("failed to remove cgroup {}: {err}", cgroup.path.display()),
    }
}

/// Absolute path of the container's cgroup, while it has one.
pub fn cgroup_dir(d: &Daemon) -> Option<PathBuf> {
    d.container.cgroup.as_ref().map(|cg| cg.path.clone())
}

/// Kills every process in leaf cgroup `name` (`cgroup.kill`). The next
/// spawn into that leaf renews its directory once it is empty.
pub fn kill_leaf(d: &mut Daemon, name: &str) -> io::Result<()> {
    let c = &mut d.container;
    c.leaves.remove(name);
    match &c.cgroup {
        Some(cgroup) => cgroup.kill_leaf(name),
        None => Ok(()),
    }
}

/// Forgets leaf cgroup `name` and removes its directory when no process is
/// left in it, for a subsystem that no longer spawns into it.
///
/// A leaf whose processes are still exiting (a killed group is reaped
/// after its main process) is tried again on a timer with backoff, which
/// runs only while such a leaf is left.
pub fn remove_leaf(d: &mut Daemon, name: &str) {
    let c = &mut d.container;
    c.leaves.remove(name);
    let Some(cgroup) = &c.cgroup else { return };
    if cgroup.renew_leaf_if_empty(name) || !cgroup.has_leaf(name) {
        return;
    }
    if !c.stale_leaves.iter().any(|stale| stale == name) {
        c.stale_leaves.push(name.to_string());
    }
    c.leaf_sweep_tries = 0;
    if !c.leaf_sweep_armed {
        c.leaf_sweep_armed = true;
        let id = timer_id(d, TIMER_LEAF_SWEEP);
        d.timers.after(LEAF_SWEEP_FIRST, Kind::Container, id);
    }
}

/// Removes the stale leaves that have emptied, skipping any that a
/// subsystem uses again, and sets the next try while some are left.
fn sweep_leaves(d: &mut Daemon) {
    let c = &mut d.container;
    c.leaf_sweep_armed = false;
    let Some(cgroup) = &c.cgroup else {
        c.stale_leaves.clear();
        return;
    };
    let leaves = &c.leaves;
    c.stale_leaves
        .retain(|name| !leaves.contains_key(name) && !cgroup.renew_leaf_if_empty(name) && cgroup.has_leaf(name));
    c.leaf_sweep_tries += 1;
    if c.stale_leaves.is_empty() {
        return;
    }
    if c.leaf_sweep_tries >= LEAF_SWEEP_TRIES {
        log::warn!(
            "leaf cgroups {:?} still contain processes and are removed when the container stops",
            c.stale_leaves
        );
        c.stale_leaves.clear();
        return;
    }
    let delay = (LEAF_SWEEP_FIRST * 2u32.pow(c.leaf_sweep_tries)).min(LEAF_SWEEP_MAX);
    c.leaf_sweep_armed = true;
    let id = timer_id(d, TIMER_LEAF_SWEEP);
    d.timers.after(delay, Kind::Container, id);
}

/// Freezes every process of the container (`cgroup.freeze`) and returns
/// once the kernel reports the cgroup frozen. Spawns fail with
/// `NotRunning` until [`thaw`].
pub fn freeze(d: &mut Daemon) -> io::Result<()> {
    let c = &mut d.container;
    let cgroup = c.cgroup.as_ref().ok_or_else(|| io::Error::other("the container has no cgroup"))?;
    cgroup.set_frozen(true, Duration::from_secs(5))?;
    c.frozen = true;
    Ok(())
}

/// Thaws the container after [`freeze`].
pub fn thaw(d: &mut Daemon) -> io::Result<()> {
    let c = &mut d.container;
    let cgroup = c.cgroup.as_ref().ok_or_else(|| io::Error::other("the container has no cgroup"))?;
    cgroup.set_frozen(false, Duration::from_secs(5))?;
    c.frozen = false;
    Ok(())
}

/// Returns why the container is stopping, as words that complete "killed
/// because ...", for the clients of the processes the stop kills.
pub fn stop_cause(d: &Daemon) -> &'static str {
    if d.container.shutting_down {
        "the daemon shut down"
    } else if d.container.restarting {
        "the container restarted"
    } else if matches!(d.storage.busy, Some(crate::storage::Busy::Restore(_))) {
        "the container stopped to restore a checkpoint"
    } else {
        "the container stopped"
    }
}

/// Stops the container: runs every subsystem's `container_stopping` hook,
/// kills all its processes (`cgroup.kill`), and once the init and the
/// spawner are reaped and the cgroup is empty, runs `then` with the
/// container stopped. Returns at once; `then` runs later on the loop, or
/// right away when the container is already stopped. Calls during a stop
/// queue their `then` behind it.
pub fn stop_then(d: &mut Daemon, then: Box<dyn FnOnce(&mut Daemon)>) {
    d.container.after_stop.push(then);
    match d.container.state {
        State::Stopping => return,
        State::Stopped => {
            finish_stop(d);
            return;
        }
        State::Starting | State::Running => {}
    }
    d.container.state = State::Stopping;
    d.container.stop_started = Some(Instant::now());
    if let Some(pending) = d.container.pending.take() {
        let _ = d.registry.deregister(&mut SourceFd(&pending.init_channel.as_raw_fd()));
        let _ = d.registry.deregister(&mut SourceFd(&pending.channel.as_raw_fd()));
        pending.kill();
        start_done(d, Err("the container was stopped before it finished starting".into()));
    }
    crate::exec::container_stopping(d);
    crate::services::container_stopping(d);
    crate::forward::container_stopping(d);
    crate::storage::container_stopping(d);

    let c = &mut d.container;
    if let Some(listener) = c.notifier.take() {
        let _ = d.registry.deregister(&mut SourceFd(&listener.as_raw_fd()));
    }
    let c = &mut d.container;
    c.netns = None;
    c.channel = None;
    // Killing the init makes the kernel kill every process of its PID
    // namespace; the spawner is the only container process outside it.
    for helper in [&c.init, &c.spawner].into_iter().flatten() {
        let _ = crate::sys::kill(helper.pid, libc::SIGKILL);
    }
    // NOTE: cgroup.kill is kept for the final stop. On Linux 6.18 a
    // process cloned with CLONE_INTO_CGROUP into a cgroup that was once
    // killed through cgroup.kill is itself killed at birth, which would
    // break every later container start.
    if c.shutting_down {
        if let Some(cgroup) = &c.cgroup {
            if let Err(err) = cgroup.kill_all() {
                log::warn!("{err}; the container's helpers were killed directly");
            }
        }
    }
    let id = timer_id(d, TIMER_STOP_DEADLINE);
    d.timers.after(STOP_TIMEOUT, Kind::Container, id);
    check_stopped(d);
}

/// Begins creating the container again from its upper layer; once it
/// runs, every subsystem's `container_started` hook runs. The container
/// must be stopped. An error here means the start did not begin;
/// [`after_start`] learns how a begun start ended.
pub fn start_again(d: &mut Daemon) -> Result<(), String> {
    if d.container.state != State::Stopped {
        return Err(format!("the container is {}; stop it before starting it again", d.container.state.name()));
    }
    create(d, true)
}

/// Runs `then` with the outcome of the start under way, or at once with
/// the container's current state when none is.
pub fn after_start(d: &mut Daemon, then: AfterStart) {
    if d.container.pending.is_some() {
        d.container.after_start.push(then);
        return;
    }
    let result = match d.container.state {
        State::Running => Ok(()),
        _ => Err(d
            .container
            .last_error
            .clone()
            .unwrap_or_else(|| format!("the container is {}", d.container.state.name()))),
    };
    then(d, result);
}

/// Stops and recreates the container unless a restart is under way; API
/// connections in `restart_waiters` get the outcome.
pub fn restart(d: &mut Daemon, reason: &str) {
    if d.container.restarting || d.container.shutting_down {
        return;
    }
    log::info!("restarting the container: {reason}");
    d.container.restarting = true;
    let started = Instant::now();
    stop_then(
        d,
        Box::new(move |d: &mut Daemon| {
            if d.container.shutting_down {
                d.container.restarting = false;
                answer_restart_waiters(d, Err("the daemon is shutting down".into()));
                return;
            }
            if let Err(message) = start_again(d) {
                d.container.restarting = false;
                let delay = d.container.retry_delay;
                log::error!("failed to recreate the container: {message}; retrying in {}s", delay.as_secs());
                d.container.retry_delay = (delay * 2).min(RETRY_MAX);
                let id = timer_id(d, TIMER_RETRY);
                d.timers.after(delay, Kind::Container, id);
                answer_restart_waiters(d, Err(message));
                return;
            }
            after_start(
                d,
                Box::new(move |d: &mut Daemon, result: Result<(), String>| {
                    d.container.restarting = false;
                    if result.is_ok() {
                        log::info!("container restarted in {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);
                    }
                    answer_restart_waiters(d, result);
                }),
            );
        }),
    );
}

/// Holds an API connection until the current or next restart finishes.
pub fn wait_for_restart(d: &mut Daemon, connection: Upgraded) {
    d.container.restart_waiters.push(connection);
}

fn answer_restart_waiters(d: &mut Daemon, result: Result<(), String>) {
    let response = match result {
        Ok(()) => Response::json(200, &status_view(d)),
        Err(message) => Response::error(500, format!("the container did not start again: {message}")),
    };
    let bytes = response.encode(false);
    for connection in std::mem::take(&mut d.container.restart_waiters) {
        // A small response fits the socket buffer; a client that left
        // (such as one inside the restarted container) is not an error.
        let _ = (&connection.stream).write_all(&bytes);
    }
}

/// PID of the container's init in the daemon's PID namespace, while the
/// container runs; `/proc/PID/root` shows its root filesystem.
pub fn init_pid(d: &Daemon) -> Option<libc::pid_t> {
    let c = &d.container;
    c.init.as_ref().filter(|_| c.state == State::Running).map(|init| init.pid)
}

/// Returns the container's network namespace while it runs in one of its
/// own. The forwarding subsystem enters it (`setns`) to connect to
/// container ports.
pub fn netns_fd(d: &Daemon) -> Option<BorrowedFd<'_>> {
    d.container.netns.as_ref().map(|fd| fd.as_fd())
}

/// Takes the seccomp user-notification listener that reports `listen(2)`
/// calls inside the container. Each start creates a new one. `None` means
/// it was already taken or the container is not running.
///
/// Contract: every `listen(2)` in the container blocks until someone
/// answers its notification. Until this function is called, this module
/// answers each with `SECCOMP_USER_NOTIF_FLAG_CONTINUE`; from then on the
/// caller must register the descriptor with the loop, receive each
/// notification (`SECCOMP_IOCTL_NOTIF_RECV`) and send `CONTINUE` for it
/// (see [`crate::sys::seccomp`]), and must drop the descriptor in its
/// `container_stopping` hook. Closing it early makes every later
/// `listen(2)` in the container fail with `ENOSYS`. Call it again from the
/// `container_started` hook to get the new container's listener.
pub fn take_listen_notifier(d: &mut Daemon) -> Option<OwnedFd> {
    let listener = d.container.notifier.take()?;
    if let Err(err) = d.registry.deregister(&mut SourceFd(&listener.as_raw_fd())) {
        log::warn!("failed to stop watching the seccomp listener: {err}");
    }
    // Answer what arrived before the hand-over, so no caller waits on an
    // edge the new owner will not see.
    let c = &mut d.container;
    while let Ok(true) = seccomp::notification_pending(listener.as_fd()) {
        match seccomp::receive_notification(listener.as_fd()) {
            Ok(notification) => {
                let _ = seccomp::continue_notification(listener.as_fd(), notification.id);
                c.notifications_answered += 1;
            }
            Err(_) => break,
        }
    }
    Some(listener)
}
