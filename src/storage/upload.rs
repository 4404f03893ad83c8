//! The part of a checkpoint that reads the changed files. It cuts them
//! into chunks, hashes them and skips chunks the store already has. New
//! chunks go into pack objects of about [`PACK_TARGET`] bytes, uploaded on
//! [`UPLOAD_THREADS`] threads while the next one fills. Each stored pack is
//! also written to the local cache, when there is one.
//!
//! Files the walk did not read into memory are read here from the upper
//! directory, beneath it and without following symlinks. Their stat is
//! compared with the entry's before and after the read, so bytes count
//! only when no write, truncation or replacement came in between.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::os::fd::OwnedFd;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};

use super::cache::PackCache;
use super::capture::{entry_for, Capture, Staged};
use super::chunker;
use super::hash::{sha256, to_hex, Hash};
use super::manifest::{self, escape, kind, pack_key, ChunkRef, Entry, Xattr};
use super::store::{context, ObjectStore};
use crate::sys::tree as sysfs;
use crate::sys::walk::{self, Stat};

/// Size in bytes at which a pack is sent.
pub const PACK_TARGET: usize = 8 * 1024 * 1024;
/// Packs queued for upload beyond the ones being sent.
const QUEUED_PACKS: usize = 2;
/// Concurrent pack uploads. An S3 server on a loaded machine took about a
/// second per 8 MiB PUT in benches/storage.sh, so two uploads in flight
/// left the chunking threads waiting; restic uses five by default.
const UPLOAD_THREADS: usize = 5;
/// Reads of a file that keeps changing after the freeze, before the
/// checkpoint fails.
const READ_ATTEMPTS: u32 = 3;

/// Where a chunk is stored.
#[derive(Clone, Debug)]
pub struct Location {
    pub pack: Arc<str>,
    pub offset: u64,
    pub len: u64,
}

/// Every chunk the store holds, by hash, as the manifests describe them.
pub type ChunkIndex = HashMap<Hash, Location>;

/// Counters that API requests read while the checkpoint runs.
#[derive(Default)]
pub struct Progress {
    pub bytes_total: AtomicU64,
    pub bytes_done: AtomicU64,
    pub files_total: AtomicU64,
    pub files_done: AtomicU64,
    pub stored_bytes: AtomicU64,
    pub new_chunks: AtomicU64,
    pub reused_chunks: AtomicU64,
    /// Microseconds the store took for pack uploads, summed over threads.
    pub put_micros: AtomicU64,
}

/// Pass of a checkpoint's upload.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    /// While the container runs, after the first round. A file that
    /// changes meanwhile is marked for the frozen round to take again, and
    /// the last pack is left for the final pass to fill.
    Early,
    /// After the thaw: every staged file. A file that changed since the
    /// frozen round took its stat is read again with its new stat.
    Final,
}

/// State of the uploads of one checkpoint so far, handed from the early
/// pass to the final one.
#[derive(Default)]
pub struct Session {
    /// Sequence number of the pack being filled.
    next_pack: u32,
    /// The pack being filled: the early pass leaves its last one to the
    /// final pass, so that the two fill the same packs one pass would.
    pending: Vec<u8>,
    /// Chunks this checkpoint stored, by hash.
    pub new_chunks: HashMap<Hash, Location>,
    /// Files the final pass read again because they changed after the
    /// thaw. The checkpoint contains them as read then.
    pub reread: u64,
    /// Files the early pass found changed during its read.
    pub changed_early: u64,
    /// Counts that the early pass added to the progress counters for each
    /// file, by path. The final pass takes back the count of a file it reads
    /// again, so that the totals count each file once.
    early_counts: HashMap<String, FileCount>,
}

/// One file's share of [`Progress`]: its bytes to read and the bytes read.
#[derive(Clone, Copy, Default)]
struct FileCount {
    total: u64,
    done: u64,
}

impl Progress {
    /// Takes one file's counts out of the totals and the done counters.
    fn uncount(&self, count: FileCount) {
        self.files_done.fetch_sub(1, Ordering::Relaxed);
        self.bytes_done.fetch_sub(count.done, Ordering::Relaxed);
        self.files_total.fetch_sub(1, Ordering::Relaxed);
        self.bytes_total.fetch_sub(count.total, Ordering::Relaxed);
    }
}

/// Bytes of the file of `entry` that a pass reads.
fn data_bytes(entry: &Entry) -> u64 {
    entry.regions().iter().map(|r| r.1).sum()
}

