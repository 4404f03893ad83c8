//! The daemon: one `mio` event loop that owns every subsystem. Sources are
//! registered with tokens from [`token`], whose kind byte routes each event
//! to its subsystem. Timers come from one deadline heap. Blocking work runs
//! on [`pool`] and comes back as completions. Exited children are reaped
//! here and handed to the subsystem that started them.

pub mod pool;
mod run_dirs;
pub mod signals;
pub mod slab;
pub mod timer;
pub mod token;

use std::collections::HashMap;
use std::io;
use std::sync::Arc;
use std::time::{Duration, Instant};

use mio::{Events, Interest, Poll, Registry, Waker};

use crate::config::Config;
use crate::sys::{self, ExitStatus};
use crate::{container, exec, forward, http, logs, services, storage};
use pool::Pool;
use signals::SignalPipe;
use timer::{TimerKey, Timers};
use token::{token, Kind};

/// Which subsystem started a child process, and its id there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChildOwner {
    pub kind: Kind,
    pub id: u64,
}

/// What the daemon does once it has stopped everything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitAction {
    /// Return from `run` (not PID 1).
    Exit,
    PowerOff,
    Reboot,
}

/// Most time an orderly shutdown waits for services and the container.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Part of the shutdown grace kept for stopping the container after the
/// services had theirs.
const SERVICES_GRACE_MARGIN: Duration = Duration::from_secs(2);

pub struct Daemon {
    pub config: Config,
    poll: Poll,
    pub registry: Registry,
    pub timers: Timers,
    pub pool: Pool,
    signals: SignalPipe,
    /// Live children of the daemon by PID, and who started each.
    pub children: HashMap<libc::pid_t, ChildOwner>,
    pub started_at: Instant,
    pub started_unix: u64,
    pub http: http::Server,
    pub container: container::Container,
    pub exec: exec::Exec,
    pub services: services::Services,
    pub logs: logs::Logs,
    pub forward: forward::Forward,
    pub storage: storage::Storage,
    pub deferred: http::deferred::Deferred,
    pub wsproxy: crate::wsproxy::WsProxy,
    /// Set once a shutdown has begun.
    pub exit_action: Option<ExitAction>,
    exit_deadline: Option<Instant>,
    /// `STATE_DIR/lock`, locked while this daemon runs.
    state_lock: Option<std::fs::File>,
    /// Set while a shutdown waits for the services before it stops the
    /// container.
    container_stop_pending: bool,
    /// Subsystem starts still to run, one per loop turn.
    start_steps: std::collections::VecDeque<(&'static str, StartStep)>,
    /// Set while the first start step waits for pool work; the loop then
    /// sleeps until an event, and runs the step again only once a pool
    /// completion has run. Other wakeups, such as the step's own log line
    /// reaching the log pipeline, would otherwise turn the loop without
    /// pause for as long as the step waits.
    start_step_waits: bool,
}

/// Starts one subsystem; `Ok(false)` means it waits for pool work and
/// must run again once the loop wakes.
pub type StartStep = fn(&mut Daemon) -> Result<bool, StartError>;

/// Error that stops the daemon from starting.
#[derive(Debug)]
pub struct StartError {
    pub step: String,
    pub source: io::Error,
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.step, self.source)
    }
}

impl std::error::Error for StartError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// Locks `STATE_DIR/lock` so that a second daemon on the same state
/// directory, whose container would share the upper layer, exits with an error.
/// The lock ends with the process, so a crashed daemon leaves none behind.
fn lock_state_dir(state_dir: &std::path::Path) -> Result<std::fs::File, StartError> {
    let path = state_dir.join("lock");
    let failed = || {
        format!("failed to lock {} (the state directory must be writable; pass another --state-dir)", path.display())
    };
    step(std::fs::create_dir_all(state_dir), failed)?;
    let file =
        step(std::fs::OpenOptions::new().create(true).truncate(false).read(true).write(true).open(&path), failed)?;
    match rustix::fs::flock(&file, rustix::fs::FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => {}
        Err(rustix::io::Errno::WOULDBLOCK) => {
            let owner = std::fs::read_to_string(&path).unwrap_or_default();
            return Err(StartError {
                step: format!(
                    "state directory {} is in use by another guestd (pid {})",
                    state_dir.display(),
                    owner.trim()
                ),
                source: io::Error::new(io::ErrorKind::AddrInUse, "stop that daemon or pass another --state-dir"),
            });
        }
        Err(err) => return step(Err(err.into()), failed),
    }
    step(file.set_len(0), failed)?;
    step(io::Write::write_all(&mut &file, format!("{}\n", std::process::id()).as_bytes()), failed)?;
    Ok(file)
}

