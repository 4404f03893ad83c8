//! One forwarded connection: a client socket, a target socket in the
//! container, and per direction either a copy through a shared buffer (small
//! messages) or a pipe that `splice(2)` moves the payload through without
//! copying it into the daemon (bulk transfers).
//!
//! Each direction is a small state machine driven by edge-triggered
//! readiness: write what is pending to the destination, then read the
//! source again, until one side would block. A read shorter than
//! [`COPY_SIZE`] crosses as `read(2)` + `send(2)`: two calls and no pipe,
//! where splicing takes three (in, out, and the read that finds the socket
//! empty) plus a pipe per direction. A read that fills the buffer switches
//! the direction to splicing, until the first splice after an event moves
//! less than [`COPY_SIZE`]. Later reads after the same event only find
//! what arrived meanwhile, so their size does not reflect the traffic.
//! A short read means the socket was empty at that moment, and any later
//! arrival raises a new edge, so the direction stops there without the
//! extra read. An end of stream or an error that came before the read
//! raises no new edge, only a flag on an event already taken. After an
//! event carries one, the direction reads on until `EAGAIN` or the end.
//!
//! A direction with bytes pending for its destination does not read its
//! source, so a slow receiver slows its sender (backpressure) and at
//! most one pipe (or [`COPY_SIZE`] of copied bytes) waits per direction.
//! End of file on one side becomes `shutdown(SHUT_WR)` on the other while
//! the reverse direction keeps flowing; any error closes both sockets.
//!
//! A vsock client is the exception: hybrid vsock hosts (vhost-device-vsock,
//! Firecracker) drop a guest's half-close, so their host-side client would
//! never see the end. End of file from the target shuts a vsock client
//! down in both directions once its bytes are sent.

use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::time::Duration;

use crate::sys::{self, splice::splice};

/// Capacity requested for each pipe (F_SETPIPE_SZ). Larger pipes move
/// more per system call; this bounds the bytes one direction has in flight.
pub const PIPE_SIZE: usize = 256 * 1024;

/// Empty pipes kept for reuse by later connections.
pub const MAX_POOLED_PIPES: usize = 64;

/// Largest read that crosses by copy. A read that fills it switches its
/// direction to splicing.
pub const COPY_SIZE: usize = 16 * 1024;

/// Buffers the loop's connections share: empty pipes ready for reuse, and
/// the copy buffer (allocated on first use).
#[derive(Default)]
pub struct Buffers {
    pub pipes: Vec<Pipe>,
    scratch: Vec<u8>,
}

/// A pipe used as a splice buffer.
pub struct Pipe {
    read: OwnedFd,
    write: OwnedFd,
    capacity: usize,
}

impl Pipe {
    pub fn new() -> io::Result<Pipe> {
        let (read, write) = sys::pipe(true)?;
        // A smaller pipe than requested still works, only with more calls,
        // so a refusal (pipe-user-pages limits) is not an error.
        let capacity = sys::splice::set_pipe_size(&write, PIPE_SIZE).unwrap_or(64 * 1024);
        Ok(Pipe { read, write, capacity })
    }
}

/// Protocol that tells the client whether the target accepted the
/// connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Greeting {
    /// An HTTP upgrade: `101 Switching Protocols`, or a 502 error.
    Http,
    /// The vsock header protocol: `OK PORT\n`, or `ERROR message\n`.
    Line,
    /// Raw TCP: the connection just starts, or closes.
    Plain,
}

impl Greeting {
    /// Bytes sent to the client once the target accepted.
    pub fn accepted(self, port: u16) -> Vec<u8> {
        match self {
            Greeting::Http => {
                let mut head = crate::http::response::head(
                    101,
                    &[("Upgrade".into(), "tcp".into()), ("Connection".into(), "Upgrade".into())],
                );
                head.extend_from_slice(b"\r\n");
                head
            }
            Greeting::Line => format!("OK {port}\n").into_bytes(),
            Greeting::Plain => Vec::new(),
        }
    }

    /// Bytes sent to the client when the target cannot be reached.
    pub fn rejected(self, status: u16, message: &str) -> Vec<u8> {
        match self {
            Greeting::Http => crate::http::Response::error(status, message).encode(false),
            Greeting::Line => format!("ERROR {message}\n").into_bytes(),
            Greeting::Plain => Vec::new(),
        }
    }
}

