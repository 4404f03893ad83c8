//! Starting processes in the container. The daemon sends a request to the
//! spawner (see [`super::spawner`]) and waits for its reply, which comes
//! once the new process has called `execve` or failed before it. The new
//! process is a direct child of the daemon, so its exit reaches the owner
//! through the daemon's reaping like any other child.

use std::ffi::CString;
use std::fmt;
use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::time::{Duration, Instant};

use super::cgroup::{self, DEFAULT_LEAF};
use super::protocol::{self, Reply, Request, Stage};
use super::State;
use crate::daemon::token::Kind;
use crate::daemon::Daemon;
use crate::sys::fdpass;

/// Time the spawner gets to reply to one request before the spawn fails.
// NOTE: the event loop waits for this reply, normally about 1 ms. A child
// that hangs before `execve` (for example in `chdir` on a hung network
// filesystem) stalls the whole daemon for up to this long.
const REPLY_TIMEOUT: Duration = Duration::from_secs(10);

/// Destination of a standard stream of a new process.
pub enum Stdio {
    Null,
    Fd(OwnedFd),
}

/// A process to start inside the container.
pub struct ProcessSpec {
    pub argv: Vec<String>,
    /// `KEY=VALUE` pairs; `PATH`, `HOME` and `TERM` get defaults when absent.
    pub env: Vec<String>,
    /// Working directory inside the container; must be absolute.
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
    /// (services use one each); `exec` when `None`.
    pub cgroup: Option<String>,
}

impl ProcessSpec {
    /// Returns a spec for `argv` as root in `/` with every stream closed.
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
    /// The command does not exist.
    NotFound(String),
    /// The command exists but may not be run: not executable, a
    /// directory, or on a path this user may not search.
    NotExecutable(String),
    /// The container is not running (stopped, restarting or frozen), with
    /// the error of its last failed start, if any.
    NotRunning(Option<String>),
    Io(String, io::Error),
}

impl fmt::Display for SpawnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpawnError::NotFound(cmd) => {
                write!(f, "command {cmd:?} not found in the container; check the name and PATH")
            }
            SpawnError::NotExecutable(cmd) => write!(
                f,
                "command {cmd:?} cannot be run: permission denied (not an executable file, or not searchable by this user)"
            ),
            SpawnError::NotRunning(None) => write!(f, "the container is not running; retry once it is up"),
            SpawnError::NotRunning(Some(err)) => write!(
                f,
                "the container is not running because its last start failed: {err}; it is retried with backoff"
            ),
            SpawnError::Io(cmd, err) => write!(f, "failed to start {cmd:?}: {err}"),
        }
    }
}

