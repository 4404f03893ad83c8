//! Network namespaces of the calling thread. A socket belongs to the
//! namespace its creating thread was in when it called socket(2), so the
//! forwarder briefly moves its thread into the container's namespace to
//! create sockets there, then moves it back.

use std::io;
use std::os::fd::{AsRawFd, BorrowedFd, OwnedFd};

use super::cvt;

/// Opens the network namespace the calling thread is in now.
pub fn current() -> io::Result<OwnedFd> {
    let file = std::fs::File::open("/proc/thread-self/ns/net")?;
    Ok(OwnedFd::from(file))
}

/// Moves the calling thread into the network namespace `ns`.
pub fn enter(ns: BorrowedFd<'_>) -> io::Result<()> {
    // SAFETY: setns takes a borrowed open descriptor and a flag; it changes
    // only this thread's namespace and touches no memory of ours.
    cvt(unsafe { libc::setns(ns.as_raw_fd(), libc::CLONE_NEWNET) }).map(drop)
}

/// Runs `work` with the calling thread in namespace `target`, then moves
/// it back to `home`. With no `target` the work runs where the thread is.
///
/// Failing to return to `home` would leave the thread in the container's
/// namespace, so that error is returned in place of the work's result and
/// the caller must treat it as fatal for the thread.
pub fn run_in<T>(
    target: Option<BorrowedFd<'_>>,
    home: BorrowedFd<'_>,
    work: impl FnOnce() -> io::Result<T>,
) -> Result<io::Result<T>, io::Error> {
    let Some(target) = target else { return Ok(work()) };
    if let Err(err) = enter(target) {
        return Ok(Err(err));
    }
    let result = work();
    enter(home)?;
    Ok(result)
}

/// Inode number of a namespace descriptor, which identifies the namespace.
pub fn inode(ns: BorrowedFd<'_>) -> io::Result<u64> {
    let stat = rustix::fs::fstat(ns).map_err(io::Error::from)?;
    Ok(stat.st_ino as u64)
}
