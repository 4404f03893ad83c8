//! The service manager: user services defined through the API, persisted
//! in `STATE/services/`, started in dependency order whenever the
//! container starts, restarted with backoff when they exit, and stopped
//! with their stop signal and SIGKILL after a grace period.
//!
//! A service is `running` once its process has been spawned. guestd has no
//! readiness check, so a service that needs another starts right after the
//! other's process does.
//!
//! Restart backoff: the first restart waits [`BACKOFF_MIN`], each further
//! one twice as long up to [`BACKOFF_MAX`]; a process that ran for
//! [`STABLE_RUN`] or longer starts the sequence over. While it waits the
//! service is `starting` with `next_restart_in_ms` and `error` set, and
//! `restart_count` shows a crash loop.
//!
//! The manager never touches a service's log: output goes through
//! [`crate::logs`].

pub mod definition;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

use crate::config::Config;
use crate::container::{self, ProcessSpec, SpawnError, Stdio};
use crate::daemon::token::Kind;
use crate::daemon::{step, Daemon, StartError};
use crate::sys::ExitStatus;
pub use definition::Definition;

/// Delay before the first restart after an exit.
pub const BACKOFF_MIN: Duration = Duration::from_millis(100);
/// Maximum delay between restarts.
pub const BACKOFF_MAX: Duration = Duration::from_secs(30);
/// A run at least this long resets the backoff.
pub const STABLE_RUN: Duration = Duration::from_secs(10);

/// Lifecycle state of a service, named as the API shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Stopped,
    Starting,
    Running,
    Stopping,
    Failed,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Stopped => "stopped",
            Status::Starting => "starting",
            Status::Running => "running",
            Status::Stopping => "stopping",
            Status::Failed => "failed",
        }
    }
}

/// Why a running service is being stopped, which decides what follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StopReason {
    User,
    Restart,
    Delete,
    Container,
    Shutdown,
}

pub struct Service {
    pub def: Definition,
    pub status: Status,
    pub pid: Option<libc::pid_t>,
    pub started_at: Option<SystemTime>,
    started: Option<Instant>,
    pub last_exit: Option<ExitStatus>,
    pub restart_count: u64,
    /// Restarts since the last stable run.
    failures: u32,
    pub error: Option<String>,
    pub next_restart: Option<Instant>,
    /// Id that the running process's exit arrives with.
    run_id: u64,
    /// Id of the one timer that is current for this service.
    timer_id: u64,
    stop_reason: Option<StopReason>,
    /// Spawning found the container not running; `container_started`
    /// retries.
    waiting_for_container: bool,
}

impl Service {
    fn new(def: Definition) -> Service {
        Service {
            def,
            status: Status::Stopped,
            pid: None,
            started_at: None,
            started: None,
            last_exit: None,
            restart_count: 0,
            failures: 0,
            error: None,
            next_restart: None,
            run_id: 0,
            timer_id: 0,
            stop_reason: None,
            waiting_for_container: false,
        }
    }

    /// Returns whether the service has no process and nothing scheduled.
    fn idle(&self) -> bool {
        matches!(self.status, Status::Stopped | Status::Failed)
    }
}

pub struct Services {
    pub dir: PathBuf,
    pub entries: BTreeMap<String, Service>,
    next_id: u64,
    shutting_down: bool,
}

impl Services {
    /// Loads the stored definitions, so the container's first start finds
    /// them whenever it happens.
    pub fn new(config: &Config) -> Services {
        let dir = config.state_dir.join("services");
        let mut entries = BTreeMap::new();
        for def in definition::load_all(&dir) {
            entries.insert(def.name.clone(), Service::new(def));
        }
        let graph = entries.iter().map(|(name, s)| (name.clone(), s.def.needs.clone())).collect();
        if let Err(err) = definition::check_graph(&graph) {
            log::error!("stored service definitions are inconsistent: {err}; affected services wait for their needs");
        }
        Services { dir, entries, next_id: 1, shutting_down: false }
    }

    fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// Map of every service to its needs, with `def` put in place of its
    /// namesake, for checking a change before it is made.
    pub fn graph_with(&self, def: Option<&Definition>, without: Option<&str>) -> BTreeMap<String, Vec<String>> {
        let mut graph: BTreeMap<String, Vec<String>> = self
            .entries
            .iter()
            .filter(|(name, s)| Some(name.as_str()) != without && s.stop_reason != Some(StopReason::Delete))
            .map(|(name, s)| (name.clone(), s.def.needs.clone()))
            .collect();
        if let Some(def) = def {
            graph.insert(def.name.clone(), def.needs.clone());
        }
        graph
    }

    /// Services whose definitions name `name` in their needs.
    pub fn dependents(&self, name: &str) -> Vec<String> {
        self.entries
            .iter()
            .filter(|(_, s)| s.stop_reason != Some(StopReason::Delete) && s.def.needs.iter().any(|n| n == name))
            .map(|(other, _)| other.clone())
            .collect()
    }

    /// Returns a defined service, unless it is being deleted.
    pub fn get(&self, name: &str) -> Option<&Service> {
        self.entries.get(name).filter(|s| s.stop_reason != Some(StopReason::Delete))
    }

    /// Returns whether `name` is defined or is deleted while its process
    /// still exits, so that records of it can still arrive.
    pub fn has_process_or_definition(&self, name: &str) -> bool {
        self.entries.contains_key(name)
    }
}

/// A service definition that could not be written to or removed from the
/// state directory.
#[derive(Debug)]
pub struct SaveError {
    /// The step that failed, naming the service and the directory.
    pub message: String,
    pub dir: PathBuf,
    pub source: std::io::Error,
}

impl SaveError {
    /// Builds the API's error response, 507 when the state directory is full.
    pub fn response(&self) -> crate::http::Response {
        crate::http::Response::state_write_failed(&self.message, &self.dir, &self.source)
    }
}

pub fn start(d: &mut Daemon) -> Result<(), StartError> {
    let dir = d.services.dir.clone();
    step(std::fs::create_dir_all(&dir), || format!("failed to create service directory {}", dir.display()))?;
    // Starting is idempotent: when the container calls this hook too, the
    // services it already started are left alone.
    container_started(d);
    Ok(())
}

/// Defines or replaces a service. The caller has validated `def` and its
/// place in the graph. Returns whether the service is new.
pub fn put(d: &mut Daemon, def: Definition) -> Result<bool, SaveError> {
    let dir = d.services.dir.clone();
    definition::save(&dir, &def).map_err(|source| SaveError {
        message: format!("failed to save service {:?} in {}", def.name, dir.display()),
        dir: dir.clone(),
        source,
    })?;
    let name = def.name.clone();
    let enabled = def.enabled;
    let created = match d.services.entries.get_mut(&name) {
        Some(service) if service.stop_reason != Some(StopReason::Delete) => {
            let changed = service.def != def;
            service.def = def;
            if changed && service.pid.is_some() {
                log::info!("service {name} changed; restarting it");
                stop(d, &name, if enabled { StopReason::Restart } else { StopReason::User });
            }
            false
        }
        _ => {
            d.services.entries.insert(name.clone(), Service::new(def));
            log::info!("service {name} defined");
            true
        }
    };
    if enabled {
        activate(d, &name);
        start_ready(d);
    } else if d.services.entries.get(&name).is_some_and(|s| s.status == Status::Starting && s.pid.is_none()) {
        stop(d, &name, StopReason::User);
    }
    crate::forward::services_changed(d);
    Ok(created)
}

/// Deletes a service: stops it, then removes its entry. The definition
/// file goes at once; the log files stay.
pub fn delete(d: &mut Daemon, name: &str) -> Result<(), SaveError> {
    let dir = d.services.dir.clone();
    definition::remove(&dir, name).map_err(|source| SaveError {
        message: format!("failed to remove service {name:?} from {}", dir.display()),
        dir: dir.clone(),
        source,
    })?;
    log::info!("service {name} deleted");
    stop(d, name, StopReason::Delete);
    crate::forward::services_changed(d);
    Ok(())
}

