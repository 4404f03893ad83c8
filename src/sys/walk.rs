//! Directory-relative calls for the checkpoint walk: open a directory
//! beneath a root without following symlinks, list its names with
//! `getdents64`, and stat or open entries relative to the directory's
//! descriptor, so no call resolves a full path again.

use std::fs::File;
use std::io;
use std::mem::MaybeUninit;
use std::os::fd::{AsFd, OwnedFd};
use std::path::Path;

use rustix::fs::{AtFlags, FileType, Mode, OFlags, RawDir, ResolveFlags};

/// Bytes of the `getdents64` buffer: about 2 000 short names per call.
const DIRENT_BUFFER: usize = 64 * 1024;
/// Times an open retries when the kernel reports a concurrent rename
/// (`EAGAIN`) during resolution.
const RESOLVE_RETRIES: usize = 16;

/// The fields of `struct stat` that a checkpoint records or compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stat {
    pub file_type: FileType,
    /// Permission bits including setuid, setgid and sticky.
    pub mode: u32,
    pub dev: u64,
    pub ino: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: u64,
    pub rdev: u64,
    pub mtime_ns: i64,
    pub ctime_ns: i64,
}

impl From<rustix::fs::Stat> for Stat {
    fn from(st: rustix::fs::Stat) -> Stat {
        Stat {
            file_type: FileType::from_raw_mode(st.st_mode as _),
            mode: st.st_mode & 0o7777,
            dev: st.st_dev,
            ino: st.st_ino,
            nlink: st.st_nlink,
            uid: st.st_uid,
            gid: st.st_gid,
            size: st.st_size as u64,
            rdev: st.st_rdev,
            mtime_ns: st.st_mtime * 1_000_000_000 + st.st_mtime_nsec as i64,
            ctime_ns: st.st_ctime * 1_000_000_000 + st.st_ctime_nsec as i64,
        }
    }
}

fn retry<T>(mut call: impl FnMut() -> rustix::io::Result<T>) -> io::Result<T> {
    let mut attempt = 0;
    loop {
        match call() {
            Err(rustix::io::Errno::AGAIN) if attempt < RESOLVE_RETRIES => attempt += 1,
            Err(rustix::io::Errno::INTR) => {}
            other => return other.map_err(io::Error::from),
        }
    }
}

/// Opens the directory `path` itself, refusing a symlink in its place.
pub fn open_dir(path: &Path) -> io::Result<OwnedFd> {
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    retry(|| rustix::fs::open(path, flags, Mode::empty()))
}

/// Opens the directory at `relative` (raw bytes, no leading `/`) under
/// `root`. Resolution stays beneath `root` and fails on any symlink, so a
/// tree that changes during the walk cannot redirect it elsewhere.
pub fn open_dir_beneath(root: &OwnedFd, relative: &[u8]) -> io::Result<OwnedFd> {
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    let resolve = ResolveFlags::BENEATH | ResolveFlags::NO_SYMLINKS | ResolveFlags::NO_MAGICLINKS;
    if relative.is_empty() {
        return retry(|| rustix::fs::openat2(root, c".", flags, Mode::empty(), resolve));
    }
    retry(|| rustix::fs::openat2(root, relative, flags, Mode::empty(), resolve))
}

/// Names in directory `dir`, without `.` and `..`, in the order the file
/// system returns them. Reads from the descriptor's current offset, so
/// call it once per open.
pub fn read_names(dir: &OwnedFd) -> io::Result<Vec<Box<[u8]>>> {
    let mut buffer: Vec<MaybeUninit<u8>> = Vec::with_capacity(DIRENT_BUFFER);
    buffer.resize(DIRENT_BUFFER, MaybeUninit::uninit());
    let mut names = Vec::new();
    let mut entries = RawDir::new(dir, &mut buffer);
    while let Some(entry) = entries.next() {
        let entry = entry.map_err(io::Error::from)?;
        let name = entry.file_name().to_bytes();
        if name != b"." && name != b".." {
            names.push(Box::from(name));
        }
    }
    Ok(names)
}

/// Stat of `name` in `dir` itself (a symlink is not followed).
pub fn stat_at(dir: &OwnedFd, name: &[u8]) -> io::Result<Stat> {
    retry(|| rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW)).map(Stat::from)
}

/// Stat of the open file `fd`.
pub fn stat_fd(fd: impl AsFd) -> io::Result<Stat> {
    retry(|| rustix::fs::fstat(&fd)).map(Stat::from)
}

/// Opens `name` in `dir` for reading without following a symlink, and
/// without blocking should a FIFO have taken its place.
pub fn open_file_at(dir: &OwnedFd, name: &[u8]) -> io::Result<File> {
    let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
    retry(|| rustix::fs::openat(dir, name, flags, Mode::empty())).map(File::from)
}

/// Opens the file at `relative` (raw bytes, no leading `/`) under `root`
/// for reading, resolving beneath `root` without following any symlink
/// and without blocking should a FIFO have taken its place.
pub fn open_file_beneath(root: &OwnedFd, relative: &[u8]) -> io::Result<File> {
    let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
    let resolve = ResolveFlags::BENEATH | ResolveFlags::NO_SYMLINKS | ResolveFlags::NO_MAGICLINKS;
    retry(|| rustix::fs::openat2(root, relative, flags, Mode::empty(), resolve)).map(File::from)
}

/// Target of the symlink `name` in `dir`.
pub fn read_link_at(dir: &OwnedFd, name: &[u8]) -> io::Result<Vec<u8>> {
    retry(|| rustix::fs::readlinkat(dir, name, Vec::new())).map(|target| target.into_bytes())
}

/// CPU time, user and system, that the calling thread has used.
pub fn thread_cpu_time() -> std::time::Duration {
    let mut usage = MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: `usage` is writable for one `struct rusage`, which is all
    // getrusage writes; zeroed memory is a valid `rusage` if it fails.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_THREAD, usage.as_mut_ptr());
        usage.assume_init()
    };
    let micros = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    std::time::Duration::from_micros(micros(usage.ru_utime) + micros(usage.ru_stime))
}
