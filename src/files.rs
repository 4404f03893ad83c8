//! File operations inside the container's root filesystem: read, write,
//! list, delete, rename, copy and chmod, for the Sprites filesystem routes.
//!
//! Every path is resolved against a [`Root`], a directory descriptor of
//! the container's `/` (its init's `/proc/PID/root`), with
//! `RESOLVE_IN_ROOT`: `..`, absolute symlinks and relative symlinks cannot
//! lead above it. Where an operation needs a parent directory and a final
//! name (create, delete, rename), the parent is opened that way and the
//! final name is used with the `*at` calls, which never follow a symlink in
//! the last component. Tree walks (recursive delete, copy, chmod) open each
//! child with `O_NOFOLLOW`, so a symlink in the tree is handled as a link
//! and never entered.
//!
//! The functions block and run on the daemon's thread pool. They never log;
//! callers turn errors into responses.
//!
//! NOTE: the operations run as root in the daemon's mount namespace, so
//! they ignore the container's user IDs and file permissions, as the
//! Sprites API does.

use std::ffi::CStr;
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::Path;

use miniserde::Serialize;
use rustix::fs::{AtFlags, Dir, FileType, Mode, OFlags};

use crate::sys::fs::{chmod_fd, open_in_root};

/// Maximum size of a file that a read returns, in bytes, because reads are
/// buffered whole.
pub const MAX_READ: u64 = 64 * 1024 * 1024;
/// Maximum number of entries in a directory listing.
pub const MAX_LIST_ENTRIES: usize = 100_000;
/// Maximum directory depth that the recursive operations walk.
const MAX_DEPTH: usize = 256;

/// The container's root directory, as an `O_PATH` descriptor.
pub struct Root(OwnedFd);

impl Root {
    /// Opens `dir` (such as `/proc/PID/root`) as the root of every later
    /// path.
    pub fn open(dir: &Path) -> io::Result<Root> {
        let fd = rustix::fs::open(dir, OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())?;
        Ok(Root(fd))
    }

    fn fd(&self) -> BorrowedFd<'_> {
        self.0.as_fd()
    }

    fn resolve(&self, path: &str, flags: OFlags, mode: u32) -> io::Result<OwnedFd> {
        open_in_root(self.fd(), path, flags, Mode::from_raw_mode(mode))
    }

    /// Opens the parent of `path` and returns it with the final name.
    fn parent(&self, path: &str) -> io::Result<(OwnedFd, String)> {
        let (parent, name) = split_parent(path)?;
        let dir = self.resolve(&parent, OFlags::PATH | OFlags::DIRECTORY, 0)?;
        Ok((dir, name))
    }
}

/// One file as the Sprites API lists it.
#[derive(Serialize, Debug)]
pub struct Entry {
    pub name: String,
    pub path: String,
    pub size: u64,
    /// Permission bits as four octal digits, such as `0644`.
    pub mode: String,
    #[serde(rename = "modTime")]
    pub mod_time: String,
    #[serde(rename = "isDir")]
    pub is_dir: bool,
    #[serde(rename = "isSymlink")]
    pub is_symlink: bool,
}

/// Joins `path` to `working_dir` when it is relative and normalises the
/// result lexically: `.` and empty components go, `..` removes the
/// component before it and stops at `/`. The kernel still resolves
/// symlinks inside the root afterwards.
pub fn absolute(working_dir: &str, path: &str) -> String {
    let joined = if path.starts_with('/') { path.to_string() } else { format!("{working_dir}/{path}") };
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    format!("/{}", parts.join("/"))
}

/// Splits a normalised absolute path into its parent and final name.
fn split_parent(path: &str) -> io::Result<(String, String)> {
    match path.rsplit_once('/') {
        Some((_, "")) | None => {
            Err(io::Error::new(io::ErrorKind::InvalidInput, "the operation needs a path below /, not / itself"))
        }
        Some((parent, name)) => {
            let parent = if parent.is_empty() { "/" } else { parent };
            Ok((parent.to_string(), name.to_string()))
        }
    }
}