/// Starts a service and, first, every service it needs that is stopped.
pub fn start_service(d: &mut Daemon, name: &str) -> Result<(), SaveError> {
    set_enabled_with_needs(d, name)?;
    start_ready(d);
    Ok(())
}

/// Stops a service; it stays stopped, across restarts too, until started.
pub fn stop_service(d: &mut Daemon, name: &str) -> Result<(), SaveError> {
    set_enabled(d, name, false)?;
    stop(d, name, StopReason::User);
    Ok(())
}

/// Stops a service if it runs, then starts it. A service that waits out a
/// restart backoff starts at once, with its backoff started over.
pub fn restart_service(d: &mut Daemon, name: &str) -> Result<(), SaveError> {
    set_enabled_with_needs(d, name)?;
    let timer_id = d.services.next_id();
    match d.services.entries.get_mut(name) {
        Some(service) if service.pid.is_some() => stop(d, name, StopReason::Restart),
        Some(service) if service.next_restart.is_some() => {
            // The pending restart timer no longer matches any service.
            service.timer_id = timer_id;
            service.next_restart = None;
            service.failures = 0;
            service.error = None;
        }
        _ => {}
    }
    start_ready(d);
    Ok(())
}

fn set_enabled_with_needs(d: &mut Daemon, name: &str) -> Result<(), SaveError> {
    let mut queue = vec![name.to_string()];
    let mut seen = std::collections::BTreeSet::new();
    while let Some(next) = queue.pop() {
        if !seen.insert(next.clone()) {
            continue;
        }
        set_enabled(d, &next, true)?;
        activate(d, &next);
        if let Some(service) = d.services.entries.get(&next) {
            queue.extend(service.def.needs.iter().cloned());
        }
    }
    Ok(())
}

fn set_enabled(d: &mut Daemon, name: &str, enabled: bool) -> Result<(), SaveError> {
    let dir = d.services.dir.clone();
    let Some(service) = d.services.entries.get_mut(name) else { return Ok(()) };
    if service.def.enabled == enabled {
        return Ok(());
    }
    let mut def = service.def.clone();
    def.enabled = enabled;
    definition::save(&dir, &def).map_err(|source| SaveError {
        message: format!("failed to save service {name:?} in {}", dir.display()),
        dir: dir.clone(),
        source,
    })?;
    service.def = def;
    Ok(())
}

/// Moves an idle service to `starting`; [`start_ready`] spawns it once its
/// needs run.
fn activate(d: &mut Daemon, name: &str) {
    let Some(service) = d.services.entries.get_mut(name) else { return };
    if service.idle() {
        service.status = Status::Starting;
        service.error = None;
        service.failures = 0;
        service.next_restart = None;
    }
    if service.status == Status::Stopping && service.stop_reason == Some(StopReason::User) {
        service.stop_reason = Some(StopReason::Restart);
    }
}

/// Spawns every `starting` service whose needs all run, repeating until
/// no more can start, so a chain comes up in one call.
fn start_ready(d: &mut Daemon) {
    if d.services.shutting_down {
        return;
    }
    loop {
        let ready: Vec<String> = d
            .services
            .entries
            .iter()
            .filter(|(_, s)| {
                s.status == Status::Starting && s.pid.is_none() && s.next_restart.is_none() && !s.waiting_for_container
            })
            .filter(|(_, s)| {
                s.def.needs.iter().all(|need| d.services.entries.get(need).is_some_and(|n| n.status == Status::Running))
            })
            .map(|(name, _)| name.clone())
            .collect();
        let mut started = false;
        for name in ready {
            started |= spawn_service(d, &name);
        }
        if !started {
            explain_disabled_needs(d);
            return;
        }
    }
}

/// Prefix of the error of a `starting` service that waits for a disabled
/// need; such an error also names the need as disabled.
const DISABLED_NEED: &str = "waiting for ";