/// One direction of a connection.
#[derive(Default)]
pub struct Direction {
    pipe: Option<Pipe>,
    /// Bytes in the pipe not yet written to the destination.
    fill: usize,
    /// Bytes to write before any spliced data (a response head, or bytes
    /// the HTTP server read past the request).
    pub prefix: Vec<u8>,
    /// The source reached end of file.
    eof: bool,
    /// An event reported the source's end of stream or an error, so a
    /// short read no longer proves the source empty.
    pub source_hup: bool,
    /// Reads from the source are large: splice rather than copy.
    bulk: bool,
    /// The destination's write side has been shut down.
    shut: bool,
}

impl Direction {
    fn finished(&self) -> bool {
        self.shut && self.fill == 0 && self.prefix.is_empty()
    }

    /// Returns whether bytes wait for the destination to accept them, so
    /// that its becoming writable is worth a pump.
    pub fn has_output(&self) -> bool {
        self.fill > 0 || !self.prefix.is_empty()
    }
}

/// Stage of a connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Reading the one-line header that names the target port.
    Header,
    /// The connection to the target is in progress.
    Connecting,
    Relaying,
}

pub struct Conn {
    pub client: OwnedFd,
    pub target: Option<OwnedFd>,
    pub phase: Phase,
    pub greeting: Greeting,
    pub port: u16,
    /// Header bytes read so far while in [`Phase::Header`].
    pub header: Vec<u8>,
    /// `[client → target, target → client]`.
    pub directions: [Direction; 2],
    /// The client is a vsock socket, whose host may drop a half-close.
    client_is_vsock: bool,
}

/// Reason a pump ends the connection.
pub enum Stop {
    /// Both directions are done; close normally.
    Done,
    /// A socket failed or was reset; close both with a reset.
    Failed(io::Error),
}

impl Conn {
    pub fn new(client: OwnedFd, greeting: Greeting, phase: Phase) -> Conn {
        // Only an API connection can be either, because a header client is
        // always vsock and a published port's client always TCP.
        let client_is_vsock = match greeting {
            Greeting::Http => rustix::net::getsockname(&client)
                .is_ok_and(|addr| addr.address_family() == rustix::net::AddressFamily::VSOCK),
            Greeting::Line => true,
            Greeting::Plain => false,
        };
        Conn {
            client_is_vsock,
            client,
            target: None,
            phase,
            greeting,
            port: 0,
            header: Vec::new(),
            directions: Default::default(),
        }
    }

    /// Moves data in direction `index` until a side would block or the
    /// source is empty.
    fn pump(&mut self, index: usize, buffers: &mut Buffers) -> io::Result<()> {
        let Some(target) = self.target.as_ref() else { return Ok(()) };
        let (source, destination) =
            if index == 0 { (self.client.as_fd(), target.as_fd()) } else { (target.as_fd(), self.client.as_fd()) };
        // When the reverse direction is done, this one's end of file is the
        // connection's end: the close that follows sends the FIN, so the
        // `shutdown(2)` would be a wasted call.
        let reverse_finished = self.directions[1 - index].finished();
        // See the module header: a vsock client gets a full shutdown.
        let how = match index == 1 && self.client_is_vsock {
            true => rustix::net::Shutdown::Both,
            false => rustix::net::Shutdown::Write,
        };
        // A vsock source always reads to EAGAIN. NOTE: whether every vsock
        // transport ends a read early only when its queue is empty has
        // not been checked, so short reads prove nothing there.
        let source_is_vsock = index == 0 && self.client_is_vsock;
        let direction = &mut self.directions[index];
        let trust_short_read = !direction.source_hup && !source_is_vsock;
        let mut first_read = true;
        loop {
            if !direction.prefix.is_empty() {
                let sent = rustix::net::send(destination, &direction.prefix, rustix::net::SendFlags::NOSIGNAL);
                match sent {
                    Ok(n) => {
                        direction.prefix.drain(..n);
                        continue;
                    }
                    Err(rustix::io::Errno::AGAIN) => return Ok(()),
                    Err(rustix::io::Errno::INTR) => continue,
                    Err(err) => return Err(err.into()),
                }
            }
            if direction.fill > 0 {
                let pipe = direction.pipe.as_ref().expect("a filled direction has a pipe");
                match splice(pipe.read.as_fd(), destination, direction.fill) {
                    Ok(n) => {
                        direction.fill -= n;
                        continue;
                    }
                    Err(err) if err.kind() == io::ErrorKind::WouldBlock => return Ok(()),
                    Err(err) => return Err(err),
                }
            }
            if direction.eof {
                if !direction.shut {
                    direction.shut = true;
                    if reverse_finished {
                        return Ok(());
                    }
                    if let Err(err) = rustix::net::shutdown(destination, how) {
                        // The peer may have closed already; the reverse
                        // direction reports that as an error if it matters.
                        if err != rustix::io::Errno::NOTCONN {
                            return Err(err.into());
                        }
                    }
                }
                return Ok(());
            }
            let read = match direction.bulk {
                false => copy(source, destination, direction, &mut buffers.scratch),
                true => fill_pipe(source, direction, &mut buffers.pipes),
            };
            if let (Ok(n), true) = (&read, first_read) {
                direction.bulk = *n >= COPY_SIZE;
                first_read = false;
            }
            match read {
                Ok(0) => direction.eof = true,
                Ok(n) if n < COPY_SIZE && trust_short_read && !direction.has_output() => return Ok(()),
                Ok(_) => {}
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => return Ok(()),
                Err(err) => return Err(err),
            }
        }
    }