fn join(parent: &str, name: &str) -> String {
    if parent == "/" {
        format!("/{name}")
    } else {
        format!("{parent}/{name}")
    }
}

fn entry(name: &str, path: &str, stat: &rustix::fs::Stat) -> Entry {
    let file_type = FileType::from_raw_mode(stat.st_mode);
    Entry {
        name: name.to_string(),
        path: path.to_string(),
        size: stat.st_size as u64,
        mode: format!("{:04o}", stat.st_mode & 0o7777),
        mod_time: crate::logger::format_rfc3339(stat.st_mtime.max(0) as u64, 0),
        is_dir: file_type == FileType::Directory,
        is_symlink: file_type == FileType::Symlink,
    }
}

/// Lists `path`: the entries of a directory, sorted by name, or the file
/// itself as the only entry.
pub fn list(root: &Root, path: &str) -> io::Result<Vec<Entry>> {
    let fd = root.resolve(path, OFlags::PATH, 0)?;
    let stat = rustix::fs::fstat(&fd)?;
    if FileType::from_raw_mode(stat.st_mode) != FileType::Directory {
        let name = path.rsplit('/').next().unwrap_or_default();
        return Ok(vec![entry(name, path, &stat)]);
    }
    let dir_fd = root.resolve(path, OFlags::RDONLY | OFlags::DIRECTORY, 0)?;
    let mut entries = Vec::new();
    for name in child_names(&dir_fd)? {
        if entries.len() == MAX_LIST_ENTRIES {
            return Err(io::Error::other(format!(
                "{path} has more than {MAX_LIST_ENTRIES} entries; list a subdirectory"
            )));
        }
        let stat = match rustix::fs::statat(&dir_fd, name.as_str(), AtFlags::SYMLINK_NOFOLLOW) {
            Ok(stat) => stat,
            // Removed between readdir and stat: not part of the listing.
            Err(rustix::io::Errno::NOENT) => continue,
            Err(err) => return Err(err.into()),
        };
        entries.push(entry(&name, &join(path, &name), &stat));
    }
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(entries)
}

/// Names in a directory, without `.` and `..`.
fn child_names(dir_fd: &OwnedFd) -> io::Result<Vec<String>> {
    let duplicate = rustix::io::fcntl_dupfd_cloexec(dir_fd, 0)?;
    let dir = Dir::new(duplicate)?;
    let mut names = Vec::new();
    for item in dir {
        let item = item?;
        let name: &CStr = item.file_name();
        let bytes = name.to_bytes();
        if bytes == b"." || bytes == b".." {
            continue;
        }
        names.push(String::from_utf8_lossy(bytes).into_owned());
    }
    Ok(names)
}

/// Reads a regular file whole, up to [`MAX_READ`] bytes.
pub fn read(root: &Root, path: &str) -> io::Result<Vec<u8>> {
    // O_NONBLOCK keeps a FIFO from blocking the open; it is rejected below.
    let fd = root.resolve(path, OFlags::RDONLY | OFlags::NOCTTY | OFlags::NONBLOCK, 0)?;
    let stat = rustix::fs::fstat(&fd)?;
    match FileType::from_raw_mode(stat.st_mode) {
        FileType::RegularFile => {}
        FileType::Directory => return Err(io::Error::from_raw_os_error(libc::EISDIR)),
        _ => return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("{path} is not a regular file"))),
    }
    if stat.st_size as u64 > MAX_READ {
        return Err(io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!("{path} has {} bytes, more than the {MAX_READ}-byte read limit", stat.st_size),
        ));
    }
    let mut data = Vec::with_capacity(stat.st_size as usize);
    File::from(fd).take(MAX_READ + 1).read_to_end(&mut data)?;
    if data.len() as u64 > MAX_READ {
        return Err(io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!("{path} grew past the {MAX_READ}-byte read limit while being read"),
        ));
    }
    Ok(data)
}

