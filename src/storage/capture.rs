//! The part of a checkpoint that runs while the container is frozen: walk
//! the upper directory, stat every entry, take unchanged entries from the
//! previous manifest without reading them, and save the bytes of changed
//! files (small ones in memory, the rest as copies in a staging directory)
//! so the upload can read them after the container is thawed.

use std::collections::HashMap;
use std::fs::{self, File};
use std::io;
use std::os::unix::fs::{FileExt, FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use super::hash::to_hex;
use super::manifest::{escape, escape_path, kind, Entry, Manifest, Xattr};
use super::store::context;
use crate::sys::tree as sysfs;

/// Files up to this size are read into memory while frozen.
const MEMORY_FILE_MAX: u64 = 256 * 1024;
/// Total bytes of file data held in memory by one capture.
const MEMORY_TOTAL_MAX: u64 = 64 * 1024 * 1024;

/// Location of the captured bytes of a changed file.
pub enum Staged {
    Memory(Vec<u8>),
    /// A copy with the same size and data regions as the original.
    File(PathBuf),
}

/// The frozen view of the tree.
pub struct Capture {
    pub entries: Vec<Entry>,
    /// Changed regular files: index into `entries` and their bytes.
    pub staged: Vec<(usize, Staged)>,
    pub logical_bytes: u64,
    /// Bytes in `staged`, which the upload reads.
    pub staged_bytes: u64,
    /// Entries taken from the previous manifest without reading them.
    pub unchanged: usize,
}

/// Stat key and metadata of `meta` as an entry without data.
fn entry_for(path: String, meta: &fs::Metadata, entry_kind: &str) -> Entry {
    Entry {
        path,
        kind: entry_kind.to_string(),
        mode: meta.mode() & 0o7777,
        uid: meta.uid(),
        gid: meta.gid(),
        mtime_ns: meta.mtime() * 1_000_000_000 + meta.mtime_nsec(),
        ino: meta.ino(),
        ctime_ns: meta.ctime() * 1_000_000_000 + meta.ctime_nsec(),
        size: if entry_kind == kind::FILE { meta.len() } else { 0 },
        rdev: meta.rdev(),
        ..Default::default()
    }
}

fn kind_of(meta: &fs::Metadata) -> &'static str {
    let file_type = meta.file_type();
    if file_type.is_dir() {
        kind::DIR
    } else if file_type.is_symlink() {
        kind::SYMLINK
    } else if file_type.is_fifo() {
        kind::FIFO
    } else if file_type.is_char_device() {
        kind::CHAR
    } else if file_type.is_block_device() {
        kind::BLOCK
    } else if file_type.is_socket() {
        kind::SOCKET
    } else {
        kind::FILE
    }
}

/// Whether `baseline` describes the entry `fresh` without a change since.
fn unchanged(baseline: &Entry, fresh: &Entry) -> bool {
    baseline.kind == fresh.kind
        && baseline.ino == fresh.ino
        && baseline.ctime_ns == fresh.ctime_ns
        && baseline.mtime_ns == fresh.mtime_ns
        && baseline.size == fresh.size
}