/// Runs one start step and logs how long it took.
pub fn timed<T>(name: &str, run: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let result = run();
    log::debug!("start step {name}: {:.2} ms", started.elapsed().as_secs_f64() * 1000.0);
    result
}

/// Attaches the failing step to an I/O error.
pub fn step<T>(result: io::Result<T>, step: impl FnOnce() -> String) -> Result<T, StartError> {
    result.map_err(|source| StartError { step: step(), source })
}

impl Daemon {
    pub fn new(config: Config) -> Result<Daemon, StartError> {
        let poll = step(Poll::new(), || "failed to create the event loop".into())?;
        let registry = step(poll.registry().try_clone(), || "failed to clone the registry".into())?;
        let waker = step(Waker::new(&registry, token(Kind::Waker, 0)), || "failed to create the loop waker".into())?;
        let mut signals = step(SignalPipe::install(), || "failed to install signal handlers".into())?;
        step(registry.register(&mut signals.receiver, token(Kind::Signal, 0), Interest::READABLE), || {
            "failed to register the signal pipe".into()
        })?;
        let started_unix =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        Ok(Daemon {
            http: http::Server::new(&config),
            container: container::Container::new(&config),
            exec: exec::Exec::new(&config),
            services: services::Services::new(&config),
            logs: logs::Logs::new(&config),
            forward: forward::Forward::new(&config),
            storage: storage::Storage::new(&config),
            deferred: http::deferred::Deferred::default(),
            wsproxy: crate::wsproxy::WsProxy::default(),
            config,
            poll,
            registry,
            timers: Timers::default(),
            pool: Pool::new(Arc::new(waker)),
            signals,
            children: HashMap::new(),
            started_at: Instant::now(),
            started_unix,
            exit_action: None,
            exit_deadline: None,
            state_lock: None,
            container_stop_pending: false,
            start_steps: std::collections::VecDeque::new(),
            start_step_waits: false,
        })
    }

    /// Starts the API listeners and queues the other subsystems' starts,
    /// which [`Daemon::run`] runs one per loop turn, so the daemon serves
    /// requests while they and the container come up. Until they all ran, requests
    /// other than the status and the VM's power wait ([`Daemon::starting_up`]).
    pub fn start(&mut self) -> Result<(), StartError> {
        if !self.config.pid1 {
            step(sys::set_child_subreaper(), || "failed to become a child subreaper".into())?;
        }
        self.state_lock = Some(timed("state lock", || lock_state_dir(&self.config.state_dir))?);
        timed("API listeners", || http::start(self))?;
        timed("logs", || logs::start(self))?;
        if self.config.pid1 {
            self.start_steps.push_back(("machine", crate::pid1::finish_prepare));
        }
        self.start_steps.extend([
            ("upper layer", (|d| container::prepare_layer(d).map(|()| true)) as StartStep),
            ("storage", storage::start),
            ("container", |d| container::start(d).map(|()| true)),
            ("services", |d| services::start(d).map(|()| true)),
            ("forwarding", |d| forward::start(d).map(|()| true)),
        ]);
        Ok(())
    }

    /// Reports whether some subsystems have not started yet.
    pub fn starting_up(&self) -> bool {
        !self.start_steps.is_empty()
    }

