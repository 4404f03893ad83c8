//! The operations of the storage subsystem as event-loop steps: each one
//! checks and marks the subsystem busy on the loop, runs its blocking work
//! on the pool, and records the outcome in a completion.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use super::cache::PackCache;
use super::capture::{self, Capture};
use super::durable;
use super::hash::parse_hash;
use super::manifest::{
    encode_segment, manifest_key, segment_key, Manifest, SegmentRef, FORMAT_VERSION, MAX_MANIFEST_BYTES,
    MAX_SEGMENT_BYTES, MAX_SEGMENT_OBJECT_BYTES,
};
use super::restore::{self, RestoreProgress};
use super::store::{self, ObjectStore};
use super::upload::{self, ChunkIndex, Location, Progress};
use super::{Busy, Checkpoint, RestoreStatus, State};
use crate::daemon::{Daemon, StartError};
use crate::http::{Response, Stream};
use crate::{container, version};

/// Concurrent uploads of manifest segments.
const SEGMENT_UPLOAD_THREADS: usize = 4;
/// Concurrent fetches of manifest segments.
const SEGMENT_FETCH_THREADS: usize = 8;
/// Maximum length of a checkpoint id accepted from a store's listing.
/// This build's ids have 20 characters.
const MAX_ID_LEN: usize = 128;
/// Maximum number of manifests a store may list. A listing takes about
/// 100 bytes per key, so at most about 6.5 MB. A store that lists more is
/// treated as unreadable.
const MAX_MANIFESTS: usize = 65_536;
/// Largest segment object fetched ahead on those threads: a segment the
/// writer cut at 1 MiB of JSON, with room for its last entry. A larger one
/// is fetched alone when it is read, so the threads keep at most 8 MiB.
const PREFETCH_MAX: usize = 1536 * 1024;
/// Bytes of segment objects kept during one load for the manifests that
/// share them. Further ones are fetched again by each manifest.
const SEGMENT_CACHE_MAX: usize = 8 << 20;

/// Segment objects fetched during one load, by hash.
#[derive(Default)]
struct SegmentCache {
    objects: HashMap<String, Vec<u8>>,
    /// Sum of the objects' sizes, at most [`SEGMENT_CACHE_MAX`].
    bytes: usize,
}

/// A connection that waits for an operation to end.
pub struct Waiter {
    pub target: String,
    pub stream: Stream,
}

fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// Makes a new checkpoint id: Unix time in milliseconds, then a random
/// suffix, so ids sort by creation time.
fn new_id() -> String {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    let seed = format!("{}-{}-{:?}", now.as_nanos(), std::process::id(), std::thread::current().id());
    let suffix = super::hash::to_hex(&super::hash::sha256(seed.as_bytes())[..3]);
    format!("{}{:03}-{suffix}", now.as_secs(), now.subsec_millis())
}

fn manifests_dir(dir: &Path) -> PathBuf {
    dir.join("manifests")
}

fn marker(dir: &Path, state: &str, id: &str) -> PathBuf {
    dir.join(state).join(format!("{id}.json"))
}

/// Staging directory of a restore, beside the upper directory so the two
/// can be swapped with one rename.
fn restore_staging(upper: &Path) -> PathBuf {
    let mut name = upper.file_name().unwrap_or_default().to_os_string();
    name.push(".restore");
    upper.with_file_name(name)
}

fn journal_path(dir: &Path) -> PathBuf {
    dir.join("restore.journal")
}

/// Writes `data` to `path` and syncs it.
fn write_synced(path: &Path, data: &[u8]) -> io::Result<()> {
    let mut file = fs::File::create(path)?;
    io::Write::write_all(&mut file, data)?;
    file.sync_all()
}

/// Writes `data` to `path` through a temporary file and a rename.
pub(super) fn write_atomic(path: &Path, data: &[u8]) -> io::Result<()> {
    let tmp = path.with_extension("tmp");
    write_synced(&tmp, data)?;
    fs::rename(&tmp, path)?;
    crate::sys::tree::sync_dir(path.parent().unwrap_or(Path::new("/")))
}

#[derive(miniserde::Serialize, miniserde::Deserialize)]
struct Marker {
    id: String,
    created_at: u64,
    comment: String,
    error: String,
    guestd_version: String,
}

/// Runs one start step: opens the store and loads the manifests on the pool.
/// With `--restore` the step waits (returns false) until the pool has
/// loaded them and rebuilt the upper directory, since the container
/// starts on that tree.
pub fn start(d: &mut Daemon) -> Result<bool, StartError> {
    match std::mem::replace(&mut d.storage.cold_restore, ColdRestore::Running) {
        ColdRestore::Running => return Ok(false),
        ColdRestore::Finished(result) => {
            d.storage.cold_restore = ColdRestore::Idle;
            return finish_cold_restore(d, result).map(|()| true);
        }
        ColdRestore::Idle => d.storage.cold_restore = ColdRestore::Idle,
    }
    let dir = d.storage.dir.clone();
    for sub in ["manifests", "pending", "failed"] {
        crate::daemon::step(fs::create_dir_all(dir.join(sub)), || {
            format!("failed to create {}", dir.join(sub).display())
        })?;
    }
    let rebuild = recover(d);
    d.storage.checkpoints = load_failed(&dir);
    if d.storage.cache_cap > 0 {
        match PackCache::open(dir.join("cache"), d.storage.cache_cap) {
            Ok(cache) => d.storage.cache = Some(Arc::new(cache)),
            Err(err) => log::warn!("local pack cache in {} disabled: {err}", dir.join("cache").display()),
        }
    }
    // Opening checks the URL and loads the keys without any I/O to the
    // store, so a failure is a setting to fix. Starting without the store
    // would only fail every checkpoint later.
    let store = store::open(&d.storage.store_config).map_err(|err| StartError {
        step: format!("invalid checkpoint store {}", d.storage.store_config.url),
        source: io::Error::new(io::ErrorKind::InvalidInput, err),
    })?;
    d.storage.store = Some(Arc::from(store));
    let store = d.storage.store.clone();
    // A `--restore` given on the command line wins over a rebuild: it
    // replaces the whole tree too, and is the way out when the marker's
    // checkpoint is gone from the store.
    let Some(wanted) = d.config.restore.clone().or(rebuild) else {
        d.pool.spawn(move || {
            let loaded = load(&dir, store.as_deref(), None);
            // The objects read to build it are freed, so hand them back.
            crate::sys::memory::trim_heap();
            Box::new(move |d: &mut Daemon| install_loaded(d, loaded))
        });
        return Ok(true);
    };
    let Some(store) = store else {
        let reason = "the checkpoint store is not open".to_string();
        return finish_cold_restore(d, Err(reason)).map(|()| true);
    };
    let upper = container::upper_dir(d);
    let cache = d.storage.cache.clone();
    d.storage.cold_restore = ColdRestore::Running;
    d.pool.spawn(move || {
        let started = Instant::now();
        let mut loaded = load(&dir, Some(&*store), Some(&wanted));
        log::debug!("manifests loaded for the cold restore in {} ms", started.elapsed().as_millis());
        let result = cold_restore(&*store, cache.as_deref(), &dir, &upper, &mut loaded, &wanted)
            .map(|restored| (Box::new(restored), started.elapsed().as_millis() as u64));
        crate::sys::memory::trim_heap();
        Box::new(move |d: &mut Daemon| {
            d.storage.unsaved = std::mem::take(&mut loaded.unsaved);
            install_loaded(d, loaded);
            d.storage.cold_restore = ColdRestore::Finished(result);
        })
    });
    Ok(false)
}

