//! Builds a checkpoint's tree in a staging directory beside the upper
//! directory. Files whose content and metadata are unchanged since the last
//! known state are hard-linked from the current upper directory, files with
//! unchanged content are copied from it, and everything else is written
//! from chunks fetched pack by pack, each verified against its SHA-256. The
//! caller swaps the finished tree in with one atomic rename.

use std::collections::{HashMap, HashSet};
use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::ffi::OsStringExt;
use std::os::unix::fs::{symlink, FileExt, MetadataExt, PermissionsExt};
use std::path::Path;
use std::sync::atomic::{AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use super::cache::PackCache;
use super::hash::{from_hex, parse_hash, sha256};
use super::manifest::{join, kind, pack_key, unescape, ChunkRef, Entry, Manifest, MAX_PACK_BYTES};
use super::store::ObjectStore;
use crate::sys::tree as sysfs;

/// Chunks of one pack closer than this are fetched in one range read.
const MERGE_GAP: u64 = 1024 * 1024;
/// Packs fetched at once.
const FETCH_THREADS: usize = 8;
/// Threads that set metadata and stat the restored entries. Each call is
/// a short system call on the page cache, so a few threads suffice.
const METADATA_THREADS: usize = 4;

/// Counters of a running restore.
#[derive(Default)]
pub struct RestoreProgress {
    pub bytes_total: AtomicU64,
    pub bytes_done: AtomicU64,
    pub files_reused: AtomicU64,
    /// Bytes of `bytes_done` read from the local cache.
    pub bytes_cached: AtomicU64,
    /// Microseconds spent in store reads, summed over threads.
    pub fetch_micros: AtomicU64,
}

/// Where a restore reads pack data: the local cache first, then the store.
pub struct PackSource<'a> {
    pub store: &'a dyn ObjectStore,
    pub cache: Option<&'a PackCache>,
    /// Whether ranges fetched from the store are written to the cache.
    pub fill_cache: bool,
}

/// One chunk to write: its entry, its offset in the file, and its ref.
struct Piece {
    entry: usize,
    file_offset: u64,
    chunk: usize,
}

/// Builds `target` in `staging` (which must not exist). `upper` is the
/// current tree and `baseline` its last known state, both optional
/// sources of unchanged files. Returns the new baseline: `target` with the
/// stat keys of the files as written.
pub fn build_tree(
    source: &PackSource,
    target: &Manifest,
    upper: &Path,
    baseline: Option<&Manifest>,
    staging: &Path,
    progress: &RestoreProgress,
) -> Result<Manifest, String> {
    let known: HashMap<&str, &Entry> =
        baseline.map(|m| m.entries.iter().map(|e| (e.path.as_str(), e)).collect()).unwrap_or_default();
    let started = Instant::now();
    fs::create_dir(staging).map_err(|err| format!("failed to create {}: {err}", staging.display()))?;
    let mut needs_metadata = vec![true; target.entries.len()];
    let mut pieces: HashMap<&str, Vec<Piece>> = HashMap::new();
    // A file written whole from chunks is created by the thread that
    // writes its first chunk, so that file creation, the main cost of a
    // tree of small files, is spread over the fetch threads. The targets
    // of hard links must exist before their links.
    let link_targets: HashSet<&str> =
        target.entries.iter().filter(|e| e.kind == kind::HARDLINK).map(|e| e.target.as_str()).collect();
    create_dirs(target, staging)?;
    for (i, entry) in target.entries.iter().enumerate() {
        if entry.kind == kind::DIR {
            continue;
        }
        let path = join(staging, &entry.path);
        let deferred =
            entry.sparse.is_empty() && !entry.chunks.is_empty() && !link_targets.contains(entry.path.as_str());
        let old = known.get(entry.path.as_str()).copied();
        let reused = create_entry(entry, &path, upper, staging, old, deferred)
            .map_err(|err| format!("failed to create {}: {err}", display(entry)))?;
        match reused {
            Reuse::Linked => {
                needs_metadata[i] = false;
                progress.files_reused.fetch_add(1, Ordering::Relaxed);
            }
            Reuse::Copied => {
                progress.files_reused.fetch_add(1, Ordering::Relaxed);
            }
            Reuse::None if entry.kind == kind::FILE => {
                let mut chunks = entry.chunks.iter().enumerate();
                for (offset, len) in entry.regions() {
                    let mut at = offset;
                    while at < offset + len {
                        let Some((c, chunk)) = chunks.next() else {
                            return Err(format!("manifest of {} lists too few chunks", display(entry)));
                        };
                        pieces.entry(chunk.pack.as_str()).or_default().push(Piece {
                            entry: i,
                            file_offset: at,
                            chunk: c,
                        });
                        progress.bytes_total.fetch_add(chunk.len, Ordering::Relaxed);
                        at += chunk.len;
                    }
                }
            }
            Reuse::None => {}
        }
        if entry.kind == kind::HARDLINK {
            needs_metadata[i] = false;
        }
    }
    let created_ms = started.elapsed().as_millis();
    fetch_all(source, target, staging, pieces, progress)?;
    let fetched_ms = started.elapsed().as_millis();
    // Metadata calls on an entry change no other entry, except the ctime
    // of hard links, which are stat'ed after every call has run.
    // Directories come last, so their modes apply once nothing is created
    // in them.
    let entries = &target.entries;
    let set_metadata = |i: usize| match needs_metadata[i] {
        true => apply_metadata(&entries[i], &join(staging, &entries[i].path))
            .map_err(|err| format!("failed to set metadata of {}: {err}", display(&entries[i]))),
        false => Ok(()),
    };
    let (dirs, others): (Vec<usize>, Vec<usize>) = (0..entries.len()).partition(|&i| entries[i].kind == kind::DIR);
    for_each_parallel(&others, set_metadata)?;
    for_each_parallel(&dirs, set_metadata)?;
    let metadata_ms = started.elapsed().as_millis();
    let keys: Vec<(AtomicU64, AtomicI64)> = entries.iter().map(|_| (AtomicU64::new(0), AtomicI64::new(0))).collect();
    let all: Vec<usize> = (0..entries.len()).collect();
    for_each_parallel(&all, |i| {
        let meta = fs::symlink_metadata(join(staging, &entries[i].path))
            .map_err(|err| format!("failed to stat restored {}: {err}", display(&entries[i])))?;
        keys[i].0.store(meta.ino(), Ordering::Relaxed);
        keys[i].1.store(meta.ctime() * 1_000_000_000 + meta.ctime_nsec(), Ordering::Relaxed);
        Ok(())
    })?;
    let mut fresh = target.clone();
    fresh.walked_at_ns = Some(super::capture::wall_clock_ns());
    for (entry, (ino, ctime_ns)) in fresh.entries.iter_mut().zip(&keys) {
        entry.ino = ino.load(Ordering::Relaxed);
        entry.ctime_ns = ctime_ns.load(Ordering::Relaxed);
    }
    log::debug!(
        "restore of {}: entries created at {created_ms} ms, data written at {fetched_ms} ms ({} ms in store \
         reads over all threads), metadata set at {metadata_ms} ms, stat done at {} ms",
        target.id,
        progress.fetch_micros.load(Ordering::Relaxed) / 1000,
        started.elapsed().as_millis()
    );
    Ok(fresh)
}

