//! A bounded local cache of pack data under `STATE/storage/cache/`, so that
//! a restore on the machine that wrote or last fetched a checkpoint reads
//! its chunks from local disk instead of the store.
//!
//! One file per pack, named by the pack id. A checkpoint writes each pack
//! whole once the store has it. A restore writes the byte ranges it fetched
//! at their offsets, so a file may hold only part of its pack and have
//! holes elsewhere. The cache is never trusted: callers verify every chunk read
//! from it against its SHA-256 and fetch it from the store when that fails,
//! so a torn write or a corrupted file costs a fetch, not a wrong restore.
//! Nothing here is synced for the same reason.
//!
//! The cap counts allocated bytes. Once a write takes the cache above it,
//! the least recently used packs are deleted until it fits; use order is
//! kept in memory and, across restarts, in the files' mtimes.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::{FileExt, MetadataExt};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::SystemTime;

/// Maximum length of a pack id kept in the cache; the ids guestd writes are 26 bytes.
const MAX_ID_LEN: usize = 128;

/// Default cap of the cache, in MiB.
pub const DEFAULT_CAP_MIB: u64 = 1024;

struct Slot {
    /// Allocated bytes of the file.
    bytes: u64,
    /// Logical time of the last read or write.
    used: u64,
}

#[derive(Default)]
struct Index {
    packs: HashMap<String, Slot>,
    total: u64,
    clock: u64,
}

/// Counters since the daemon started.
#[derive(Default)]
pub struct CacheStats {
    /// Bytes read from the cache that passed verification.
    pub hit_bytes: AtomicU64,
    /// Bytes that had to come from the store.
    pub miss_bytes: AtomicU64,
    /// Ranges read from the cache that failed verification.
    pub corrupt_reads: AtomicU64,
    pub evicted_packs: AtomicU64,
}

pub struct PackCache {
    dir: PathBuf,
    cap: u64,
    index: Mutex<Index>,
    pub stats: CacheStats,
}