/// Says in its error why a `starting` service waits when one of its needs
/// is disabled and so never starts on its own, and clears that error
/// once no need is disabled any more. Other errors stay.
fn explain_disabled_needs(d: &mut Daemon) {
    let entries = &d.services.entries;
    let updates: Vec<(String, Option<String>)> = entries
        .iter()
        .filter(|(_, s)| s.status == Status::Starting && s.pid.is_none())
        .filter(|(_, s)| s.error.as_deref().is_none_or(|e| e.starts_with(DISABLED_NEED) && e.contains("disabled")))
        .map(|(name, s)| {
            let disabled = s
                .def
                .needs
                .iter()
                .find(|need| entries.get(*need).is_some_and(|n| !n.def.enabled && n.status != Status::Running));
            let error = disabled
                .map(|need| format!("{DISABLED_NEED}{need}, which is disabled; enable it or remove it from needs"));
            (name.clone(), error)
        })
        .filter(|(name, error)| entries.get(name).is_some_and(|s| s.error != *error))
        .collect();
    for (name, error) in updates {
        if let Some(service) = d.services.entries.get_mut(&name) {
            service.error = error;
        }
    }
}

/// Spawns the process of `name`. Returns whether it now runs.
/// Command line, environment and working directory of a service's process.
fn process_spec(def: &Definition) -> ProcessSpec {
    let mut argv = vec![def.cmd.clone()];
    argv.extend(def.args.iter().cloned());
    let mut spec = ProcessSpec::new(argv);
    spec.env = def.env.iter().map(|(key, value)| format!("{key}={value}")).collect();
    spec.cwd = def.dir.clone().unwrap_or_else(|| "/".to_string());
    spec
}

/// Checks that the container's spawner can take `def`'s command line and
/// environment. A definition must pass this check before it is stored,
/// because one that never fits would fail every start.
pub fn check_spawnable(def: &Definition) -> Result<(), String> {
    container::encode_request(&process_spec(def)).map(|_| ())
}

fn spawn_service(d: &mut Daemon, name: &str) -> bool {
    let Some(service) = d.services.entries.get(name) else { return false };
    let def = service.def.clone();
    let (stdout, stderr) = match crate::logs::attach(d, name) {
        Ok(pipes) => pipes,
        Err(err) => {
            failed_to_start(d, name, format!("failed to create output pipes: {err}"));
            return false;
        }
    };
    let mut spec = process_spec(&def);
    spec.stdout = Stdio::Fd(stdout);
    spec.stderr = Stdio::Fd(stderr);
    spec.cgroup = Some(name.to_string());
    let run_id = d.services.next_id();
    match container::spawn(d, spec, Kind::Service, run_id) {
        Ok(pid) => {
            let service = d.services.entries.get_mut(name).expect("checked above");
            service.status = Status::Running;
            service.pid = Some(pid);
            service.run_id = run_id;
            service.started_at = Some(SystemTime::now());
            service.started = Some(Instant::now());
            service.error = None;
            service.next_restart = None;
            service.stop_reason = None;
            log::info!("service {name} started (pid {pid})");
            true
        }
        Err(SpawnError::NotRunning(_)) => {
            let service = d.services.entries.get_mut(name).expect("checked above");
            service.waiting_for_container = true;
            service.error = Some("waiting for the container to start".to_string());
            false
        }
        Err(err) => {
            failed_to_start(d, name, err.to_string());
            false
        }
    }
}

fn failed_to_start(d: &mut Daemon, name: &str, error: String) {
    log::warn!("service {name} failed to start: {error}");
    after_exit(d, name, None, error);
}