/// Creates the directories of `target` under `staging`, those of one
/// depth at a time on a few threads: on a file system whose metadata is
/// not cached, each new directory waits for reads of the disk.
fn create_dirs(target: &Manifest, staging: &Path) -> Result<(), String> {
    let mut by_depth: Vec<Vec<usize>> = Vec::new();
    for (i, entry) in target.entries.iter().enumerate() {
        if entry.kind != kind::DIR || entry.path == "." {
            continue;
        }
        let depth = entry.path.bytes().filter(|&b| b == b'/').count();
        if by_depth.len() <= depth {
            by_depth.resize_with(depth + 1, Vec::new);
        }
        by_depth[depth].push(i);
    }
    for level in &by_depth {
        for_each_parallel(level, |i| {
            let entry = &target.entries[i];
            fs::create_dir(join(staging, &entry.path))
                .map_err(|err| format!("failed to create {}: {err}", display(entry)))
        })?;
    }
    Ok(())
}

/// Runs `work` on each of `indices` on [`METADATA_THREADS`] threads and
/// returns the first error.
fn for_each_parallel(indices: &[usize], work: impl Fn(usize) -> Result<(), String> + Sync) -> Result<(), String> {
    let next = AtomicUsize::new(0);
    let failure: Mutex<Option<String>> = Mutex::new(None);
    std::thread::scope(|scope| {
        for _ in 0..METADATA_THREADS.min(indices.len()) {
            scope.spawn(|| {
                while let Some(&i) = indices.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Err(err) = work(i) {
                        if let Ok(mut failure) = failure.lock() {
                            failure.get_or_insert(err);
                        }
                        next.store(indices.len(), Ordering::Relaxed);
                        return;
                    }
                }
            });
        }
    });
    match failure.into_inner().ok().flatten() {
        Some(err) => Err(err),
        None => Ok(()),
    }
}

fn display(entry: &Entry) -> String {
    format!("/{}", String::from_utf8_lossy(&unescape(&entry.path)))
}

enum Reuse {
    None,
    /// Hard-linked from the current tree: content and metadata are equal.
    Linked,
    /// Copied from the current tree: content is equal.
    Copied,
}

