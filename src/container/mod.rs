//! The inner container: namespaces, overlayfs root, cgroup, capabilities
//! and seccomp, and the processes that run in it.

use std::fmt;
use std::io;
use std::os::fd::{BorrowedFd, OwnedFd};
use std::path::PathBuf;
use std::os::unix::process::CommandExt;
use std::process::Command;

use miniserde::Serialize;

use crate::config::Config;
use crate::daemon::token::Kind;
use crate::daemon::{Daemon, StartError};
use crate::sys::ExitStatus;

pub struct Container {}

impl Container {
    pub fn new(_config: &Config) -> Container {
        Container {}
    }
}

/// The container as `GET /v1/status` shows it.
#[derive(Serialize)]
pub struct StatusView {
    pub state: &'static str,
}

pub fn status_view(_d: &Daemon) -> StatusView {
    StatusView { state: "stopped" }
}

pub fn start(_d: &mut Daemon) -> Result<(), StartError> {
    Ok(())
}

pub fn is_stopped(_d: &Daemon) -> bool {
    true
}

pub fn shutdown(_d: &mut Daemon) {}

pub fn on_event(_d: &mut Daemon, _index: usize, _event: &mio::event::Event) {}

pub fn on_timer(_d: &mut Daemon, _id: u64) {}

pub fn on_child_exit(_d: &mut Daemon, _id: u64, _pid: libc::pid_t, _status: ExitStatus) {}

/// Where a standard stream of a new process goes.
pub enum Stdio {
    Null,
    Fd(OwnedFd),
}

/// A process to start inside the container.
pub struct ProcessSpec {
    pub argv: Vec<String>,
    /// `KEY=VALUE` pairs; `PATH`, `HOME` and `TERM` get defaults when absent.
    pub env: Vec<String>,
    /// Working directory inside the container.
    pub cwd: String,
    pub uid: u32,
    pub gid: u32,
    pub stdin: Stdio,
    pub stdout: Stdio,
    pub stderr: Stdio,
    /// The process gets a new session with `stdin` (a PTY slave) as its
    /// controlling terminal; otherwise it leads a new process group.
    pub tty: bool,
    /// Name of a leaf cgroup under the container's own, created on demand
    /// (services use one each).
    pub cgroup: Option<String>,
}

impl ProcessSpec {
    /// A spec for `argv` as root in `/` with every stream closed.
    pub fn new(argv: Vec<String>) -> ProcessSpec {
        ProcessSpec {
            argv,
            env: Vec::new(),
            cwd: "/".to_string(),
            uid: 0,
            gid: 0,
            stdin: Stdio::Null,
            stdout: Stdio::Null,
            stderr: Stdio::Null,
            tty: false,
            cgroup: None,
        }
    }
}

#[derive(Debug)]
pub enum SpawnError {
    /// The command does not exist or is not executable.
    NotFound(String),
    /// The container is not running (stopped or restarting).
    NotRunning,
    Io(String, io::Error),
}

impl fmt::Display for SpawnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpawnError::NotFound(cmd) => {
                write!(f, "command {cmd:?} not found in the container; check the name and PATH")
            }
            SpawnError::NotRunning => write!(f, "the container is not running; retry once it is up"),
            SpawnError::Io(cmd, err) => write!(f, "failed to start {cmd:?}: {err}"),
        }
    }
}

/// Starts a process in the container and registers it as a child of
/// `owner_kind`/`owner_id`, whose `on_child_exit` gets its exit status.
/// Returns its PID in the daemon's namespace.
///
/// NOTE: this first version starts the process in the daemon's own
/// namespaces; entering the container's namespaces comes with the
/// container itself.
pub fn spawn(d: &mut Daemon, spec: ProcessSpec, owner_kind: Kind, owner_id: u64) -> Result<libc::pid_t, SpawnError> {
    let program = spec.argv.first().cloned().unwrap_or_default();
    if program.is_empty() {
        return Err(SpawnError::NotFound(program));
    }
    let mut command = Command::new(&program);
    command.args(&spec.argv[1..]).env_clear().current_dir(&spec.cwd);
    for pair in &spec.env {
        if let Some((key, value)) = pair.split_once('=') {
            command.env(key, value);
        }
    }
    if !spec.env.iter().any(|pair| pair.starts_with("PATH=")) {
        command.env("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    }
    let to_stdio = |stdio: Stdio| match stdio {
        Stdio::Null => std::process::Stdio::null(),
        Stdio::Fd(fd) => std::process::Stdio::from(fd),
    };
    command.stdin(to_stdio(spec.stdin));
    command.stdout(to_stdio(spec.stdout));
    command.stderr(to_stdio(spec.stderr));
    let tty = spec.tty;
    // SAFETY: the closure runs in the forked child before exec and calls
    // only async-signal-safe functions (setsid, setpgid, ioctl).
    unsafe {
        command.pre_exec(move || {
            if tty {
                if libc::setsid() == -1 {
                    return Err(io::Error::last_os_error());
                }
                if libc::ioctl(0, libc::TIOCSCTTY, 0) == -1 {
                    return Err(io::Error::last_os_error());
                }
            } else if libc::setpgid(0, 0) == -1 {
                return Err(io::Error::last_os_error());
            }
            Ok(())
        });
    }
    match command.spawn() {
        Ok(child) => {
            let pid = child.id() as libc::pid_t;
            d.adopt_child(pid, owner_kind, owner_id);
            Ok(pid)
        }
        Err(err) if err.kind() == io::ErrorKind::NotFound => Err(SpawnError::NotFound(program)),
        Err(err) => Err(SpawnError::Io(program, err)),
    }
}

/// Directory of the container's writable upper layer.
pub fn upper_dir(d: &Daemon) -> PathBuf {
    d.config.state_dir.join("upper")
}

/// Absolute path of the container's cgroup, while it has one.
pub fn cgroup_dir(_d: &Daemon) -> Option<PathBuf> {
    None
}

/// Freezes every process of the container (cgroup.freeze).
pub fn freeze(_d: &mut Daemon) -> io::Result<()> {
    Ok(())
}

/// Thaws the container after [`freeze`].
pub fn thaw(_d: &mut Daemon) -> io::Result<()> {
    Ok(())
}

/// Stops the container: runs every subsystem's `container_stopping` hook,
/// kills all its processes, waits until its init has exited, then runs
/// `then` with the container stopped.
pub fn stop_then(d: &mut Daemon, then: Box<dyn FnOnce(&mut Daemon)>) {
    then(d)
}

/// Creates the container again from its upper layer and runs every
/// subsystem's `container_started` hook.
pub fn start_again(_d: &mut Daemon) -> Result<(), String> {
    Ok(())
}

/// PID of the container's init in the daemon's PID namespace, while the
/// container runs; `/proc/PID/root` shows its root filesystem.
pub fn init_pid(_d: &Daemon) -> Option<libc::pid_t> {
    None
}

/// The container's network namespace, while it runs in one of its own.
pub fn netns_fd(_d: &Daemon) -> Option<BorrowedFd<'_>> {
    None
}

/// Takes the seccomp user-notification descriptor that reports `listen(2)`
/// calls inside the container; a new one exists after each start.
pub fn take_listen_notifier(_d: &mut Daemon) -> Option<OwnedFd> {
    None
}