/// Whether `id` can name a cache file: the store is outside the daemon,
/// so a pack id from a manifest must not reach outside the directory.
fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= MAX_ID_LEN && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl PackCache {
    /// Opens the cache in `dir` with a cap of `cap` bytes, creating the
    /// directory, and deletes the least recently used files if the cache
    /// is above the cap (which may have been lowered since).
    pub fn open(dir: PathBuf, cap: u64) -> io::Result<PackCache> {
        fs::create_dir_all(&dir)?;
        let mut found = Vec::new();
        for entry in fs::read_dir(&dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let meta = entry.metadata()?;
            if !meta.is_file() || !valid_id(&name) {
                let _ = fs::remove_file(entry.path());
                continue;
            }
            found.push((meta.mtime(), meta.mtime_nsec(), name, meta.blocks() * 512));
        }
        found.sort();
        let mut index = Index::default();
        for (_, _, name, bytes) in found {
            index.clock += 1;
            index.total += bytes;
            index.packs.insert(name, Slot { bytes, used: index.clock });
        }
        let cache = PackCache { dir, cap, index: Mutex::new(index), stats: CacheStats::default() };
        cache.evict(None);
        Ok(cache)
    }

    /// Allocated bytes the cache holds.
    pub fn size(&self) -> u64 {
        self.index.lock().map(|i| i.total).unwrap_or(0)
    }

    pub fn cap(&self) -> u64 {
        self.cap
    }

    /// Reads `len` bytes at `offset` of pack `id`; `None` when the cache
    /// lacks the pack or the file is shorter. The bytes are unverified.
    pub fn read(&self, id: &str, offset: u64, len: u64) -> Option<Vec<u8>> {
        if !valid_id(id) || !self.index.lock().ok()?.packs.contains_key(id) {
            return None;
        }
        let file = File::open(self.dir.join(id)).ok()?;
        let mut data = vec![0u8; len as usize];
        file.read_exact_at(&mut data, offset).ok()?;
        self.touch(id, &file);
        Some(data)
    }

    /// Stores a whole pack, replacing what the cache had of it.
    pub fn insert(&self, id: &str, data: &[u8]) {
        if !valid_id(id) || self.cap == 0 || data.len() as u64 > self.cap {
            return;
        }
        let path = self.dir.join(id);
        let tmp = self.dir.join(format!(".tmp-{id}"));
        let written = fs::write(&tmp, data).and_then(|()| fs::rename(&tmp, &path));
        if let Err(err) = written {
            let _ = fs::remove_file(&tmp);
            log::debug!("failed to cache pack {id}: {err}");
            return;
        }
        self.account(id);
    }

    /// Writes bytes fetched from the store at `offset` of pack `id`.
    pub fn write(&self, id: &str, offset: u64, data: &[u8]) {
        if !valid_id(id) || self.cap == 0 || offset + data.len() as u64 > self.cap {
            return;
        }
        let path = self.dir.join(id);
        let written = OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(false)
            .open(&path)
            .and_then(|file| file.write_all_at(data, offset));
        if let Err(err) = written {
            log::debug!("failed to cache {} bytes of pack {id}: {err}", data.len());
            return;
        }
        self.account(id);
    }

    /// Records the file's new size and use, then evicts others if needed.
    fn account(&self, id: &str) {
        let bytes = fs::metadata(self.dir.join(id)).map(|m| m.blocks() * 512).unwrap_or(0);
        if let Ok(mut index) = self.index.lock() {
            index.clock += 1;
            let used = index.clock;
            let old = index.packs.insert(id.to_string(), Slot { bytes, used }).map_or(0, |s| s.bytes);
            index.total = index.total - old + bytes;
        }
        self.evict(Some(id));
    }

    fn touch(&self, id: &str, file: &File) {
        if let Ok(mut index) = self.index.lock() {
            index.clock += 1;
            let used = index.clock;
            if let Some(slot) = index.packs.get_mut(id) {
                slot.used = used;
            }
        }
        // Keeps the order across restarts; a failure only costs that.
        let _ = file.set_modified(SystemTime::now());
    }

    /// Deletes least recently used packs, never `keep`, until the cache
    /// fits its cap.
    fn evict(&self, keep: Option<&str>) {
        let Ok(mut index) = self.index.lock() else { return };
        while index.total > self.cap {
            let oldest = index
                .packs
                .iter()
                .filter(|(id, _)| Some(id.as_str()) != keep)
                .min_by_key(|(_, slot)| slot.used)
                .map(|(id, _)| id.clone());
            let Some(id) = oldest else { break };
            if let Err(err) = fs::remove_file(self.dir.join(&id)) {
                if err.kind() != io::ErrorKind::NotFound {
                    log::warn!("failed to evict pack {id} from the cache in {}: {err}", self.dir.display());
                    break;
                }
            }
            let bytes = index.packs.remove(&id).map_or(0, |s| s.bytes);
            index.total -= bytes;
            self.stats.evicted_packs.fetch_add(1, Ordering::Relaxed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(label: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("guestd-cache-{label}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn cache_evicts_least_recently_used() {
        let dir = temp_dir("evict");
        let cache = PackCache::open(dir.clone(), 3 << 20).unwrap();
        let pack = vec![7u8; 1 << 20];
        cache.insert("a", &pack);
        cache.insert("b", &pack);
        cache.insert("c", &pack);
        assert!(cache.read("a", 0, 16).is_some(), "a was evicted too early");
        cache.insert("d", &pack);
        assert!(cache.size() <= 3 << 20, "cache holds {} bytes", cache.size());
        assert!(cache.read("b", 0, 16).is_none(), "b, the least recently used, was kept");
        assert!(cache.read("a", 0, 16).is_some(), "a, read recently, was evicted");
        assert!(!dir.join("b").exists(), "the file of b is still there");

        // The order survives a reopen, and a lower cap evicts at once.
        drop(cache);
        let reopened = PackCache::open(dir.clone(), 1 << 20).unwrap();
        assert!(reopened.size() <= 1 << 20, "reopened cache holds {} bytes", reopened.size());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn cache_keeps_written_ranges() {
        let dir = temp_dir("ranges");
        let cache = PackCache::open(dir.clone(), 64 << 20).unwrap();
        cache.write("p", 4096, b"later bytes");
        assert_eq!(cache.read("p", 4096, 11).unwrap(), b"later bytes");
        assert_eq!(cache.read("p", 0, 4).unwrap(), vec![0; 4], "a hole reads as zeros");
        assert!(cache.read("p", 4096, 100).is_none(), "a read past the end succeeded");
        assert!(cache.read("missing", 0, 1).is_none());
        cache.write("../escape", 0, b"x");
        assert!(!dir.parent().unwrap().join("escape").exists());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn zero_cap_disables_cache() {
        let dir = temp_dir("off");
        let cache = PackCache::open(dir.clone(), 0).unwrap();
        cache.insert("a", b"data");
        assert!(cache.read("a", 0, 4).is_none());
        assert_eq!(cache.size(), 0);
        fs::remove_dir_all(dir).unwrap();
    }
}