/// Creates an entry, or for a `deferred` file whose content cannot be
/// reused, leaves it to the thread that writes its first chunk.
fn create_entry(
    entry: &Entry,
    path: &Path,
    upper: &Path,
    staging: &Path,
    old: Option<&Entry>,
    deferred: bool,
) -> io::Result<Reuse> {
    match entry.kind.as_str() {
        kind::DIR if entry.path == "." => Ok(Reuse::None),
        kind::DIR => fs::create_dir(path).map(|()| Reuse::None),
        kind::FILE => create_file(entry, path, upper, old, deferred),
        kind::SYMLINK => symlink(OsString::from_vec(unescape(&entry.target)), path).map(|()| Reuse::None),
        kind::FIFO => sysfs::mknod(path, libc::S_IFIFO | entry.mode, 0).map(|()| Reuse::None),
        kind::CHAR => sysfs::mknod(path, libc::S_IFCHR | entry.mode, entry.rdev).map(|()| Reuse::None),
        kind::BLOCK => sysfs::mknod(path, libc::S_IFBLK | entry.mode, entry.rdev).map(|()| Reuse::None),
        kind::SOCKET => sysfs::mknod(path, libc::S_IFSOCK | entry.mode, 0).map(|()| Reuse::None),
        kind::HARDLINK => fs::hard_link(join(staging, &entry.target), path).map(|()| Reuse::None),
        other => Err(io::Error::new(io::ErrorKind::InvalidData, format!("unknown entry kind {other:?}"))),
    }
}

/// Creates a regular file, reusing the current one when it is provably
/// the same content.
fn create_file(entry: &Entry, path: &Path, upper: &Path, old: Option<&Entry>, deferred: bool) -> io::Result<Reuse> {
    if let Some(old) = old.filter(|old| old.kind == kind::FILE && old.same_chunks(entry) && old.sparse == entry.sparse)
    {
        let current = join(upper, &entry.path);
        let still_same = fs::symlink_metadata(&current).is_ok_and(|meta| {
            meta.is_file()
                && meta.ino() == old.ino
                && meta.ctime() * 1_000_000_000 + meta.ctime_nsec() == old.ctime_ns
                && meta.len() == old.size
        });
        if still_same {
            if old.same_content_and_metadata(entry) && fs::hard_link(&current, path).is_ok() {
                return Ok(Reuse::Linked);
            }
            let source = File::open(&current)?;
            let copy = File::create(path)?;
            copy.set_len(entry.size)?;
            for (offset, len) in entry.regions() {
                sysfs::copy_range(&source, &copy, offset, len)?;
            }
            return Ok(Reuse::Copied);
        }
    }
    if !deferred {
        File::create(path)?.set_len(entry.size)?;
    }
    Ok(Reuse::None)
}

/// Fetches every pack that `pieces` needs and writes the verified chunks.
fn fetch_all(
    source: &PackSource,
    target: &Manifest,
    staging: &Path,
    pieces: HashMap<&str, Vec<Piece>>,
    progress: &RestoreProgress,
) -> Result<(), String> {
    let work: Vec<(&str, Vec<Piece>)> = pieces.into_iter().collect();
    let next = AtomicUsize::new(0);
    let failure: Mutex<Option<String>> = Mutex::new(None);
    std::thread::scope(|scope| {
        for _ in 0..FETCH_THREADS.min(work.len()) {
            scope.spawn(|| loop {
                if failure.lock().map(|f| f.is_some()).unwrap_or(true) {
                    return;
                }
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((pack, pieces)) = work.get(i) else { return };
                if let Err(err) = fetch_pack(source, target, staging, pack, pieces, progress) {
                    if let Ok(mut failure) = failure.lock() {
                        failure.get_or_insert(err);
                    }
                    return;
                }
            });
        }
    });
    match failure.into_inner().ok().flatten() {
        Some(err) => Err(err),
        None => Ok(()),
    }
}

