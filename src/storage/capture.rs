//! The walk of a checkpoint. It stats every entry of the upper directory and
//! takes unchanged entries from the previous manifest without reading them.
//! It reads small changed files into memory. The upload reads the other
//! changed files from the upper directory itself, and checks before and
//! after each read that the file still has the stat the walk recorded.
//!
//! A checkpoint of a running container walks twice. The first round runs
//! while the container runs and finds what changed since the manifest; the
//! second runs while it is frozen and reads again only the entries whose
//! stat changed since the first round, so the freeze lasts about one stat
//! of every entry.
//!
//! Every call is relative to a directory descriptor, and directories are
//! opened beneath the upper directory without following symlinks. A file's
//! bytes are read through the descriptor whose `fstat` the entry records,
//! so an entry's stat and bytes belong to one inode even when the tree
//! changes during the first round.

use std::collections::HashMap;
use std::fs::File;
use std::io;
use std::os::fd::OwnedFd;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::time::{Duration, Instant};

use rustix::fs::FileType;

use super::hash::to_hex;
use super::manifest::{self, escape, kind, Entry, Manifest, Xattr};
use super::store::context;
use crate::sys::tree as sysfs;
use crate::sys::walk::{self, Stat};

/// Files up to this size are read into memory while frozen.
const MEMORY_FILE_MAX: u64 = 256 * 1024;
/// Total bytes of file data held in memory by one capture.
const MEMORY_TOTAL_MAX: u64 = 64 * 1024 * 1024;
/// Total bytes held in memory by a first round. Its files can also be
/// read from the tree later, so a lower cap bounds the daemon's memory.
const MEMORY_FIRST_ROUND_MAX: u64 = 16 * 1024 * 1024;

/// Location of the captured bytes of a changed file.
pub enum Staged {
    Memory(Vec<u8>),
    /// The file itself, at this path relative to the upper directory (raw
    /// bytes), to be read by the upload while its stat still equals the
    /// entry's.
    Source(Box<[u8]>),
}

/// Age of ctime, before the start of a walk, below which a later walk may
/// trust an unchanged stat. A second write within the same tick of the
/// kernel's coarse clock leaves the stat as it was.
// NOTE: a write through a shared writable mapping to a page already dirty
// leaves the ctime as it was, so such a file can be taken with older bytes.
pub const RACY_NS: i64 = 50_000_000;

/// Children of a directory entry as (name, index into the entries), sorted
/// by name.
type Listing = Vec<(Box<[u8]>, usize)>;

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
    /// Elapsed time and CPU time of the walk.
    pub elapsed: Duration,
    pub cpu_time: Duration,
    /// Per entry, the children of a directory; empty for other entries
    /// and after a frozen round, which nothing walks after.
    listings: Vec<Listing>,
}

impl Capture {
    /// Makes a later round read entry `index` again: the upload found that
    /// the file changed after this round took its stat.
    pub fn mark_changed(&mut self, index: usize) {
        let entry = &mut self.entries[index];
        entry.ctime_ns = i64::MIN;
        entry.chunks.clear();
    }
}

fn kind_of(file_type: FileType) -> &'static str {
    match file_type {
        FileType::Directory => kind::DIR,
        FileType::Symlink => kind::SYMLINK,
        FileType::Fifo => kind::FIFO,
        FileType::CharacterDevice => kind::CHAR,
        FileType::BlockDevice => kind::BLOCK,
        FileType::Socket => kind::SOCKET,
        _ => kind::FILE,
    }
}

/// Stat key and metadata of `stat` as an entry without data.
pub fn entry_for(path: String, stat: &Stat, entry_kind: &str) -> Entry {
    Entry {
        path,
        kind: entry_kind.to_string(),
        mode: stat.mode,
        uid: stat.uid,
        gid: stat.gid,
        mtime_ns: stat.mtime_ns,
        ino: stat.ino,
        ctime_ns: stat.ctime_ns,
        size: if entry_kind == kind::FILE { stat.size } else { 0 },
        rdev: stat.rdev,
        ..Default::default()
    }
}

