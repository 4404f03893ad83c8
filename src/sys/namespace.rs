//! Process creation into new namespaces and cgroups (`clone3`), entering
//! the namespaces of another process (`setns` on a pidfd), and the few
//! per-namespace settings the container needs (hostname, loopback).

use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};

use super::cvt;

/// `CLONE_INTO_CGROUP`, which needs all 64 bits of the clone3 flags.
const CLONE_INTO_CGROUP: u64 = 0x2_0000_0000;

/// Result of [`clone3`] in each of the two processes.
pub enum Forked {
    /// This is the new process.
    Child,
    /// This is the caller; `pid` is the child's PID in the caller's PID
    /// namespace and `pidfd` refers to it when `CLONE_PIDFD` was asked for.
    Parent { pid: libc::pid_t, pidfd: Option<OwnedFd> },
}

/// `struct clone_args` of `clone3(2)`, version 2 (with `cgroup`).
#[repr(C)]
#[derive(Default)]
struct CloneArgs {
    flags: u64,
    pidfd: u64,
    child_tid: u64,
    parent_tid: u64,
    exit_signal: u64,
    stack: u64,
    stack_size: u64,
    tls: u64,
    set_tid: u64,
    set_tid_size: u64,
    cgroup: u64,
}

/// Creates a process like `fork` with the `CLONE_*` bits of `flags`,
/// placed straight into the cgroup `cgroup` when given
/// (`CLONE_INTO_CGROUP`), and returns a pidfd when `flags` has
/// `CLONE_PIDFD`. The child's exit signal is `SIGCHLD`, or the caller's
/// own with `CLONE_PARENT`.
///
/// # Safety
///
/// The child is a copy of a possibly multi-threaded process in which only
/// the calling thread exists. Until it calls `execve` or `_exit`, the child
/// may only call async-signal-safe functions: no allocation, no locks.
pub unsafe fn clone3(flags: u64, cgroup: Option<BorrowedFd>) -> io::Result<Forked> {
    let mut pidfd: RawFd = -1;
    let mut args = CloneArgs {
        flags,
        pidfd: &mut pidfd as *mut RawFd as u64,
        // With CLONE_PARENT the child inherits the caller's exit signal,
        // and clone3 rejects an explicit one.
        exit_signal: if flags & libc::CLONE_PARENT as u64 != 0 { 0 } else { libc::SIGCHLD as u64 },
        ..CloneArgs::default()
    };
    if let Some(fd) = cgroup {
        args.flags |= CLONE_INTO_CGROUP;
        args.cgroup = fd.as_raw_fd() as u64;
    }
    // SAFETY: `args` is a valid clone_args of the size passed, and
    // `pidfd` outlives the call. No stack is given, so the child runs on a
    // copy of this stack like after fork; the caller upholds the
    // async-signal-safety contract above.
    let ret = unsafe { libc::syscall(libc::SYS_clone3, &mut args as *mut CloneArgs, std::mem::size_of::<CloneArgs>()) };
    if ret == -1 {
        return Err(io::Error::last_os_error());
    }
    if ret == 0 {
        return Ok(Forked::Child);
    }
    let pidfd = if flags & libc::CLONE_PIDFD as u64 != 0 {
        // SAFETY: with CLONE_PIDFD the kernel stored a new descriptor that
        // nothing else owns.
        Some(unsafe { OwnedFd::from_raw_fd(pidfd) })
    } else {
        None
    };
    Ok(Forked::Parent { pid: ret as libc::pid_t, pidfd })
}

/// Moves the calling thread into the namespaces `nstypes` (`CLONE_NEW*`
/// bits) of the process that `pidfd` refers to, all at once. A new PID
/// namespace applies to children created afterwards.
pub fn setns_pidfd(pidfd: BorrowedFd, nstypes: libc::c_int) -> io::Result<()> {
    // SAFETY: setns takes a descriptor we borrow and a flag word.
    cvt(unsafe { libc::setns(pidfd.as_raw_fd(), nstypes) }).map(drop)
}

/// Moves the calling process into new namespaces `flags` (`CLONE_NEW*`).
pub fn unshare(flags: libc::c_int) -> io::Result<()> {
    // SAFETY: unshare takes a flag word and touches no memory of ours.
    cvt(unsafe { libc::unshare(flags) }).map(drop)
}

/// Sets the hostname of the caller's UTS namespace.
pub fn set_hostname(name: &str) -> io::Result<()> {
    // SAFETY: the pointer and length describe `name`'s bytes.
    cvt(unsafe { libc::sethostname(name.as_ptr().cast(), name.len()) }).map(drop)
}

/// Brings the loopback interface `lo` of the caller's network namespace up.
pub fn loopback_up() -> io::Result<()> {
    // SAFETY: socket takes plain integers; the result is checked below.
    let fd = cvt(unsafe { libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0) })?;
    // SAFETY: socket returned a new descriptor that nothing else owns.
    let socket = unsafe { OwnedFd::from_raw_fd(fd) };
    // SAFETY: ifreq is plain data for which all-zero bytes are valid.
    let mut request: libc::ifreq = unsafe { std::mem::zeroed() };
    for (slot, byte) in request.ifr_name.iter_mut().zip(b"lo\0") {
        *slot = *byte as libc::c_char;
    }
    // SAFETY: SIOCGIFFLAGS reads the name from and writes the flags into
    // `request`, which lives across the call.
    cvt(unsafe { libc::ioctl(socket.as_raw_fd(), libc::SIOCGIFFLAGS as libc::Ioctl, &mut request) })?;
    // SAFETY: SIOCGIFFLAGS filled the flags member of the union.
    unsafe { request.ifr_ifru.ifru_flags |= (libc::IFF_UP | libc::IFF_RUNNING) as libc::c_short };
    // SAFETY: as for SIOCGIFFLAGS; the kernel only reads `request`.
    cvt(unsafe { libc::ioctl(socket.as_raw_fd(), libc::SIOCSIFFLAGS as libc::Ioctl, &request) }).map(drop)
}

/// Asks the kernel to send `signal` to this process when the thread that
/// created it exits.
pub fn set_parent_death_signal(signal: libc::c_int) -> io::Result<()> {
    // SAFETY: PR_SET_PDEATHSIG takes a plain signal number.
    cvt(unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, signal as libc::c_ulong, 0, 0, 0) }).map(drop)
}

/// Replaces the process image with `path` run with `argv` and `envp`, and
/// returns only on failure.
pub fn execve(path: &CString, argv: &[*const libc::c_char], envp: &[*const libc::c_char]) -> io::Error {
    debug_assert!(argv.last().is_some_and(|p| p.is_null()), "argv must end with NULL");
    debug_assert!(envp.last().is_some_and(|p| p.is_null()), "envp must end with NULL");
    // SAFETY: `path` is NUL-terminated and both arrays are NULL-terminated
    // arrays of NUL-terminated strings that outlive the call.
    unsafe { libc::execve(path.as_ptr(), argv.as_ptr(), envp.as_ptr()) };
    io::Error::last_os_error()
}

/// Ends the calling process at once, without running destructors or
/// `atexit` handlers; safe in a child between `clone3` and `execve`.
pub fn exit_now(code: libc::c_int) -> ! {
    // SAFETY: _exit has no preconditions and never returns.
    unsafe { libc::_exit(code) }
}