/// Writes `data` to `path`, replacing its contents, and sets its mode.
/// With `make_parents`, missing parent directories are created (mode
/// 0755).
pub fn write(root: &Root, path: &str, data: &[u8], mode: u32, make_parents: bool) -> io::Result<()> {
    if make_parents {
        let (parent, _) = split_parent(path)?;
        make_dirs(root, &parent)?;
    }
    let flags = OFlags::WRONLY | OFlags::CREATE | OFlags::TRUNC | OFlags::NOCTTY | OFlags::NONBLOCK;
    let fd = root.resolve(path, flags, mode)?;
    let stat = rustix::fs::fstat(&fd)?;
    if FileType::from_raw_mode(stat.st_mode) != FileType::RegularFile {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("{path} is not a regular file")));
    }
    // The umask applied to the creation mode, so set the requested mode.
    rustix::fs::fchmod(&fd, Mode::from_raw_mode(mode))?;
    File::from(fd).write_all(data)
}

/// Creates `path` and its missing parents as directories (mode 0755).
pub fn make_dirs(root: &Root, path: &str) -> io::Result<()> {
    let mut current = String::from("/");
    let mut dir = root.resolve("/", OFlags::PATH | OFlags::DIRECTORY, 0)?;
    for part in path.split('/').filter(|part| !part.is_empty()) {
        let next = join(&current, part);
        dir = match root.resolve(&next, OFlags::PATH | OFlags::DIRECTORY, 0) {
            Ok(fd) => fd,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                match rustix::fs::mkdirat(&dir, part, Mode::from_raw_mode(0o755)) {
                    Ok(()) | Err(rustix::io::Errno::EXIST) => {}
                    Err(err) => return Err(err.into()),
                }
                root.resolve(&next, OFlags::PATH | OFlags::DIRECTORY, 0)?
            }
            Err(err) => return Err(err),
        };
        current = next;
    }
    Ok(())
}

/// Deletes `path`. A directory must be empty unless `recursive`. Returns
/// how many entries were removed.
pub fn delete(root: &Root, path: &str, recursive: bool) -> io::Result<u64> {
    let (parent, name) = root.parent(path)?;
    remove(&parent, &name, recursive, 0)
}

fn remove(parent: &OwnedFd, name: &str, recursive: bool, depth: usize) -> io::Result<u64> {
    let stat = rustix::fs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW)?;
    if FileType::from_raw_mode(stat.st_mode) != FileType::Directory {
        rustix::fs::unlinkat(parent, name, AtFlags::empty())?;
        return Ok(1);
    }
    let mut removed = 0;
    if recursive {
        let dir = open_child_dir(parent, name, depth)?;
        for child in child_names(&dir)? {
            removed += remove(&dir, &child, true, depth + 1)?;
        }
    }
    rustix::fs::unlinkat(parent, name, AtFlags::REMOVEDIR)?;
    Ok(removed + 1)
}

/// Opens directory `name` under `parent` for a tree walk, refusing to
/// follow a symlink and to go deeper than [`MAX_DEPTH`].
fn open_child_dir(parent: &OwnedFd, name: &str, depth: usize) -> io::Result<OwnedFd> {
    if depth >= MAX_DEPTH {
        return Err(io::Error::other(format!("directory tree deeper than {MAX_DEPTH} levels")));
    }
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    Ok(rustix::fs::openat(parent, name, flags, Mode::empty())?)
}

/// Renames `source` to `dest`, replacing `dest` if it exists.
pub fn rename(root: &Root, source: &str, dest: &str) -> io::Result<()> {
    let (source_dir, source_name) = root.parent(source)?;
    let (dest_dir, dest_name) = root.parent(dest)?;
    Ok(rustix::fs::renameat(&source_dir, source_name.as_str(), &dest_dir, dest_name.as_str())?)
}

/// Copies `source` to `dest`: a file, a symlink (as a link), or with
/// `recursive` a directory tree. Returns how many entries were copied.
pub fn copy(root: &Root, source: &str, dest: &str, recursive: bool) -> io::Result<u64> {
    if dest == source || dest.starts_with(&format!("{source}/")) {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("cannot copy {source} into itself ({dest})")));
    }
    let (source_dir, source_name) = root.parent(source)?;
    let (dest_dir, dest_name) = root.parent(dest)?;
    copy_entry(&source_dir, &source_name, &dest_dir, &dest_name, recursive, 0)
}