struct PackWriter<'a> {
    checkpoint: &'a str,
    sequence: u32,
    buffer: Vec<u8>,
    id: Arc<str>,
    queue: SyncSender<(String, Vec<u8>)>,
}

impl PackWriter<'_> {
    fn new_id(checkpoint: &str, sequence: u32) -> Arc<str> {
        Arc::from(format!("{checkpoint}-{sequence:05}"))
    }

    /// Appends a chunk and returns where it lands.
    fn add(&mut self, data: &[u8]) -> io::Result<Location> {
        if !self.buffer.is_empty() && self.buffer.len() + data.len() > PACK_TARGET {
            self.flush()?;
        }
        if self.buffer.capacity() == 0 {
            self.buffer.reserve_exact(PACK_TARGET);
        }
        let location = Location { pack: self.id.clone(), offset: self.buffer.len() as u64, len: data.len() as u64 };
        self.buffer.extend_from_slice(data);
        Ok(location)
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.buffer);
        self.queue.send((pack_key(&self.id), data)).map_err(|_| io::Error::other("pack upload stopped"))?;
        self.sequence += 1;
        self.id = Self::new_id(self.checkpoint, self.sequence);
        Ok(())
    }
}

/// The pack being filled and the chunks this checkpoint added, behind one
/// lock so that the check for a known chunk and its addition are atomic.
struct Packing<'a> {
    /// Taken when the last pack has been sent.
    writer: Option<PackWriter<'a>>,
    new_chunks: HashMap<Hash, Location>,
}

/// Threads that chunk and hash files. Hashing is the main CPU cost, so
/// files are spread over the cores the machine has, up to four.
fn chunk_threads() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 4)
}

/// State that the chunking threads share.
struct Shared<'a> {
    root: &'a OwnedFd,
    upper: &'a Path,
    index: &'a Mutex<ChunkIndex>,
    packing: Mutex<Packing<'a>>,
    progress: &'a Progress,
    pass: Pass,
}

/// Outcome of one staged file.
enum Done {
    Chunks(Vec<ChunkRef>),
    /// Chunks of a file read again with the new stat in `Entry`.
    Reread(Entry, Vec<ChunkRef>),
    /// File that the early pass found changed, so the frozen round takes it.
    Changed,
}

