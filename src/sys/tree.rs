//! File-tree calls the checkpoint code needs beyond `std::fs`: sparse
//! regions, in-kernel copies, device nodes, extended attributes, ownership
//! and times of symlinks, and atomic directory exchange.

use std::ffi::CString;
use std::fs::File;
use std::io;
use std::os::fd::AsRawFd;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use super::cvt;

fn c_path(path: &Path) -> io::Result<CString> {
    CString::new(path.as_os_str().as_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, format!("path {path:?} contains a NUL byte")))
}

fn lseek(file: &File, offset: u64, whence: libc::c_int) -> io::Result<Option<u64>> {
    // SAFETY: lseek takes a descriptor that `file` keeps open and integers.
    let ret = unsafe { libc::lseek(file.as_raw_fd(), offset as libc::off_t, whence) };
    if ret >= 0 {
        return Ok(Some(ret as u64));
    }
    let err = io::Error::last_os_error();
    if err.raw_os_error() == Some(libc::ENXIO) {
        return Ok(None);
    }
    Err(err)
}

/// Data regions of a file of `size` bytes as `(offset, length)` pairs,
/// found with `SEEK_DATA`/`SEEK_HOLE`. A file system without them reports
/// the whole file as data.
pub fn data_regions(file: &File, size: u64) -> io::Result<Vec<(u64, u64)>> {
    let mut regions = Vec::new();
    let mut offset = 0;
    while offset < size {
        let start = match lseek(file, offset, libc::SEEK_DATA) {
            Ok(Some(start)) if start < size => start,
            Ok(_) => break,
            Err(err) if err.raw_os_error() == Some(libc::EINVAL) => return Ok(vec![(0, size)]),
            Err(err) => return Err(err),
        };
        let end = lseek(file, start, libc::SEEK_HOLE)?.unwrap_or(size).min(size);
        regions.push((start, end - start));
        offset = end;
    }
    Ok(regions)
}

/// Copies `len` bytes at `offset` of `src` to the same offset of `dst`,
/// in the kernel where it can (`copy_file_range`), else through a buffer.
pub fn copy_range(src: &File, dst: &File, offset: u64, len: u64) -> io::Result<()> {
    let mut off_in = offset as libc::loff_t;
    let mut off_out = offset as libc::loff_t;
    let end = (offset + len) as libc::loff_t;
    while off_in < end {
        let want = (end - off_in).min(1 << 30) as usize;
        // SAFETY: both descriptors stay open for the call and the offset
        // pointers refer to live locals.
        let ret =
            unsafe { libc::copy_file_range(src.as_raw_fd(), &mut off_in, dst.as_raw_fd(), &mut off_out, want, 0) };
        if ret > 0 {
            continue;
        }
        if ret == 0 {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "file shrank while it was copied"));
        }
        let err = io::Error::last_os_error();
        match err.raw_os_error() {
            Some(libc::EINTR) => continue,
            Some(libc::EXDEV | libc::ENOSYS | libc::EOPNOTSUPP | libc::EINVAL) => {
                return copy_range_buffered(src, dst, off_in as u64, (end - off_in) as u64)
            }
            _ => return Err(err),
        }
    }
    Ok(())
}

fn copy_range_buffered(src: &File, dst: &File, offset: u64, len: u64) -> io::Result<()> {
    use std::os::unix::fs::FileExt;
    let mut buffer = vec![0u8; 1 << 20];
    let mut done = 0;
    while done < len {
        let want = (len - done).min(buffer.len() as u64) as usize;
        src.read_exact_at(&mut buffer[..want], offset + done)?;
        dst.write_all_at(&buffer[..want], offset + done)?;
        done += want as u64;
    }
    Ok(())
}

/// Creates a device node, FIFO or socket node (`mode` includes the type).
pub fn mknod(path: &Path, mode: u32, rdev: u64) -> io::Result<()> {
    let path = c_path(path)?;
    // SAFETY: `path` is a NUL-terminated string that outlives the call.
    cvt(unsafe { libc::mknod(path.as_ptr(), mode as libc::mode_t, rdev as libc::dev_t) }).map(drop)
}