/// Writes the local copies of manifests fetched for a cold restore, on
/// the pool.
pub fn save_later(d: &mut Daemon, manifests: Vec<Manifest>) {
    if manifests.is_empty() {
        return;
    }
    let local = manifests_dir(&d.storage.dir);
    d.pool.spawn(move || {
        for manifest in manifests {
            let path = local.join(format!("{}.json", manifest.id));
            if let Err(err) = write_atomic(&path, manifest.to_json().as_bytes()) {
                log::error!("failed to save manifest {} locally: {err}", manifest.id);
            }
        }
        Box::new(|_: &mut Daemon| {})
    });
}

/// A cold restore at start (`--restore`).
pub enum ColdRestore {
    Idle,
    /// Restore running on the pool, while the start step waits.
    Running,
    /// Restore outcome: the restored tree and the duration in ms, or the error.
    Finished(Result<(Box<Restored>, u64), String>),
}

fn finish_cold_restore(d: &mut Daemon, result: Result<(Box<Restored>, u64), String>) -> Result<(), StartError> {
    let (restored, duration_ms) = result.map_err(|err| StartError {
        step: "failed to restore the upper layer at start".into(),
        source: io::Error::other(err),
    })?;
    let Restored { fresh, marker, old_tree } = *restored;
    let id = marker.id.clone();
    // The container starts in the next start steps, and the pool syncs
    // once it has.
    d.storage.unsettled = Some((marker, old_tree));
    d.storage.baseline = Some(Arc::new(fresh));
    d.storage.last_restore = Some(RestoreStatus { id, state: "complete", error: None, duration_ms: Some(duration_ms) });
    Ok(())
}

/// Cleans up after a daemon that was killed during a checkpoint or a
/// restore. The upper directory is whole either way: a restore changes it
/// only by one atomic exchange. Returns the checkpoint to rebuild the
/// upper directory from, when the machine went down before a restored
/// tree was on disk.
fn recover(d: &mut Daemon) -> Option<String> {
    let dir = d.storage.dir.clone();
    let upper = container::upper_dir(d);
    let staging = restore_staging(&upper);
    let journal = journal_path(&dir);
    let rebuild = recover_unsynced(d, &dir, &upper);
    if journal.exists() {
        log::warn!(
            "a restore was interrupted; the upper directory keeps the tree it had, {} is removed",
            staging.display()
        );
        // The exchange may or may not have happened; either way the upper
        // directory is whole but its last known state is unknown.
        let _ = fs::remove_file(dir.join("baseline.json"));
    }
    if staging.exists() {
        if let Err(err) = fs::remove_dir_all(&staging) {
            log::error!("failed to remove {}: {err}", staging.display());
        }
    }
    let _ = fs::remove_file(&journal);
    // Checkpoints of earlier versions copied files into `staging`.
    let _ = fs::remove_dir_all(dir.join("staging"));
    let pending: Vec<_> = fs::read_dir(dir.join("pending")).into_iter().flatten().flatten().collect();
    for entry in pending {
        let Ok(text) = fs::read_to_string(entry.path()) else { continue };
        let Ok(mut record) = miniserde::json::from_str::<Marker>(&text) else { continue };
        log::warn!("checkpoint {} was interrupted by a daemon restart; marking it failed", record.id);
        record.error = "interrupted: the daemon stopped before the checkpoint completed".into();
        let _ = write_atomic(&marker(&dir, "failed", &record.id), miniserde::json::to_string(&record).as_bytes());
        let _ = fs::remove_file(entry.path());
    }
    rebuild
}

/// Acts on the durability marker of a restore whose tree may not be on
/// disk. In the same boot, the page cache still contains the whole tree,
/// so syncing it is enough. After another boot, the tree on disk may be
/// torn, with inodes that still match the baseline, so the baseline is
/// dropped and the tree is rebuilt from the store. Also removes, on the
/// pool, trees that restores replaced and had not removed yet.
fn recover_unsynced(d: &mut Daemon, dir: &Path, upper: &Path) -> Option<String> {
    let prefix = format!("{}.replaced.", upper.file_name().unwrap_or_default().to_string_lossy());
    let leftovers: Vec<PathBuf> = upper
        .parent()
        .and_then(|parent| fs::read_dir(parent).ok())
        .into_iter()
        .flatten()
        .flatten()
        .filter(|entry| entry.file_name().to_string_lossy().starts_with(&prefix))
        .map(|entry| entry.path())
        .collect();
    let marker = match durable::read_marker(dir) {
        Ok(marker) => marker,
        Err(err) => {
            log::error!(
                "{err}; the upper directory is kept as it is without its last known state. Remove the file \
                 once the tree is checked, or start with --restore ID to rebuild it from the store"
            );
            let _ = fs::remove_file(dir.join("baseline.json"));
            None
        }
    };
    let rebuild = match marker {
        Some(marker) if marker.same_boot() => {
            log::info!(
                "the restored tree of checkpoint {} was not yet on disk when the daemon stopped; syncing it",
                marker.id
            );
            d.storage.unsettled = Some((marker, None));
            None
        }
        Some(marker) => {
            log::warn!(
                "the machine restarted before the restored tree of checkpoint {} was on disk; {} may be torn \
                 and is rebuilt from the store",
                marker.id,
                upper.display()
            );
            let _ = fs::remove_file(dir.join("baseline.json"));
            Some(marker.id)
        }
        None => None,
    };
    if !leftovers.is_empty() {
        d.pool.spawn(move || {
            remove_replaced(&leftovers);
            Box::new(|_: &mut Daemon| {})
        });
    }
    rebuild
}

fn remove_replaced(trees: &[PathBuf]) {
    for tree in trees {
        if let Err(err) = fs::remove_dir_all(tree) {
            log::warn!("failed to remove the replaced tree {}: {err}", tree.display());
        }
    }
}

/// Manifests and markers read at start.
struct Loaded {
    checkpoints: Vec<Checkpoint>,
    index: ChunkIndex,
    baseline: Option<Manifest>,
    /// The manifest that `load` was requested to keep, for a cold restore.
    kept: Option<Manifest>,
    /// Manifests fetched from the store whose local copies a cold restore
    /// writes once the container has started.
    unsaved: Vec<Manifest>,
}