/// Reports whether `known` still describes an entry of kind `entry_kind`
/// with stat `stat`. The walk that stat'ed `known` trusts only ctimes
/// before `trusted_before_ns`.
fn unchanged(known: &Entry, stat: &Stat, entry_kind: &str, trusted_before_ns: i64) -> bool {
    known.kind == entry_kind
        && known.ino == stat.ino
        && known.ctime_ns == stat.ctime_ns
        && known.mtime_ns == stat.mtime_ns
        && known.size == if entry_kind == kind::FILE { stat.size } else { 0 }
        && known.ctime_ns < trusted_before_ns
}

/// Wall clock in nanoseconds since the Unix epoch.
pub fn wall_clock_ns() -> i64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    since.as_nanos() as i64
}

/// Reports whether an error means the entry left the tree, or became a
/// symlink, after its directory was listed.
fn vanished(err: &io::Error) -> bool {
    matches!(err.raw_os_error(), Some(libc::ENOENT | libc::ENOTDIR | libc::ELOOP))
}

/// Walks `upper` and captures every entry. `baseline` is the last known
/// state of the tree. `first` is the result of a first round over the same
/// tree: this walk takes each entry whose stat has not changed since then,
/// with its staged bytes or its chunks, from it.
pub fn capture(upper: &Path, baseline: Option<&Manifest>, first: Option<Capture>) -> io::Result<Capture> {
    let root = walk::open_dir(upper).map_err(|err| context(err, format!("failed to open {}", upper.display())))?;
    let round = if first.is_some() { 2 } else { 1 };
    let mut walker = Walker {
        upper,
        root,
        round,
        baseline,
        known: None,
        baseline_trusted_before: baseline.and_then(|m| m.walked_at_ns).map_or(i64::MAX, |at| at - RACY_NS),
        earlier: first.map(Earlier::from),
        links: HashMap::new(),
        memory_used: 0,
        out: Capture {
            entries: Vec::new(),
            staged: Vec::new(),
            logical_bytes: 0,
            staged_bytes: 0,
            unchanged: 0,
            precopied: 0,
            started_ns: wall_clock_ns(),
            elapsed: Duration::ZERO,
            cpu_time: Duration::ZERO,
            listings: Vec::new(),
        },
    };
    if let Some(earlier) = &walker.earlier {
        walker.memory_used = earlier.memory_used;
    }
    let (started, cpu_started) = (Instant::now(), walk::thread_cpu_time());
    walker.run()?;
    walker.out.elapsed = started.elapsed();
    walker.out.cpu_time = walk::thread_cpu_time().saturating_sub(cpu_started);
    Ok(walker.out)
}

/// A first round as the frozen round uses it: entries and staged bytes by
/// entry index, taken out as the frozen round reuses them.
struct Earlier {
    entries: Vec<Entry>,
    staged: Vec<Option<Staged>>,
    listings: Vec<Listing>,
    trusted_before_ns: i64,
    memory_used: u64,
}

impl From<Capture> for Earlier {
    fn from(first: Capture) -> Earlier {
        let mut staged: Vec<Option<Staged>> = Vec::new();
        staged.resize_with(first.entries.len(), || None);
        let mut memory_used = 0;
        for (index, bytes) in first.staged {
            if let Staged::Memory(data) = &bytes {
                memory_used += data.len() as u64;
            }
            staged[index] = Some(bytes);
        }
        Earlier {
            entries: first.entries,
            staged,
            listings: first.listings,
            trusted_before_ns: first.started_ns - RACY_NS,
            memory_used,
        }
    }
}

