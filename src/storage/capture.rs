//! The walk of a checkpoint. It stats every entry of the upper directory and
//! takes unchanged entries from the previous manifest without reading them.
//! It saves the bytes of changed files (small ones in memory, the rest as
//! copies in a staging directory) so the upload can read them later.
//!
//! A checkpoint of a running container walks twice. The first round runs
//! while the container runs and copies what changed since the manifest; the
//! second runs while it is frozen and copies again only the entries whose
//! stat changed since the first round, so the freeze lasts about one stat
//! of every entry. It never reads the tree outside these two walks.

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

/// Age of ctime, before the start of the first round, below which the
/// frozen round reads an entry again. A second write within the same tick
/// of the kernel's coarse clock leaves the stat as it was.
// NOTE: a write through a shared writable mapping to a page already dirty
// leaves the ctime as it was, so such a file can be taken with older bytes.
const RACY_NS: i64 = 50_000_000;

/// The view of the tree that one walk saw.
pub struct Capture {
    pub entries: Vec<Entry>,
    /// Changed regular files: index into `entries` and their bytes.
    pub staged: Vec<(usize, Staged)>,
    pub logical_bytes: u64,
    /// Bytes in `staged`, which the upload reads.
    pub staged_bytes: u64,
    /// Entries taken from the previous manifest or the first round
    /// without reading them.
    pub unchanged: usize,
    /// Entries whose staged bytes the frozen round took from the first.
    pub precopied: usize,
    /// Wall clock in nanoseconds when the walk started.
    pub started_ns: i64,
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

fn wall_clock_ns() -> i64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    since.as_nanos() as i64
}

/// Walks `upper` and captures every entry. `baseline` is the last known
/// state of the tree; `staging` is a directory on the same file system for
/// copies of large changed files. `first` is the result of a first round
/// over the same tree and staging directory: this walk takes each entry
/// whose stat has not changed since then, with its staged bytes, from it.
pub fn capture(upper: &Path, staging: &Path, baseline: Option<&Manifest>, first: Option<Capture>) -> io::Result<Capture> {
    let started_ns = wall_clock_ns();
    let known: HashMap<&str, &Entry> = baseline
        .map(|m| m.entries.iter().map(|e| (e.path.as_str(), e)).collect())
        .unwrap_or_default();
    let mut out = Capture {
        entries: Vec::new(),
        staged: Vec::new(),
        logical_bytes: 0,
        staged_bytes: 0,
        unchanged: 0,
        precopied: 0,
        started_ns,
    };
    let mut links: HashMap<(u64, u64), String> = HashMap::new();
    let mut memory_used = 0u64;
    // The first round's entries by path, with their staged bytes; copies
    // of this round get other names in the staging directory.
    let round = if first.is_some() { 2 } else { 1 };
    let (first_entries, mut first_staged, first_started_ns) = match first {
        Some(first) => {
            let staged: HashMap<usize, Staged> = first.staged.into_iter().collect();
            memory_used = staged.values().map(|s| if let Staged::Memory(data) = s { data.len() as u64 } else { 0 }).sum();
            (first.entries, staged, first.started_ns)
        }
        None => (Vec::new(), HashMap::new(), 0),
    };
    let earlier: HashMap<&str, usize> = first_entries.iter().enumerate().map(|(i, e)| (e.path.as_str(), i)).collect();
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
        if let Some(&i) = earlier.get(entry.path.as_str()) {
            let old = &first_entries[i];
            if unchanged(old, &entry) && old.ctime_ns < first_started_ns - RACY_NS {
                out.logical_bytes += old.size;
                match first_staged.remove(&i) {
                    Some(staged) => {
                        out.staged_bytes += old.regions().iter().map(|r| r.1).sum::<u64>();
                        out.staged.push((out.entries.len(), staged));
                        out.precopied += 1;
                    }
                    None => out.unchanged += 1,
                }
                out.entries.push(old.clone());
                continue;
            }
        }
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
            let name = format!("{round}.{}", out.staged.len());
            let staged = stage_file(&full, &mut entry, staging, &name, &mut memory_used)?;
            out.staged_bytes += entry.regions().iter().map(|r| r.1).sum::<u64>();
            out.staged.push((out.entries.len(), staged));
        }
        out.logical_bytes += entry.size;
        out.entries.push(entry);
    }
    Ok(out)
}

