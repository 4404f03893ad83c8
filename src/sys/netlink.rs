//! NETLINK_SOCK_DIAG for TCP listeners: a dump of every listening TCP
//! socket (IPv4 and IPv6) of the calling thread's network namespace, and a
//! socket subscribed to the TCP destroy multicast groups, which report each
//! unconnected TCP socket (every listener among them) as the kernel frees
//! it.
//!
//! Messages are built and parsed as bytes at the offsets of
//! `linux/inet_diag.h`, so no kernel struct is cast from a buffer.

use std::io;
use std::mem;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::os::fd::{AsRawFd, BorrowedFd, FromRawFd, OwnedFd};

use super::cvt;

const SOCK_DIAG_BY_FAMILY: u16 = 20;
const NLMSG_ERROR: u16 = 2;
const NLMSG_DONE: u16 = 3;
const NLMSG_HDRLEN: usize = 16;
const TCP_LISTEN: u32 = 10;
/// `SKNLGRP_INET_TCP_DESTROY` and `SKNLGRP_INET6_TCP_DESTROY` from
/// `linux/sock_diag.h`.
const GROUP_INET_TCP_DESTROY: u32 = 1;
const GROUP_INET6_TCP_DESTROY: u32 = 3;
/// Size of `struct inet_diag_msg`.
const DIAG_MSG_LEN: usize = 72;
/// Receive buffer of the destroy monitor: every listener (or other
/// unconnected TCP socket) freed in the namespace costs one message of
/// about 400 bytes, so this holds a burst of a few thousand before the
/// kernel drops some and reports `ENOBUFS`.
const MONITOR_RCVBUF: libc::c_int = 1 << 20;

/// One TCP socket as sock_diag reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiagSocket {
    pub address: IpAddr,
    pub port: u16,
    /// Inode of the socket, which `/proc/PID/fd/N` links name as
    /// `socket:[INODE]`; 0 once the socket has no file.
    pub inode: u32,
    /// The kernel's unique id of the socket.
    pub cookie: u64,
    pub state: u8,
}

fn netlink_socket(nonblocking: bool) -> io::Result<OwnedFd> {
    let mut kind = libc::SOCK_RAW | libc::SOCK_CLOEXEC;
    if nonblocking {
        kind |= libc::SOCK_NONBLOCK;
    }
    // SAFETY: socket takes plain integers.
    let raw = cvt(unsafe { libc::socket(libc::AF_NETLINK, kind, libc::NETLINK_SOCK_DIAG) })?;
    // SAFETY: socket succeeded, so `raw` is an open descriptor we own.
    Ok(unsafe { OwnedFd::from_raw_fd(raw) })
}

/// Opens a blocking sock_diag socket for [`dump_tcp_listeners`].
pub fn open_dump_socket() -> io::Result<OwnedFd> {
    netlink_socket(false)
}

/// Offset of `idiag_dport` in a destroy message: the netlink header, then
/// family, state, timer and retransmits (one byte each) and `idiag_sport`.
const DPORT_OFFSET: u32 = NLMSG_HDRLEN as u32 + 6;

/// Socket filter for the destroy monitor that keeps only sockets without a
/// peer port, which every listener is. Connected sockets are by far the
/// most freed, and the filter drops them in the kernel so they never wake
/// the reader.
fn unconnected_only() -> [libc::sock_filter; 4] {
    let load = (libc::BPF_LD | libc::BPF_H | libc::BPF_ABS) as u16;
    let jump_if_zero = (libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K) as u16;
    let ret = (libc::BPF_RET | libc::BPF_K) as u16;
    [
        libc::sock_filter { code: load, jt: 0, jf: 0, k: DPORT_OFFSET },
        libc::sock_filter { code: jump_if_zero, jt: 0, jf: 1, k: 0 },
        libc::sock_filter { code: ret, jt: 0, jf: 0, k: u32::MAX },
        libc::sock_filter { code: ret, jt: 0, jf: 0, k: 0 },
    ]
}