/// Syncs the local manifest copies with the store (the store wins), then
/// builds the chunk index. Keeps the manifest `keep` names (an id, or
/// `latest` for the newest) in memory. Runs on the pool.
fn load(dir: &Path, store: Option<&dyn ObjectStore>, keep: Option<&str>) -> Loaded {
    let local = manifests_dir(dir);
    let started = Instant::now();
    let mut loaded =
        Loaded { checkpoints: Vec::new(), index: ChunkIndex::new(), baseline: None, kept: None, unsaved: Vec::new() };
    let take = |manifest: Manifest, loaded: &mut Loaded| {
        add_to_index(&mut loaded.index, &manifest);
        loaded.checkpoints.push(summary(&manifest));
        let wanted = match keep {
            Some("latest") => loaded
                .kept
                .as_ref()
                .is_none_or(|kept| (manifest.created_at, &manifest.id) > (kept.created_at, &kept.id)),
            Some(id) => manifest.id == id,
            None => false,
        };
        if wanted {
            loaded.kept = Some(manifest);
        }
    };
    let mut fetched = HashSet::new();
    if let Some(store) = store {
        match store.list("manifests/", MAX_MANIFESTS) {
            Ok(listed) => {
                let remote: Vec<String> =
                    listed.iter().filter_map(|(key, _)| listed_id(key)).map(str::to_string).collect();
                if remote.len() < listed.len() {
                    log::warn!(
                        "ignoring {} keys under manifests/ in {} that are not checkpoint manifests",
                        listed.len() - remote.len(),
                        store.describe()
                    );
                }
                let segments = Mutex::new(SegmentCache::default());
                for id in &remote {
                    let path = local.join(format!("{id}.json"));
                    if path.exists() {
                        continue;
                    }
                    match fetch_manifest_with(store, id, &segments) {
                        Ok(manifest) => {
                            // A local copy spares the next start a fetch,
                            // and a cold restore does not wait for it.
                            if keep.is_some() {
                                loaded.unsaved.push(manifest.clone());
                            } else if let Err(err) = write_atomic(&path, manifest.to_json().as_bytes()) {
                                log::error!("failed to save manifest {id} locally: {err}");
                            }
                            fetched.insert(format!("{id}.json"));
                            take(manifest, &mut loaded);
                        }
                        Err(err) => log::error!("{err}"),
                    }
                }
                for entry in fs::read_dir(&local).into_iter().flatten().flatten() {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    let Some(id) = name.strip_suffix(".json") else { continue };
                    if !remote.iter().any(|r| r == id) {
                        log::warn!("manifest {id} is no longer in {}; forgetting it", store.describe());
                        let _ = fs::remove_file(entry.path());
                    }
                }
            }
            Err(err) => log::warn!("failed to list manifests in the store, using local copies: {err}"),
        }
    }
    log::debug!("{} manifests fetched from the store in {} ms", fetched.len(), started.elapsed().as_millis());
    for entry in fs::read_dir(&local).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "json") || fetched.contains(&*entry.file_name().to_string_lossy()) {
            continue;
        }
        let manifest = match fs::read_to_string(&path).map_err(|e| e.to_string()).and_then(|t| Manifest::from_json(&t))
        {
            Ok(manifest) => manifest,
            Err(err) => {
                log::error!("skipping manifest {}: {err}", path.display());
                continue;
            }
        };
        take(manifest, &mut loaded);
    }
    loaded.baseline =
        fs::read_to_string(dir.join("baseline.json")).ok().and_then(|text| Manifest::from_json(&text).ok());
    loaded
}

/// Returns the checkpoint id of manifest key `key` listed by the store,
/// or `None` when it cannot be an id this daemon wrote. The id names the
/// local copy's file, so an id with a `/` or `..` from a hostile store
/// would write outside the manifests directory.
fn listed_id(key: &str) -> Option<&str> {
    let id = key.strip_prefix("manifests/")?.strip_suffix(".json")?;
    let valid = !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    valid.then_some(id)
}

/// Records of failed checkpoints, read at start before anything else so
/// that a checkpoint interrupted by a restart is listed at once.
fn load_failed(dir: &Path) -> Vec<Checkpoint> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir.join("failed")).into_iter().flatten().flatten() {
        let Ok(text) = fs::read_to_string(entry.path()) else { continue };
        let Ok(record) = miniserde::json::from_str::<Marker>(&text) else { continue };
        out.push(Checkpoint {
            id: record.id,
            created_at: record.created_at,
            comment: record.comment,
            state: State::Failed,
            error: Some(record.error),
            logical_bytes: 0,
            stored_bytes: 0,
            entries: 0,
            progress: None,
            frozen_ms: None,
            duration_ms: None,
            started: None,
        });
    }
    out
}

fn add_to_index(index: &mut ChunkIndex, manifest: &Manifest) {
    for entry in &manifest.entries {
        for chunk in &entry.chunks {
            let Some(hash) = parse_hash(&chunk.hash) else { continue };
            index.entry(hash).or_insert_with(|| Location {
                pack: Arc::from(chunk.pack.as_str()),
                offset: chunk.offset,
                len: chunk.len,
            });
        }
    }
}

fn summary(manifest: &Manifest) -> Checkpoint {
    Checkpoint {
        id: manifest.id.clone(),
        created_at: manifest.created_at,
        comment: manifest.comment.clone(),
        state: State::Complete,
        error: None,
        logical_bytes: manifest.logical_bytes,
        stored_bytes: manifest.stored_bytes,
        entries: manifest.entries.len() as u64,
        progress: None,
        frozen_ms: None,
        duration_ms: None,
        started: None,
    }
}

fn install_loaded(d: &mut Daemon, loaded: Loaded) {
    // Keep what is already known (failed records, checkpoints started
    // meanwhile) and add the stored ones.
    d.storage.checkpoints.retain(|c| c.state != State::Complete);
    d.storage.checkpoints.extend(loaded.checkpoints);
    d.storage.checkpoints.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
    if let Ok(mut index) = d.storage.index.lock() {
        *index = loaded.index;
    }
    d.storage.baseline = loaded.baseline.map(Arc::new);
    if d.storage.busy == Some(Busy::Loading) {
        d.storage.busy = None;
    }
    log::info!(
        "checkpoint store {}: {} checkpoints",
        d.storage.store_config.url,
        d.storage.checkpoints.iter().filter(|c| c.state == State::Complete).count()
    );
}

/// Rejects a new operation while another runs or the store is unusable.
fn check_ready(d: &Daemon) -> Result<Arc<dyn ObjectStore>, Response> {
    if d.exit_action.is_some() {
        return Err(Response::error(503, "the daemon is shutting down; retry once it has started again"));
    }
    if let Some(busy) = &d.storage.busy {
        let status = if *busy == Busy::Loading { 503 } else { 409 };
        return Err(Response::error(status, format!("{}; retry when it has finished", busy.describe())));
    }
    d.storage
        .store
        .clone()
        .ok_or_else(|| Response::error(503, "the checkpoint store is not open yet; retry in a moment"))
}