/// Uploads the data of the staged files of `capture` as checkpoint
/// `checkpoint` and fills in the entries' chunk lists.
#[allow(clippy::too_many_arguments, reason = "the parts of one checkpoint's upload")]
pub fn upload(
    store: &dyn ObjectStore,
    cache: Option<&PackCache>,
    upper: &Path,
    checkpoint: &str,
    capture: &mut Capture,
    pass: Pass,
    session: &mut Session,
    index: &Mutex<ChunkIndex>,
    progress: &Progress,
) -> io::Result<()> {
    let staged = std::mem::take(&mut capture.staged);
    if staged.is_empty() && (pass == Pass::Early || session.pending.is_empty()) {
        return Ok(());
    }
    if pass == Pass::Final {
        for (entry_index, _) in &staged {
            if let Some(count) = session.early_counts.remove(&capture.entries[*entry_index].path) {
                progress.uncount(count);
            }
        }
    }
    progress.bytes_total.fetch_add(std::mem::take(&mut capture.staged_bytes), Ordering::Relaxed);
    progress.files_total.fetch_add(staged.len() as u64, Ordering::Relaxed);
    let root = walk::open_dir(upper).map_err(|err| context(err, format!("failed to open {}", upper.display())))?;
    let (queue, receiver) = sync_channel::<(String, Vec<u8>)>(QUEUED_PACKS);
    let receiver = Mutex::new(receiver);
    let failure: Mutex<Option<io::Error>> = Mutex::new(None);
    let next = AtomicUsize::new(0);
    // Per file: its entry, the outcome and the bytes read for it.
    let results: Mutex<Vec<(usize, Done, u64)>> = Mutex::new(Vec::new());
    let shared = Shared {
        root: &root,
        upper,
        index,
        packing: Mutex::new(Packing {
            writer: Some(PackWriter {
                checkpoint,
                sequence: session.next_pack,
                buffer: std::mem::take(&mut session.pending),
                id: PackWriter::new_id(checkpoint, session.next_pack),
                queue,
            }),
            new_chunks: std::mem::take(&mut session.new_chunks),
        }),
        progress,
        pass,
    };
    let entries = &capture.entries;
    std::thread::scope(|scope| {
        let senders: Vec<_> = (0..UPLOAD_THREADS)
            .map(|_| scope.spawn(|| send_packs(store, cache, &receiver, &failure, progress)))
            .collect();
        let workers: Vec<_> = (0..chunk_threads())
            .map(|_| {
                scope.spawn(|| {
                    let mut buffer = Vec::new();
                    loop {
                        if failure.lock().map(|f| f.is_some()).unwrap_or(true) {
                            return;
                        }
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((entry_index, source)) = staged.get(i) else { return };
                        let mut read = 0;
                        match chunk_staged(&shared, source, &entries[*entry_index], &mut buffer, &mut read) {
                            Ok(done) => {
                                if let Ok(mut results) = results.lock() {
                                    results.push((*entry_index, done, read));
                                }
                                progress.files_done.fetch_add(1, Ordering::Relaxed);
                            }
                            Err(err) => {
                                if let Ok(mut failure) = failure.lock() {
                                    failure.get_or_insert(err);
                                }
                                return;
                            }
                        }
                    }
                })
            })
            .collect();
        for worker in workers {
            let _ = worker.join();
        }
        // Send the last pack (the final pass) or keep it (the early one),
        // then drop the writer: that closes the queue, so the senders end
        // once it is empty.
        let mut packing = shared.packing.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(mut writer) = packing.writer.take() {
            if pass == Pass::Final {
                if let Err(err) = writer.flush() {
                    if let Ok(mut failure) = failure.lock() {
                        failure.get_or_insert(err);
                    }
                }
            }
            session.next_pack = writer.sequence;
            session.pending = std::mem::take(&mut writer.buffer);
        }
        for sender in senders {
            let _ = sender.join();
        }
        session.new_chunks = std::mem::take(&mut packing.new_chunks);
    });
    if let Some(err) = failure.lock().ok().and_then(|mut f| f.take()) {
        return Err(err);
    }
    for (entry_index, done, read) in results.into_inner().unwrap_or_default() {
        if pass == Pass::Early {
            let entry = &capture.entries[entry_index];
            session.early_counts.insert(entry.path.clone(), FileCount { total: data_bytes(entry), done: read });
        }
        match done {
            Done::Chunks(chunks) => capture.entries[entry_index].chunks = chunks,
            Done::Reread(mut entry, chunks) => {
                session.reread += 1;
                capture.logical_bytes = capture.logical_bytes - capture.entries[entry_index].size + entry.size;
                entry.chunks = chunks;
                capture.entries[entry_index] = entry;
            }
            Done::Changed => {
                session.changed_early += 1;
                capture.mark_changed(entry_index);
            }
        }
    }
    Ok(())
}

fn send_packs(
    store: &dyn ObjectStore,
    cache: Option<&PackCache>,
    receiver: &Mutex<Receiver<(String, Vec<u8>)>>,
    failure: &Mutex<Option<io::Error>>,
    progress: &Progress,
) {
    loop {
        let next = match receiver.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok((key, data)) = next else { return };
        if failure.lock().map(|f| f.is_some()).unwrap_or(true) {
            continue;
        }
        let started = std::time::Instant::now();
        let result = store.put_pack(&key, &data);
        progress.put_micros.fetch_add(started.elapsed().as_micros() as u64, Ordering::Relaxed);
        match result {
            Ok(()) => {
                progress.stored_bytes.fetch_add(data.len() as u64, Ordering::Relaxed);
                if let (Some(cache), Some(id)) = (cache, key.rsplit('/').next()) {
                    cache.insert(id, &data);
                }
            }
            Err(err) => {
                if let Ok(mut failure) = failure.lock() {
                    failure.get_or_insert(err);
                }
            }
        }
    }
}

impl Shared<'_> {
    /// Adds one chunk to the pack being filled unless the store or this
    /// checkpoint already has it, and returns its reference.
    fn add_chunk(&self, data: &[u8]) -> io::Result<ChunkRef> {
        let hash = sha256(data);
        let known = self.index.lock().ok().and_then(|index| index.get(&hash).cloned());
        let location = match known {
            Some(location) => {
                self.progress.reused_chunks.fetch_add(1, Ordering::Relaxed);
                location
            }
            None => {
                let mut packing = self.packing.lock().map_err(|_| io::Error::other("packing lock poisoned"))?;
                match packing.new_chunks.get(&hash).cloned() {
                    Some(location) => {
                        self.progress.reused_chunks.fetch_add(1, Ordering::Relaxed);
                        location
                    }
                    None => {
                        let writer = packing.writer.as_mut().ok_or_else(|| io::Error::other("pack writer closed"))?;
                        let location = writer.add(data)?;
                        packing.new_chunks.insert(hash, location.clone());
                        self.progress.new_chunks.fetch_add(1, Ordering::Relaxed);
                        location
                    }
                }
            }
        };
        self.progress.bytes_done.fetch_add(data.len() as u64, Ordering::Relaxed);
        Ok(ChunkRef {
            hash: to_hex(&hash),
            pack: location.pack.to_string(),
            offset: location.offset,
            len: location.len,
        })
    }

    fn display(&self, raw: &[u8]) -> String {
        self.upper.join(std::ffi::OsStr::from_bytes(raw)).display().to_string()
    }
}

