//! AF_VSOCK sockets. The daemon opens one only when a `vsock:` listen
//! address is configured, which happens by default only as a guest's PID 1.

use std::io;
use std::mem;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::time::Duration;

use super::cvt;

fn sockaddr(cid: u32, port: u32) -> libc::sockaddr_vm {
    // SAFETY: sockaddr_vm is plain old data; all-zero is a valid value.
    let mut addr: libc::sockaddr_vm = unsafe { mem::zeroed() };
    addr.svm_family = libc::AF_VSOCK as libc::sa_family_t;
    addr.svm_cid = cid;
    addr.svm_port = port;
    addr
}

/// Creates a non-blocking vsock listener bound to `cid:port`.
pub fn listen(cid: u32, port: u32) -> io::Result<OwnedFd> {
    let flags = libc::SOCK_STREAM | libc::SOCK_CLOEXEC | libc::SOCK_NONBLOCK;
    // SAFETY: socket takes plain integers.
    let raw = cvt(unsafe { libc::socket(libc::AF_VSOCK, flags, 0) })?;
    // SAFETY: socket succeeded, so `raw` is an open descriptor we own.
    let fd = unsafe { OwnedFd::from_raw_fd(raw) };
    let addr = sockaddr(cid, port);
    let len = mem::size_of::<libc::sockaddr_vm>() as libc::socklen_t;
    // SAFETY: `addr` is a valid sockaddr_vm of `len` bytes for the call.
    cvt(unsafe { libc::bind(fd.as_raw_fd(), std::ptr::addr_of!(addr).cast(), len) })?;
    // SAFETY: listen takes plain integers.
    cvt(unsafe { libc::listen(fd.as_raw_fd(), 128) })?;
    Ok(fd)
}

/// Accepts a connection and returns it with the peer's CID.
pub fn accept(listener: &OwnedFd) -> io::Result<(OwnedFd, u32)> {
    let mut addr = sockaddr(0, 0);
    let mut len = mem::size_of::<libc::sockaddr_vm>() as libc::socklen_t;
    let flags = libc::SOCK_CLOEXEC | libc::SOCK_NONBLOCK;
    // SAFETY: `addr` and `len` are valid out-pointers sized for sockaddr_vm.
    let raw =
        cvt(unsafe { libc::accept4(listener.as_raw_fd(), std::ptr::addr_of_mut!(addr).cast(), &mut len, flags) })?;
    // SAFETY: accept4 succeeded, so `raw` is a new descriptor we own.
    let fd = unsafe { OwnedFd::from_raw_fd(raw) };
    Ok((fd, addr.svm_cid))
}

/// Starts a non-blocking connect to `cid:port`, which a guest uses to
/// reach its host. Returns the socket and whether the connect is still in
/// progress, in which case the socket reports writable when it ends and
/// `SO_ERROR` then contains its result.
pub fn connect_nonblocking(cid: u32, port: u32) -> io::Result<(OwnedFd, bool)> {
    let flags = libc::SOCK_STREAM | libc::SOCK_CLOEXEC | libc::SOCK_NONBLOCK;
    // SAFETY: socket takes plain integers.
    let raw = cvt(unsafe { libc::socket(libc::AF_VSOCK, flags, 0) })?;
    // SAFETY: socket succeeded, so `raw` is an open descriptor we own.
    let fd = unsafe { OwnedFd::from_raw_fd(raw) };
    let addr = sockaddr(cid, port);
    let len = mem::size_of::<libc::sockaddr_vm>() as libc::socklen_t;
    // SAFETY: `addr` is a valid sockaddr_vm of `len` bytes for the call.
    match cvt(unsafe { libc::connect(fd.as_raw_fd(), std::ptr::addr_of!(addr).cast(), len) }) {
        Ok(_) => Ok((fd, false)),
        Err(err) if err.raw_os_error() == Some(libc::EINPROGRESS) => Ok((fd, true)),
        Err(err) => Err(err),
    }
}

/// `SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD` of linux/vm_sockets.h (level
/// `AF_VSOCK`), which takes a `struct timeval`. libc does not define it.
const SO_VM_SOCKETS_CONNECT_TIMEOUT: libc::c_int = 6;

/// Converts `duration` to a timeval, capped at `i32::MAX` seconds so that
/// it fits `time_t` on every target. The casts avoid naming `time_t` and
/// `suseconds_t`, whose aliases libc deprecates on musl.
fn timeval(duration: Duration) -> libc::timeval {
    libc::timeval { tv_sec: duration.as_secs().min(i32::MAX as u64) as _, tv_usec: duration.subsec_micros() as _ }
}

fn set_timeval(fd: &OwnedFd, level: libc::c_int, name: libc::c_int, duration: Duration) -> io::Result<()> {
    let value = timeval(duration);
    let len = mem::size_of::<libc::timeval>() as libc::socklen_t;
    // SAFETY: `value` is a valid timeval of `len` bytes for the call.
    cvt(unsafe { libc::setsockopt(fd.as_raw_fd(), level, name, std::ptr::addr_of!(value).cast(), len) }).map(drop)
}

/// Connects a blocking stream socket to `cid:port`, waiting at most
/// `connect_timeout`. Reads and writes on it time out after `io_timeout`
/// (`SO_RCVTIMEO`, `SO_SNDTIMEO`). Used by a guest to reach its host.
pub fn connect(cid: u32, port: u32, connect_timeout: Duration, io_timeout: Duration) -> io::Result<OwnedFd> {
    let flags = libc::SOCK_STREAM | libc::SOCK_CLOEXEC;
    // SAFETY: socket takes plain integers.
    let raw = cvt(unsafe { libc::socket(libc::AF_VSOCK, flags, 0) })?;
    // SAFETY: socket succeeded, so `raw` is an open descriptor we own.
    let fd = unsafe { OwnedFd::from_raw_fd(raw) };
    set_timeval(&fd, libc::AF_VSOCK, SO_VM_SOCKETS_CONNECT_TIMEOUT, connect_timeout)?;
    set_timeval(&fd, libc::SOL_SOCKET, libc::SO_RCVTIMEO, io_timeout)?;
    set_timeval(&fd, libc::SOL_SOCKET, libc::SO_SNDTIMEO, io_timeout)?;
    let addr = sockaddr(cid, port);
    let len = mem::size_of::<libc::sockaddr_vm>() as libc::socklen_t;
    // SAFETY: `addr` is a valid sockaddr_vm of `len` bytes for the call.
    cvt(unsafe { libc::connect(fd.as_raw_fd(), std::ptr::addr_of!(addr).cast(), len) })?;
    Ok(fd)
}