/// Starts a checkpoint and returns its id.
pub fn create_checkpoint(d: &mut Daemon, comment: String) -> Result<String, Response> {
    let store = check_ready(d)?;
    let id = new_id();
    let created_at = unix_now();
    let record = Marker {
        id: id.clone(),
        created_at,
        comment: comment.clone(),
        error: String::new(),
        guestd_version: version::VERSION.into(),
    };
    let dir = d.storage.dir.clone();
    if let Err(err) = write_atomic(&marker(&dir, "pending", &id), miniserde::json::to_string(&record).as_bytes()) {
        let message = format!("failed to record checkpoint {id} in {}", dir.display());
        return Err(Response::state_write_failed(&message, &dir, &err));
    }
    let progress = Arc::new(Progress::default());
    d.storage.checkpoints.push(Checkpoint {
        id: id.clone(),
        created_at,
        comment: comment.clone(),
        state: State::Pending,
        error: None,
        logical_bytes: 0,
        stored_bytes: 0,
        entries: 0,
        progress: Some(progress.clone()),
        frozen_ms: None,
        duration_ms: None,
        started: Some(Instant::now()),
    });
    d.storage.busy = Some(Busy::Checkpoint(id.clone()));
    log::info!("checkpoint {id} started");
    reset_peak_rss();

    // A stopped container writes nothing, so one walk of its upper
    // directory is consistent without a freeze. A running one gets a first
    // round while it runs, whose changed files are uploaded at once, then a
    // frozen round that reads only what changed since.
    let job = Job {
        id: id.clone(),
        upper: container::upper_dir(d),
        baseline: d.storage.baseline.clone(),
        comment,
        created_at,
        store,
        cache: d.storage.cache.clone(),
        index: d.storage.index.clone(),
        progress,
        session: upload::Session::default(),
    };
    if container::is_stopped(d) {
        frozen_round(d, job, None);
        return Ok(id);
    }
    d.pool.spawn(move || {
        let mut job = job;
        let started = Instant::now();
        let captured = capture::capture(&job.upper, job.baseline.as_deref(), None)
            .map_err(|err| io::Error::new(err.kind(), format!("failed to capture the upper layer: {err}")));
        let first = captured.and_then(|mut first| {
            let walk_ms = started.elapsed().as_millis();
            let changed = first.staged.len();
            let uploaded = Instant::now();
            job.upload(&mut first, upload::Pass::Early)
                .map_err(|err| io::Error::new(err.kind(), format!("failed to upload the data: {err}")))?;
            log::debug!(
                "checkpoint {}: first round {} ms (walk {walk_ms} ms, {} ms CPU), {} entries, {changed} changed files \
                 uploaded in {} ms, {} of them changed meanwhile",
                job.id,
                started.elapsed().as_millis(),
                first.cpu_time.as_millis(),
                first.entries.len(),
                uploaded.elapsed().as_millis(),
                job.session.changed_early,
            );
            Ok(first)
        });
        Box::new(move |d: &mut Daemon| match first {
            Ok(first) => frozen_round(d, job, Some(first)),
            // The error names its step: the walk or the upload.
            Err(err) => finish_checkpoint(d, &job.id, Err(err.to_string())),
        })
    });
    Ok(id)
}

/// The parts of one checkpoint, handed from step to step.
struct Job {
    id: String,
    upper: PathBuf,
    baseline: Option<Arc<Manifest>>,
    comment: String,
    created_at: u64,
    store: Arc<dyn ObjectStore>,
    cache: Option<Arc<PackCache>>,
    index: Arc<std::sync::Mutex<ChunkIndex>>,
    progress: Arc<Progress>,
    session: upload::Session,
}

impl Job {
    fn upload(&mut self, capture: &mut Capture, pass: upload::Pass) -> io::Result<()> {
        upload::upload(
            &*self.store,
            self.cache.as_deref(),
            &self.upper,
            &self.id,
            capture,
            pass,
            &mut self.session,
            &self.index,
            &self.progress,
        )
    }
}

/// Freezes the container unless it is stopped, walks the upper directory
/// again on top of `first`, thaws, and starts the upload.
fn frozen_round(d: &mut Daemon, job: Job, first: Option<Capture>) {
    let frozen = !container::is_stopped(d);
    if frozen {
        if let Err(err) = container::freeze(d) {
            finish_checkpoint(d, &job.id, Err(format!("failed to freeze the container: {err}")));
            return;
        }
    }
    let frozen_at = Instant::now();
    d.pool.spawn(move || {
        let captured = capture::capture(&job.upper, job.baseline.as_deref(), first);
        Box::new(move |d: &mut Daemon| {
            let thawed = if frozen { container::thaw(d) } else { Ok(()) };
            let frozen_ms = frozen_at.elapsed().as_millis() as u64;
            if let Some(checkpoint) = d.storage.find_mut(&job.id) {
                checkpoint.frozen_ms = Some(frozen_ms);
            }
            if let Err(err) = thawed {
                log::error!("failed to thaw the container after checkpoint {}: {err}", job.id);
            }
            match captured {
                Ok(capture) => {
                    log::debug!(
                        "checkpoint {}: frozen {frozen_ms} ms (walk {} ms, {} ms CPU), {} entries, {} unchanged, {} read earlier",
                        job.id,
                        capture.elapsed.as_millis(),
                        capture.cpu_time.as_millis(),
                        capture.entries.len(),
                        capture.unchanged,
                        capture.precopied
                    );
                    start_upload(d, job, capture);
                }
                Err(err) => finish_checkpoint(d, &job.id, Err(format!("failed to capture the upper layer: {err}"))),
            }
        })
    });
}