fn fetch_pack(
    source: &PackSource,
    target: &Manifest,
    staging: &Path,
    pack: &str,
    pieces: &[Piece],
    progress: &RestoreProgress,
) -> Result<(), String> {
    let chunk_of = |piece: &Piece| &target.entries[piece.entry].chunks[piece.chunk];
    let mut order: Vec<&Piece> = pieces.iter().collect();
    order.sort_by_key(|p| chunk_of(p).offset);
    let mut i = 0;
    while i < order.len() {
        // Merge chunks that sit close together into one range read.
        let start = chunk_of(order[i]).offset;
        let mut end = start + chunk_of(order[i]).len;
        let mut j = i + 1;
        while j < order.len() && chunk_of(order[j]).offset <= end + MERGE_GAP {
            end = end.max(chunk_of(order[j]).offset + chunk_of(order[j]).len);
            j += 1;
        }
        let group = &order[i..j];
        let group_bytes: u64 = group.iter().map(|p| chunk_of(p).len).sum();
        let cached = source.cache.and_then(|cache| cache.read(pack, start, end - start));
        let verified = match cached {
            Some(data) => match verify(target, pack, start, &data, group, chunk_of) {
                Ok(()) => Some(data),
                Err(err) => {
                    log::warn!(
                        "local cache copy of pack {pack} failed verification, fetching it from the store: {err}"
                    );
                    if let Some(cache) = source.cache {
                        cache.stats.corrupt_reads.fetch_add(1, Ordering::Relaxed);
                    }
                    None
                }
            },
            None => None,
        };
        let data = match verified {
            Some(data) => {
                progress.bytes_cached.fetch_add(group_bytes, Ordering::Relaxed);
                if let Some(cache) = source.cache {
                    cache.stats.hit_bytes.fetch_add(group_bytes, Ordering::Relaxed);
                }
                data
            }
            None => {
                let fetch_started = Instant::now();
                let data = fetch_range(source.store, target, pack, start, end - start, group[0])?;
                progress.fetch_micros.fetch_add(fetch_started.elapsed().as_micros() as u64, Ordering::Relaxed);
                verify(target, pack, start, &data, group, chunk_of)?;
                if let Some(cache) = source.cache {
                    cache.stats.miss_bytes.fetch_add(group_bytes, Ordering::Relaxed);
                    if source.fill_cache {
                        cache.write(pack, start, &data);
                    }
                }
                data
            }
        };
        for piece in group {
            let chunk = chunk_of(piece);
            let entry = &target.entries[piece.entry];
            let from = (chunk.offset - start) as usize;
            let bytes = &data[from..from + chunk.len as usize];
            let file = OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(false)
                .open(join(staging, &entry.path))
                .map_err(|err| format!("failed to open {} for writing: {err}", display(entry)))?;
            file.write_all_at(bytes, piece.file_offset)
                .map_err(|err| format!("failed to write {}: {err}", display(entry)))?;
            progress.bytes_done.fetch_add(chunk.len, Ordering::Relaxed);
        }
        i = j;
    }
    Ok(())
}

/// Reads `len` bytes at `offset` of `pack` from the store.
fn fetch_range(
    store: &dyn ObjectStore,
    target: &Manifest,
    pack: &str,
    offset: u64,
    len: u64,
    first: &Piece,
) -> Result<Vec<u8>, String> {
    let key = pack_key(pack);
    // Manifests are checked to keep every chunk inside a pack's size, so
    // this is true for any manifest a restore reads.
    if len > MAX_PACK_BYTES {
        return Err(format!("range of {len} bytes of {key} is over the limit of {MAX_PACK_BYTES} bytes of a pack"));
    }
    store.get_range(&key, offset, len).map_err(|err| {
        let entry = &target.entries[first.entry];
        if err.kind() == io::ErrorKind::NotFound {
            format!("object {key} needed by {} is missing from {}", display(entry), store.describe())
        } else {
            format!("failed to fetch {key} needed by {}: {err}", display(entry))
        }
    })
}

/// Checks every chunk of `group` in `data`, which starts at `start` of
/// `pack`, against its SHA-256.
fn verify<'a>(
    target: &'a Manifest,
    pack: &str,
    start: u64,
    data: &[u8],
    group: &[&Piece],
    chunk_of: impl Fn(&Piece) -> &'a ChunkRef,
) -> Result<(), String> {
    for piece in group {
        let chunk = chunk_of(piece);
        let entry = &target.entries[piece.entry];
        let from = (chunk.offset - start) as usize;
        let bytes = data.get(from..from + chunk.len as usize).ok_or_else(|| {
            format!("pack {pack} is shorter than the manifest says; {} cannot be restored", display(entry))
        })?;
        if parse_hash(&chunk.hash) != Some(sha256(bytes)) {
            return Err(format!(
                "chunk {} of {} failed verification: pack {pack} is corrupted",
                chunk.hash,
                display(entry)
            ));
        }
    }
    Ok(())
}

/// Sets owner, mode, xattrs and times, in that order: chown clears the
/// setuid bits and a write of xattrs updates no times.
fn apply_metadata(entry: &Entry, path: &Path) -> io::Result<()> {
    sysfs::lchown(path, entry.uid, entry.gid)?;
    if entry.kind != kind::SYMLINK {
        fs::set_permissions(path, fs::Permissions::from_mode(entry.mode))?;
    }
    for xattr in &entry.xattrs {
        let value = from_hex(&xattr.value)
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, format!("xattr {} is not hex", xattr.name)))?;
        sysfs::set_xattr(path, &unescape(&xattr.name), &value)?;
    }
    sysfs::set_times(path, entry.mtime_ns)
}
