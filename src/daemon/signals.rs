//! Signal delivery into the event loop. A handler installed through
//! `signal-hook` writes the signal number as one byte into a non-blocking
//! pipe whose read end the loop polls.

use std::io::{self, Read};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};

use mio::unix::pipe;

/// Signals the daemon handles on its loop.
pub const HANDLED: [libc::c_int; 5] = [libc::SIGCHLD, libc::SIGTERM, libc::SIGINT, libc::SIGHUP, libc::SIGPWR];

pub struct SignalPipe {
    pub receiver: pipe::Receiver,
    // Kept open for the life of the daemon: the handlers write into it.
    _sender: OwnedFd,
}

impl SignalPipe {
    /// Installs handlers for every signal in [`HANDLED`].
    pub fn install() -> io::Result<SignalPipe> {
        let (read_end, write_end) = crate::sys::pipe(true)?;
        let write_fd: RawFd = write_end.as_raw_fd();
        for signal in HANDLED {
            let action = move || {
                let byte = signal as u8;
                // SAFETY: write(2) is async-signal-safe, `write_fd` stays open
                // for the life of the process (the pipe is never closed), and
                // the buffer is a local byte. A full pipe drops the byte, which
                // is harmless because one pending byte already wakes the loop
                // and SIGCHLD handling reaps every exited child at once.
                unsafe { libc::write(write_fd, std::ptr::addr_of!(byte).cast(), 1) };
            };
            // SAFETY: the action only calls write(2), which is
            // async-signal-safe, and touches no locks or allocations.
            unsafe { signal_hook::low_level::register(signal, action) }?;
        }
        let receiver = pipe::Receiver::from(read_end);
        Ok(SignalPipe { receiver, _sender: write_end })
    }

    /// Reads every pending signal number.
    pub fn drain(&mut self) -> Vec<libc::c_int> {
        let mut signals = Vec::new();
        let mut buffer = [0u8; 64];
        loop {
            match self.receiver.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => {
                    for &byte in &buffer[..n] {
                        let signal = libc::c_int::from(byte);
                        if !signals.contains(&signal) {
                            signals.push(signal);
                        }
                    }
                }
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        signals
    }
}