    /// Pumps the directions marked in `which` (client → target first) and
    /// returns `Err` when the connection should close.
    pub fn pump_directions(&mut self, which: [bool; 2], buffers: &mut Buffers) -> Result<(), Stop> {
        for (index, wanted) in which.into_iter().enumerate() {
            if wanted {
                self.pump(index, buffers).map_err(Stop::Failed)?;
            }
        }
        if self.directions.iter().all(Direction::finished) {
            return Err(Stop::Done);
        }
        Ok(())
    }

    /// Closes both sockets; after a failure they close with a reset so each
    /// peer gets a reset rather than a clean end. Empty pipes
    /// go back to `pool`.
    pub fn close(self, failed: bool, pool: &mut Vec<Pipe>) {
        if failed {
            let _ = rustix::net::sockopt::set_socket_linger(&self.client, Some(Duration::ZERO));
            if let Some(target) = &self.target {
                let _ = rustix::net::sockopt::set_socket_linger(target, Some(Duration::ZERO));
            }
        }
        for direction in self.directions {
            if let Some(pipe) = direction.pipe {
                if direction.fill == 0 && pool.len() < MAX_POOLED_PIPES {
                    pool.push(pipe);
                }
            }
        }
    }
}

/// Reads up to [`COPY_SIZE`] bytes from `source` into `scratch` and sends
/// them on. What the destination does not accept waits in the direction's
/// prefix. Returns the bytes read.
fn copy(
    source: BorrowedFd<'_>,
    destination: BorrowedFd<'_>,
    direction: &mut Direction,
    scratch: &mut Vec<u8>,
) -> io::Result<usize> {
    if scratch.is_empty() {
        scratch.resize(COPY_SIZE, 0);
    }
    let read = loop {
        match rustix::io::read(source, &mut scratch[..]) {
            Err(rustix::io::Errno::INTR) => continue,
            result => break result?,
        }
    };
    direction.bulk |= read == COPY_SIZE;
    let mut sent = 0;
    while sent < read {
        match rustix::net::send(destination, &scratch[sent..read], rustix::net::SendFlags::NOSIGNAL) {
            Ok(n) => sent += n,
            Err(rustix::io::Errno::AGAIN) => break,
            Err(rustix::io::Errno::INTR) => {}
            Err(err) => return Err(err.into()),
        }
    }
    direction.prefix.extend_from_slice(&scratch[sent..read]);
    Ok(read)
}

/// Splices what `source` has into the direction's pipe, taking a pipe from
/// `pool` (or a new one) on first use. Returns the bytes moved.
fn fill_pipe(source: BorrowedFd<'_>, direction: &mut Direction, pool: &mut Vec<Pipe>) -> io::Result<usize> {
    if direction.pipe.is_none() {
        direction.pipe = Some(match pool.pop() {
            Some(pipe) => pipe,
            None => Pipe::new()?,
        });
    }
    let pipe = direction.pipe.as_ref().expect("pipe was just set");
    // The pipe is empty here, so an EAGAIN means the source has nothing to
    // read rather than that the pipe is full.
    let moved = splice(source, pipe.write.as_fd(), pipe.capacity)?;
    direction.fill += moved;
    Ok(moved)
}