/// A directory whose children wait to be captured.
struct Frame {
    /// Path relative to the upper directory, raw bytes; empty for the root.
    raw: Vec<u8>,
    /// Escaped path, `.` for the root.
    path: String,
    /// Index of the directory's entry.
    index: usize,
    /// Descriptor that is open while the entries are read and closed while
    /// a subdirectory is walked, so the walk keeps few descriptors open.
    dir: Option<OwnedFd>,
    children: std::vec::IntoIter<Child>,
}

/// The directory of the entry being captured.
struct Parent<'p> {
    raw: &'p [u8],
    path: &'p str,
    dir: &'p OwnedFd,
}

struct Child {
    name: Box<[u8]>,
    stat: Stat,
    /// Index of the entry with the same path in the first round.
    earlier: Option<usize>,
}

struct Walker<'a> {
    upper: &'a Path,
    root: OwnedFd,
    round: u32,
    baseline: Option<&'a Manifest>,
    /// The baseline's entries by path, built when first needed.
    known: Option<HashMap<&'a str, &'a Entry>>,
    baseline_trusted_before: i64,
    earlier: Option<Earlier>,
    links: HashMap<(u64, u64), String>,
    memory_used: u64,
    out: Capture,
}

/// Source of an unchanged entry.
enum Reused {
    First,
    Baseline,
}

impl<'a> Walker<'a> {
    /// Depth-first with sorted names, so parents precede children and the
    /// order is the same on every run.
    fn run(&mut self) -> io::Result<()> {
        let root = walk::open_dir_beneath(&self.root, b"")
            .map_err(|err| context(err, format!("failed to open {}", self.upper.display())))?;
        let stat =
            walk::stat_fd(&root).map_err(|err| context(err, format!("failed to stat {}", self.upper.display())))?;
        if stat.file_type != FileType::Directory {
            return Err(io::Error::other(format!("{} is not a directory", self.upper.display())));
        }
        let earlier_root =
            self.earlier.as_ref().filter(|e| e.entries.first().is_some_and(|r| r.path == ".")).map(|_| 0);
        let reused = self.add_dir(".".into(), &stat, earlier_root, b"")?;
        let mut stack = vec![self.open_frame(Vec::new(), ".".into(), root, earlier_root, reused)?];
        while let Some(frame) = stack.last_mut() {
            let Some(child) = frame.children.next() else {
                stack.pop();
                continue;
            };
            let parent_index = frame.index;
            let index = self.out.entries.len();
            if child.stat.file_type == FileType::Directory {
                let raw = join_raw(&frame.raw, &child.name);
                let path = child_path(&frame.path, &child.name);
                // The entry records the stat of the open directory, so that
                // its stat and its listing belong to one inode.
                let opened = match walk::open_dir_beneath(&self.root, &raw) {
                    Ok(opened) => opened,
                    Err(err) if vanished(&err) => continue,
                    Err(err) => return Err(context(err, format!("failed to open {}", self.display(&raw)))),
                };
                let stat = walk::stat_fd(&opened)
                    .map_err(|err| context(err, format!("failed to stat {}", self.display(&raw))))?;
                // Only the innermost directory stays open.
                frame.dir = None;
                let reused = self.add_dir(path.clone(), &stat, child.earlier, &raw)?;
                self.record_child(parent_index, child.name, index);
                let next = self.open_frame(raw, path, opened, child.earlier, reused)?;
                stack.push(next);
                continue;
            }
            if frame.dir.is_none() {
                let reopened = walk::open_dir_beneath(&self.root, &frame.raw)
                    .map_err(|err| context(err, format!("failed to open {}", self.display(&frame.raw))))?;
                frame.dir = Some(reopened);
            }
            let dir = frame.dir.as_ref().expect("opened above");
            let parent = Parent { raw: &frame.raw, path: &frame.path, dir };
            if self.add_leaf(&parent, &child)? {
                self.record_child(parent_index, child.name, index);
            }
        }
        Ok(())
    }

    fn display(&self, raw: &[u8]) -> String {
        self.upper.join(std::ffi::OsStr::from_bytes(raw)).display().to_string()
    }