fn start_upload(d: &mut Daemon, mut job: Job, mut capture: Capture) {
    let parent = d.storage.baseline.as_ref().map(|b| b.id.clone());
    // Segments of the baseline are in the store: gc keeps them while it is
    // the baseline.
    let known_segments: HashSet<String> =
        d.storage.baseline.iter().flat_map(|b| b.segments.iter().flatten()).map(|s| s.hash.clone()).collect();
    let previous = d.storage.baseline.clone();
    let dir = d.storage.dir.clone();
    d.pool.spawn(move || {
        let id = job.id.clone();
        let result = (|| -> Result<Manifest, String> {
            let started = Instant::now();
            job.upload(&mut capture, upload::Pass::Final).map_err(|err| format!("failed to upload the data: {err}"))?;
            log::debug!(
                "checkpoint {id}: data uploaded in {} ms ({} ms in pack uploads over all threads), {} files read again after the thaw",
                started.elapsed().as_millis(),
                job.progress.put_micros.load(Ordering::Relaxed) / 1000,
                job.session.reread
            );
            let mut manifest = Manifest {
                format: FORMAT_VERSION,
                guestd_version: version::VERSION.into(),
                id: id.clone(),
                created_at: job.created_at,
                comment: std::mem::take(&mut job.comment),
                parent,
                logical_bytes: capture.logical_bytes,
                stored_bytes: job.progress.stored_bytes.load(Ordering::Relaxed),
                walked_at_ns: Some(capture.started_ns),
                segments: None,
                entries: std::mem::take(&mut capture.entries),
            };
            drop(capture);
            let started = Instant::now();
            let segments = manifest.cut_segments(previous.as_deref());
            let serialized_ms = started.elapsed().as_millis();
            manifest.segments = Some(segments.iter().map(|(reference, _)| reference.clone()).collect());
            // The local copy, with the entries inline, is written and synced
            // while the uploads run, and renamed into place only once the
            // manifest is in the store.
            let local = manifests_dir(&dir).join(format!("{id}.json"));
            let local_tmp = local.with_extension("tmp");
            let (stored, (written, written_ms)) = std::thread::scope(|scope| {
                let writer = scope.spawn(|| {
                    let started = Instant::now();
                    (write_synced(&local_tmp, manifest.to_json().as_bytes()), started.elapsed().as_millis())
                });
                let stored = store_manifest(&*job.store, &manifest, segments, &known_segments);
                let panicked = || (Err(io::Error::other("local manifest writer panicked")), 0);
                (stored, writer.join().unwrap_or_else(|_| panicked()))
            });
            let (json_len, new_segments) = match stored {
                Ok(sizes) => sizes,
                Err(err) => {
                    let _ = fs::remove_file(&local_tmp);
                    return Err(format!("failed to upload the manifest: {err}"));
                }
            };
            log::debug!(
                "checkpoint {id}: manifest of {json_len} bytes and {new_segments} new segments serialized in {serialized_ms} ms, \
                 stored in {} ms (local copy written and synced in {written_ms} ms)",
                started.elapsed().as_millis()
            );
            let saved = written
                .and_then(|()| fs::rename(&local_tmp, &local))
                .and_then(|()| crate::sys::tree::sync_dir(&manifests_dir(&dir)))
                .and_then(|()| {
                    let link = dir.join("baseline.json.tmp");
                    let _ = fs::remove_file(&link);
                    fs::hard_link(&local, &link)?;
                    fs::rename(&link, dir.join("baseline.json"))
                });
            if let Err(err) = saved {
                // The checkpoint is complete in the store; only the local
                // copy is missing, and the next start fetches it.
                let _ = fs::remove_file(&local_tmp);
                log::error!("checkpoint {id} is stored but its local copy failed: {err}");
            }
            Ok(manifest)
        })();
        let new_chunks = std::mem::take(&mut job.session.new_chunks);
        drop(job);
        crate::sys::memory::trim_heap();
        Box::new(move |d: &mut Daemon| match result {
            Ok(manifest) => {
                if let Ok(mut index) = d.storage.index.lock() {
                    index.extend(new_chunks);
                }
                let id = manifest.id.clone();
                if let Some(checkpoint) = d.storage.find_mut(&id) {
                    checkpoint.logical_bytes = manifest.logical_bytes;
                    checkpoint.stored_bytes = manifest.stored_bytes;
                    checkpoint.entries = manifest.entries.len() as u64;
                }
                d.storage.baseline = Some(Arc::new(manifest));
                finish_checkpoint(d, &id, Ok(()));
            }
            Err(err) => finish_checkpoint(d, &id, Err(err)),
        })
    });
}

/// Uploads the segments of `manifest` that are not in `known`, on a few
/// threads, then the manifest itself. Returns the manifest's size in
/// bytes and the number of segments uploaded.
fn store_manifest(
    store: &dyn ObjectStore,
    manifest: &Manifest,
    segments: Vec<(SegmentRef, Option<String>)>,
    known: &HashSet<String>,
) -> io::Result<(usize, usize)> {
    // A reader rejects larger objects, so a checkpoint that stored them
    // could not be restored. Both checks come before any upload.
    let json = manifest.to_store_json(segments.iter().map(|(r, _)| r.clone()).collect());
    if json.len() > MAX_MANIFEST_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!(
                "manifest {} is {} bytes, over the limit of {MAX_MANIFEST_BYTES} bytes; the tree has too many entries",
                manifest_key(&manifest.id),
                json.len()
            ),
        ));
    }
    let mut seen = HashSet::new();
    let fresh: Vec<(&SegmentRef, &String)> = segments
        .iter()
        .filter_map(|(r, body)| Some((r, body.as_ref()?)))
        .filter(|(r, _)| !known.contains(&r.hash) && seen.insert(r.hash.clone()))
        .collect();
    for (reference, body) in &fresh {
        if body.len() > MAX_SEGMENT_BYTES {
            return Err(io::Error::new(
                io::ErrorKind::FileTooLarge,
                format!(
                    "manifest segment {} of {} entries is {} bytes of JSON, over the limit of {MAX_SEGMENT_BYTES} \
                     bytes; one of its files has too many chunks or too many xattrs for a checkpoint",
                    segment_key(&reference.hash),
                    reference.entries,
                    body.len()
                ),
            ));
        }
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let threads = fresh.len().clamp(1, SEGMENT_UPLOAD_THREADS);
    std::thread::scope(|scope| {
        let uploads: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| -> io::Result<()> {
                    while let Some((reference, body)) = fresh.get(next.fetch_add(1, Ordering::Relaxed)) {
                        store.put(&segment_key(&reference.hash), &encode_segment(body.as_bytes()))?;
                    }
                    Ok(())
                })
            })
            .collect();
        uploads
            .into_iter()
            .try_for_each(|upload| upload.join().unwrap_or_else(|_| Err(io::Error::other("segment upload panicked"))))
    })?;
    let uploaded = fresh.len();
    store.put(&manifest_key(&manifest.id), json.as_bytes())?;
    Ok((json.len(), uploaded))
}

/// Resets the daemon's peak RSS (`VmHWM`), so that the value read when a
/// checkpoint ends is the peak during that checkpoint. Without the kernel
/// support it stays the peak since the daemon started.
fn reset_peak_rss() {
    let _ = fs::write("/proc/self/clear_refs", "5");
}

/// Reads the daemon's peak RSS (`VmHWM`) in KiB.
fn peak_rss_kib() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn finish_checkpoint(d: &mut Daemon, id: &str, result: Result<(), String>) {
    let dir = d.storage.dir.clone();
    let pending = marker(&dir, "pending", id);
    let Some(checkpoint) = d.storage.find_mut(id) else { return };
    checkpoint.duration_ms = checkpoint.started.map(|s| s.elapsed().as_millis() as u64);
    match result {
        Ok(()) => {
            checkpoint.state = State::Complete;
            log::info!(
                "checkpoint {id} complete: {} bytes, {} new bytes stored, frozen {} ms, {} ms in all, daemon peak RSS {} KiB",
                checkpoint.logical_bytes,
                checkpoint.stored_bytes,
                checkpoint.frozen_ms.unwrap_or(0),
                checkpoint.duration_ms.unwrap_or(0),
                peak_rss_kib().unwrap_or(0)
            );
            let _ = fs::remove_file(&pending);
        }
        Err(err) => {
            log::error!("checkpoint {id} failed: {err}");
            checkpoint.state = State::Failed;
            checkpoint.error = Some(err.clone());
            let record = Marker {
                id: id.to_string(),
                created_at: checkpoint.created_at,
                comment: checkpoint.comment.clone(),
                error: err,
                guestd_version: version::VERSION.into(),
            };
            if let Err(err) = write_atomic(&marker(&dir, "failed", id), miniserde::json::to_string(&record).as_bytes())
            {
                log::warn!("failed to record that checkpoint {id} failed: {err}");
            }
            let _ = fs::remove_file(&pending);
        }
    }
    d.storage.busy = None;
    notify_waiters(d, id);
    super::follow::tick(d);
}

