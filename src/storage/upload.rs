//! The part of a checkpoint that runs after the thaw: cut the captured
//! files into chunks, hash them, skip chunks the store already has, pack
//! the new ones into pack objects of about [`PACK_TARGET`] bytes, and upload
//! the packs on [`UPLOAD_THREADS`] threads while the next one fills. Each
//! stored pack is also written to the local cache, when there is one.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};

use super::cache::PackCache;
use super::capture::{Capture, Staged};
use super::chunker;
use super::hash::{sha256, to_hex, Hash};
use super::manifest::{pack_key, ChunkRef};
use super::store::{context, ObjectStore};

/// Size in bytes at which a pack is sent.
pub const PACK_TARGET: usize = 8 * 1024 * 1024;
/// Packs queued for upload beyond the ones being sent.
const QUEUED_PACKS: usize = 2;
/// Concurrent pack uploads. An S3 server on a loaded machine took about a
/// second per 8 MiB PUT in benches/storage.sh, so two uploads in flight
/// left the chunking threads waiting; restic uses five by default.
const UPLOAD_THREADS: usize = 5;

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
        let location = Location { pack: self.id.clone(), offset: self.buffer.len() as u64, len: data.len() as u64 };
        self.buffer.extend_from_slice(data);
        Ok(location)
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let data = std::mem::replace(&mut self.buffer, Vec::with_capacity(PACK_TARGET));
        self.queue
            .send((pack_key(&self.id), data))
            .map_err(|_| io::Error::other("pack upload stopped"))?;
        self.sequence += 1;
        self.id = Self::new_id(self.checkpoint, self.sequence);
        Ok(())
    }
}

/// Result of an upload: the chunk lists were written into the capture's
/// entries, and these chunks are new to the store.
pub struct Uploaded {
    pub new_chunks: Vec<(Hash, Location)>,
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

/// Uploads the data of every staged file of `capture` as checkpoint
/// `checkpoint`, filling in the entries' chunk lists.
pub fn upload(
    store: &dyn ObjectStore,
    cache: Option<&PackCache>,
    checkpoint: &str,
    capture: &mut Capture,
    index: &Mutex<ChunkIndex>,
    progress: &Progress,
) -> io::Result<Uploaded> {
    progress.bytes_total.store(capture.staged_bytes, Ordering::Relaxed);
    progress.files_total.store(capture.staged.len() as u64, Ordering::Relaxed);
    let (queue, receiver) = sync_channel::<(String, Vec<u8>)>(QUEUED_PACKS);
    let receiver = Mutex::new(receiver);
    let failure: Mutex<Option<io::Error>> = Mutex::new(None);
    let staged = std::mem::take(&mut capture.staged);
    let next = AtomicUsize::new(0);
    let chunk_lists: Mutex<Vec<(usize, Vec<ChunkRef>)>> = Mutex::new(Vec::new());
    let packing = Mutex::new(Packing {
        writer: Some(PackWriter {
            checkpoint,
            sequence: 0,
            buffer: Vec::new(),
            id: PackWriter::new_id(checkpoint, 0),
            queue,
        }),
        new_chunks: HashMap::new(),
    });
    let regions: Vec<Vec<(u64, u64)>> = staged.iter().map(|(i, _)| capture.entries[*i].regions()).collect();
    let new_chunks = std::thread::scope(|scope| {
        let senders: Vec<_> =
            (0..UPLOAD_THREADS).map(|_| scope.spawn(|| send_packs(store, cache, &receiver, &failure, progress))).collect();
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
                        let result = chunk_file(source, &regions[i], &mut buffer, index, &packing, progress);
                        match result {
                            Ok(chunks) => {
                                if let Ok(mut lists) = chunk_lists.lock() {
                                    lists.push((*entry_index, chunks));
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
        // Send the last pack, then drop the writer: that closes the queue,
        // so the senders end once it is empty.
        let mut packing = packing.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(mut writer) = packing.writer.take() {
            if let Err(err) = writer.flush() {
                if let Ok(mut failure) = failure.lock() {
                    failure.get_or_insert(err);
                }
            }
        }
        for sender in senders {
            let _ = sender.join();
        }
        std::mem::take(&mut packing.new_chunks)
    });
    for (_, source) in &staged {
        if let Staged::File(path) = source {
            let _ = std::fs::remove_file(path);
        }
    }
    if let Some(err) = failure.lock().ok().and_then(|mut f| f.take()) {
        return Err(err);
    }
    for (entry_index, chunks) in chunk_lists.into_inner().unwrap_or_default() {
        capture.entries[entry_index].chunks = chunks;
    }
    Ok(Uploaded { new_chunks: new_chunks.into_iter().collect() })
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
        let result = store.put(&key, &data);
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

/// Chunks and hashes one staged file and returns its chunk list.
fn chunk_file(
    source: &Staged,
    regions: &[(u64, u64)],
    buffer: &mut Vec<u8>,
    index: &Mutex<ChunkIndex>,
    packing: &Mutex<Packing>,
    progress: &Progress,
) -> io::Result<Vec<ChunkRef>> {
    let mut chunks = Vec::new();
    let mut add_chunk = |data: &[u8]| -> io::Result<()> {
        let hash = sha256(data);
        let known = index.lock().ok().and_then(|index| index.get(&hash).cloned());
        let location = match known {
            Some(location) => {
                progress.reused_chunks.fetch_add(1, Ordering::Relaxed);
                location
            }
            None => {
                let mut packing = packing.lock().map_err(|_| io::Error::other("packing lock poisoned"))?;
                match packing.new_chunks.get(&hash).cloned() {
                    Some(location) => {
                        progress.reused_chunks.fetch_add(1, Ordering::Relaxed);
                        location
                    }
                    None => {
                        let writer = packing.writer.as_mut().ok_or_else(|| io::Error::other("pack writer closed"))?;
                        let location = writer.add(data)?;
                        packing.new_chunks.insert(hash, location.clone());
                        progress.new_chunks.fetch_add(1, Ordering::Relaxed);
                        location
                    }
                }
            }
        };
        progress.bytes_done.fetch_add(data.len() as u64, Ordering::Relaxed);
        chunks.push(ChunkRef {
            hash: to_hex(&hash),
            pack: location.pack.to_string(),
            offset: location.offset,
            len: location.len,
        });
        Ok(())
    };
    match source {
        Staged::Memory(data) => {
            let mut rest = &data[..];
            while !rest.is_empty() {
                let n = chunker::cut(rest);
                add_chunk(&rest[..n])?;
                rest = &rest[n..];
            }
        }
        Staged::File(path) => {
            let mut file = File::open(path).map_err(|err| context(err, format!("failed to open {}", path.display())))?;
            for &(offset, len) in regions {
                file.seek(SeekFrom::Start(offset))?;
                chunk_stream(&mut file, len, buffer, &mut add_chunk)
                    .map_err(|err| context(err, format!("failed to read {}", path.display())))?;
            }
        }
    }
    Ok(chunks)
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
