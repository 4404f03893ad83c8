//! The address syntax shared by the daemon and the client:
//!
//! - `unix:PATH`: a Unix stream socket;
//! - `tcp:HOST:PORT`: TCP; the daemon accepts only loopback hosts;
//! - `vsock:PORT` or `vsock:CID:PORT`: AF_VSOCK, daemon side only;
//! - `hvsock:PATH:PORT`: a hybrid vsock Unix socket of a VM's host side,
//!   client side only (send `CONNECT PORT\n`, expect a line `OK ...`).

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

/// Default vsock port of the platform API.
pub const DEFAULT_VSOCK_PORT: u32 = 1024;

/// Default path of the API socket that the client connects to, and the
/// daemon's own under the default `--run-dir`. Inside the container, the
/// API socket is at this path too.
pub const DEFAULT_UNIX_PATH: &str = "/run/guestd/api.sock";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Addr {
    Unix(PathBuf),
    Tcp(SocketAddr),
    Vsock { cid: u32, port: u32 },
    HybridVsock { path: PathBuf, port: u32 },
}

impl fmt::Display for Addr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Addr::Unix(path) => write!(f, "unix:{}", path.display()),
            Addr::Tcp(addr) => write!(f, "tcp:{addr}"),
            Addr::Vsock { cid, port } if *cid == u32::MAX => write!(f, "vsock:{port}"),
            Addr::Vsock { cid, port } => write!(f, "vsock:{cid}:{port}"),
            Addr::HybridVsock { path, port } => write!(f, "hvsock:{}:{port}", path.display()),
        }
    }
}

impl Addr {
    /// Parses an address, naming the bad part and the expected form on
    /// error.
    pub fn parse(text: &str) -> Result<Addr, String> {
        let (scheme, rest) = text.split_once(':').ok_or_else(|| {
            format!("invalid address {text:?}: expected unix:PATH, tcp:HOST:PORT, vsock:PORT or hvsock:PATH:PORT")
        })?;
        match scheme {
            "unix" if !rest.is_empty() => Ok(Addr::Unix(PathBuf::from(rest))),
            "unix" => Err(format!("invalid address {text:?}: unix: needs a socket path")),
            "tcp" => parse_tcp(text, rest),
            "vsock" => parse_vsock(text, rest),
            "hvsock" => {
                let (path, port) = rest
                    .rsplit_once(':')
                    .ok_or_else(|| format!("invalid address {text:?}: expected hvsock:PATH:PORT"))?;
                let port = parse_port32(text, port)?;
                if path.is_empty() {
                    return Err(format!("invalid address {text:?}: hvsock: needs a socket path"));
                }
                Ok(Addr::HybridVsock { path: PathBuf::from(path), port })
            }
            other => Err(format!("invalid address {text:?}: unknown scheme {other:?}; use unix, tcp, vsock or hvsock")),
        }
    }
}

fn parse_tcp(text: &str, rest: &str) -> Result<Addr, String> {
    let (host, port) =
        rest.rsplit_once(':').ok_or_else(|| format!("invalid address {text:?}: expected tcp:HOST:PORT"))?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let ip: IpAddr = match host {
        "localhost" => IpAddr::from([127, 0, 0, 1]),
        _ => host
            .parse()
            .map_err(|_| format!("invalid address {text:?}: host {host:?} is not an IP address or localhost"))?,
    };
    let port: u16 =
        port.parse().map_err(|_| format!("invalid address {text:?}: port {port:?} is not a number from 0 to 65535"))?;
    Ok(Addr::Tcp(SocketAddr::new(ip, port)))
}

fn parse_vsock(text: &str, rest: &str) -> Result<Addr, String> {
    match rest.split_once(':') {
        Some((cid, port)) => {
            let cid = cid.parse().map_err(|_| format!("invalid address {text:?}: CID {cid:?} is not a number"))?;
            Ok(Addr::Vsock { cid, port: parse_port32(text, port)? })
        }
        // u32::MAX is VMADDR_CID_ANY: listen on every local CID.
        None => Ok(Addr::Vsock { cid: u32::MAX, port: parse_port32(text, rest)? }),
    }
}

fn parse_port32(text: &str, port: &str) -> Result<u32, String> {
    port.parse().map_err(|_| format!("invalid address {text:?}: port {port:?} is not a number"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_each_scheme() {
        assert_eq!(Addr::parse("unix:/run/x.sock"), Ok(Addr::Unix("/run/x.sock".into())));
        assert_eq!(Addr::parse("tcp:127.0.0.1:8080"), Ok(Addr::Tcp("127.0.0.1:8080".parse().unwrap())));
        assert_eq!(Addr::parse("tcp:[::1]:80"), Ok(Addr::Tcp("[::1]:80".parse().unwrap())));
        assert_eq!(Addr::parse("vsock:1024"), Ok(Addr::Vsock { cid: u32::MAX, port: 1024 }));
        assert_eq!(Addr::parse("vsock:3:1024"), Ok(Addr::Vsock { cid: 3, port: 1024 }));
        assert_eq!(
            Addr::parse("hvsock:/tmp/vm.sock:1024"),
            Ok(Addr::HybridVsock { path: "/tmp/vm.sock".into(), port: 1024 })
        );
    }

    #[test]
    fn parse_errors_name_the_value() {
        let err = Addr::parse("tcp:example:80").unwrap_err();
        assert!(err.contains("\"example\""), "{err}");
        let err = Addr::parse("ftp:x").unwrap_err();
        assert!(err.contains("\"ftp\""), "{err}");
        assert!(Addr::parse("nothing").is_err());
        assert!(Addr::parse("unix:").is_err());
    }
}
