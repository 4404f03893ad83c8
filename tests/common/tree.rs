//! Test trees for the storage tests: builds a tree with every kind of file
//! an overlay upper layer holds, and describes a tree as a sorted map of
//! path to everything a restore must reproduce.

use std::collections::BTreeMap;
use std::ffi::{CString, OsStr};
use std::fs::{self, File};
use std::io::{Seek, SeekFrom, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{symlink, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

fn c_path(path: &Path) -> CString {
    CString::new(path.as_os_str().as_bytes()).unwrap()
}

pub fn set_xattr(path: &Path, name: &str, value: &[u8]) {
    let cname = CString::new(name).unwrap();
    // SAFETY: both strings are NUL-terminated and `value` is readable.
    let ret = unsafe { libc::lsetxattr(c_path(path).as_ptr(), cname.as_ptr(), value.as_ptr().cast(), value.len(), 0) };
    assert_eq!(ret, 0, "lsetxattr {name} on {}: {}", path.display(), std::io::Error::last_os_error());
}

pub fn mknod(path: &Path, mode: u32, dev: u64) {
    // SAFETY: the path is NUL-terminated.
    let ret = unsafe { libc::mknod(c_path(path).as_ptr(), mode, dev) };
    assert_eq!(ret, 0, "mknod {}: {}", path.display(), std::io::Error::last_os_error());
}

pub fn lchown(path: &Path, uid: u32, gid: u32) {
    // SAFETY: the path is NUL-terminated.
    let ret = unsafe { libc::lchown(c_path(path).as_ptr(), uid, gid) };
    assert_eq!(ret, 0, "lchown {}", path.display());
}

/// Deterministic pseudo-random bytes.
pub fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.extend_from_slice(&state.to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Builds a tree with every file type under `root`.
pub fn build_full_tree(root: &Path) {
    fs::create_dir_all(root).unwrap();
    fs::write(root.join("regular.txt"), b"plain text\n").unwrap();
    File::create(root.join("empty")).unwrap();
    let mut sparse = File::create(root.join("sparse.img")).unwrap();
    sparse.seek(SeekFrom::Start(1 << 20)).unwrap();
    sparse.write_all(&noise(70_000, 3)).unwrap();
    sparse.seek(SeekFrom::Start(40 << 20)).unwrap();
    sparse.write_all(b"tail data").unwrap();
    sparse.set_len(64 << 20).unwrap();
    // A file that is a single hole with no data regions, as `truncate -s` leaves it.
    File::create(root.join("hole.img")).unwrap().set_len(32 << 20).unwrap();
    fs::write(root.join("large.bin"), noise(12 << 20, 5)).unwrap();
    symlink("regular.txt", root.join("symlink")).unwrap();
    symlink("/nowhere/at/all", root.join("dangling")).unwrap();
    fs::write(root.join("linked-a"), b"hard linked").unwrap();
    fs::hard_link(root.join("linked-a"), root.join("linked-b")).unwrap();
    mknod(&root.join("fifo"), libc::S_IFIFO | 0o640, 0);
    mknod(&root.join("whiteout"), libc::S_IFCHR, 0);
    fs::create_dir(root.join("opaque")).unwrap();
    set_xattr(&root.join("opaque"), "trusted.overlay.opaque", b"y");
    fs::write(root.join("opaque/inside"), b"x").unwrap();
    set_xattr(&root.join("regular.txt"), "user.note", b"hello");
    set_xattr(&root.join("regular.txt"), "trusted.bin", &[0, 1, 2, 255]);
    fs::write(root.join("ünïcødé-名前.txt"), "unicode".as_bytes()).unwrap();
    fs::write(root.join("n".repeat(255)), b"long name").unwrap();
    fs::write(root.join(OsStr::from_bytes(b"bad-\xff-utf8")), b"raw bytes name").unwrap();
    let mut deep = root.to_path_buf();
    for level in 0..40 {
        deep.push(format!("d{level}"));
    }
    fs::create_dir_all(&deep).unwrap();
    fs::write(deep.join("bottom"), b"deep").unwrap();
    fs::write(root.join("owned"), b"someone else's").unwrap();
    lchown(&root.join("owned"), 1234, 5678);
    lchown(&root.join("symlink"), 42, 43);
    fs::write(root.join("setuid"), b"#!/bin/sh\n").unwrap();
    fs::set_permissions(root.join("setuid"), fs::Permissions::from_mode(0o4755)).unwrap();
    fs::create_dir(root.join("private")).unwrap();
    lchown(&root.join("private"), 1000, 1000);
    fs::set_permissions(root.join("private"), fs::Permissions::from_mode(0o700)).unwrap();
    fs::write(root.join("dup-1"), noise(3 << 20, 11)).unwrap();
    fs::write(root.join("dup-2"), noise(3 << 20, 11)).unwrap();
}

fn xattrs(path: &Path) -> Vec<String> {
    let mut names = vec![0u8; 8192];
    // SAFETY: `names` is writable for its length.
    let len = unsafe { libc::llistxattr(c_path(path).as_ptr(), names.as_mut_ptr().cast(), names.len()) };
    if len <= 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for name in names[..len as usize].split(|b| *b == 0).filter(|n| !n.is_empty()) {
        let cname = CString::new(name).unwrap();
        let mut value = vec![0u8; 65536];
        // SAFETY: strings are NUL-terminated and `value` is writable.
        let n =
            unsafe { libc::lgetxattr(c_path(path).as_ptr(), cname.as_ptr(), value.as_mut_ptr().cast(), value.len()) };
        value.truncate(n.max(0) as usize);
        out.push(format!("{}={:?}", String::from_utf8_lossy(name), value));
    }
    out.sort();
    out
}

/// Everything a restore must reproduce, per path: type, mode, owner,
/// mtime, size, device, link target, xattrs, content digest, allocated
/// blocks bucket (sparse or not) and the hard-link group.
pub fn describe(root: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut groups: BTreeMap<(u64, u64), Vec<String>> = BTreeMap::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let full = root.join(&rel);
        let meta = fs::symlink_metadata(&full).unwrap();
        let name = format!("/{}", String::from_utf8_lossy(rel.as_os_str().as_bytes()));
        let mut text = format!(
            "mode={:o} uid={} gid={} size={} rdev={}",
            meta.mode(),
            meta.uid(),
            meta.gid(),
            if meta.is_dir() { 0 } else { meta.len() },
            meta.rdev()
        );
        if !meta.is_dir() || !rel.as_os_str().is_empty() {
            text.push_str(&format!(" mtime={}.{:09}", meta.mtime(), meta.mtime_nsec()));
        }
        if meta.file_type().is_symlink() {
            text.push_str(&format!(" target={:?}", fs::read_link(&full).unwrap()));
        } else if meta.is_file() {
            let data = fs::read(&full).unwrap();
            let mut digest: u64 = 0xcbf29ce484222325;
            for byte in &data {
                digest = (digest ^ u64::from(*byte)).wrapping_mul(0x100000001b3);
            }
            text.push_str(&format!(" fnv={digest:x} sparse={}", meta.blocks() * 512 < meta.len() / 2));
        }
        text.push_str(&format!(" xattrs={:?}", xattrs(&full)));
        if meta.is_dir() {
            let mut names: Vec<_> = fs::read_dir(&full).unwrap().map(|e| e.unwrap().file_name()).collect();
            names.sort();
            for child in names {
                stack.push(rel.join(child));
            }
        } else if meta.nlink() > 1 {
            groups.entry((meta.dev(), meta.ino())).or_default().push(name.clone());
        }
        out.insert(name, text);
    }
    for (_, mut members) in groups {
        members.sort();
        for member in &members {
            let text = out.get_mut(member).unwrap();
            text.push_str(&format!(" links={members:?}"));
        }
    }
    out
}

/// Asserts two descriptions are equal, listing the paths that differ.
pub fn assert_same(expected: &BTreeMap<String, String>, actual: &BTreeMap<String, String>, what: &str) {
    let mut problems = Vec::new();
    for (path, text) in expected {
        match actual.get(path) {
            None => problems.push(format!("missing {path}")),
            Some(other) if other != text => problems.push(format!("{path}:\n  expected {text}\n  actual   {other}")),
            _ => {}
        }
    }
    for path in actual.keys() {
        if !expected.contains_key(path) {
            problems.push(format!("unexpected {path}"));
        }
    }
    assert!(problems.is_empty(), "{what}: {} differences:\n{}", problems.len(), problems.join("\n"));
}