/// Starts a process in the container and registers it as a child of
/// `owner_kind`/`owner_id`, whose `on_child_exit` gets its exit status.
/// Returns its PID in the daemon's PID namespace.
///
/// The process runs in the container's namespaces and root, in leaf cgroup
/// `spec.cgroup`, as `spec.uid`/`spec.gid` with no supplementary groups.
/// It has the container's capability bounding set, `no_new_privs`, both
/// seccomp filters, default signal dispositions, an empty signal mask and
/// only descriptors 0, 1 and 2 open. A command that does not exist or is
/// not executable is reported here as [`SpawnError::NotFound`] or
/// [`SpawnError::NotExecutable`], and a
/// missing working directory as [`SpawnError::Io`] naming it.
pub fn spawn(d: &mut Daemon, spec: ProcessSpec, owner_kind: Kind, owner_id: u64) -> Result<libc::pid_t, SpawnError> {
    let started = Instant::now();
    let program = spec.argv.first().cloned().unwrap_or_default();
    if program.is_empty() {
        return Err(SpawnError::NotFound(program));
    }
    let c = &mut d.container;
    if c.state != State::Running || c.frozen {
        return Err(SpawnError::NotRunning(c.last_start_error()));
    }
    let invalid =
        |message: String| SpawnError::Io(program.clone(), io::Error::new(io::ErrorKind::InvalidInput, message));
    if !spec.cwd.starts_with('/') {
        return Err(invalid(format!("working directory {:?} must be an absolute path", spec.cwd)));
    }
    let leaf = spec.cgroup.as_deref().unwrap_or(DEFAULT_LEAF);
    if !cgroup::valid_leaf_name(leaf) {
        return Err(invalid(format!("cgroup name {leaf:?} is invalid; use letters, digits, '.', '_' and '-'")));
    }
    let bytes = encode_request(&spec).map_err(invalid)?;
    let cwd = spec.cwd.clone();

    // A leaf in `c.leaves` was created by this daemon and never killed, so
    // the common spawn does no cgroup directory work. Any other leaf is
    // renewed when empty (see `Cgroup::renew_leaf_if_empty`). It is kept
    // only when its directory is fresh, so a killed leaf that still has
    // processes is opened for this spawn alone.
    let mut uncached = None;
    if !c.leaves.contains_key(leaf) {
        let cgroup = c.cgroup.as_ref().ok_or(SpawnError::NotRunning(None))?;
        cgroup.renew_leaf_if_empty(leaf);
        let (fd, created) = cgroup.open_leaf_created(leaf).map_err(|err| SpawnError::Io(program.clone(), err))?;
        if created {
            c.leaves.insert(leaf.to_string(), fd);
        } else {
            uncached = Some(fd);
        }
    }
    let leaf_fd = match &uncached {
        Some(fd) => fd.as_fd(),
        None => c.leaves.get(leaf).expect("inserted above").as_fd(),
    };
    let mut fds: Vec<BorrowedFd> = vec![leaf_fd];
    for stream in [&spec.stdin, &spec.stdout, &spec.stderr] {
        if let Stdio::Fd(fd) = stream {
            fds.push(fd.as_fd());
        }
    }
    let channel = c.channel.as_ref().ok_or(SpawnError::NotRunning(None))?;
    let reply = exchange(channel.as_fd(), &bytes, &fds).map_err(|err| {
        log::warn!("no reply from the container spawner: {err}");
        SpawnError::NotRunning(None)
    })?;
    drop(spec);
    match reply.stage {
        Stage::None if reply.pid > 0 => {
            d.container.record_spawn(started.elapsed());
            d.adopt_child(reply.pid, owner_kind, owner_id);
            log::debug!("started {program:?} as pid {} in the container", reply.pid);
            Ok(reply.pid)
        }
        Stage::Exec if matches!(reply.errno, libc::ENOENT | libc::ENOTDIR) => Err(SpawnError::NotFound(program)),
        Stage::Exec if reply.errno == libc::EACCES => Err(SpawnError::NotExecutable(program)),
        Stage::None | Stage::Clone if reply.errno == libc::EAGAIN => {
            let usage = c.cgroup.as_ref().map(|cgroup| cgroup.usage());
            let count = |value: Option<u64>| value.map_or("unknown".to_string(), |n| n.to_string());
            let (current, max) = usage.map_or((None, None), |u| (u.pids_current, u.pids_max));
            Err(SpawnError::Io(
                program,
                io::Error::new(
                    io::ErrorKind::WouldBlock,
                    format!(
                        "no process can be started: the container runs {} processes of its pids.max {} \
                         (--pids-max), or the machine is at kernel.threads-max; stop what forks \
                         (guestd service stop NAME) and retry",
                        count(current),
                        count(max)
                    ),
                ),
            ))
        }
        Stage::Chdir => Err(SpawnError::Io(
            program,
            io::Error::new(
                io::Error::from_raw_os_error(reply.errno).kind(),
                format!(
                    "working directory {:?} is not usable in the container: {}",
                    cwd,
                    io::Error::from_raw_os_error(reply.errno)
                ),
            ),
        )),
        stage => Err(SpawnError::Io(
            program,
            io::Error::new(
                io::Error::from_raw_os_error(reply.errno).kind(),
                format!("{} failed: {}", stage_name(stage), io::Error::from_raw_os_error(reply.errno)),
            ),
        )),
    }
}

