//! Per-process setup between `clone3` and `execve`: standard streams,
//! sessions, credentials, signal state and descriptor cleanup. Every
//! function here is a thin async-signal-safe system call wrapper, so it may
//! run in the child of a multi-threaded process.

use std::ffi::CStr;
use std::io;
use std::os::fd::RawFd;

use super::cvt;

/// Makes `fd` available as `target` in the new program: duplicates it, or
/// clears close-on-exec when it already has that number.
pub fn install_fd(fd: RawFd, target: RawFd) -> io::Result<()> {
    if fd == target {
        // SAFETY: F_SETFD takes a plain flag word.
        return cvt(unsafe { libc::fcntl(fd, libc::F_SETFD, 0) }).map(drop);
    }
    // SAFETY: dup2 takes plain descriptor numbers.
    cvt(unsafe { libc::dup2(fd, target) }).map(drop)
}

/// Duplicates `fd` to a close-on-exec descriptor numbered at least `min`,
/// so later `install_fd` calls onto low numbers cannot overwrite it.
pub fn dup_above(fd: RawFd, min: RawFd) -> io::Result<RawFd> {
    // SAFETY: F_DUPFD_CLOEXEC takes a plain minimum number.
    cvt(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, min) })
}

/// Marks every descriptor from `first` up close-on-exec, so the new
/// program starts with only the descriptors below `first`.
pub fn cloexec_from(first: RawFd) -> io::Result<()> {
    close_range(first, CLOSE_RANGE_CLOEXEC)
}

/// Closes every descriptor from `first` up.
pub fn close_from(first: RawFd) -> io::Result<()> {
    close_range(first, 0)
}

/// `CLOSE_RANGE_CLOEXEC` from linux/close_range.h (musl's libc lacks it).
const CLOSE_RANGE_CLOEXEC: libc::c_uint = 1 << 2;

/// close_range(2) through syscall(2): musl has no wrapper.
fn close_range(first: RawFd, flags: libc::c_uint) -> io::Result<()> {
    // SAFETY: close_range takes plain integers; callers own no Rust
    // handles to the descriptors it closes or marks.
    let ret = unsafe { libc::syscall(libc::SYS_close_range, first as libc::c_uint, libc::c_uint::MAX, flags) };
    cvt(ret as libc::c_int).map(drop)
}

/// Restores the default action of every signal and unblocks them all, as
/// a freshly started program expects.
pub fn reset_signals() -> io::Result<()> {
    for signal in 1..libc::SIGRTMAX() {
        if signal == libc::SIGKILL || signal == libc::SIGSTOP {
            continue;
        }
        // SAFETY: SIG_DFL is a valid disposition for any catchable signal;
        // the numbers glibc reserves fail with EINVAL, which is ignored.
        unsafe { libc::signal(signal, libc::SIG_DFL) };
    }
    set_signal_mask(&[])
}

/// Returns a signal set that contains exactly `signals`.
fn signal_set(signals: &[libc::c_int]) -> libc::sigset_t {
    // SAFETY: sigset_t is plain data; sigemptyset initialises it.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid sigset_t for these calls.
    unsafe {
        libc::sigemptyset(&mut set);
        for &signal in signals {
            libc::sigaddset(&mut set, signal);
        }
    }
    set
}

/// Blocks exactly the signals in `signals`.
pub fn set_signal_mask(signals: &[libc::c_int]) -> io::Result<()> {
    let set = signal_set(signals);
    // SAFETY: `set` is initialised; the old mask is not requested.
    let ret = unsafe { libc::pthread_sigmask(libc::SIG_SETMASK, &set, std::ptr::null_mut()) };
    if ret != 0 {
        return Err(io::Error::from_raw_os_error(ret));
    }
    Ok(())
}

/// Waits until one of the blocked signals in `signals` is pending and
/// takes it; returns its number.
pub fn wait_signal(signals: &[libc::c_int]) -> io::Result<libc::c_int> {
    let set = signal_set(signals);
    // SAFETY: `set` is initialised and the info pointer may be NULL.
    cvt(unsafe { libc::sigwaitinfo(&set, std::ptr::null_mut()) })
}

