//! Pipes that carry a child's output to the event loop.

use std::io;
use std::os::fd::{AsRawFd, OwnedFd};

use super::cvt;

/// Default pipe buffer size of Linux.
const DEFAULT_CAPACITY: usize = 64 * 1024;

/// Creates a pipe for a child's output and returns its read end, its
/// write end and its buffer size. The read end is non-blocking and
/// close-on-exec. The write end is blocking, as programs expect of their
/// stdout, and close-on-exec until it is dup'ed onto a child's stream. The
/// buffer grows to `capacity` bytes, so a fast writer blocks less often
/// and the reader wakes less often. Without CAP_SYS_RESOURCE the kernel
/// rejects sizes past `/proc/sys/fs/pipe-max-size` (1 MiB by default), and
/// the pipe gets the largest of `capacity / 2`, `capacity / 4`, ... that
/// the kernel allows.
pub fn output_pipe(capacity: usize) -> io::Result<(OwnedFd, OwnedFd, usize)> {
    let (read, write) = super::pipe(false)?;
    set_nonblocking(&read)?;
    let mut size = capacity;
    while size > DEFAULT_CAPACITY {
        // SAFETY: F_SETPIPE_SZ takes an int argument and touches no memory
        // of ours; `read` is an open pipe descriptor we own.
        let resized = unsafe { libc::fcntl(read.as_raw_fd(), libc::F_SETPIPE_SZ, size as libc::c_int) };
        if resized > 0 {
            return Ok((read, write, resized as usize));
        }
        size /= 2;
    }
    // Every size was refused: the default buffer still works.
    Ok((read, write, DEFAULT_CAPACITY))
}

/// Sets `O_NONBLOCK` on `fd`.
pub fn set_nonblocking(fd: &OwnedFd) -> io::Result<()> {
    // SAFETY: F_GETFL takes no argument; `fd` is open for the call.
    let flags = cvt(unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_GETFL) })?;
    // SAFETY: F_SETFL takes an int argument; `fd` is open for the call.
    cvt(unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK) })?;
    Ok(())
}