/// Extended attributes of `path` itself (not a symlink's target) as
/// `(name, value)` pairs. A file system without xattrs has none.
pub fn list_xattrs(path: &Path) -> io::Result<Vec<(Vec<u8>, Vec<u8>)>> {
    let cpath = c_path(path)?;
    let mut names = vec![0u8; 4096];
    let len = loop {
        // SAFETY: `names` is writable for its full length during the call.
        let ret = unsafe { libc::llistxattr(cpath.as_ptr(), names.as_mut_ptr().cast(), names.len()) };
        if ret >= 0 {
            break ret as usize;
        }
        let err = io::Error::last_os_error();
        match err.raw_os_error() {
            Some(libc::ERANGE) if names.len() < (1 << 20) => names.resize(names.len() * 4, 0),
            Some(libc::ENOTSUP) => return Ok(Vec::new()),
            _ => return Err(err),
        }
    };
    let mut out = Vec::new();
    for name in names[..len].split(|b| *b == 0).filter(|n| !n.is_empty()) {
        let cname = CString::new(name).expect("split on NUL");
        let mut value = vec![0u8; 256];
        let value_len = loop {
            // SAFETY: both strings are NUL-terminated and `value` is
            // writable for its full length.
            let ret =
                unsafe { libc::lgetxattr(cpath.as_ptr(), cname.as_ptr(), value.as_mut_ptr().cast(), value.len()) };
            if ret >= 0 {
                break ret as usize;
            }
            let err = io::Error::last_os_error();
            match err.raw_os_error() {
                Some(libc::ERANGE) if value.len() < (1 << 20) => value.resize(value.len() * 8, 0),
                _ => return Err(err),
            }
        };
        value.truncate(value_len);
        out.push((name.to_vec(), value));
    }
    Ok(out)
}

/// Sets extended attribute `name` on `path` itself.
pub fn set_xattr(path: &Path, name: &[u8], value: &[u8]) -> io::Result<()> {
    let cpath = c_path(path)?;
    let cname = CString::new(name)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "xattr name contains a NUL byte"))?;
    // SAFETY: both strings are NUL-terminated and `value` is readable for
    // its length.
    cvt(unsafe { libc::lsetxattr(cpath.as_ptr(), cname.as_ptr(), value.as_ptr().cast(), value.len(), 0) }).map(drop)
}

/// Changes the owner of `path` itself, not a symlink's target.
pub fn lchown(path: &Path, uid: u32, gid: u32) -> io::Result<()> {
    let cpath = c_path(path)?;
    // SAFETY: `cpath` is a NUL-terminated string that outlives the call.
    cvt(unsafe { libc::lchown(cpath.as_ptr(), uid, gid) }).map(drop)
}

/// Sets access and modification time of `path` itself to `mtime_ns`
/// nanoseconds since the epoch.
pub fn set_times(path: &Path, mtime_ns: i64) -> io::Result<()> {
    let cpath = c_path(path)?;
    let time = libc::timespec {
        tv_sec: mtime_ns.div_euclid(1_000_000_000) as _,
        tv_nsec: mtime_ns.rem_euclid(1_000_000_000) as libc::c_long,
    };
    let times = [time, time];
    // SAFETY: `cpath` is NUL-terminated and `times` holds the two entries
    // utimensat reads.
    cvt(unsafe { libc::utimensat(libc::AT_FDCWD, cpath.as_ptr(), times.as_ptr(), libc::AT_SYMLINK_NOFOLLOW) }).map(drop)
}

/// Swaps two paths on the same file system in one atomic step.
pub fn rename_exchange(a: &Path, b: &Path) -> io::Result<()> {
    let ca = c_path(a)?;
    let cb = c_path(b)?;
    // SAFETY: both strings are NUL-terminated and outlive the call. The
    // raw system call, because the static (musl) build has no wrapper.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            ca.as_ptr(),
            libc::AT_FDCWD,
            cb.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    cvt(ret as libc::c_int).map(drop)
}

/// Flushes the directory entry changes of `dir` to disk.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Writes every dirty page and inode of the file system holding `path` to
/// disk, with one `syncfs`.
pub fn sync_filesystem(path: &Path) -> io::Result<()> {
    let dir = File::open(path)?;
    // SAFETY: `dir` is an open descriptor that lives until the call returns.
    cvt(unsafe { libc::syncfs(dir.as_raw_fd()) }).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Seek, SeekFrom, Write};

    #[test]
    fn sparse_file_regions() {
        let path = std::env::temp_dir().join(format!("guestd-sparse-{}", std::process::id()));
        let mut file = File::create(&path).unwrap();
        file.seek(SeekFrom::Start(1 << 20)).unwrap();
        file.write_all(b"data").unwrap();
        file.set_len(4 << 20).unwrap();
        let regions = data_regions(&file, 4 << 20).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(regions.len(), 1, "{regions:?}");
        assert!(regions[0].0 <= 1 << 20 && regions[0].0 + regions[0].1 >= (1 << 20) + 4, "{regions:?}");
    }
}