fn stage_name(stage: Stage) -> &'static str {
    match stage {
        Stage::None | Stage::Clone => "clone3",
        Stage::Stdio => "setting up standard streams",
        Stage::Chdir => "chdir",
        Stage::Credentials => "switching user",
        Stage::Seccomp => "installing the seccomp filter",
        Stage::Exec => "execve",
        Stage::Request => "the spawn request",
        Stage::OomScore => "resetting oom_score_adj",
    }
}

/// Encodes `spec` as a request to the container's spawner, or names why
/// the spawner cannot take it: a NUL byte, or a command line and
/// environment over its size limit.
pub fn encode_request(spec: &ProcessSpec) -> Result<Vec<u8>, String> {
    let bytes = build_request(spec)?.encode();
    if bytes.len() > protocol::MAX_REQUEST {
        return Err(format!(
            "the command line and environment take {} bytes, more than the limit of {} bytes; \
             pass large data on stdin or in a file",
            bytes.len(),
            protocol::MAX_REQUEST
        ));
    }
    Ok(bytes)
}

fn build_request(spec: &ProcessSpec) -> Result<Request, String> {
    let cstring = |text: &str| CString::new(text).map_err(|_| format!("{text:?} contains a NUL byte"));
    let mut flags = 0;
    if spec.tty {
        flags |= protocol::FLAG_TTY;
    }
    for (stream, flag) in [
        (&spec.stdin, protocol::FLAG_STDIN),
        (&spec.stdout, protocol::FLAG_STDOUT),
        (&spec.stderr, protocol::FLAG_STDERR),
    ] {
        if let Stdio::Fd(_) = stream {
            flags |= flag;
        }
    }
    let env = environment(spec);
    Ok(Request {
        uid: spec.uid,
        gid: spec.gid,
        flags,
        cwd: cstring(&spec.cwd)?,
        argv: spec.argv.iter().map(|arg| cstring(arg)).collect::<Result<_, _>>()?,
        env: env.iter().map(|pair| cstring(pair)).collect::<Result<_, _>>()?,
    })
}

/// Returns the spec's environment with `PATH`, `HOME` and `TERM` added
/// when absent.
fn environment(spec: &ProcessSpec) -> Vec<String> {
    let mut env = spec.env.clone();
    let has = |env: &[String], key: &str| env.iter().any(|pair| pair.split_once('=').is_some_and(|(k, _)| k == key));
    if !has(&env, "PATH") {
        env.push(format!("PATH={}", super::DEFAULT_PATH));
    }
    if !has(&env, "HOME") {
        env.push(if spec.uid == 0 { "HOME=/root".to_string() } else { "HOME=/".to_string() });
    }
    if !has(&env, "TERM") {
        env.push(if spec.tty { "TERM=xterm-256color".to_string() } else { "TERM=dumb".to_string() });
    }
    env
}

fn exchange(channel: BorrowedFd, request: &[u8], fds: &[BorrowedFd]) -> io::Result<Reply> {
    fdpass::send(channel, request, fds)?;
    fdpass::set_receive_timeout(channel, REPLY_TIMEOUT)?;
    let mut buf = [0u8; 64];
    let (len, _) = fdpass::receive(channel, &mut buf)?;
    Reply::decode(&buf[..len]).ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "short reply from the spawner"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_defaults_fill_gaps() {
        let mut spec = ProcessSpec::new(vec!["sh".into()]);
        spec.env = vec!["PATH=/bin".into(), "A=1".into()];
        let env = environment(&spec);
        assert!(env.contains(&"PATH=/bin".to_string()));
        assert!(!env.iter().any(|pair| pair.starts_with("PATH=/usr")));
        assert!(env.contains(&"HOME=/root".to_string()));
        assert!(env.contains(&"TERM=dumb".to_string()));
    }

    #[test]
    fn environment_keeps_given_values() {
        let mut spec = ProcessSpec::new(vec!["sh".into()]);
        spec.uid = 1000;
        spec.tty = true;
        spec.env = vec!["HOME=/home/u".into()];
        let env = environment(&spec);
        assert!(env.contains(&"HOME=/home/u".to_string()));
        assert!(env.contains(&"TERM=xterm-256color".to_string()));
    }
}