    /// Runs the next queued start step; after the last one, requests that
    /// waited for them proceed. A step that waits for pool work stays
    /// first and runs again on a later turn.
    fn next_start_step(&mut self) -> Result<(), StartError> {
        let Some(&(name, run)) = self.start_steps.front() else { return Ok(()) };
        self.start_step_waits = !timed(name, || run(self))?;
        if self.start_step_waits {
            return Ok(());
        }
        self.start_steps.pop_front();
        if self.start_steps.is_empty() {
            log::debug!("every subsystem started after {:.1} ms", self.started_at.elapsed().as_secs_f64() * 1000.0);
            container::resume_held(self);
        }
        Ok(())
    }

    /// Runs the event loop until a shutdown completes.
    pub fn run(&mut self) -> Result<ExitAction, StartError> {
        let mut events = Events::with_capacity(256);
        loop {
            let timeout = match self.starting_up() && !self.start_step_waits {
                true => Some(Duration::ZERO),
                false => self.timers.next_timeout(Instant::now()),
            };
            if let Err(err) = self.poll.poll(&mut events, timeout) {
                if err.kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(StartError { step: "event loop poll failed".into(), source: err });
            }
            for event in events.iter() {
                self.dispatch(event);
            }
            self.fire_timers();
            if self.exit_action.is_none() && !self.start_step_waits {
                self.next_start_step()?;
            }
            if let Some(action) = self.exit_action {
                if self.ready_to_exit() {
                    logs::finish(self);
                    return Ok(action);
                }
            }
        }
    }

    fn dispatch(&mut self, event: &mio::event::Event) {
        let Some((kind, index)) = token::split(event.token()) else {
            log::debug!("ignoring event for unknown token {:?}", event.token());
            return;
        };
        match kind {
            Kind::Waker => {
                for completion in self.pool.take_completions() {
                    completion(self);
                    self.start_step_waits = false;
                }
                logs::drain_daemon_log(self);
            }
            Kind::Signal => self.handle_signals(),
            Kind::Listener => http::on_listener(self, index),
            Kind::Http => http::on_event(self, index, event),
            Kind::Exec => exec::on_event(self, index, event),
            Kind::Service => services::on_event(self, index, event),
            Kind::Log => logs::on_event(self, index, event),
            Kind::Forward => forward::on_event(self, index, event),
            Kind::Storage => storage::on_event(self, index, event),
            Kind::Container => container::on_event(self, index, event),
            // Deferred replies register timers only, never event sources.
            Kind::Deferred => log::debug!("ignoring event for deferred reply {index}"),
            Kind::WsProxy => crate::wsproxy::on_event(self, index, event),
        }
    }

    fn fire_timers(&mut self) {
        let now = Instant::now();
        while let Some(TimerKey { kind, id }) = self.timers.pop_expired(now) {
            match kind {
                Kind::Http => http::on_timer(self, id),
                Kind::Exec => exec::on_timer(self, id),
                Kind::Service => services::on_timer(self, id),
                Kind::Log => logs::on_timer(self, id),
                Kind::Forward => forward::on_timer(self, id),
                Kind::Storage => storage::on_timer(self, id),
                Kind::Container => container::on_timer(self, id),
                Kind::Deferred => http::deferred::on_timer(self, id),
                Kind::WsProxy => crate::wsproxy::on_timer(self, id),
                Kind::Waker | Kind::Signal | Kind::Listener => self.on_own_timer(),
            }
        }
    }

    fn handle_signals(&mut self) {
        for signal in self.signals.drain() {
            match signal {
                libc::SIGCHLD => self.reap_children(),
                libc::SIGTERM | libc::SIGPWR => {
                    log::info!("received signal {signal}; shutting down");
                    self.begin_shutdown(if self.config.pid1 { ExitAction::PowerOff } else { ExitAction::Exit });
                }
                libc::SIGINT => {
                    log::info!("received SIGINT; shutting down");
                    self.begin_shutdown(if self.config.pid1 { ExitAction::Reboot } else { ExitAction::Exit });
                }
                other => log::debug!("ignoring signal {other}"),
            }
        }
    }

    /// Reaps every exited child and hands each exit to its owner.
    pub fn reap_children(&mut self) {
        loop {
            match sys::reap_any() {
                Ok(Some((pid, status))) => self.child_exited(pid, status),
                Ok(None) => break,
                Err(err) if err.raw_os_error() == Some(libc::ECHILD) => break,
                Err(err) => {
                    log::error!("waitpid failed: {err}");
                    break;
                }
            }
        }
    }

