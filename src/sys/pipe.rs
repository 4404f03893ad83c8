//! Pipes that carry a child's output to the event loop.

use std::io;
use std::os::fd::{AsRawFd, OwnedFd};

use super::cvt;

/// Creates a pipe for a child's output. The read end (returned first) is
/// non-blocking and close-on-exec. The write end is blocking, as programs
/// expect of their stdout, and close-on-exec until it is dup'ed onto a
/// child's stream. The pipe buffer grows to `capacity` bytes when the
/// kernel allows it (without CAP_SYS_RESOURCE, only up to
/// `/proc/sys/fs/pipe-max-size`), so a fast writer blocks less often and
/// the reader wakes less often.
pub fn output_pipe(capacity: usize) -> io::Result<(OwnedFd, OwnedFd)> {
    let (read, write) = super::pipe(false)?;
    set_nonblocking(&read)?;
    // SAFETY: F_SETPIPE_SZ takes an int argument and touches no memory of
    // ours; `read` is an open pipe descriptor we own.
    let resized = unsafe { libc::fcntl(read.as_raw_fd(), libc::F_SETPIPE_SZ, capacity as libc::c_int) };
    // A failure only leaves the default 64 KiB buffer, which still works.
    let _ = resized;
    Ok((read, write))
}

/// Sets `O_NONBLOCK` on `fd`.
pub fn set_nonblocking(fd: &OwnedFd) -> io::Result<()> {
    // SAFETY: F_GETFL takes no argument; `fd` is open for the call.
    let flags = cvt(unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_GETFL) })?;
    // SAFETY: F_SETFL takes an int argument; `fd` is open for the call.
    cvt(unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK) })?;
    Ok(())
}
