//! The process side of an exec session: its pipes or PTY, their
//! registration on the loop, and signals to its process group. It never
//! touches the client connection.

use std::io;
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

use mio::unix::SourceFd;
use mio::{Interest, Registry};

use super::request::{ExecRequest, StdinSource};
use super::{Session, Source, ROLES, ROLE_STDERR, ROLE_STDIN, ROLE_STDOUT};
use crate::container::Stdio;
use crate::daemon::token::{token, Kind};
use crate::daemon::Daemon;
use crate::sys;

/// Sends `signal` to the process group that `pid` leads; spawn makes every
/// exec process a group (or session) leader.
pub(super) fn kill_group(pid: libc::pid_t, signal: libc::c_int) {
    if pid > 0 {
        if let Err(err) = sys::kill(-pid, signal) {
            log::warn!("failed to send signal {signal} to process group {pid}: {err}");
        }
    }
}

/// Path of the container's `/dev/pts/ptmx`, seen from the daemon, while
/// the container runs. A PTY from there has its slave in the container's
/// devpts, so `ttyname` resolves inside the container.
pub(super) fn container_ptmx(d: &Daemon) -> Option<PathBuf> {
    let init = crate::container::init_pid(d)?;
    let path = PathBuf::from(format!("/proc/{init}/root/dev/pts/ptmx"));
    path.exists().then_some(path)
}

/// Tells whether a spawn error of this kind comes from the request (a bad
/// working directory or user) rather than from the daemon.
pub(super) fn client_error(kind: io::ErrorKind) -> bool {
    matches!(
        kind,
        io::ErrorKind::InvalidInput
            | io::ErrorKind::NotFound
            | io::ErrorKind::NotADirectory
            | io::ErrorKind::PermissionDenied
    )
}

/// The daemon's ends and the child's ends of a new process's streams.
pub(super) struct ProcessIo {
    pub stdout: OwnedFd,
    pub stderr: Option<OwnedFd>,
    pub stdin: Option<OwnedFd>,
    pub child_stdin: Stdio,
    pub child_stdout: Stdio,
    pub child_stderr: Stdio,
}

impl ProcessIo {
    /// Creates the streams of `request`. A PTY comes from `ptmx`, the
    /// container's own devpts, when given.
    pub fn new(request: &ExecRequest, ptmx: Option<&Path>) -> io::Result<ProcessIo> {
        if request.tty {
            let pty = sys::pty::open(ptmx, request.rows, request.cols)?;
            return Ok(ProcessIo {
                stdout: pty.master,
                stderr: None,
                stdin: None,
                child_stdin: Stdio::Fd(pty.slave.try_clone()?),
                child_stdout: Stdio::Fd(pty.slave.try_clone()?),
                child_stderr: Stdio::Fd(pty.slave),
            });
        }
        let (stdout, child_stdout) = sys::pipe(false)?;
        let (stderr, child_stderr) = sys::pipe(false)?;
        sys::set_nonblocking(&stdout)?;
        sys::set_nonblocking(&stderr)?;
        let (stdin, child_stdin) = match request.stdin {
            StdinSource::Null => (None, Stdio::Null),
            StdinSource::Bytes(_) | StdinSource::Stream => {
                let (child_end, our_end) = sys::pipe(false)?;
                sys::set_nonblocking(&our_end)?;
                (Some(our_end), Stdio::Fd(child_end))
            }
        };
        Ok(ProcessIo {
            stdout,
            stderr: Some(stderr),
            stdin,
            child_stdin,
            child_stdout: Stdio::Fd(child_stdout),
            child_stderr: Stdio::Fd(child_stderr),
        })
    }
}

pub(super) fn register(registry: &Registry, index: usize, session: &Session) -> io::Result<()> {
    let base = index * ROLES;
    // A PTY master carries input too.
    let stdout_interest = if session.tty { Interest::READABLE | Interest::WRITABLE } else { Interest::READABLE };
    let sources = [
        (&session.stdout, ROLE_STDOUT, stdout_interest),
        (&session.stderr, ROLE_STDERR, Interest::READABLE),
        (&session.stdin, ROLE_STDIN, Interest::WRITABLE),
    ];
    for (source, role, interest) in sources {
        if let Some(source) = source {
            let fd = source.fd.as_raw_fd();
            registry.register(&mut SourceFd(&fd), token(Kind::Exec, base + role), interest)?;
        }
    }
    Ok(())
}

pub(super) fn deregister(registry: &Registry, source: Option<Source>) {
    if let Some(source) = source {
        let _ = registry.deregister(&mut SourceFd(&source.fd.as_raw_fd()));
    }
}
