//! Mounts for building the container's root: `mount(2)` with its flag
//! forms, `umount2`, `pivot_root` and `mknod`. Paths are plain `&Path`;
//! errors name nothing, callers add the step and the path.

use std::ffi::CString;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use super::cvt;

fn c_path(path: &Path) -> io::Result<CString> {
    CString::new(path.as_os_str().as_bytes()).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))
}

fn c_str(text: &str) -> io::Result<CString> {
    CString::new(text).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))
}

/// Mounts a filesystem of type `fstype` from `source` on `target`.
pub fn mount(source: &str, target: &Path, fstype: &str, flags: libc::c_ulong, data: Option<&str>) -> io::Result<()> {
    let source = c_str(source)?;
    let target = c_path(target)?;
    let fstype = c_str(fstype)?;
    let data = data.map(c_str).transpose()?;
    let data_ptr = data.as_ref().map_or(std::ptr::null(), |d| d.as_ptr().cast());
    // SAFETY: every pointer is a NUL-terminated string (or NULL for data)
    // that lives until the call returns.
    cvt(unsafe { libc::mount(source.as_ptr(), target.as_ptr(), fstype.as_ptr(), flags, data_ptr) }).map(drop)
}

/// Bind-mounts `source` on `target`, with its submounts when `recursive`.
pub fn bind(source: &Path, target: &Path, recursive: bool) -> io::Result<()> {
    let flags = libc::MS_BIND | if recursive { libc::MS_REC } else { 0 };
    let source = source.to_str().ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput))?;
    mount(source, target, "", flags, None)
}

/// Remounts the mount at `target` (a bind mount) with `flags` added, for
/// example `MS_RDONLY`.
pub fn remount_bind(target: &Path, flags: libc::c_ulong) -> io::Result<()> {
    mount("", target, "", libc::MS_REMOUNT | libc::MS_BIND | flags, None)
}

/// Sets the propagation of `target` and every mount under it, for example
/// `MS_PRIVATE`.
pub fn set_propagation(target: &Path, propagation: libc::c_ulong) -> io::Result<()> {
    mount("", target, "", libc::MS_REC | propagation, None)
}

/// Unmounts `target` with `MNT_*` `flags`.
pub fn umount(target: &Path, flags: libc::c_int) -> io::Result<()> {
    let target = c_path(target)?;
    // SAFETY: `target` is a NUL-terminated string that outlives the call.
    cvt(unsafe { libc::umount2(target.as_ptr(), flags) }).map(drop)
}

/// Makes the current directory the root mount of this mount namespace,
/// stacking the old root on top of it (`pivot_root(".", ".")`). The
/// caller then detaches the old root with `umount(".", MNT_DETACH)`.
pub fn pivot_root_here() -> io::Result<()> {
    let dot = c_str(".")?;
    // SAFETY: both arguments are the same NUL-terminated string that
    // outlives the call; pivot_root has no libc wrapper.
    cvt(unsafe { libc::syscall(libc::SYS_pivot_root, dot.as_ptr(), dot.as_ptr()) } as libc::c_int).map(drop)
}

/// Creates the character device node `path` with `mode` bits for device
/// `major:minor`.
pub fn mknod_char(path: &Path, mode: libc::mode_t, major: u32, minor: u32) -> io::Result<()> {
    let path = c_path(path)?;
    let dev = libc::makedev(major, minor);
    // SAFETY: `path` is a NUL-terminated string that outlives the call.
    cvt(unsafe { libc::mknod(path.as_ptr(), libc::S_IFCHR | mode, dev) }).map(drop)
}

/// Sets the file mode creation mask and returns the previous one.
pub fn set_umask(mask: libc::mode_t) -> libc::mode_t {
    // SAFETY: umask takes a plain integer and touches no memory of ours.
    unsafe { libc::umask(mask) }
}

/// Writes every dirty page of the filesystem that contains `path` to disk.
pub fn sync_filesystem(path: &Path) -> io::Result<()> {
    let dir = std::fs::File::open(path)?;
    // SAFETY: syncfs takes a descriptor that `dir` keeps open for the call.
    cvt(unsafe { libc::syncfs(std::os::fd::AsRawFd::as_raw_fd(&dir)) }).map(drop)
}

/// `f_type` of tmpfs in `statfs(2)`.
const TMPFS_MAGIC: i64 = 0x0102_1994;

/// Reports whether `path` is on a tmpfs.
pub fn is_tmpfs(path: &Path) -> io::Result<bool> {
    let stat = rustix::fs::statfs(path).map_err(io::Error::from)?;
    Ok(stat.f_type as i64 == TMPFS_MAGIC)
}

/// `f_type` of ramfs in `statfs(2)`, the initramfs root of a kernel
/// without tmpfs.
const RAMFS_MAGIC: i64 = 0x8584_58f6;

/// Reports whether `path` is on a filesystem kept in memory (tmpfs or
/// ramfs), whose files take the machine's RAM.
pub fn is_memory_fs(path: &Path) -> io::Result<bool> {
    let stat = rustix::fs::statfs(path).map_err(io::Error::from)?;
    Ok(matches!(stat.f_type as i64, TMPFS_MAGIC | RAMFS_MAGIC))
}

/// Size and free space of a filesystem, from `statvfs(2)`.
pub struct Space {
    pub bytes_total: u64,
    /// Bytes an unprivileged writer can still use (`f_bavail`).
    pub bytes_free: u64,
    pub inodes_total: u64,
    pub inodes_free: u64,
}

/// Reads the size and free space of the filesystem that contains `path`.
pub fn space(path: &Path) -> io::Result<Space> {
    let stat = rustix::fs::statvfs(path).map_err(io::Error::from)?;
    Ok(Space {
        bytes_total: stat.f_blocks.saturating_mul(stat.f_frsize),
        bytes_free: stat.f_bavail.saturating_mul(stat.f_frsize),
        inodes_total: stat.f_files,
        inodes_free: stat.f_ffree,
    })
}
