//! Path resolution confined to a root directory, for file operations
//! inside the container from the daemon's mount namespace.

use std::io;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

use rustix::fs::{Mode, OFlags, ResolveFlags};

/// Times [`open_in_root`] retries when the kernel reports a concurrent
/// rename (`EAGAIN`) during resolution.
const RESOLVE_RETRIES: usize = 16;

/// Opens `path` as if `root` were `/`: `openat2` with `RESOLVE_IN_ROOT`, so
/// `..`, absolute paths and symlinks (absolute or relative) all resolve
/// inside `root` and never above it. Magic links such as
/// `/proc/self/root` are rejected, because they would jump out of `root`.
pub fn open_in_root(root: BorrowedFd<'_>, path: &str, flags: OFlags, mode: Mode) -> io::Result<OwnedFd> {
    let resolve = ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS;
    let flags = flags | OFlags::CLOEXEC;
    let mut attempt = 0;
    loop {
        match rustix::fs::openat2(root, path, flags, mode, resolve) {
            Err(rustix::io::Errno::AGAIN) if attempt < RESOLVE_RETRIES => attempt += 1,
            Err(rustix::io::Errno::INTR) => {}
            other => return other.map_err(io::Error::from),
        }
    }
}

/// Changes the mode of the file that `fd` refers to, also when `fd` is an
/// `O_PATH` descriptor, which `fchmod` rejects. Goes through
/// `/proc/self/fd/N`, which names the open file itself and so cannot be
/// redirected by a symlink swapped in after `fd` was opened.
pub fn chmod_fd(fd: impl AsFd, mode: u32) -> io::Result<()> {
    let link = format!("/proc/self/fd/{}", fd.as_fd().as_raw_fd());
    rustix::fs::chmod(link.as_str(), Mode::from_raw_mode(mode)).map_err(io::Error::from)
}
