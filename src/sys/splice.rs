//! splice(2) and the pipes it moves data through, for the forwarding data
//! path: payload goes socket → pipe → socket inside the kernel and is never
//! copied into the daemon's memory.

use std::io;
use std::os::fd::{AsRawFd, BorrowedFd, OwnedFd};

use super::cvt;

/// Moves up to `len` bytes from `from` to `to` without blocking; one of the
/// two must be a pipe. `Ok(0)` means end of file on `from`.
pub fn splice(from: BorrowedFd<'_>, to: BorrowedFd<'_>, len: usize) -> io::Result<usize> {
    let flags = libc::SPLICE_F_MOVE | libc::SPLICE_F_NONBLOCK;
    loop {
        // SAFETY: both descriptors are borrowed open fds for the duration of
        // the call, and null offsets tell the kernel to use (and advance)
        // the files' own positions, which is the only form sockets and
        // pipes accept.
        let moved = unsafe {
            libc::splice(from.as_raw_fd(), std::ptr::null_mut(), to.as_raw_fd(), std::ptr::null_mut(), len, flags)
        };
        if moved >= 0 {
            return Ok(moved as usize);
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

/// Sets the capacity of the pipe behind `fd` to at least `bytes` and
/// returns the capacity the kernel chose (a power of two pages).
pub fn set_pipe_size(fd: &OwnedFd, bytes: usize) -> io::Result<usize> {
    let bytes = libc::c_int::try_from(bytes).unwrap_or(libc::c_int::MAX);
    // SAFETY: F_SETPIPE_SZ takes an integer argument and touches no memory
    // of ours; `fd` is open for the duration of the call.
    let size = cvt(unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_SETPIPE_SZ, bytes) })?;
    Ok(size as usize)
}