/// Stops `name` for `reason`: the stop signal now, SIGKILL after the grace
/// period. A service without a process stops at once.
fn stop(d: &mut Daemon, name: &str, reason: StopReason) {
    let timer_id = d.services.next_id();
    let Some(service) = d.services.entries.get_mut(name) else { return };
    // A timer set before this point no longer applies.
    service.timer_id = timer_id;
    service.next_restart = None;
    service.waiting_for_container = false;
    let Some(pid) = service.pid else {
        if reason == StopReason::Delete {
            d.services.entries.remove(name);
            crate::logs::forget(d, name);
            container::remove_leaf(d, name);
        } else if reason != StopReason::Restart {
            service.status = Status::Stopped;
            service.error = None;
        }
        return;
    };
    // A deletion is never turned back into a stop or restart.
    if service.stop_reason != Some(StopReason::Delete) {
        service.stop_reason = Some(reason);
    }
    if service.status == Status::Stopping {
        return;
    }
    service.status = Status::Stopping;
    let signal = definition::parse_signal(&service.def.stop_signal).unwrap_or(libc::SIGTERM);
    let grace = Duration::from_millis(service.def.grace_period_ms);
    log::info!("stopping service {name} (pid {pid}) with signal {signal}");
    signal_service(d, name, pid, signal);
    d.timers.after(grace, Kind::Service, timer_id);
}

/// Sends `signal` to every process of a service: through its cgroup when
/// the container gives it one, and to its process group in any case.
fn signal_service(d: &mut Daemon, name: &str, pid: libc::pid_t, signal: i32) {
    if let Some(leaf) = container::cgroup_dir(d).map(|dir| dir.join(name)).filter(|leaf| leaf.is_dir()) {
        let procs = std::fs::read_to_string(leaf.join("cgroup.procs")).unwrap_or_default();
        let members: Vec<libc::pid_t> = procs.lines().filter_map(|line| line.trim().parse().ok()).collect();
        // cgroup.kill only on a leaf that still has processes: the spawner
        // renews an empty leaf that was killed before reusing it.
        if signal == libc::SIGKILL && !members.is_empty() {
            if let Err(err) = container::kill_leaf(d, name) {
                log::warn!("failed to kill cgroup {}: {err}", leaf.display());
            }
        } else {
            for member in members {
                let _ = crate::sys::kill(member, signal);
            }
        }
    }
    // The service's process leads its own process group.
    if let Err(err) = crate::sys::kill(-pid, signal) {
        log::debug!("signal {signal} to process group {pid} of {name} failed: {err}");
    }
}

pub fn on_timer(d: &mut Daemon, id: u64) {
    let Some((name, service)) = d.services.entries.iter_mut().find(|(_, s)| s.timer_id == id) else { return };
    let name = name.clone();
    match (service.status, service.pid) {
        (Status::Stopping, Some(pid)) => {
            log::warn!(
                "service {name} (pid {pid}) did not stop within {} ms; sending SIGKILL",
                service.def.grace_period_ms
            );
            signal_service(d, &name, pid, libc::SIGKILL);
        }
        (Status::Starting, None) if service.next_restart.is_some() => {
            service.next_restart = None;
            start_ready(d);
        }
        _ => {}
    }
}

pub fn on_child_exit(d: &mut Daemon, id: u64, pid: libc::pid_t, status: ExitStatus) {
    let Some((name, service)) = d.services.entries.iter_mut().find(|(_, s)| s.run_id == id && s.pid == Some(pid))
    else {
        log::debug!("exit of unknown service process {pid}: {status}");
        return;
    };
    let name = name.clone();
    service.pid = None;
    service.last_exit = Some(status);
    let ran = service.started.map(|at| at.elapsed()).unwrap_or_default();
    let reason = service.stop_reason.take();
    // Whatever the main process left in its group goes with it.
    signal_service(d, &name, pid, libc::SIGKILL);
    let description = describe_exit(status);
    log::info!("service {name} (pid {pid}) {description} after {} ms", ran.as_millis());
    match reason {
        Some(StopReason::Delete) => {
            d.services.entries.remove(&name);
            crate::logs::forget(d, &name);
            container::remove_leaf(d, &name);
        }
        Some(StopReason::Restart) => {
            if let Some(service) = d.services.entries.get_mut(&name) {
                service.status = Status::Starting;
                service.failures = 0;
            }
            start_ready(d);
        }
        Some(StopReason::User | StopReason::Container | StopReason::Shutdown) => {
            if let Some(service) = d.services.entries.get_mut(&name) {
                service.status = Status::Stopped;
                service.error = None;
            }
        }
        None => after_exit(d, &name, Some((status, ran)), description),
    }
}