fn notify_waiters(d: &mut Daemon, target: &str) {
    let (ready, rest): (Vec<Waiter>, Vec<Waiter>) =
        std::mem::take(&mut d.storage.waiters).into_iter().partition(|w| w.target == target);
    d.storage.waiters = rest;
    for waiter in ready {
        let response = crate::api::checkpoints::outcome(d, target);
        super::answer(waiter.stream, response);
    }
}

/// Reads a checkpoint's manifest from the local copy, else from the store.
fn read_manifest(dir: &Path, store: &dyn ObjectStore, id: &str) -> Result<Manifest, String> {
    let local = manifests_dir(dir).join(format!("{id}.json"));
    match fs::read_to_string(&local) {
        Ok(text) => Manifest::from_json(&text).map_err(|err| format!("manifest {id}: {err}")),
        Err(_) => fetch_manifest(store, id),
    }
}

/// Reads a checkpoint's manifest and its segments from the store.
fn fetch_manifest(store: &dyn ObjectStore, id: &str) -> Result<Manifest, String> {
    fetch_manifest_with(store, id, &Mutex::new(SegmentCache::default()))
}

/// Reads a checkpoint's manifest from the store, and its segments on a
/// few threads. `segments` contains segment objects by hash: those fetched
/// for an earlier manifest of the same load are not fetched again.
fn fetch_manifest_with(store: &dyn ObjectStore, id: &str, segments: &Mutex<SegmentCache>) -> Result<Manifest, String> {
    let data = store
        .get(&manifest_key(id), MAX_MANIFEST_BYTES as u64)
        .map_err(|err| format!("failed to fetch manifest {id}: {err}"))?;
    let text = String::from_utf8(data).map_err(|_| format!("manifest {id} is not UTF-8"))?;
    let fetch_limited = |hash: &str, max: usize| {
        store
            .get(&segment_key(hash), max as u64)
            .map_err(|err| format!("failed to fetch segment {hash} of manifest {id}: {err}"))
    };
    let fetch_one = |hash: &str| fetch_limited(hash, MAX_SEGMENT_OBJECT_BYTES);
    let missing: Vec<String> = {
        let known = segments.lock().map_err(|_| "segment cache lock poisoned".to_string())?;
        Manifest::segment_hashes(&text).into_iter().filter(|hash| !known.objects.contains_key(hash)).collect()
    };
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..missing.len().min(SEGMENT_FETCH_THREADS) {
            scope.spawn(|| {
                while let Some(hash) = missing.get(next.fetch_add(1, Ordering::Relaxed)) {
                    // A failed fetch, or one of a larger object, is
                    // retried below, where its error ends the load.
                    let Ok(data) = fetch_limited(hash, PREFETCH_MAX) else { continue };
                    if let Ok(mut known) = segments.lock() {
                        if known.bytes + data.len() <= SEGMENT_CACHE_MAX {
                            known.bytes += data.len();
                            known.objects.insert(hash.clone(), data);
                        }
                    }
                }
            });
        }
    });
    let fetch = |hash: &str| match segments.lock().ok().and_then(|known| known.objects.get(hash).cloned()) {
        Some(data) => Ok(data),
        None => fetch_one(hash),
    };
    Manifest::from_store_json(&text, fetch).map_err(|err| format!("manifest {id}: {err}"))
}

/// A restored tree, swapped in but not yet known to be on disk, until
/// [`settle_later`] has synced it.
pub struct Restored {
    /// The new baseline.
    pub fresh: Manifest,
    /// The marker that names the tree until it is synced.
    pub marker: durable::Unsynced,
    /// Path of the replaced tree, which waits to be removed, if there was one.
    pub old_tree: Option<PathBuf>,
}

/// Syncs a restored tree and removes the one it replaced on the pool,
/// then runs `then` on the loop. Called once the container has started,
/// since a sync that runs meanwhile slows every write to the file system,
/// the container's start and the daemon's log included.
pub fn settle_later(
    d: &mut Daemon,
    marker: durable::Unsynced,
    old_tree: Option<PathBuf>,
    then: impl FnOnce(&mut Daemon) + Send + 'static,
) {
    let dir = d.storage.dir.clone();
    let upper = container::upper_dir(d);
    d.pool.spawn(move || {
        let result = durable::settle(&dir, &upper, &marker, old_tree.as_deref());
        Box::new(move |d: &mut Daemon| {
            if let Err(err) = result {
                log::error!("the restored tree of checkpoint {} may not be on disk: {err}", marker.id);
            }
            then(d);
        })
    });
}

/// Returns the path where the tree replaced by a restore of `id` waits
/// for its removal.
fn replaced_path(upper: &Path, id: &str) -> PathBuf {
    let mut name = upper.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".replaced.{id}"));
    upper.with_file_name(name)
}

/// Builds checkpoint `id` beside the upper directory and swaps it in,
/// with pack data from `source`. `target` is its manifest when the caller
/// has it in memory. Blocks, so it runs on the pool.
///
/// The tree is not synced before the swap. The durability marker, on disk
/// before the swap, names it until [`settle_later`] has synced it, and a
/// daemon that starts after a crash of the machine in between rebuilds it
/// from the store.
fn rewrite_upper(
    source: &restore::PackSource,
    dir: &Path,
    upper: &Path,
    baseline: Option<&Manifest>,
    id: &str,
    target: Option<Manifest>,
) -> Result<Restored, String> {
    let started = Instant::now();
    let target = match target {
        Some(target) => target,
        None => read_manifest(dir, source.store, id)?,
    };
    log::debug!("restore of {id}: manifest read in {} ms", started.elapsed().as_millis());
    let staging = restore_staging(upper);
    let journal = journal_path(dir);
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(|err| format!("failed to remove {}: {err}", staging.display()))?;
    }
    write_atomic(&journal, id.as_bytes()).map_err(|err| format!("failed to write {}: {err}", journal.display()))?;
    let progress = RestoreProgress::default();
    let built = restore::build_tree(source, &target, upper, baseline, &staging, &progress);
    let marker = durable::Unsynced::new(id);
    let mut fresh = match built.and_then(|fresh| {
        durable::write_marker(dir, &marker)
            .map(|()| fresh)
            .map_err(|err| format!("failed to write {}: {err}", durable::marker_path(dir).display()))
    }) {
        Ok(fresh) => fresh,
        Err(err) => {
            let _ = fs::remove_dir_all(&staging);
            let _ = fs::remove_file(&journal);
            return Err(err);
        }
    };
    log::debug!("restore of {id}: durability marker written at {} ms", started.elapsed().as_millis());
    let replaced = upper.exists();
    if replaced {
        crate::sys::tree::rename_exchange(&staging, upper)
            .map_err(|err| format!("failed to swap {} into {}: {err}", staging.display(), upper.display()))?;
    } else {
        fs::rename(&staging, upper)
            .map_err(|err| format!("failed to move the restored tree to {}: {err}", upper.display()))?;
    }
    // The segments describe the checkpoint's entries, not the restored
    // inodes and ctimes. The baseline is synced with the tree, and a
    // crash of the machine before that drops it through the marker.
    fresh.segments = None;
    if let Err(err) = write_replacing(&dir.join("baseline.json"), fresh.to_json().as_bytes()) {
        log::warn!("failed to save the state of the restored tree: {err}");
    }
    log::debug!("restore of {id}: tree swapped in and baseline saved at {} ms", started.elapsed().as_millis());
    let _ = fs::remove_file(&journal);
    // The old tree now sits at the staging path. It moves aside, and is
    // removed after the container has started.
    let old_tree = match replaced {
        false => None,
        true => {
            let aside = replaced_path(upper, id);
            match fs::rename(&staging, &aside) {
                Ok(()) => Some(aside),
                Err(err) => {
                    log::debug!("failed to move the replaced tree to {}, removing it now: {err}", aside.display());
                    if let Err(err) = fs::remove_dir_all(&staging) {
                        log::warn!("failed to remove the replaced tree {}: {err}", staging.display());
                    }
                    None
                }
            }
        }
    };
    log::info!(
        "restored checkpoint {id}: {} bytes written from packs ({} from the local cache), {} files reused",
        progress.bytes_done.load(Ordering::Relaxed),
        progress.bytes_cached.load(Ordering::Relaxed),
        progress.files_reused.load(Ordering::Relaxed)
    );
    Ok(Restored { fresh, marker, old_tree })
}