    fn record_child(&mut self, parent: usize, name: Box<[u8]>, index: usize) {
        if self.round == 1 {
            self.out.listings[parent].push((name, index));
        }
    }

    /// Lists and stats the children of directory `dir`, whose entry was
    /// just added. `earlier` is the first round's entry at the same path;
    /// when the frozen round took the directory unchanged from it
    /// (`reused`), no entry was added, removed or renamed in it since, so
    /// its listing serves without a new read.
    fn open_frame(
        &mut self,
        raw: Vec<u8>,
        path: String,
        dir: OwnedFd,
        earlier: Option<usize>,
        reused: Option<Reused>,
    ) -> io::Result<Frame> {
        let index = self.out.entries.len() - 1;
        // Nothing looks up a first-round listing twice, so it is moved out.
        let listing = match (earlier, self.earlier.as_mut()) {
            (Some(i), Some(first)) => Some(std::mem::take(&mut first.listings[i])),
            _ => None,
        };
        let names: Vec<(Box<[u8]>, Option<usize>)> = match (reused, listing) {
            (Some(Reused::First), Some(listing)) => listing.into_iter().map(|(name, i)| (name, Some(i))).collect(),
            (_, listing) => {
                let mut names = walk::read_names(&dir)
                    .map_err(|err| context(err, format!("failed to read directory {}", self.display(&raw))))?;
                names.sort_unstable();
                match listing {
                    Some(listing) => merge_listing(names, &listing),
                    None => names.into_iter().map(|name| (name, None)).collect(),
                }
            }
        };
        let mut children = Vec::with_capacity(names.len());
        for (name, earlier) in names {
            match walk::stat_at(&dir, &name) {
                Ok(stat) => children.push(Child { name, stat, earlier }),
                Err(err) if vanished(&err) => {}
                Err(err) => {
                    return Err(context(err, format!("failed to stat {}", self.display(&join_raw(&raw, &name)))))
                }
            }
        }
        Ok(Frame { raw, path, index, dir: Some(dir), children: children.into_iter() })
    }

    /// Adds the entry of a directory: taken when unchanged, else read anew.
    fn add_dir(&mut self, path: String, stat: &Stat, earlier: Option<usize>, raw: &[u8]) -> io::Result<Option<Reused>> {
        if let Some(reused) = self.reuse(&path, stat, kind::DIR, earlier) {
            return Ok(Some(reused));
        }
        let mut entry = entry_for(path, stat, kind::DIR);
        self.read_xattrs(&mut entry, raw)?;
        self.push(entry);
        Ok(None)
    }