fn copy_entry(
    source_dir: &OwnedFd,
    source_name: &str,
    dest_dir: &OwnedFd,
    dest_name: &str,
    recursive: bool,
    depth: usize,
) -> io::Result<u64> {
    let stat = rustix::fs::statat(source_dir, source_name, AtFlags::SYMLINK_NOFOLLOW)?;
    let mode = stat.st_mode & 0o7777;
    match FileType::from_raw_mode(stat.st_mode) {
        FileType::RegularFile => {
            let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
            let input = rustix::fs::openat(source_dir, source_name, flags, Mode::empty())?;
            let flags = OFlags::WRONLY | OFlags::CREATE | OFlags::TRUNC | OFlags::NOFOLLOW | OFlags::CLOEXEC;
            let output = rustix::fs::openat(dest_dir, dest_name, flags, Mode::from_raw_mode(mode))?;
            rustix::fs::fchmod(&output, Mode::from_raw_mode(mode))?;
            io::copy(&mut File::from(input), &mut File::from(output))?;
            Ok(1)
        }
        FileType::Symlink => {
            let target = rustix::fs::readlinkat(source_dir, source_name, Vec::new())?;
            rustix::fs::symlinkat(target.as_c_str(), dest_dir, dest_name)?;
            Ok(1)
        }
        FileType::Directory if recursive => {
            let source = open_child_dir(source_dir, source_name, depth)?;
            match rustix::fs::mkdirat(dest_dir, dest_name, Mode::from_raw_mode(0o700)) {
                Ok(()) | Err(rustix::io::Errno::EXIST) => {}
                Err(err) => return Err(err.into()),
            }
            let dest = open_child_dir(dest_dir, dest_name, depth)?;
            let mut copied = 1;
            for child in child_names(&source)? {
                copied += copy_entry(&source, &child, &dest, &child, true, depth + 1)?;
            }
            chmod_fd(&dest, mode)?;
            Ok(copied)
        }
        FileType::Directory => Err(io::Error::from_raw_os_error(libc::EISDIR)),
        _ => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{source_name} is a device, FIFO or socket, which copy does not handle"),
        )),
    }
}

/// Sets the permission bits of `path` (following symlinks inside the
/// root) and, with `recursive`, of everything below it except symlinks.
/// Returns how many entries changed.
pub fn chmod(root: &Root, path: &str, mode: u32, recursive: bool) -> io::Result<u64> {
    let fd = root.resolve(path, OFlags::PATH, 0)?;
    chmod_fd(&fd, mode)?;
    let stat = rustix::fs::fstat(&fd)?;
    if !recursive || FileType::from_raw_mode(stat.st_mode) != FileType::Directory {
        return Ok(1);
    }
    let dir = root.resolve(path, OFlags::RDONLY | OFlags::DIRECTORY, 0)?;
    Ok(1 + chmod_tree(&dir, mode, 0)?)
}

fn chmod_tree(dir: &OwnedFd, mode: u32, depth: usize) -> io::Result<u64> {
    let mut changed = 0;
    for name in child_names(dir)? {
        let stat = rustix::fs::statat(dir, name.as_str(), AtFlags::SYMLINK_NOFOLLOW)?;
        match FileType::from_raw_mode(stat.st_mode) {
            FileType::Symlink => continue,
            FileType::Directory => {
                let child = open_child_dir(dir, &name, depth)?;
                chmod_fd(&child, mode)?;
                changed += 1 + chmod_tree(&child, mode, depth + 1)?;
            }
            _ => {
                let flags = OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC;
                let child = rustix::fs::openat(dir, name.as_str(), flags, Mode::empty())?;
                chmod_fd(&child, mode)?;
                changed += 1;
            }
        }
    }
    Ok(changed)
}