/// Writes `data` to `path` through a temporary file and a rename, without
/// syncing. A reader sees the old file or the new one, whole, unless the
/// machine goes down before the data reach the disk.
fn write_replacing(path: &Path, data: &[u8]) -> io::Result<()> {
    let tmp = path.with_extension("tmp");
    fs::write(&tmp, data)?;
    fs::rename(&tmp, path)
}

/// Rebuilds the upper directory from checkpoint `wanted` (an id or
/// `latest`) before the container starts. Blocks, so it runs on the pool.
fn cold_restore(
    store: &dyn ObjectStore,
    cache: Option<&PackCache>,
    dir: &Path,
    upper: &Path,
    loaded: &mut Loaded,
    wanted: &str,
) -> Result<Restored, String> {
    let id = if wanted == "latest" {
        loaded
            .checkpoints
            .iter()
            .filter(|c| c.state == State::Complete)
            .max_by_key(|c| (c.created_at, c.id.clone()))
            .map(|c| c.id.clone())
            .ok_or_else(|| format!("--restore latest: {} contains no complete checkpoint", store.describe()))?
    } else {
        wanted.to_string()
    };
    log::info!("restoring checkpoint {id} from {} before the container starts", store.describe());
    let target = loaded.kept.take().filter(|kept| kept.id == id);
    let known = loaded.checkpoints.iter().any(|c| c.id == id);
    // The restored tree contains every byte fetched, and a later restore
    // of this checkpoint takes its unchanged files from there. Writing the
    // fetched ranges to the cache too would double the local writes.
    let source = restore::PackSource { store, cache, fill_cache: false };
    rewrite_upper(&source, dir, upper, loaded.baseline.as_ref(), &id, target).map_err(|err| {
        if known {
            return err;
        }
        format!(
            "{err}; {} lists no checkpoint {id:?}, so pass --restore an ID that guestd checkpoint list shows, or latest",
            store.describe()
        )
    })
}

/// Restores checkpoint `id`: stops the container, rewrites the upper
/// directory on the pool, and starts the container again.
pub fn restore_checkpoint(d: &mut Daemon, id: &str) -> Result<(), Response> {
    let store = check_ready(d)?;
    match d.storage.find(id).map(|c| (c.state, c.error.as_deref())) {
        Some((State::Complete, _)) => {}
        Some((State::Failed, error)) => {
            let error = error.unwrap_or("no error recorded");
            return Err(Response::error(
                409,
                format!("checkpoint {id} failed ({error}); only a complete one can be restored"),
            ));
        }
        Some((State::Pending, _)) => {
            return Err(Response::error(409, format!("checkpoint {id} is still pending; retry when it is complete")))
        }
        None => {
            return Err(Response::error(
                404,
                format!("checkpoint {id:?} not found; list them with GET /v1/checkpoints"),
            ))
        }
    }
    d.storage.busy = Some(Busy::Restore(id.to_string()));
    d.storage.last_restore =
        Some(RestoreStatus { id: id.to_string(), state: "running", error: None, duration_ms: None });
    log::info!("restore of checkpoint {id} started");
    let started = Instant::now();
    let id = id.to_string();
    container::stop_then(
        d,
        Box::new(move |d: &mut Daemon| {
            let dir = d.storage.dir.clone();
            let upper = container::upper_dir(d);
            let baseline = d.storage.baseline.clone();
            let cache = d.storage.cache.clone();
            d.pool.spawn(move || {
                let source = restore::PackSource { store: &*store, cache: cache.as_deref(), fill_cache: true };
                let result = rewrite_upper(&source, &dir, &upper, baseline.as_deref(), &id, None);
                crate::sys::memory::trim_heap();
                Box::new(move |d: &mut Daemon| finish_restore(d, &id, started, result))
            });
        }),
    );
    Ok(())
}

fn finish_restore(d: &mut Daemon, id: &str, started: Instant, result: Result<Restored, String>) {
    let (error, settle) = match result {
        Ok(Restored { fresh, marker, old_tree }) => {
            d.storage.baseline = Some(Arc::new(fresh));
            (None, Some((marker, old_tree)))
        }
        Err(err) => {
            log::error!("restore of checkpoint {id} failed; the container keeps its files: {err}");
            (Some(err), None)
        }
    };
    if let Err(err) = container::start_again(d) {
        log::error!("failed to start the container after the restore of {id}: {err}");
    }
    log::debug!("restore of {id}: container started again at {} ms", started.elapsed().as_millis());
    // The restore stays busy until its tree is on disk and the old one is
    // gone, so that it completes with nothing left to do, and the next one
    // finds the staging path free.
    match settle {
        Some((marker, old_tree)) => {
            let id = id.to_string();
            let then = move |d: &mut Daemon| complete_restore(d, &id, started, error);
            container::after_start(d, Box::new(move |d, _| settle_later(d, marker, old_tree, then)));
        }
        None => complete_restore(d, id, started, error),
    }
}

fn complete_restore(d: &mut Daemon, id: &str, started: Instant, error: Option<String>) {
    d.storage.last_restore = Some(RestoreStatus {
        id: id.to_string(),
        state: if error.is_none() { "complete" } else { "failed" },
        error,
        duration_ms: Some(started.elapsed().as_millis() as u64),
    });
    d.storage.busy = None;
    notify_waiters(d, &format!("restore:{id}"));
}