    fn child_exited(&mut self, pid: libc::pid_t, status: ExitStatus) {
        let Some(owner) = self.children.remove(&pid) else {
            log::debug!("reaped orphan {pid}: {status}");
            return;
        };
        match owner.kind {
            Kind::Container => container::on_child_exit(self, owner.id, pid, status),
            Kind::Exec => exec::on_child_exit(self, owner.id, pid, status),
            Kind::Service => services::on_child_exit(self, owner.id, pid, status),
            Kind::Storage => storage::on_child_exit(self, owner.id, pid, status),
            _ => log::debug!("child {pid} of {:?} ended with {status}", owner.kind),
        }
    }

    /// Starts an orderly shutdown: services stop, then the container, then
    /// `run` returns `action`. A second request only tightens the action.
    pub fn begin_shutdown(&mut self, action: ExitAction) {
        if self.exit_action.is_some() {
            self.exit_action = Some(action);
            return;
        }
        self.exit_action = Some(action);
        if !self.start_steps.is_empty() {
            log::info!("shutting down before every subsystem started");
            self.start_steps.clear();
            container::resume_held(self);
        }
        let deadline = Instant::now() + SHUTDOWN_GRACE;
        self.exit_deadline = Some(deadline);
        self.timers.add(deadline, TimerKey { kind: Kind::Signal, id: 0 });
        services::shutdown(self);
        exec::shutdown(self);
        forward::shutdown(self);
        http::deferred::shutdown(self);
        crate::wsproxy::shutdown(self);
        // Services get their stop signal and grace period before the
        // container, and every process left in it, is killed.
        self.container_stop_pending = true;
        self.timers.add(deadline - SERVICES_GRACE_MARGIN, TimerKey { kind: Kind::Signal, id: 0 });
        self.stop_container_after_services();
    }

    /// Stops the container once every service has stopped, or when the
    /// shutdown grace is about to run out.
    fn stop_container_after_services(&mut self) {
        if !self.container_stop_pending {
            return;
        }
        let late = self.exit_deadline.is_some_and(|deadline| Instant::now() + SERVICES_GRACE_MARGIN >= deadline);
        if services::all_stopped(self) || late {
            self.container_stop_pending = false;
            container::shutdown(self);
        }
    }

    fn ready_to_exit(&mut self) -> bool {
        self.stop_container_after_services();
        let expired = self.exit_deadline.is_some_and(|deadline| Instant::now() >= deadline);
        expired || (container::is_stopped(self) && services::all_stopped(self))
    }

    fn on_own_timer(&mut self) {
        if self.exit_deadline.is_some_and(|deadline| Instant::now() >= deadline) {
            log::warn!("shutdown grace of {}s ran out; exiting anyway", SHUTDOWN_GRACE.as_secs());
        }
    }

    /// Uptime of the daemon.
    pub fn uptime(&self) -> Duration {
        self.started_at.elapsed()
    }

    /// Records that `pid` belongs to `owner`, so its exit is routed there.
    pub fn adopt_child(&mut self, pid: libc::pid_t, kind: Kind, id: u64) {
        self.children.insert(pid, ChildOwner { kind, id });
    }
}

/// Runs the daemon with `config` until it shuts down.
pub fn serve(config: Config) -> Result<ExitAction, StartError> {
    crate::sys::memory::tune_allocator();
    // Declared before the daemon, so it drops after the daemon's listeners
    // have removed their socket files.
    let mut owned_dirs = run_dirs::OwnedRunDirs::before_start(&config);
    let mut daemon = Daemon::new(config)?;
    daemon.start()?;
    owned_dirs.take_over(&daemon.config);
    log::info!("{} serving", crate::version::server_string());
    if daemon.config.pid1 {
        crate::pid1::log_ready();
    }
    let result = daemon.run();
    if result.is_err() {
        // A start step failed, possibly after the container started. No
        // shutdown ran, so nothing else would remove its cgroup.
        container::discard(&mut daemon);
    }
    result
}