/// Chunks and hashes one staged file. `entry` is its entry as the walk
/// recorded it. Adds the bytes that the returned outcome counts in
/// `progress.bytes_done` to `read`.
fn chunk_staged(
    shared: &Shared,
    source: &Staged,
    entry: &Entry,
    buffer: &mut Vec<u8>,
    read: &mut u64,
) -> io::Result<Done> {
    let raw = match source {
        Staged::Memory(data) => {
            let mut chunks = Vec::new();
            let mut rest = &data[..];
            while !rest.is_empty() {
                let n = chunker::cut(rest);
                chunks.push(shared.add_chunk(&rest[..n])?);
                *read += n as u64;
                rest = &rest[n..];
            }
            return Ok(Done::Chunks(chunks));
        }
        Staged::Source(raw) => raw,
    };
    if let Some(chunks) = chunk_source(shared, raw, entry, buffer, read)? {
        return Ok(Done::Chunks(chunks));
    }
    if shared.pass == Pass::Early {
        return Ok(Done::Changed);
    }
    // The file changed after the thaw, before this read: take it as it is
    // now, with its new stat.
    // Each read replaces the counts of the one before.
    let mut counted = data_bytes(entry);
    for _ in 1..READ_ATTEMPTS {
        let fresh = fresh_entry(shared, raw, entry)?;
        shared.progress.bytes_done.fetch_sub(std::mem::take(read), Ordering::Relaxed);
        shared.progress.bytes_total.fetch_add(data_bytes(&fresh), Ordering::Relaxed);
        shared.progress.bytes_total.fetch_sub(counted, Ordering::Relaxed);
        counted = data_bytes(&fresh);
        if let Some(chunks) = chunk_source(shared, raw, &fresh, buffer, read)? {
            log::debug!("{} changed after the freeze; stored as read after it", shared.display(raw));
            return Ok(Done::Reread(fresh, chunks));
        }
    }
    Err(io::Error::other(format!(
        "{} kept changing while the checkpoint read it; create the checkpoint again",
        shared.display(raw)
    )))
}

/// Reports whether the open file still has the stat `entry` recorded.
fn same_stat(stat: &Stat, entry: &Entry) -> bool {
    stat.file_type == rustix::fs::FileType::RegularFile
        && stat.ino == entry.ino
        && stat.size == entry.size
        && stat.mtime_ns == entry.mtime_ns
        && stat.ctime_ns == entry.ctime_ns
}

fn open_source(shared: &Shared, raw: &[u8]) -> io::Result<Option<File>> {
    match walk::open_file_beneath(shared.root, raw) {
        Ok(file) => Ok(Some(file)),
        Err(err) if matches!(err.raw_os_error(), Some(libc::ENOENT | libc::ENOTDIR | libc::ELOOP | libc::EXDEV)) => {
            Ok(None)
        }
        Err(err) => Err(context(err, format!("failed to open {}", shared.display(raw)))),
    }
}

/// Reads the file at `raw` and returns its chunks, or `None` when it no
/// longer has the stat of `entry` before or after the read.
/// Adds the bytes it chunked to `read`, also when it returns `None`.
fn chunk_source(
    shared: &Shared,
    raw: &[u8],
    entry: &Entry,
    buffer: &mut Vec<u8>,
    read: &mut u64,
) -> io::Result<Option<Vec<ChunkRef>>> {
    let Some(mut file) = open_source(shared, raw)? else { return Ok(None) };
    let stat = |file: &File| {
        walk::stat_fd(file).map_err(|err| context(err, format!("failed to stat {}", shared.display(raw))))
    };
    if !same_stat(&stat(&file)?, entry) {
        return Ok(None);
    }
    let mut chunks = Vec::new();
    for (offset, len) in entry.regions() {
        file.seek(SeekFrom::Start(offset))?;
        let result = chunk_stream(&mut file, len, buffer, &mut |data| {
            chunks.push(shared.add_chunk(data)?);
            *read += data.len() as u64;
            Ok(())
        });
        match result {
            Ok(()) => {}
            Err(err) if err.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
            Err(err) => return Err(context(err, format!("failed to read {}", shared.display(raw)))),
        }
    }
    if !same_stat(&stat(&file)?, entry) {
        return Ok(None);
    }
    Ok(Some(chunks))
}

