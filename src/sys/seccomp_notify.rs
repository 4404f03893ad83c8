//! Seccomp user notifications: receiving a trapped system call and letting
//! it continue. The forwarder uses them to learn of `listen(2)` calls in the
//! container without polling.

use std::io;
use std::os::fd::{AsRawFd, BorrowedFd};

use super::cvt;

/// One trapped system call.
#[derive(Clone, Copy, Debug)]
pub struct Notification {
    /// Cookie that the response must carry.
    pub id: u64,
    /// Caller's thread id in the daemon's PID namespace.
    pub pid: u32,
    /// System call number.
    pub syscall: i32,
}

/// Receives one pending notification without blocking: `Ok(None)` when
/// none is pending. An `ENOENT` from the kernel (the caller was interrupted
/// or died before we received it) also yields `Ok(None)`.
pub fn receive(fd: BorrowedFd<'_>) -> io::Result<Option<Notification>> {
    let mut poll = libc::pollfd { fd: fd.as_raw_fd(), events: libc::POLLIN, revents: 0 };
    // SAFETY: `poll` is one valid pollfd for the duration of the call and
    // the zero timeout makes it return at once.
    let ready = cvt(unsafe { libc::poll(&mut poll, 1, 0) })?;
    if ready == 0 || poll.revents & libc::POLLIN == 0 {
        if poll.revents & (libc::POLLHUP | libc::POLLERR) != 0 {
            return Err(io::Error::from_raw_os_error(libc::ENOTCONN));
        }
        return Ok(None);
    }
    // SAFETY: seccomp_notif is plain old data; the kernel requires it zeroed.
    let mut notif: libc::seccomp_notif = unsafe { std::mem::zeroed() };
    // SAFETY: `notif` is a writable seccomp_notif, the size this ioctl
    // number encodes, and stays valid for the call.
    let ret = unsafe {
        libc::ioctl(fd.as_raw_fd(), libc::SECCOMP_IOCTL_NOTIF_RECV, &mut notif as *mut libc::seccomp_notif)
    };
    if ret == -1 {
        let err = io::Error::last_os_error();
        return match err.raw_os_error() {
            Some(libc::ENOENT) | Some(libc::EINTR) => Ok(None),
            _ => Err(err),
        };
    }
    Ok(Some(Notification { id: notif.id, pid: notif.pid, syscall: notif.data.nr }))
}

/// Lets the trapped call `id` run as if no filter had trapped it. `ENOENT`
/// (the caller went away meanwhile) is not an error.
pub fn continue_call(fd: BorrowedFd<'_>, id: u64) -> io::Result<()> {
    let mut response = libc::seccomp_notif_resp {
        id,
        val: 0,
        error: 0,
        flags: libc::SECCOMP_USER_NOTIF_FLAG_CONTINUE as u32,
    };
    // SAFETY: `response` is a seccomp_notif_resp, the size this ioctl number
    // encodes, valid for the call; the kernel only reads it.
    let ret = unsafe {
        libc::ioctl(
            fd.as_raw_fd(),
            libc::SECCOMP_IOCTL_NOTIF_SEND,
            &mut response as *mut libc::seccomp_notif_resp,
        )
    };
    match cvt(ret) {
        Err(err) if err.raw_os_error() == Some(libc::ENOENT) => Ok(()),
        other => other.map(drop),
    }
}