/// Opens a non-blocking socket that receives a message for every TCP socket
/// without a peer (listeners, and sockets that never connected) freed in
/// the current network namespace; read it with [`read_destroyed`].
pub fn open_destroy_monitor() -> io::Result<OwnedFd> {
    let fd = netlink_socket(true)?;
    let program = unconnected_only();
    let fprog = libc::sock_fprog { len: program.len() as u16, filter: program.as_ptr().cast_mut() };
    // SAFETY: SO_ATTACH_FILTER copies the `fprog.len` instructions that
    // `fprog.filter` points to; `program` outlives the call.
    cvt(unsafe {
        libc::setsockopt(
            fd.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_ATTACH_FILTER,
            std::ptr::addr_of!(fprog).cast(),
            mem::size_of::<libc::sock_fprog>() as libc::socklen_t,
        )
    })?;
    // SAFETY: sockaddr_nl is plain old data; all-zero is a valid value.
    let mut addr: libc::sockaddr_nl = unsafe { mem::zeroed() };
    addr.nl_family = libc::AF_NETLINK as libc::sa_family_t;
    addr.nl_groups = (1 << (GROUP_INET_TCP_DESTROY - 1)) | (1 << (GROUP_INET6_TCP_DESTROY - 1));
    let len = mem::size_of::<libc::sockaddr_nl>() as libc::socklen_t;
    // SAFETY: `addr` is a valid sockaddr_nl of `len` bytes for the call.
    cvt(unsafe { libc::bind(fd.as_raw_fd(), std::ptr::addr_of!(addr).cast(), len) })?;
    let size = MONITOR_RCVBUF;
    // SAFETY: SO_RCVBUF reads one c_int from `size`, valid for the call.
    cvt(unsafe {
        libc::setsockopt(
            fd.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_RCVBUF,
            std::ptr::addr_of!(size).cast(),
            mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    })?;
    Ok(fd)
}

/// Builds an `inet_diag_req_v2` dump request for TCP sockets of `family`
/// in the states of the bitmask `states`.
fn dump_request(family: u8, states: u32, sequence: u32) -> Vec<u8> {
    let mut message = Vec::with_capacity(NLMSG_HDRLEN + 56);
    let flags = (libc::NLM_F_REQUEST | libc::NLM_F_DUMP) as u16;
    message.extend_from_slice(&((NLMSG_HDRLEN + 56) as u32).to_ne_bytes());
    message.extend_from_slice(&SOCK_DIAG_BY_FAMILY.to_ne_bytes());
    message.extend_from_slice(&flags.to_ne_bytes());
    message.extend_from_slice(&sequence.to_ne_bytes());
    message.extend_from_slice(&0u32.to_ne_bytes());
    message.push(family);
    message.push(libc::IPPROTO_TCP as u8);
    message.push(0); // idiag_ext: no extensions
    message.push(0);
    message.extend_from_slice(&states.to_ne_bytes());
    message.resize(NLMSG_HDRLEN + 56, 0); // inet_diag_sockid: match any
    message
}

/// Parses the payload of one `SOCK_DIAG_BY_FAMILY` message.
fn parse_diag_msg(payload: &[u8]) -> Option<DiagSocket> {
    if payload.len() < DIAG_MSG_LEN {
        return None;
    }
    let u32_at = |at: usize| u32::from_ne_bytes(payload[at..at + 4].try_into().unwrap());
    let family = payload[0];
    let port = u16::from_be_bytes([payload[4], payload[5]]);
    let address = match i32::from(family) {
        libc::AF_INET => IpAddr::V4(Ipv4Addr::new(payload[8], payload[9], payload[10], payload[11])),
        libc::AF_INET6 => {
            let octets: [u8; 16] = payload[8..24].try_into().unwrap();
            IpAddr::V6(Ipv6Addr::from(octets))
        }
        _ => return None,
    };
    let cookie = u64::from(u32_at(44)) | (u64::from(u32_at(48)) << 32);
    Some(DiagSocket { address, port, inode: u32_at(68), cookie, state: payload[1] })
}

/// Walks the netlink messages in `buffer`, handing each diag message to
/// `found`. Returns true once `NLMSG_DONE` was seen.
fn parse_messages(mut buffer: &[u8], found: &mut impl FnMut(DiagSocket)) -> io::Result<bool> {
    while buffer.len() >= NLMSG_HDRLEN {
        let len = u32::from_ne_bytes(buffer[0..4].try_into().unwrap()) as usize;
        let kind = u16::from_ne_bytes(buffer[4..6].try_into().unwrap());
        if len < NLMSG_HDRLEN || len > buffer.len() {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "truncated netlink message"));
        }
        let payload = &buffer[NLMSG_HDRLEN..len];
        match kind {
            NLMSG_DONE => return Ok(true),
            NLMSG_ERROR => {
                let code = payload.get(0..4).map(|b| i32::from_ne_bytes(b.try_into().unwrap()));
                match code {
                    Some(0) => {}
                    Some(code) => return Err(io::Error::from_raw_os_error(-code)),
                    None => return Err(io::Error::new(io::ErrorKind::InvalidData, "short netlink error")),
                }
            }
            SOCK_DIAG_BY_FAMILY => {
                if let Some(socket) = parse_diag_msg(payload) {
                    found(socket);
                }
            }
            _ => {}
        }
        // Messages are padded to four bytes (NLMSG_ALIGN).
        let advance = (len + 3) & !3;
        buffer = &buffer[advance.min(buffer.len())..];
    }
    Ok(false)
}