/// Deletes checkpoint `id`: its manifest from the store and the local
/// copy. Its packs stay until `gc`.
pub fn delete_checkpoint(d: &mut Daemon, id: &str) -> Result<(), Response> {
    let Some(state) = d.storage.find(id).map(|c| c.state) else {
        return Err(Response::error(404, format!("checkpoint {id:?} not found; list them with GET /v1/checkpoints")));
    };
    if state == State::Failed {
        let _ = fs::remove_file(marker(&d.storage.dir, "failed", id));
        d.storage.checkpoints.retain(|c| c.id != id);
        return Ok(());
    }
    let store = check_ready(d)?;
    d.storage.busy = Some(Busy::Delete(id.to_string()));
    let dir = d.storage.dir.clone();
    let id = id.to_string();
    d.pool.spawn(move || {
        let result = store.delete(&manifest_key(&id)).map_err(|err| err.to_string());
        if result.is_ok() {
            let _ = fs::remove_file(manifests_dir(&dir).join(format!("{id}.json")));
        }
        Box::new(move |d: &mut Daemon| {
            d.storage.busy = None;
            match result {
                Ok(()) => {
                    log::info!("checkpoint {id} deleted");
                    d.storage.checkpoints.retain(|c| c.id != id);
                }
                Err(err) => log::error!("failed to delete checkpoint {id}: {err}"),
            }
            notify_waiters(d, &format!("delete:{id}"));
        })
    });
    Ok(())
}

/// Counts of a garbage collection.
#[derive(Clone, Debug, Default, miniserde::Serialize)]
pub struct GcReport {
    pub manifests: u64,
    pub packs_kept: u64,
    pub packs_deleted: u64,
    pub bytes_deleted: u64,
    pub error: Option<String>,
}

/// Mark and sweep: every pack that no manifest in the store refers to is
/// deleted, and the chunk index is rebuilt from the manifests.
pub fn gc(d: &mut Daemon) -> Result<(), Response> {
    let store = check_ready(d)?;
    d.storage.busy = Some(Busy::Gc);
    let dir = d.storage.dir.clone();
    let baseline = d.storage.baseline.clone();
    d.pool.spawn(move || {
        let mut report = GcReport::default();
        let result = sweep(&*store, &dir, baseline.as_deref(), &mut report);
        let Loaded { index: loaded_index, .. } = load(&dir, Some(&*store), None);
        if let Err(err) = result {
            log::error!("garbage collection failed: {err}");
            report.error = Some(err);
        }
        // The listings and manifests read for the sweep are freed.
        crate::sys::memory::trim_heap();
        Box::new(move |d: &mut Daemon| {
            if let Ok(mut index) = d.storage.index.lock() {
                *index = loaded_index;
            }
            d.storage.busy = None;
            log::info!(
                "garbage collection: {} packs deleted ({} bytes), {} kept",
                report.packs_deleted,
                report.bytes_deleted,
                report.packs_kept
            );
            d.storage.last_gc = Some(report);
            notify_waiters(d, "gc");
        })
    });
    Ok(())
}

/// Deletes every pack and segment that no manifest in the store refers
/// to. The baseline's are kept as well, even when its checkpoint was
/// deleted, because the next checkpoint takes unchanged entries from it.
fn sweep(
    store: &dyn ObjectStore,
    dir: &Path,
    baseline: Option<&Manifest>,
    report: &mut GcReport,
) -> Result<(), String> {
    let listed = store.list("manifests/", MAX_MANIFESTS).map_err(|err| err.to_string())?;
    let mut used = HashSet::new();
    let mut used_segments = HashSet::new();
    let mut mark = |manifest: &Manifest| {
        for entry in &manifest.entries {
            for chunk in &entry.chunks {
                used.insert(chunk.pack.clone());
            }
        }
        for segment in manifest.segments.iter().flatten() {
            used_segments.insert(segment.hash.clone());
        }
    };
    for (key, _) in &listed {
        let Some(id) = listed_id(key) else { continue };
        // A manifest that cannot be read stops the sweep: its packs are
        // unknown, so none may be deleted.
        mark(&read_manifest(dir, store, id)?);
        report.manifests += 1;
    }
    if let Some(baseline) = baseline {
        mark(baseline);
    }
    // Objects are deleted while the listing goes on, a page at a time,
    // so that a store of any size is swept in bounded memory.
    store
        .list_each("packs/", &mut |key, size| {
            let id = key.rsplit('/').next().unwrap_or_default();
            if used.contains(id) {
                report.packs_kept += 1;
                return Ok(());
            }
            store.delete(key)?;
            report.packs_deleted += 1;
            report.bytes_deleted += size;
            Ok(())
        })
        .map_err(|err| err.to_string())?;
    let mut segments_deleted = 0;
    store
        .list_each("trees/", &mut |key, _| {
            let hash = key.strip_prefix("trees/").unwrap_or_default();
            if !used_segments.contains(hash) {
                store.delete(key)?;
                segments_deleted += 1;
            }
            Ok(())
        })
        .map_err(|err| err.to_string())?;
    log::debug!("garbage collection: {segments_deleted} manifest segments deleted");
    Ok(())
}

/// Shared with the API: the chunk index size, for status.
pub fn indexed_chunks(d: &Daemon) -> usize {
    d.storage.index.lock().map(|i| i.len()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::manifest::{kind, ChunkRef, Entry};
    use crate::storage::store::DirStore;

    /// A manifest of one file of `chunks` chunks, each with its own hash.
    fn one_file(id: &str, chunks: usize) -> Manifest {
        let chunks = (0..chunks)
            .map(|i| ChunkRef {
                hash: format!("{i:064x}"),
                pack: "1733363213123-abcdef-00000".into(),
                offset: 1_048_576,
                len: 1_048_576,
            })
            .collect();
        let big = Entry { path: "big".into(), kind: kind::FILE.into(), chunks, ..Default::default() };
        let dir = Entry { path: ".".into(), kind: kind::DIR.into(), ..Default::default() };
        Manifest { format: FORMAT_VERSION, id: id.into(), entries: vec![dir, big], ..Default::default() }
    }

    /// A segment near the limit is stored and read back. A checkpoint whose
    /// segment a reader would reject fails before it stores its manifest:
    /// here one file of 70 000 chunks, about 10 MB of JSON.
    #[test]
    fn segment_limit_shared_by_writer_and_reader() {
        let root = std::env::temp_dir().join(format!("guestd-segment-limit-{}", std::process::id()));
        let store = DirStore::new(root.clone());

        let near = one_file("1-aaaaaa", 50_000);
        let segments = near.cut_segments(None);
        store_manifest(&store, &near, segments, &HashSet::new()).unwrap();
        let read = fetch_manifest(&store, "1-aaaaaa").unwrap();
        assert_eq!(read.entries, near.entries);

        let over = one_file("2-bbbbbb", 70_000);
        let segments = over.cut_segments(None);
        let err = store_manifest(&store, &over, segments, &HashSet::new()).unwrap_err();
        assert!(err.to_string().contains(&format!("over the limit of {MAX_SEGMENT_BYTES} bytes")), "{err}");
        let stored = store.list("", 10).unwrap();
        assert_eq!(stored.len(), 2, "stored {stored:?}");
        let _ = fs::remove_dir_all(root);
    }
}