fn describe_exit(status: ExitStatus) -> String {
    match status {
        ExitStatus::Code(code) => format!("exited with code {code}"),
        ExitStatus::Signal(signal) => format!("was killed by signal {signal}"),
    }
}

/// Applies the restart policy after the process exited on its own (`exit`)
/// or could not be started (`None`).
fn after_exit(d: &mut Daemon, name: &str, exit: Option<(ExitStatus, Duration)>, description: String) {
    let timer_id = d.services.next_id();
    let shutting_down = d.services.shutting_down;
    let Some(service) = d.services.entries.get_mut(name) else { return };
    let success = exit.is_some_and(|(status, _)| status.success());
    let restart = !shutting_down
        && match service.def.restart.as_str() {
            "always" => true,
            "on-failure" => !success,
            _ => false,
        };
    if !restart {
        service.status = if success { Status::Stopped } else { Status::Failed };
        service.error = (!success).then_some(description);
        return;
    }
    if exit.is_some_and(|(_, ran)| ran >= STABLE_RUN) {
        service.failures = 0;
    }
    let delay = backoff(service.failures);
    service.failures = service.failures.saturating_add(1);
    service.restart_count += 1;
    service.status = Status::Starting;
    service.next_restart = Some(Instant::now() + delay);
    service.timer_id = timer_id;
    service.error = Some(format!("{description}; restart {} in {} ms", service.restart_count, delay.as_millis()));
    log::warn!("service {name} {description}; restart {} in {} ms", service.restart_count, delay.as_millis());
    d.timers.after(delay, Kind::Service, timer_id);
}

/// Delay before restart number `failures + 1` since the last stable run.
pub fn backoff(failures: u32) -> Duration {
    let factor = 1u32.checked_shl(failures.min(16)).unwrap_or(u32::MAX);
    BACKOFF_MIN.saturating_mul(factor).min(BACKOFF_MAX)
}

/// Called after the container has (re)started: starts every enabled
/// service that is not already running, in dependency order.
pub fn container_started(d: &mut Daemon) {
    for service in d.services.entries.values_mut() {
        service.waiting_for_container = false;
        if service.def.enabled && service.idle() {
            service.status = Status::Starting;
            service.error = None;
            service.failures = 0;
        }
    }
    start_ready(d);
}

/// Called before the container's processes are killed: running services
/// get their stop signal and come back with the container.
pub fn container_stopping(d: &mut Daemon) {
    let names: Vec<String> = d.services.entries.keys().cloned().collect();
    for name in names {
        let Some(service) = d.services.entries.get_mut(&name) else { continue };
        if service.pid.is_some() || service.status == Status::Starting {
            stop(d, &name, StopReason::Container);
        }
    }
}

/// Stops every service for the daemon's exit, leaving `enabled` as it is.
pub fn shutdown(d: &mut Daemon) {
    d.services.shutting_down = true;
    let names: Vec<String> = d.services.entries.keys().cloned().collect();
    for name in names {
        stop(d, &name, StopReason::Shutdown);
    }
}

/// Returns whether no service process runs and all their output has
/// been read.
pub fn all_stopped(d: &Daemon) -> bool {
    d.services.entries.values().all(|s| s.pid.is_none()) && !crate::logs::pipes_open(d)
}

pub fn on_event(_d: &mut Daemon, _index: usize, _event: &mio::event::Event) {}

/// Services with an HTTP port, for ingress: name and port.
pub fn http_ports(d: &Daemon) -> Vec<(String, u16)> {
    d.services
        .entries
        .values()
        .filter(|s| s.stop_reason != Some(StopReason::Delete))
        .filter_map(|s| s.def.http_port.map(|port| (s.def.name.clone(), port)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_to_cap() {
        assert_eq!(backoff(0), Duration::from_millis(100));
        assert_eq!(backoff(1), Duration::from_millis(200));
        assert_eq!(backoff(4), Duration::from_millis(1600));
        assert_eq!(backoff(9), BACKOFF_MAX);
        assert_eq!(backoff(1000), BACKOFF_MAX);
    }
}
