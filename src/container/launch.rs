//! Daemon side of container creation. It starts the init (in new
//! namespaces) and the spawner, both in the container's top cgroup, each
//! by `clone3` followed at once by `execve` of this same binary with a
//! hidden subcommand. Their reports arrive later, on channels the daemon
//! watches on its loop, so a start never blocks the loop.
//! Both get `SIGKILL` if the daemon dies (`PR_SET_PDEATHSIG`), which tears
//! the whole container down with them.

use std::ffi::CString;
use std::os::fd::{AsFd, AsRawFd, OwnedFd, RawFd};
use std::time::{Duration, Instant};

use super::cgroup::Cgroup;
use super::init::{self, InitArgs};
use super::spawner;
use crate::sys::namespace::{self, Forked};
use crate::sys::{fdpass, process};

/// Time the init and the spawner together get to report.
pub const REPORT_TIMEOUT: Duration = Duration::from_secs(40);
/// Maximum time a read of a report that the loop saw arrive may block.
const READ_TIMEOUT: Duration = Duration::from_secs(1);

/// A started helper process.
pub struct Helper {
    pub pid: libc::pid_t,
    pub pidfd: Option<OwnedFd>,
}

/// The running container's helper processes and descriptors.
pub struct Launched {
    pub init: Helper,
    pub spawner: Helper,
    /// The daemon's end of the spawner's request channel.
    pub channel: OwnedFd,
    /// Seccomp listener for `listen(2)` calls in the container.
    pub notifier: OwnedFd,
}

/// Program text prepared before `clone3`, since the child may not
/// allocate.
struct Exec {
    path: CString,
    _args: Vec<CString>,
    argv: Vec<*const libc::c_char>,
    envp: [*const libc::c_char; 1],
}

impl Exec {
    fn new(subcommand: &str, args: &[String]) -> Result<Exec, String> {
        let mut owned = vec![CString::new("guestd").unwrap(), CString::new(subcommand).unwrap()];
        for arg in args {
            owned.push(CString::new(arg.as_str()).map_err(|_| format!("argument {arg:?} contains a NUL byte"))?);
        }
        let argv = owned.iter().map(|s| s.as_ptr()).chain(std::iter::once(std::ptr::null())).collect();
        Ok(Exec { path: CString::new("/proc/self/exe").unwrap(), _args: owned, argv, envp: [std::ptr::null()] })
    }
}

/// A container start under way: both helpers run, and their reports
/// arrive on the two channels, which the daemon watches on its loop.
pub struct Pending {
    pub init: Helper,
    pub spawner: Helper,
    /// Channel on which the init reports once the root is built.
    pub init_channel: OwnedFd,
    /// The daemon's end of the spawner's request channel, where the spawner
    /// reports after `go`.
    pub channel: OwnedFd,
    pub started: Instant,
    /// Set once the init has reported and the spawner got `go`.
    pub init_ready: Option<Duration>,
}

/// Starts the init and the spawner and returns at once. The spawner
/// starts right after the init, so that its `execve` overlaps the init's
/// setup, and waits for a `go` message before it enters the init's
/// namespaces. On error, helpers already started are killed; the daemon
/// reaps them as unknown children.
pub fn begin(init_args: &InitArgs, cgroup: &Cgroup) -> Result<Pending, String> {
    let null: OwnedFd = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")
        .map_err(|err| format!("failed to open /dev/null: {err}"))?
        .into();
    let top = cgroup.open_leaf(".").map_err(|err| err.to_string())?;
    let socket_pair = || fdpass::seqpacket_pair().map_err(|err| format!("failed to create a socket pair: {err}"));
    let started = Instant::now();

    let mut flags =
        libc::CLONE_NEWNS | libc::CLONE_NEWPID | libc::CLONE_NEWUTS | libc::CLONE_NEWIPC | libc::CLONE_PIDFD;
    if init_args.private_network {
        flags |= libc::CLONE_NEWNET;
    }
    let settings = init_args.encode()?;
    let exec = Exec::new(init::SUBCOMMAND, &[])?;
    let (init_channel, child_end) = socket_pair()?;
    let init = start_helper(flags as u64, top.as_fd(), &exec, null.as_raw_fd(), &[child_end.as_raw_fd()])
        .map_err(|err| format!("failed to start the container init: {err}"))?;
    drop(child_end);
    let kill_init = |message: String| {
        let _ = crate::sys::kill(init.pid, libc::SIGKILL);
        message
    };
    fdpass::send(init_channel.as_fd(), &settings, &[])
        .map_err(|err| kill_init(format!("failed to send the container init its settings: {err}")))?;

    let network = if init_args.private_network { "private" } else { "host" };
    let exec = Exec::new(spawner::SUBCOMMAND, &["--network".to_string(), network.to_string()]).map_err(kill_init)?;
    let (channel, child_end) = socket_pair().map_err(kill_init)?;
    let init_pidfd = init.pidfd.as_ref().expect("CLONE_PIDFD was requested").as_raw_fd();
    let spawner = start_helper(0, top.as_fd(), &exec, null.as_raw_fd(), &[child_end.as_raw_fd(), init_pidfd])
        .map_err(|err| kill_init(format!("failed to start the container spawner: {err}")))?;
    drop(child_end);
    Ok(Pending { init, spawner, init_channel, channel, started, init_ready: None })
}