/// Parses a mode such as `0755` or `755` (octal permission bits).
pub fn parse_mode(text: &str) -> Option<u32> {
    let mode = u32::from_str_radix(text, 8).ok()?;
    (mode <= 0o7777).then_some(mode)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::{symlink, PermissionsExt};
    use std::path::PathBuf;

    /// A root directory with an outside neighbour that escapes must not
    /// reach: `TMP/in` is the root, `TMP/secret` is outside it.
    struct Fixture {
        base: PathBuf,
        root: Root,
    }

    impl Fixture {
        fn new(label: &str) -> Fixture {
            let base = std::env::temp_dir().join(format!("guestd-files-{label}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&base);
            std::fs::create_dir_all(base.join("in/etc")).unwrap();
            std::fs::write(base.join("secret"), "outside").unwrap();
            std::fs::write(base.join("in/etc/hostname"), "inside").unwrap();
            let root = Root::open(&base.join("in")).unwrap();
            Fixture { base, root }
        }

        fn inside(&self, path: &str) -> PathBuf {
            self.base.join("in").join(path.trim_start_matches('/'))
        }
    }

    impl Drop for Fixture {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.base);
        }
    }

    #[test]
    fn absolute_normalises_lexically() {
        assert_eq!(absolute("/app", "a/./b"), "/app/a/b");
        assert_eq!(absolute("/app", "/etc//x"), "/etc/x");
        assert_eq!(absolute("/app", "../../../etc"), "/etc");
        assert_eq!(absolute("/", ""), "/");
        assert_eq!(absolute("/a/b", ".."), "/a");
    }

    #[test]
    fn read_stays_inside_root() {
        let fx = Fixture::new("read");
        assert_eq!(read(&fx.root, "/etc/hostname").unwrap(), b"inside");
        // `..` above the root resolves to the root itself.
        assert_eq!(read(&fx.root, "/../../etc/hostname").unwrap(), b"inside");
        assert_eq!(read(&fx.root, "/../secret").unwrap_err().kind(), io::ErrorKind::NotFound);
    }

    #[test]
    fn symlinks_resolve_inside_root() {
        let fx = Fixture::new("symlink");
        let outside = fx.base.join("secret");
        symlink(&outside, fx.inside("abs")).unwrap();
        symlink("../../secret", fx.inside("etc/rel")).unwrap();
        symlink("/etc/hostname", fx.inside("good")).unwrap();
        assert_eq!(read(&fx.root, "/abs").unwrap_err().kind(), io::ErrorKind::NotFound);
        assert_eq!(read(&fx.root, "/etc/rel").unwrap_err().kind(), io::ErrorKind::NotFound);
        assert_eq!(read(&fx.root, "/good").unwrap(), b"inside");
        symlink("/proc/self/root/etc/passwd", fx.inside("magic")).unwrap();
        assert!(read(&fx.root, "/magic").is_err(), "magic link followed");
    }

    #[test]
    fn write_through_symlink_stays_inside() {
        let fx = Fixture::new("write");
        symlink(fx.base.join("secret"), fx.inside("trap")).unwrap();
        // The link's target resolves to TMP/in/TMP/secret, whose parent
        // does not exist inside the root.
        let err = write(&fx.root, "/trap", b"overwritten", 0o600, false).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
        assert_eq!(std::fs::read_to_string(fx.base.join("secret")).unwrap(), "outside");
        let inner_parent = fx.inside(fx.base.to_str().unwrap());
        std::fs::create_dir_all(&inner_parent).unwrap();
        write(&fx.root, "/trap", b"overwritten", 0o600, false).unwrap();
        assert_eq!(std::fs::read_to_string(fx.base.join("secret")).unwrap(), "outside");
        assert_eq!(std::fs::read_to_string(inner_parent.join("secret")).unwrap(), "overwritten");
    }

    #[test]
    fn write_creates_parents_and_sets_mode() {
        let fx = Fixture::new("mkdir");
        write(&fx.root, "/a/b/c.txt", b"data", 0o640, true).unwrap();
        let meta = std::fs::metadata(fx.inside("a/b/c.txt")).unwrap();
        assert_eq!(meta.permissions().mode() & 0o7777, 0o640);
        assert!(write(&fx.root, "/x/y.txt", b"", 0o644, false).is_err());
    }

    #[test]
    fn make_dirs_through_outside_symlink() {
        let fx = Fixture::new("mkdirs");
        std::fs::create_dir(fx.base.join("outdir")).unwrap();
        symlink(fx.base.join("outdir"), fx.inside("link")).unwrap();
        assert!(write(&fx.root, "/link/new/file", b"x", 0o644, true).is_err());
        assert!(!fx.base.join("outdir/new").exists(), "directory created outside the root");
    }

    #[test]
    fn list_directory_and_file() {
        let fx = Fixture::new("list");
        std::fs::create_dir(fx.inside("etc/sub")).unwrap();
        let entries = list(&fx.root, "/etc").unwrap();
        let names: Vec<_> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["hostname", "sub"]);
        assert_eq!(entries[0].path, "/etc/hostname");
        assert_eq!(entries[0].size, 6);
        assert!(!entries[0].is_dir);
        assert!(entries[1].is_dir);
        let single = list(&fx.root, "/etc/hostname").unwrap();
        assert_eq!(single.len(), 1);
        assert_eq!(single[0].name, "hostname");
    }

    #[test]
    fn delete_does_not_follow_symlinks() {
        let fx = Fixture::new("delete");
        std::fs::create_dir_all(fx.base.join("keep")).unwrap();
        std::fs::write(fx.base.join("keep/file"), "x").unwrap();
        std::fs::create_dir(fx.inside("tree")).unwrap();
        symlink(fx.base.join("keep"), fx.inside("tree/link")).unwrap();
        std::fs::write(fx.inside("tree/f"), "x").unwrap();
        assert!(delete(&fx.root, "/tree", false).is_err(), "non-empty directory deleted");
        assert_eq!(delete(&fx.root, "/tree", true).unwrap(), 3);
        assert!(fx.base.join("keep/file").exists(), "followed a symlink out of the root");
        assert!(!fx.inside("tree").exists());
        assert!(delete(&fx.root, "/", true).is_err(), "deleted the root");
    }

    #[test]
    fn rename_and_copy() {
        let fx = Fixture::new("rename");
        rename(&fx.root, "/etc/hostname", "/etc/name").unwrap();
        assert!(fx.inside("etc/name").exists());
        std::fs::create_dir(fx.inside("etc/d")).unwrap();
        symlink("/etc/name", fx.inside("etc/d/link")).unwrap();
        assert_eq!(copy(&fx.root, "/etc", "/copy", true).unwrap(), 4);
        assert_eq!(std::fs::read_to_string(fx.inside("copy/name")).unwrap(), "inside");
        assert_eq!(std::fs::read_link(fx.inside("copy/d/link")).unwrap(), Path::new("/etc/name"));
        assert!(copy(&fx.root, "/etc", "/etc/inner", true).is_err(), "copied into itself");
        assert!(copy(&fx.root, "/etc", "/other", false).is_err(), "copied a directory without recursive");
    }

    #[test]
    fn chmod_recursive_skips_symlinks() {
        let fx = Fixture::new("chmod");
        let outside = fx.base.join("secret");
        std::fs::set_permissions(&outside, std::fs::Permissions::from_mode(0o600)).unwrap();
        symlink(&outside, fx.inside("etc/link")).unwrap();
        assert_eq!(chmod(&fx.root, "/etc", 0o750, true).unwrap(), 2);
        let mode = |p: &Path| std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o7777;
        assert_eq!(mode(&fx.inside("etc")), 0o750);
        assert_eq!(mode(&fx.inside("etc/hostname")), 0o750);
        assert_eq!(mode(&outside), 0o600);
        // A symlink named directly resolves inside the root.
        assert!(chmod(&fx.root, "/etc/link", 0o777, false).is_err());
        assert_eq!(mode(&outside), 0o600);
    }

    #[test]
    fn parse_mode_accepts_octal() {
        assert_eq!(parse_mode("0644"), Some(0o644));
        assert_eq!(parse_mode("755"), Some(0o755));
        assert_eq!(parse_mode("9"), None);
        assert_eq!(parse_mode("17777"), None);
    }
}