    /// Captures a child that is not a directory. Returns false when it
    /// left the tree before it could be read. Its path is only built when
    /// the first round does not describe it.
    fn add_leaf(&mut self, parent: &Parent, child: &Child) -> io::Result<bool> {
        let stat = &child.stat;
        let entry_kind = kind_of(stat.file_type);
        let mut path = None;
        if stat.nlink > 1 {
            let key = (stat.dev, stat.ino);
            let path = path.insert(child_path(parent.path, &child.name));
            if let Some(first) = self.links.get(&key) {
                let mut entry = entry_for(path.clone(), stat, kind::HARDLINK);
                entry.target = first.clone();
                self.push(entry);
                return Ok(true);
            }
            self.links.insert(key, path.clone());
        }
        if self.reuse_first(stat, entry_kind, child.earlier) {
            return Ok(true);
        }
        let path = path.unwrap_or_else(|| child_path(parent.path, &child.name));
        if self.reuse_baseline(&path, stat, entry_kind) {
            return Ok(true);
        }
        let raw = join_raw(parent.raw, &child.name);
        if entry_kind != kind::FILE || stat.size == 0 {
            let mut entry = entry_for(path, stat, entry_kind);
            if entry_kind == kind::SYMLINK {
                match walk::read_link_at(parent.dir, &child.name) {
                    Ok(target) => entry.target = escape(&target),
                    Err(err) if vanished(&err) || err.raw_os_error() == Some(libc::EINVAL) => return Ok(false),
                    Err(err) => return Err(context(err, format!("failed to read symlink {}", self.display(&raw)))),
                }
            }
            self.read_xattrs(&mut entry, &raw)?;
            self.push(entry);
            return Ok(true);
        }
        // A changed file: its entry records the stat of the open file, so
        // the bytes read belong to the stat recorded.
        let file = match walk::open_file_at(parent.dir, &child.name) {
            Ok(file) => file,
            Err(err) if vanished(&err) => return Ok(false),
            Err(err) => return Err(context(err, format!("failed to open {}", self.display(&raw)))),
        };
        let stat =
            walk::stat_fd(&file).map_err(|err| context(err, format!("failed to stat {}", self.display(&raw))))?;
        if stat.file_type != FileType::RegularFile {
            // The entry became another kind after the listing. The frozen
            // round records it as it is then.
            return Ok(false);
        }
        let mut entry = entry_for(path, &stat, kind::FILE);
        self.read_xattrs(&mut entry, &raw)?;
        if entry.size > 0 {
            let display = self.display(&raw);
            let memory_max = if self.round == 1 { MEMORY_FIRST_ROUND_MAX } else { MEMORY_TOTAL_MAX };
            let staged = stage_file(&file, &mut entry, raw, (&mut self.memory_used, memory_max), &display)?;
            self.out.staged_bytes += entry.regions().iter().map(|r| r.1).sum::<u64>();
            self.out.staged.push((self.out.entries.len(), staged));
        }
        self.out.logical_bytes += entry.size;
        self.push(entry);
        Ok(true)
    }

    /// Takes the entry from the first round or the baseline when its stat
    /// shows no change since.
    fn reuse(&mut self, path: &str, stat: &Stat, entry_kind: &str, earlier: Option<usize>) -> Option<Reused> {
        if self.reuse_first(stat, entry_kind, earlier) {
            return Some(Reused::First);
        }
        self.reuse_baseline(path, stat, entry_kind).then_some(Reused::Baseline)
    }

    /// Takes the first round's entry at index `earlier`, with its staged
    /// bytes, when its stat shows no change since.
    fn reuse_first(&mut self, stat: &Stat, entry_kind: &str, earlier: Option<usize>) -> bool {
        let (Some(i), Some(first)) = (earlier, self.earlier.as_mut()) else { return false };
        if !unchanged(&first.entries[i], stat, entry_kind, first.trusted_before_ns) {
            return false;
        }
        let old = std::mem::take(&mut first.entries[i]);
        self.out.logical_bytes += old.size;
        match first.staged[i].take() {
            Some(staged) => {
                self.out.staged_bytes += old.regions().iter().map(|r| r.1).sum::<u64>();
                self.out.staged.push((self.out.entries.len(), staged));
                self.out.precopied += 1;
            }
            None => self.out.unchanged += 1,
        }
        self.push(old);
        true
    }

    /// Takes the baseline's entry at `path` when its stat shows no change.
    fn reuse_baseline(&mut self, path: &str, stat: &Stat, entry_kind: &str) -> bool {
        let Some(baseline) = self.baseline else { return false };
        let known = self.known.get_or_insert_with(|| baseline.entries.iter().map(|e| (e.path.as_str(), e)).collect());
        let Some(old) = known.get(path).copied() else { return false };
        if !unchanged(old, stat, entry_kind, self.baseline_trusted_before) {
            return false;
        }
        self.out.logical_bytes += old.size;
        self.out.unchanged += 1;
        self.push(old.clone());
        true
    }

    fn push(&mut self, entry: Entry) {
        self.out.entries.push(entry);
        if self.round == 1 {
            self.out.listings.push(Vec::new());
        }
    }