/// Blocks until any child exits and reaps it; `ECHILD` when none is left.
pub fn reap_blocking() -> io::Result<libc::pid_t> {
    let mut status = 0;
    // SAFETY: `status` is a valid out-pointer for the call.
    cvt(unsafe { libc::waitpid(-1, &mut status, 0) })
}

/// Starts a new session with the terminal on descriptor `tty` as its
/// controlling terminal.
pub fn become_session_leader(tty: Option<RawFd>) -> io::Result<()> {
    // SAFETY: setsid takes no arguments.
    cvt(unsafe { libc::setsid() })?;
    if let Some(fd) = tty {
        // SAFETY: TIOCSCTTY takes an integer argument (0: do not steal).
        cvt(unsafe { libc::ioctl(fd, libc::TIOCSCTTY, 0) })?;
    }
    Ok(())
}

/// Makes the calling process the leader of a new process group.
pub fn new_process_group() -> io::Result<()> {
    // SAFETY: setpgid takes plain integers.
    cvt(unsafe { libc::setpgid(0, 0) }).map(drop)
}

/// Changes the working directory.
pub fn chdir(path: &CStr) -> io::Result<()> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    cvt(unsafe { libc::chdir(path.as_ptr()) }).map(drop)
}

/// Changes the root directory to the current directory.
pub fn chroot_here() -> io::Result<()> {
    // SAFETY: the argument is a NUL-terminated literal.
    cvt(unsafe { libc::chroot(c".".as_ptr()) }).map(drop)
}

/// Switches to `uid` and `gid` with no supplementary groups.
pub fn set_credentials(uid: u32, gid: u32) -> io::Result<()> {
    // SAFETY: a zero-length group list with a NULL pointer is valid.
    cvt(unsafe { libc::setgroups(0, std::ptr::null()) })?;
    // SAFETY: setgid and setuid take plain integers.
    cvt(unsafe { libc::setgid(gid) })?;
    // SAFETY: as above.
    cvt(unsafe { libc::setuid(uid) }).map(drop)
}

/// Sets this process's `oom_score_adj` to `value`, a decimal number as
/// text. It is safe in a forked child. Lowering the value needs
/// `CAP_SYS_RESOURCE`.
pub fn set_oom_score_adj(value: &[u8]) -> io::Result<()> {
    // SAFETY: the path is a NUL-terminated literal.
    let fd = cvt(unsafe { libc::open(c"/proc/self/oom_score_adj".as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC) })?;
    let written = write_all(fd, value);
    // SAFETY: `fd` was opened above and is closed once.
    unsafe { libc::close(fd) };
    written
}

/// Writes all of `data` to `fd`, retrying on `EINTR`; safe in a forked
/// child.
pub fn write_all(fd: RawFd, data: &[u8]) -> io::Result<()> {
    let mut done = 0;
    while done < data.len() {
        // SAFETY: the pointer and length describe the unwritten rest of
        // `data`.
        let n = unsafe { libc::write(fd, data[done..].as_ptr().cast(), data.len() - done) };
        if n < 0 {
            let err = io::Error::last_os_error();
            if err.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(err);
        }
        done += n as usize;
    }
    Ok(())
}

/// Reads until `buf` is full or the writer closed, retrying on `EINTR`;
/// returns the number of bytes read (short on end of file or error).
pub fn read_full(fd: RawFd, buf: &mut [u8]) -> usize {
    let mut done = 0;
    while done < buf.len() {
        // SAFETY: the pointer and length describe the unread rest of `buf`.
        let n = unsafe { libc::read(fd, buf[done..].as_mut_ptr().cast(), buf.len() - done) };
        if n < 0 && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
            continue;
        }
        if n <= 0 {
            break;
        }
        done += n as usize;
    }
    done
}
