//! Listening sockets of the API: Unix, loopback TCP and vsock.

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

use mio::net::{TcpListener, UnixListener};
use mio::unix::SourceFd;
use mio::{Interest, Registry, Token};

use super::request::Origin;
use crate::addr::Addr;
use crate::sys;

pub enum Socket {
    Unix(UnixListener),
    Tcp(TcpListener),
    Vsock(OwnedFd),
}

pub struct Listener {
    pub socket: Socket,
    pub addr: Addr,
    pub origin: Origin,
    /// Device and inode of the socket file this listener created, so that
    /// dropping it removes that file and never a later daemon's.
    socket_file: Option<(u64, u64)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let (Addr::Unix(path), Some((dev, ino))) = (&self.addr, self.socket_file) else { return };
        match std::fs::symlink_metadata(path) {
            Ok(meta) if meta.dev() == dev && meta.ino() == ino => {
                let _ = std::fs::remove_file(path);
            }
            _ => {}
        }
    }
}

impl Listener {
    /// Binds `addr`. A Unix socket path is replaced if a stale socket file
    /// is there; its parent directory is created with mode 0700.
    pub fn bind(addr: &Addr, origin: Origin) -> io::Result<Listener> {
        let socket = match addr {
            Addr::Unix(path) => Socket::Unix(bind_unix(path)?),
            Addr::Tcp(socket_addr) => {
                if !socket_addr.ip().is_loopback() {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidInput,
                        format!("tcp address {socket_addr} is not loopback; TCP is for local development only"),
                    ));
                }
                let listener = TcpListener::bind(*socket_addr)?;
                // Record the bound port, so that port 0 shows up as the
                // port the kernel chose.
                let bound = Addr::Tcp(listener.local_addr()?);
                return Ok(Listener { socket: Socket::Tcp(listener), addr: bound, origin, socket_file: None });
            }
            Addr::Vsock { cid, port } => Socket::Vsock(sys::vsock::listen(*cid, *port).map_err(vsock_hint)?),
            Addr::HybridVsock { .. } => {
                return Err(io::Error::new(io::ErrorKind::InvalidInput, "hvsock is a client address"))
            }
        };
        let socket_file = match addr {
            Addr::Unix(path) => std::fs::symlink_metadata(path).ok().map(|meta| (meta.dev(), meta.ino())),
            _ => None,
        };
        Ok(Listener { socket, addr: addr.clone(), origin, socket_file })
    }

    pub fn register(&mut self, registry: &Registry, token: Token) -> io::Result<()> {
        match &mut self.socket {
            Socket::Unix(listener) => registry.register(listener, token, Interest::READABLE),
            Socket::Tcp(listener) => registry.register(listener, token, Interest::READABLE),
            Socket::Vsock(fd) => registry.register(&mut SourceFd(&fd.as_raw_fd()), token, Interest::READABLE),
        }
    }

    /// Accepts one connection as a non-blocking, close-on-exec descriptor.
    /// Vsock peers other than `allow_cid` are closed and skipped.
    pub fn accept(&self, allow_cid: u32) -> io::Result<OwnedFd> {
        match &self.socket {
            Socket::Unix(listener) => {
                let (stream, _) = listener.accept()?;
                Ok(into_owned(stream))
            }
            Socket::Tcp(listener) => {
                let (stream, _) = listener.accept()?;
                stream.set_nodelay(true)?;
                Ok(into_owned(stream))
            }
            Socket::Vsock(fd) => loop {
                let (conn, peer_cid) = sys::vsock::accept(fd)?;
                if peer_cid == allow_cid {
                    return Ok(conn);
                }
                log::warn!("rejected vsock connection from CID {peer_cid}; only CID {allow_cid} is allowed");
            },
        }
    }
}

fn into_owned<T: std::os::fd::IntoRawFd>(stream: T) -> OwnedFd {
    // SAFETY: into_raw_fd hands over sole ownership of an open descriptor.
    unsafe { OwnedFd::from_raw_fd(stream.into_raw_fd()) }
}

/// Returns whether a server listens on the Unix socket at `path`. The
/// connect does not block, so a server whose backlog is full (`EAGAIN`)
/// counts as live instead of stalling the daemon's start.
fn unix_socket_is_live(path: &Path) -> bool {
    use rustix::net::{AddressFamily, SocketAddrUnix, SocketFlags, SocketType};
    let flags = SocketFlags::NONBLOCK | SocketFlags::CLOEXEC;
    let Ok(socket) = rustix::net::socket_with(AddressFamily::UNIX, SocketType::STREAM, flags, None) else {
        return false;
    };
    let Ok(target) = SocketAddrUnix::new(path) else { return false };
    matches!(rustix::net::connect(&socket, &target), Ok(()) | Err(rustix::io::Errno::AGAIN))
}

/// Adds a hint on the missing kernel options to a vsock listen error of a
/// kernel without vsock.
fn vsock_hint(err: io::Error) -> io::Error {
    if err.raw_os_error() != Some(libc::EAFNOSUPPORT) {
        return err;
    }
    io::Error::new(
        err.kind(),
        format!(
            "{err}: the kernel has no vsock; build it with CONFIG_VSOCKETS and \
             CONFIG_VIRTIO_VSOCKETS, or load vsock.ko, vmw_vsock_virtio_transport_common.ko \
             and vmw_vsock_virtio_transport.ko with --load-module (guestd check-kernel \
             lists what a kernel lacks)"
        ),
    )
}

fn bind_unix(path: &Path) -> io::Result<UnixListener> {
    if let Some(parent) = path.parent() {
        if parent.exists() && !parent.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!(
                    "{} exists and is not a directory; pass another --run-dir or --listen unix:PATH",
                    parent.display()
                ),
            ));
        }
        std::fs::create_dir_all(parent)
            .map_err(|err| io::Error::new(err.kind(), format!("failed to create {}: {err}", parent.display())))?;
    }
    match std::fs::symlink_metadata(path) {
        Ok(meta) if std::os::unix::fs::FileTypeExt::is_socket(&meta.file_type()) => {
            // A socket that accepts a connection belongs to a live server
            // (often another daemon); only a stale one is replaced.
            if unix_socket_is_live(path) {
                return Err(io::Error::new(
                    io::ErrorKind::AddrInUse,
                    format!(
                        "another process listens on {}; stop it or pass another --listen unix:PATH",
                        path.display()
                    ),
                ));
            }
            std::fs::remove_file(path)?
        }
        Ok(_) => {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!("{} exists and is not a socket; remove it or choose another path", path.display()),
            ))
        }
        Err(err) if err.kind() == io::ErrorKind::NotFound => {}
        Err(err) => return Err(err),
    }
    let listener = UnixListener::bind(path)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o660))?;
    Ok(listener)
}

#[cfg(test)]
mod tests {
    use super::vsock_hint;

    #[test]
    fn vsock_hint_names_kernel_options() {
        let err = vsock_hint(std::io::Error::from_raw_os_error(libc::EAFNOSUPPORT)).to_string();
        assert!(err.contains("CONFIG_VIRTIO_VSOCKETS"), "{err}");
        assert!(err.contains("--load-module"), "{err}");
        let other = vsock_hint(std::io::Error::from_raw_os_error(libc::EADDRINUSE)).to_string();
        assert!(!other.contains("--load-module"), "{other}");
    }
}