/// Saves the bytes of a changed file and records its data regions.
fn stage_file(full: &Path, entry: &mut Entry, staging: &Path, name: &str, memory_used: &mut u64) -> io::Result<Staged> {
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
    let copy = staging.join(name);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(label: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("guestd-capture-{label}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("upper")).unwrap();
        fs::create_dir_all(dir.join("staging")).unwrap();
        dir
    }

    /// Returns the bytes that `capture` staged for `path`, if any.
    fn staged_bytes(capture: &Capture, path: &str) -> Option<Vec<u8>> {
        let index = capture.entries.iter().position(|e| e.path == path)?;
        let (_, staged) = capture.staged.iter().find(|(i, _)| *i == index)?;
        Some(match staged {
            Staged::Memory(data) => data.clone(),
            Staged::File(copy) => fs::read(copy).unwrap(),
        })
    }

    #[test]
    fn frozen_round_captures_later_changes() {
        let dir = temp_dir("rounds");
        let upper = dir.join("upper");
        let staging = dir.join("staging");
        let large_before = vec![1u8; 300 * 1024];
        let large_after = vec![2u8; 300 * 1024];
        fs::write(upper.join("kept"), b"kept bytes").unwrap();
        fs::write(upper.join("same-size"), b"before").unwrap();
        fs::write(upper.join("grown"), b"short").unwrap();
        fs::write(upper.join("large"), &large_before).unwrap();
        fs::write(upper.join("deleted"), b"gone soon").unwrap();
        // Past the window in which a same-tick write would not show in the
        // stat, so the frozen round may take these from the first.
        std::thread::sleep(std::time::Duration::from_millis(2 * (RACY_NS / 1_000_000) as u64));

        let first = capture(&upper, &staging, None, None).unwrap();
        assert_eq!(staged_bytes(&first, "same-size").unwrap(), b"before");
        assert_eq!(staged_bytes(&first, "large").unwrap(), large_before);

        // Writes between the rounds, one of them without a size change.
        fs::write(upper.join("same-size"), b"after!").unwrap();
        fs::write(upper.join("grown"), b"longer now").unwrap();
        fs::write(upper.join("large"), &large_after).unwrap();
        fs::remove_file(upper.join("deleted")).unwrap();
        fs::write(upper.join("new"), b"new file").unwrap();

        let second = capture(&upper, &staging, None, Some(first)).unwrap();
        let paths: Vec<&str> = second.entries.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, [".", "grown", "kept", "large", "new", "same-size"]);
        assert_eq!(staged_bytes(&second, "kept").unwrap(), b"kept bytes");
        assert_eq!(staged_bytes(&second, "same-size").unwrap(), b"after!");
        assert_eq!(staged_bytes(&second, "grown").unwrap(), b"longer now");
        assert_eq!(staged_bytes(&second, "large").unwrap(), large_after);
        assert_eq!(staged_bytes(&second, "new").unwrap(), b"new file");
        let size_of = |path: &str| second.entries.iter().find(|e| e.path == path).unwrap().size;
        assert_eq!(size_of("grown"), 10);
        assert_eq!(second.staged.len(), 5);
        assert_eq!(second.logical_bytes, 10 + 10 + 300 * 1024 + 8 + 6);
        // The unchanged file came from the first round without a new read.
        assert!(second.precopied >= 1, "precopied {}", second.precopied);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn frozen_round_rereads_recent_write() {
        let dir = temp_dir("racy");
        let upper = dir.join("upper");
        let staging = dir.join("staging");
        fs::write(upper.join("busy"), b"one").unwrap();
        let first = capture(&upper, &staging, None, None).unwrap();
        // A rewrite within the same clock tick leaves size, mtime and
        // ctime as they were; the frozen round must read the file again.
        let file = fs::OpenOptions::new().write(true).open(upper.join("busy")).unwrap();
        file.write_all_at(b"two", 0).unwrap();
        drop(file);
        let second = capture(&upper, &staging, None, Some(first)).unwrap();
        assert_eq!(staged_bytes(&second, "busy").unwrap(), b"two");
        assert_eq!(second.precopied, 0);
        fs::remove_dir_all(&dir).unwrap();
    }
}