/// Returns the entry of the file at `raw` as it is now, for a read after
/// the thaw. Fails when it is no longer a regular file.
fn fresh_entry(shared: &Shared, raw: &[u8], old: &Entry) -> io::Result<Entry> {
    let removed = || {
        io::Error::other(format!(
            "{} was removed or replaced while the checkpoint read it; create the checkpoint again",
            shared.display(raw)
        ))
    };
    let file = open_source(shared, raw)?.ok_or_else(removed)?;
    let stat = walk::stat_fd(&file).map_err(|err| context(err, format!("failed to stat {}", shared.display(raw))))?;
    if stat.file_type != rustix::fs::FileType::RegularFile {
        return Err(removed());
    }
    let full = shared.upper.join(std::ffi::OsStr::from_bytes(raw));
    let xattrs = sysfs::list_xattrs(&full)
        .map_err(|err| context(err, format!("failed to read xattrs of {}", full.display())))?
        .into_iter()
        .map(|(name, value)| Xattr { name: escape(&name), value: to_hex(&value) })
        .collect();
    let regions = sysfs::data_regions(&file, stat.size)
        .map_err(|err| context(err, format!("failed to find data regions of {}", full.display())))?;
    let mut entry = entry_for(old.path.clone(), &stat, kind::FILE);
    entry.xattrs = xattrs;
    entry.sparse = manifest::sparse_field(&regions, stat.size);
    Ok(entry)
}