/// Walks `upper` and captures every entry. `baseline` is the last known
/// state of the tree; `staging` is an empty directory on the same file
/// system for copies of large changed files.
pub fn capture(upper: &Path, staging: &Path, baseline: Option<&Manifest>) -> io::Result<Capture> {
    let known: HashMap<&str, &Entry> = baseline
        .map(|m| m.entries.iter().map(|e| (e.path.as_str(), e)).collect())
        .unwrap_or_default();
    let mut out = Capture { entries: Vec::new(), staged: Vec::new(), logical_bytes: 0, staged_bytes: 0, unchanged: 0 };
    let mut links: HashMap<(u64, u64), String> = HashMap::new();
    let mut memory_used = 0u64;
    // Depth-first with sorted names, so parents precede children and the
    // order is the same on every run.
    let mut stack: Vec<PathBuf> = vec![PathBuf::new()];
    while let Some(relative) = stack.pop() {
        let full = upper.join(&relative);
        let meta = match fs::symlink_metadata(&full) {
            Ok(meta) => meta,
            Err(err) if err.kind() == io::ErrorKind::NotFound && !relative.as_os_str().is_empty() => continue,
            Err(err) => return Err(context(err, format!("failed to stat {}", full.display()))),
        };
        let path = if relative.as_os_str().is_empty() { ".".to_string() } else { escape_path(&relative) };
        let entry_kind = kind_of(&meta);
        if entry_kind == kind::DIR {
            let mut names: Vec<_> = fs::read_dir(&full)
                .map_err(|err| context(err, format!("failed to read directory {}", full.display())))?
                .filter_map(|entry| entry.ok().map(|e| e.file_name()))
                .collect();
            names.sort();
            for name in names.into_iter().rev() {
                stack.push(relative.join(name));
            }
        } else if meta.nlink() > 1 {
            let key = (meta.dev(), meta.ino());
            if let Some(first) = links.get(&key) {
                let mut entry = entry_for(path, &meta, kind::HARDLINK);
                entry.target = first.clone();
                out.entries.push(entry);
                continue;
            }
            links.insert(key, path.clone());
        }
        let mut entry = entry_for(path, &meta, entry_kind);
        if let Some(old) = known.get(entry.path.as_str()).filter(|old| unchanged(old, &entry)) {
            out.logical_bytes += old.size;
            out.entries.push((*old).clone());
            out.unchanged += 1;
            continue;
        }
        entry.xattrs = sysfs::list_xattrs(&full)
            .map_err(|err| context(err, format!("failed to read xattrs of {}", full.display())))?
            .into_iter()
            .map(|(name, value)| Xattr { name: escape(&name), value: to_hex(&value) })
            .collect();
        if entry_kind == kind::SYMLINK {
            let target = fs::read_link(&full)
                .map_err(|err| context(err, format!("failed to read symlink {}", full.display())))?;
            entry.target = escape_path(&target);
        }
        if entry_kind == kind::FILE && entry.size > 0 {
            let staged = stage_file(&full, &mut entry, staging, out.staged.len(), &mut memory_used)?;
            out.staged_bytes += entry.regions().iter().map(|r| r.1).sum::<u64>();
            out.staged.push((out.entries.len(), staged));
        }
        out.logical_bytes += entry.size;
        out.entries.push(entry);
    }
    Ok(out)
}

/// Saves the bytes of a changed file and records its data regions.
fn stage_file(full: &Path, entry: &mut Entry, staging: &Path, n: usize, memory_used: &mut u64) -> io::Result<Staged> {
    let file = File::open(full).map_err(|err| context(err, format!("failed to open {}", full.display())))?;
    let regions = sysfs::data_regions(&file, entry.size)
        .map_err(|err| context(err, format!("failed to find data regions of {}", full.display())))?;
    if regions != [(0, entry.size)] {
        entry.sparse = regions.iter().map(|&(offset, len)| vec![offset, len]).collect();
    }
    if entry.size <= MEMORY_FILE_MAX && *memory_used + entry.size <= MEMORY_TOTAL_MAX && entry.sparse.is_empty() {
        // Positional read: finding the data regions moved the file offset.
        let mut data = vec![0u8; entry.size as usize];
        file.read_exact_at(&mut data, 0).map_err(|err| {
            context(err, format!("failed to read {} (it may have shrunk while frozen)", full.display()))
        })?;
        *memory_used += entry.size;
        return Ok(Staged::Memory(data));
    }
    let copy = staging.join(n.to_string());
    let copy_file = || -> io::Result<()> {
        let out = File::create(&copy)?;
        out.set_len(entry.size)?;
        for &(offset, len) in &regions {
            sysfs::copy_range(&file, &out, offset, len)?;
        }
        Ok(())
    };
    copy_file().map_err(|err| context(err, format!("failed to copy {} to {}", full.display(), copy.display())))?;
    Ok(Staged::File(copy))
}