    fn read_xattrs(&self, entry: &mut Entry, raw: &[u8]) -> io::Result<()> {
        let full =
            if raw.is_empty() { self.upper.to_path_buf() } else { self.upper.join(std::ffi::OsStr::from_bytes(raw)) };
        entry.xattrs = sysfs::list_xattrs(&full)
            .map_err(|err| context(err, format!("failed to read xattrs of {}", full.display())))?
            .into_iter()
            .map(|(name, value)| Xattr { name: escape(&name), value: to_hex(&value) })
            .collect();
        Ok(())
    }
}

/// Pairs sorted `names` with the entry indices of the same names in the
/// sorted first-round `listing`.
fn merge_listing(names: Vec<Box<[u8]>>, listing: &Listing) -> Vec<(Box<[u8]>, Option<usize>)> {
    let mut old = listing.iter().peekable();
    names
        .into_iter()
        .map(|name| {
            while old.next_if(|(other, _)| **other < *name).is_some() {}
            let index = old.next_if(|(other, _)| **other == *name).map(|(_, i)| *i);
            (name, index)
        })
        .collect()
}

/// Escaped path of child `name` of the directory at escaped `parent`.
fn child_path(parent: &str, name: &[u8]) -> String {
    if parent == "." {
        escape(name)
    } else {
        format!("{parent}/{}", escape(name))
    }
}

fn join_raw(parent: &[u8], name: &[u8]) -> Vec<u8> {
    let mut raw = Vec::with_capacity(parent.len() + 1 + name.len());
    if !parent.is_empty() {
        raw.extend_from_slice(parent);
        raw.push(b'/');
    }
    raw.extend_from_slice(name);
    raw
}