/// Lists every listening TCP socket, IPv4 and IPv6, of the network
/// namespace `fd` was created in.
pub fn dump_tcp_listeners(fd: BorrowedFd<'_>) -> io::Result<Vec<DiagSocket>> {
    let mut sockets = Vec::new();
    let mut buffer = vec![0u8; 32 * 1024];
    for (sequence, family) in [(1, libc::AF_INET as u8), (2, libc::AF_INET6 as u8)] {
        let request = dump_request(family, 1 << TCP_LISTEN, sequence);
        rustix::net::send(fd, &request, rustix::net::SendFlags::empty()).map_err(io::Error::from)?;
        loop {
            let (n, _) =
                rustix::net::recv(fd, &mut buffer[..], rustix::net::RecvFlags::empty()).map_err(io::Error::from)?;
            if n == 0 || parse_messages(&buffer[..n], &mut |s| sockets.push(s))? {
                break;
            }
        }
    }
    Ok(sockets)
}

/// Outcome of draining the destroy monitor.
pub struct Destroyed {
    /// Cookies of the sockets that were freed.
    pub cookies: Vec<u64>,
    /// The kernel dropped messages because the buffer was full, so some
    /// frees went unreported.
    pub overrun: bool,
}

/// Reads every pending message of a destroy monitor without blocking.
pub fn read_destroyed(fd: BorrowedFd<'_>) -> io::Result<Destroyed> {
    let mut out = Destroyed { cookies: Vec::new(), overrun: false };
    let mut buffer = vec![0u8; 16 * 1024];
    loop {
        match rustix::net::recv(fd, &mut buffer[..], rustix::net::RecvFlags::DONTWAIT) {
            Ok((0, _)) => return Ok(out),
            Ok((n, _)) => {
                parse_messages(&buffer[..n], &mut |s| out.cookies.push(s.cookie))?;
            }
            Err(rustix::io::Errno::AGAIN) => return Ok(out),
            Err(rustix::io::Errno::INTR) => continue,
            Err(rustix::io::Errno::NOBUFS) => out.overrun = true,
            Err(err) => return Err(err.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diag_msg_parses_ipv6_listener() {
        let mut payload = vec![0u8; DIAG_MSG_LEN];
        payload[0] = libc::AF_INET6 as u8;
        payload[1] = TCP_LISTEN as u8;
        payload[4..6].copy_from_slice(&8080u16.to_be_bytes());
        payload[23] = 1; // ::1
        payload[44..48].copy_from_slice(&7u32.to_ne_bytes());
        payload[48..52].copy_from_slice(&1u32.to_ne_bytes());
        payload[68..72].copy_from_slice(&4242u32.to_ne_bytes());
        let socket = parse_diag_msg(&payload).unwrap();
        assert_eq!(socket.address, "::1".parse::<IpAddr>().unwrap());
        assert_eq!(socket.port, 8080);
        assert_eq!(socket.inode, 4242);
        assert_eq!(socket.cookie, (1 << 32) | 7);
    }

    #[test]
    fn dump_request_is_sized() {
        let request = dump_request(libc::AF_INET as u8, 1 << TCP_LISTEN, 9);
        assert_eq!(request.len(), 72);
        assert_eq!(u32::from_ne_bytes(request[0..4].try_into().unwrap()), 72);
    }

    #[test]
    fn truncated_message_is_an_error() {
        let mut buffer = vec![0u8; 20];
        buffer[0..4].copy_from_slice(&200u32.to_ne_bytes());
        assert!(parse_messages(&buffer, &mut |_| {}).is_err());
    }
}
