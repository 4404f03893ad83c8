//! Pseudo-terminals: allocating a master/slave pair for a TTY session,
//! window sizes, and raw mode for the client's own terminal. Errors are
//! returned, never logged.

use std::io;
use std::os::fd::{AsFd, OwnedFd};

use rustix::pty::OpenptFlags;
use rustix::termios::{self, OptionalActions, Termios, Winsize};

/// A new pseudo-terminal. The master is non-blocking for the event loop,
/// the slave is blocking because it becomes a process's standard streams.
/// Both are close-on-exec.
pub struct Pty {
    pub master: OwnedFd,
    pub slave: OwnedFd,
}

/// Opens a PTY pair and sets its window size. The master comes from
/// `ptmx` when given (the `ptmx` node of another devpts instance, so the
/// slave belongs to that instance), else from `/dev/ptmx`.
pub fn open(ptmx: Option<&std::path::Path>, rows: u16, cols: u16) -> io::Result<Pty> {
    let flags = OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC;
    let master = match ptmx {
        Some(path) => {
            let oflags = rustix::fs::OFlags::RDWR | rustix::fs::OFlags::NOCTTY | rustix::fs::OFlags::CLOEXEC;
            rustix::fs::open(path, oflags, rustix::fs::Mode::empty())?
        }
        None => rustix::pty::openpt(flags)?,
    };
    rustix::pty::grantpt(&master)?;
    rustix::pty::unlockpt(&master)?;
    // TIOCGPTPEER opens the slave from the master itself, so no path in
    // /dev/pts is looked up (and none can be raced); ptsname is the
    // fallback for kernels before 4.13.
    let slave = match rustix::pty::ioctl_tiocgptpeer(&master, flags) {
        Ok(slave) => slave,
        Err(_) => {
            let name = rustix::pty::ptsname(&master, Vec::new())?;
            let oflags = rustix::fs::OFlags::RDWR | rustix::fs::OFlags::NOCTTY | rustix::fs::OFlags::CLOEXEC;
            rustix::fs::open(name.as_c_str(), oflags, rustix::fs::Mode::empty())?
        }
    };
    rustix::io::ioctl_fionbio(&master, true)?;
    set_window_size(&master, rows, cols)?;
    Ok(Pty { master, slave })
}

/// Sets the terminal's window size (TIOCSWINSZ); the kernel then sends
/// SIGWINCH to the terminal's foreground process group.
pub fn set_window_size(fd: impl AsFd, rows: u16, cols: u16) -> io::Result<()> {
    let size = Winsize { ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0 };
    termios::tcsetwinsize(fd, size).map_err(io::Error::from)
}

/// Returns whether the terminal whose master or slave is `fd` is in
/// canonical mode, and its end-of-file character (VEOF) unless disabled.
/// A program that reads the terminal raw (a line editor such as readline)
/// still takes this character as the end of its input on an empty line.
pub fn eof_mode(fd: impl AsFd) -> io::Result<(bool, Option<u8>)> {
    let attributes = termios::tcgetattr(fd)?;
    let canonical = attributes.local_modes.contains(termios::LocalModes::ICANON);
    // A zero control character is _POSIX_VDISABLE on Linux.
    let eof = attributes.special_codes[termios::SpecialCodeIndex::VEOF];
    Ok((canonical, (eof != 0).then_some(eof)))
}

/// Rows and columns of the terminal `fd`, if it is one.
pub fn window_size(fd: impl AsFd) -> Option<(u16, u16)> {
    let size = termios::tcgetwinsize(fd).ok()?;
    (size.ws_row > 0 && size.ws_col > 0).then_some((size.ws_row, size.ws_col))
}

/// Tells whether `fd` is a terminal.
pub fn is_terminal(fd: impl AsFd) -> bool {
    termios::isatty(fd)
}

/// A terminal switched to raw mode; the saved settings come back on drop.
pub struct RawMode<Fd: AsFd> {
    fd: Fd,
    saved: Termios,
}

impl<Fd: AsFd> RawMode<Fd> {
    pub fn enable(fd: Fd) -> io::Result<RawMode<Fd>> {
        let saved = termios::tcgetattr(&fd)?;
        let mut raw = saved.clone();
        raw.make_raw();
        termios::tcsetattr(&fd, OptionalActions::Flush, &raw)?;
        Ok(RawMode { fd, saved })
    }
}

impl<Fd: AsFd> Drop for RawMode<Fd> {
    fn drop(&mut self) {
        let _ = termios::tcsetattr(&self.fd, OptionalActions::Flush, &self.saved);
    }
}

/// Returns the read end of a pipe that receives a byte on every SIGWINCH,
/// so a thread can wait for window size changes with a blocking read.
pub fn window_changes() -> io::Result<OwnedFd> {
    signal_notices(&[libc::SIGWINCH])
}

/// Installs handlers for `signals` and returns the read end of a pipe
/// that receives each caught signal's number as one byte, so a thread can
/// wait for them with a blocking read. The handlers replace the default
/// action: the process no longer dies of these signals.
pub fn signal_notices(signals: &[libc::c_int]) -> io::Result<OwnedFd> {
    let (read_end, write_end) = super::pipe(false)?;
    super::set_nonblocking(&write_end)?;
    let write_fd = std::os::fd::AsRawFd::as_raw_fd(&write_end);
    // The write end stays open for the life of the process because the
    // handlers write into it.
    std::mem::forget(write_end);
    for &signal in signals {
        let action = move || {
            let byte = signal as u8;
            // SAFETY: write(2) is async-signal-safe, `write_fd` is never
            // closed (its OwnedFd was forgotten above), and the buffer is a
            // local byte. A full pipe drops the byte, which loses only a
            // repeat of a signal already waiting to be read.
            unsafe { libc::write(write_fd, std::ptr::addr_of!(byte).cast(), 1) };
        };
        // SAFETY: the action only calls write(2), which is async-signal-safe,
        // and takes no locks and allocates nothing.
        unsafe { signal_hook::low_level::register(signal, action) }?;
    }
    Ok(read_end)
}