/// Records the data regions of the changed file `file`, at `raw` under the
/// upper directory, and reads it into memory when it is small. `display`
/// names the file in errors.
/// `memory` is the count of bytes read into memory so far and its cap.
fn stage_file(
    file: &File,
    entry: &mut Entry,
    raw: Vec<u8>,
    memory: (&mut u64, u64),
    display: &str,
) -> io::Result<Staged> {
    let (memory_used, memory_max) = memory;
    let regions = sysfs::data_regions(file, entry.size)
        .map_err(|err| context(err, format!("failed to find data regions of {display}")))?;
    entry.sparse = manifest::sparse_field(&regions, entry.size);
    if entry.size <= MEMORY_FILE_MAX && *memory_used + entry.size <= memory_max && entry.sparse.is_empty() {
        // Positional read: finding the data regions moved the file offset.
        let mut data = vec![0u8; entry.size as usize];
        file.read_exact_at(&mut data, 0)
            .map_err(|err| context(err, format!("failed to read {display} (it may have shrunk while frozen)")))?;
        *memory_used += entry.size;
        return Ok(Staged::Memory(data));
    }
    Ok(Staged::Source(raw.into_boxed_slice()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn temp_dir(label: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("guestd-capture-{label}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("upper")).unwrap();
        dir
    }

    /// Returns the bytes that `capture` staged for `path`, if any: those
    /// in memory, or those the file under `upper` has now.
    fn staged_bytes(capture: &Capture, upper: &Path, path: &str) -> Option<Vec<u8>> {
        let index = capture.entries.iter().position(|e| e.path == path)?;
        let (_, staged) = capture.staged.iter().find(|(i, _)| *i == index)?;
        Some(match staged {
            Staged::Memory(data) => data.clone(),
            Staged::Source(raw) => fs::read(upper.join(std::ffi::OsStr::from_bytes(raw))).unwrap(),
        })
    }

    #[test]
    fn frozen_round_captures_later_changes() {
        let dir = temp_dir("rounds");
        let upper = dir.join("upper");
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

        let first = capture(&upper, None, None).unwrap();
        assert_eq!(staged_bytes(&first, &upper, "same-size").unwrap(), b"before");
        assert_eq!(staged_bytes(&first, &upper, "large").unwrap(), large_before);

        // Writes between the rounds, one of them without a size change.
        fs::write(upper.join("same-size"), b"after!").unwrap();
        fs::write(upper.join("grown"), b"longer now").unwrap();
        fs::write(upper.join("large"), &large_after).unwrap();
        fs::remove_file(upper.join("deleted")).unwrap();
        fs::write(upper.join("new"), b"new file").unwrap();

        let second = capture(&upper, None, Some(first)).unwrap();
        let paths: Vec<&str> = second.entries.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, [".", "grown", "kept", "large", "new", "same-size"]);
        assert_eq!(staged_bytes(&second, &upper, "kept").unwrap(), b"kept bytes");
        assert_eq!(staged_bytes(&second, &upper, "same-size").unwrap(), b"after!");
        assert_eq!(staged_bytes(&second, &upper, "grown").unwrap(), b"longer now");
        assert_eq!(staged_bytes(&second, &upper, "large").unwrap(), large_after);
        assert_eq!(staged_bytes(&second, &upper, "new").unwrap(), b"new file");
        let size_of = |path: &str| second.entries.iter().find(|e| e.path == path).unwrap().size;
        assert_eq!(size_of("grown"), 10);
        assert_eq!(second.staged.len(), 5);
        assert_eq!(second.logical_bytes, 10 + 10 + 300 * 1024 + 8 + 6);
        // The unchanged file came from the first round without a new read.
        assert!(second.precopied >= 1, "precopied {}", second.precopied);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn frozen_round_walks_subdirectories() {
        let dir = temp_dir("subdirs");
        let upper = dir.join("upper");
        for sub in ["a", "b", "c"] {
            fs::create_dir(upper.join(sub)).unwrap();
            fs::write(upper.join(sub).join("file"), sub).unwrap();
        }
        fs::create_dir(upper.join("c/deeper")).unwrap();
        std::os::unix::fs::symlink("../a/file", upper.join("c/deeper/link")).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(2 * (RACY_NS / 1_000_000) as u64));
        let first = capture(&upper, None, None).unwrap();
        let first_paths: Vec<&str> = first.entries.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(first_paths, [".", "a", "a/file", "b", "b/file", "c", "c/deeper", "c/deeper/link", "c/file"]);

        // A write in place leaves directory `a` as it was; `b` gains a file
        // and `c/deeper` loses its symlink.
        let file = fs::OpenOptions::new().write(true).open(upper.join("a/file")).unwrap();
        file.write_all_at(b"A", 0).unwrap();
        drop(file);
        fs::write(upper.join("b/new"), b"new").unwrap();
        fs::remove_file(upper.join("c/deeper/link")).unwrap();

        let second = capture(&upper, None, Some(first)).unwrap();
        let paths: Vec<&str> = second.entries.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, [".", "a", "a/file", "b", "b/file", "b/new", "c", "c/deeper", "c/file"]);
        assert_eq!(staged_bytes(&second, &upper, "a/file").unwrap(), b"A");
        assert_eq!(staged_bytes(&second, &upper, "b/new").unwrap(), b"new");
        assert_eq!(staged_bytes(&second, &upper, "c/file").unwrap(), b"c");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn frozen_round_rereads_recent_write() {
        let dir = temp_dir("racy");
        let upper = dir.join("upper");
        fs::write(upper.join("busy"), b"one").unwrap();
        let first = capture(&upper, None, None).unwrap();
        // A rewrite within the same clock tick leaves size, mtime and
        // ctime as they were; the frozen round must read the file again.
        let file = fs::OpenOptions::new().write(true).open(upper.join("busy")).unwrap();
        file.write_all_at(b"two", 0).unwrap();
        drop(file);
        let second = capture(&upper, None, Some(first)).unwrap();
        assert_eq!(staged_bytes(&second, &upper, "busy").unwrap(), b"two");
        assert_eq!(second.precopied, 0);
        fs::remove_dir_all(&dir).unwrap();
    }
}