/// Cuts the next `remaining` bytes of a stream into chunks. `buffer` is
/// reused across calls: it grows to at most `2 * MAX_SIZE` bytes and is
/// never cleared, so a small file costs no more than its own size.
fn chunk_stream(
    reader: &mut impl Read,
    mut remaining: u64,
    buffer: &mut Vec<u8>,
    add_chunk: &mut impl FnMut(&[u8]) -> io::Result<()>,
) -> io::Result<()> {
    let capacity = (chunker::MAX_SIZE as u64 * 2).min(remaining) as usize;
    if buffer.len() < capacity {
        buffer.resize(capacity, 0);
    }
    let (mut start, mut end) = (0, 0);
    loop {
        // Refill while fewer than MAX_SIZE bytes wait, so `cut` always sees
        // a whole chunk unless the input ends first.
        if remaining > 0 && end - start < chunker::MAX_SIZE {
            buffer.copy_within(start..end, 0);
            end -= start;
            start = 0;
            while end < capacity && remaining > 0 {
                let want = (capacity - end).min(remaining as usize);
                let n = reader.read(&mut buffer[end..end + want])?;
                if n == 0 {
                    return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "file shrank while it was read"));
                }
                end += n;
                remaining -= n as u64;
            }
        }
        if start == end {
            return Ok(());
        }
        let n = chunker::cut(&buffer[start..end]);
        add_chunk(&buffer[start..start + n])?;
        start += n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::capture::capture;
    use crate::storage::chunker::tests::noise;
    use crate::storage::store::DirStore;
    use std::fs;
    use std::path::PathBuf;

    /// A checkpoint's upload beside an upper directory and a store in a
    /// fresh temporary directory.
    struct Bench {
        dir: PathBuf,
        upper: PathBuf,
        store: DirStore,
        index: Mutex<ChunkIndex>,
        progress: Progress,
        session: Session,
    }

    impl Bench {
        fn new(label: &str) -> Bench {
            let dir = std::env::temp_dir().join(format!("guestd-upload-{label}-{}", std::process::id()));
            let _ = fs::remove_dir_all(&dir);
            let upper = dir.join("upper");
            fs::create_dir_all(&upper).unwrap();
            let store = DirStore::new(dir.join("store"));
            Bench {
                dir,
                upper,
                store,
                index: Mutex::default(),
                progress: Progress::default(),
                session: Session::default(),
            }
        }

        fn upload(&mut self, capture: &mut Capture, pass: Pass) {
            upload(&self.store, None, &self.upper, "c", capture, pass, &mut self.session, &self.index, &self.progress)
                .unwrap();
        }
    }

    /// The bytes that the chunk list of `path` in `capture` names.
    fn stored_bytes(store: &DirStore, capture: &Capture, path: &str) -> Vec<u8> {
        let entry = capture.entries.iter().find(|e| e.path == path).unwrap();
        let mut out = Vec::new();
        for chunk in &entry.chunks {
            let pack = store.get(&pack_key(&chunk.pack), PACK_TARGET as u64).unwrap();
            out.extend_from_slice(&pack[chunk.offset as usize..(chunk.offset + chunk.len) as usize]);
        }
        out
    }

    #[test]
    fn changed_files_read_again() {
        let mut bench = Bench::new("reread");
        let upper = bench.upper.clone();
        fs::write(upper.join("early"), noise(600 << 10, 1)).unwrap();
        fs::write(upper.join("late"), noise(600 << 10, 2)).unwrap();
        fs::write(upper.join("small"), b"small").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(120));

        // `early` changes between the first round's stat and its upload:
        // the early pass leaves it to the frozen round.
        let mut first = capture(&upper, None, None).unwrap();
        fs::write(upper.join("early"), noise(500 << 10, 3)).unwrap();
        bench.upload(&mut first, Pass::Early);
        assert_eq!(bench.session.changed_early, 1);
        assert!(first.staged.is_empty(), "files left staged after the early pass");

        // `late` changes before the frozen round and again after it: the
        // final pass reads it again with its new stat.
        fs::write(upper.join("late"), noise(650 << 10, 6)).unwrap();
        let mut second = capture(&upper, None, Some(first)).unwrap();
        let late = noise(700 << 10, 4);
        fs::write(upper.join("late"), &late).unwrap();
        bench.upload(&mut second, Pass::Final);

        assert_eq!(bench.session.reread, 1);
        assert_eq!(stored_bytes(&bench.store, &second, "early"), noise(500 << 10, 3));
        assert_eq!(stored_bytes(&bench.store, &second, "late"), late);
        assert_eq!(stored_bytes(&bench.store, &second, "small"), b"small");
        let size = second.entries.iter().find(|e| e.path == "late").unwrap().size;
        assert_eq!(size, 700 << 10);
        assert_eq!(second.logical_bytes, (500 << 10) + (700 << 10) + 5);

        // Each file counts once, as last read, however often it was read.
        let progress = &bench.progress;
        assert_eq!(progress.files_total.load(Ordering::Relaxed), 3);
        assert_eq!(progress.files_done.load(Ordering::Relaxed), 3);
        assert_eq!(progress.bytes_total.load(Ordering::Relaxed), second.logical_bytes);
        assert_eq!(progress.bytes_done.load(Ordering::Relaxed), second.logical_bytes);

        fs::remove_dir_all(&bench.dir).unwrap();
    }

    #[test]
    fn final_pass_sends_early_pack() {
        let mut bench = Bench::new("pending");
        let data = noise(400 << 10, 5);
        fs::write(bench.upper.join("only"), &data).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(120));
        let mut first = capture(&bench.upper, None, None).unwrap();
        bench.upload(&mut first, Pass::Early);

        // Nothing changed, so the final pass has no file of its own.
        let mut second = capture(&bench.upper, None, Some(first)).unwrap();
        assert!(second.staged.is_empty());
        bench.upload(&mut second, Pass::Final);
        assert_eq!(stored_bytes(&bench.store, &second, "only"), data);
        fs::remove_dir_all(&bench.dir).unwrap();
    }

    #[test]
    fn stream_matches_whole_buffer_cuts() {
        let mut state = 1u64;
        let data: Vec<u8> = (0..(20 << 20))
            .map(|_| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (state >> 56) as u8
            })
            .collect();
        let mut whole = Vec::new();
        let mut rest = &data[..];
        while !rest.is_empty() {
            let n = chunker::cut(rest);
            whole.push(n);
            rest = &rest[n..];
        }
        let mut streamed = Vec::new();
        let mut buffer = Vec::new();
        chunk_stream(&mut &data[..], data.len() as u64, &mut buffer, &mut |c| {
            streamed.push(c.len());
            Ok(())
        })
        .unwrap();
        assert_eq!(streamed, whole);

        // The same buffer serves a small input next: only its bytes count.
        let mut small = Vec::new();
        chunk_stream(&mut &b"tiny"[..], 4, &mut buffer, &mut |c| {
            small.push(c.to_vec());
            Ok(())
        })
        .unwrap();
        assert_eq!(small, vec![b"tiny".to_vec()]);
    }
}