impl Pending {
    /// Reads the init's report (its channel is readable) and lets the
    /// spawner enter the init's namespaces.
    pub fn init_reported(&mut self) -> Result<(), String> {
        receive_report(&self.init_channel, "container init")?;
        self.init_ready = Some(self.started.elapsed());
        fdpass::send(self.channel.as_fd(), spawner::GO, &[])
            .map_err(|err| format!("failed to signal the container spawner: {err}"))?;
        Ok(())
    }

    /// Reads the spawner's report (its channel is readable) and returns
    /// the running container's parts.
    pub fn spawner_reported(self) -> Result<Launched, String> {
        let notifier = receive_report(&self.channel, "container spawner")?
            .ok_or_else(|| "the container spawner sent no seccomp listener".to_string())?;
        log::debug!(
            "container init ready after {:.2} ms, spawner ready after {:.2} ms",
            self.init_ready.unwrap_or_default().as_secs_f64() * 1000.0,
            self.started.elapsed().as_secs_f64() * 1000.0
        );
        Ok(Launched { init: self.init, spawner: self.spawner, channel: self.channel, notifier })
    }

    /// Kills both helpers after a failed start.
    pub fn kill(&self) {
        let _ = crate::sys::kill(self.spawner.pid, libc::SIGKILL);
        let _ = crate::sys::kill(self.init.pid, libc::SIGKILL);
    }
}

/// Receives a helper's `ok` (with an optional descriptor) or its error.
/// The loop calls it once the channel is readable, so the short timeout
/// only bounds a spurious wakeup.
fn receive_report(channel: &OwnedFd, who: &str) -> Result<Option<OwnedFd>, String> {
    fdpass::set_receive_timeout(channel.as_fd(), READ_TIMEOUT)
        .map_err(|err| format!("failed to set a timeout on the {who} channel: {err}"))?;
    let mut buf = [0u8; 4096];
    let (len, fds) =
        fdpass::receive(channel.as_fd(), &mut buf).map_err(|err| format!("no report from the {who}: {err}"))?;
    let text = String::from_utf8_lossy(&buf[..len]);
    match text.as_ref() {
        "ok" => Ok(fds.into_iter().next()),
        "" => Err(format!("the {who} exited before reporting")),
        other => Err(format!("{who}: {}", other.strip_prefix("error: ").unwrap_or(other))),
    }
}

/// `oom_score_adj` of the container's init and spawner, so the OOM killer
/// never chooses them.
const OOM_SCORE_ADJ_HELPERS: &[u8] = b"-1000";

/// Clones a child into `cgroup` with `flags`, which puts `/dev/null` on its
/// standard streams and `fds` at 3, 4, ..., and executes `exec`.
fn start_helper(
    flags: u64,
    cgroup: std::os::fd::BorrowedFd,
    exec: &Exec,
    null: RawFd,
    fds: &[RawFd],
) -> std::io::Result<Helper> {
    assert!(fds.len() <= 4, "helpers take at most four descriptors");
    // SAFETY: the child only makes async-signal-safe system calls on data
    // prepared before the clone, then executes or exits.
    match unsafe { namespace::clone3(flags, Some(cgroup))? } {
        Forked::Child => {
            let _ = namespace::set_parent_death_signal(libc::SIGKILL);
            // A session of its own keeps the helper out of the daemon's
            // process group, so Ctrl-C on a terminal that runs `guestd
            // serve` reaches only the daemon, which then stops the helpers.
            let _ = process::become_session_leader(None);
            // Out of the global OOM killer's reach: when user code fills the
            // machine's memory, it is user processes that go, not the
            // helpers that run the container. The spawner sets each process
            // it starts back to 0. Without CAP_SYS_RESOURCE the write fails
            // and the helpers stay at 0.
            let _ = process::set_oom_score_adj(OOM_SCORE_ADJ_HELPERS);
            let mut moved = [-1 as RawFd; 4];
            for (i, fd) in fds.iter().enumerate() {
                match process::dup_above(*fd, 16) {
                    Ok(copy) => moved[i] = copy,
                    Err(_) => namespace::exit_now(127),
                }
            }
            for target in 0..3 {
                if process::install_fd(null, target).is_err() {
                    namespace::exit_now(127);
                }
            }
            for (i, fd) in moved.iter().take(fds.len()).enumerate() {
                if process::install_fd(*fd, 3 + i as RawFd).is_err() {
                    namespace::exit_now(127);
                }
            }
            if process::cloexec_from(3 + fds.len() as RawFd).is_err() {
                namespace::exit_now(127);
            }
            let _ = namespace::execve(&exec.path, &exec.argv, &exec.envp);
            namespace::exit_now(127)
        }
        Forked::Parent { pid, pidfd } => Ok(Helper { pid, pidfd }),
    }
}
