//! Probes of kernel features for `guestd check-kernel`: each creates and
//! drops one object of the feature, or makes a harmless query, and returns
//! the error when the kernel refuses. None of them opens an AF_VSOCK
//! socket.

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

use super::cvt;

fn owned(raw: libc::c_int) -> io::Result<OwnedFd> {
    let raw = cvt(raw)?;
    // SAFETY: the call succeeded, so `raw` is a new descriptor we own.
    Ok(unsafe { OwnedFd::from_raw_fd(raw) })
}

fn syscall_result(ret: libc::c_long) -> io::Result<libc::c_long> {
    if ret == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(ret)
    }
}

pub fn epoll() -> io::Result<()> {
    // SAFETY: epoll_create1 takes a flag word.
    owned(unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) }).map(drop)
}

pub fn eventfd() -> io::Result<()> {
    // SAFETY: eventfd takes an initial count and flags.
    owned(unsafe { libc::eventfd(0, libc::EFD_CLOEXEC) }).map(drop)
}

pub fn timerfd() -> io::Result<()> {
    // SAFETY: timerfd_create takes a clock id and flags.
    owned(unsafe { libc::timerfd_create(libc::CLOCK_MONOTONIC, libc::TFD_CLOEXEC) }).map(drop)
}

pub fn signalfd() -> io::Result<()> {
    // SAFETY: sigset_t is plain old data; sigemptyset initialises it.
    let mut mask: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `mask` is a valid sigset_t for the calls.
    unsafe { libc::sigemptyset(&mut mask) };
    // SAFETY: -1 asks for a new descriptor; `mask` is initialised.
    owned(unsafe { libc::signalfd(-1, &mask, libc::SFD_CLOEXEC) }).map(drop)
}

pub fn pidfd_open() -> io::Result<()> {
    // SAFETY: pidfd_open takes a PID (our own) and flags.
    let raw = syscall_result(unsafe { libc::syscall(libc::SYS_pidfd_open, libc::getpid(), 0) })?;
    owned(raw as libc::c_int).map(drop)
}

/// Whether seccomp filters can use the kill-process action, which needs
/// both CONFIG_SECCOMP and CONFIG_SECCOMP_FILTER.
pub fn seccomp_filter() -> io::Result<()> {
    const SECCOMP_GET_ACTION_AVAIL: libc::c_ulong = 2;
    let action: u32 = libc::SECCOMP_RET_KILL_PROCESS;
    // SAFETY: the query reads one u32 from `action`, which outlives the
    // call, and changes nothing.
    let ret = unsafe { libc::syscall(libc::SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0 as libc::c_ulong, &action) };
    syscall_result(ret).map(drop)
}

/// Whether the bpf(2) system call exists: only ENOSYS means it does not.
pub fn bpf() -> io::Result<()> {
    // SAFETY: an invalid command with a null attribute pointer and size 0
    // makes the kernel fail the call without touching memory.
    let ret = unsafe { libc::syscall(libc::SYS_bpf, -1 as libc::c_long, std::ptr::null::<u8>(), 0) };
    match syscall_result(ret) {
        Err(err) if err.raw_os_error() == Some(libc::ENOSYS) => Err(err),
        _ => Ok(()),
    }
}

#[repr(C)]
struct DiagRequest {
    header: libc::nlmsghdr,
    family: u8,
    protocol: u8,
    ext: u8,
    pad: u8,
    states: u32,
    // struct inet_diag_sockid: ports, addresses, interface, cookie.
    id: [u8; 48],
}

/// Whether the kernel dumps TCP sockets over NETLINK_SOCK_DIAG (INET_DIAG
/// and INET_TCP_DIAG), which port discovery reads.
pub fn tcp_sock_diag() -> io::Result<()> {
    const SOCK_DIAG_BY_FAMILY: u16 = 20;
    const TCP_LISTEN: u32 = 10;
    let flags = libc::SOCK_RAW | libc::SOCK_CLOEXEC;
    // SAFETY: socket takes plain integers.
    let socket = owned(unsafe { libc::socket(libc::AF_NETLINK, flags, libc::NETLINK_SOCK_DIAG) })?;
    let request = DiagRequest {
        header: libc::nlmsghdr {
            nlmsg_len: std::mem::size_of::<DiagRequest>() as u32,
            nlmsg_type: SOCK_DIAG_BY_FAMILY,
            nlmsg_flags: (libc::NLM_F_REQUEST | libc::NLM_F_DUMP) as u16,
            nlmsg_seq: 1,
            nlmsg_pid: 0,
        },
        family: libc::AF_INET as u8,
        protocol: libc::IPPROTO_TCP as u8,
        ext: 0,
        pad: 0,
        states: 1 << TCP_LISTEN,
        id: [0; 48],
    };
    let len = std::mem::size_of::<DiagRequest>();
    // SAFETY: `request` is `len` readable bytes for the call.
    let sent = unsafe { libc::send(socket.as_raw_fd(), std::ptr::addr_of!(request).cast(), len, 0) };
    syscall_result(sent as libc::c_long)?;
    let mut reply = [0u8; 8192];
    // SAFETY: `reply` is writable for its whole length during the call.
    let got = unsafe { libc::recv(socket.as_raw_fd(), reply.as_mut_ptr().cast(), reply.len(), 0) };
    let got = syscall_result(got as libc::c_long)? as usize;
    let header_len = std::mem::size_of::<libc::nlmsghdr>();
    if got < header_len + 4 {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "short sock_diag reply"));
    }
    let kind = u16::from_ne_bytes([reply[4], reply[5]]);
    if kind == libc::NLMSG_ERROR as u16 {
        let code = i32::from_ne_bytes([reply[16], reply[17], reply[18], reply[19]]);
        if code < 0 {
            return Err(io::Error::from_raw_os_error(-code));
        }
    }
    Ok(())
}
