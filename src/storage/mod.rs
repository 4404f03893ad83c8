//! Checkpoint and restore of the container's writable layer to object
//! storage. The store is the source of truth: a checkpoint exists once its
//! manifest is in the store. Under `STATE/storage/` the daemon keeps a copy
//! of each manifest, the last known state of the upper directory
//! (`baseline.json`), markers of pending and failed checkpoints, the
//! restore journal and the local pack cache.
//!
//! The event loop only starts operations and takes their results: the
//! capture, hashing, packing, object I/O and tree rewrites run on the
//! daemon's thread pool. One operation (checkpoint, restore, delete or gc)
//! runs at a time; others are answered 409.
//!
//! This module never deletes a pack that a manifest in the store refers to,
//! and never changes the upper directory except by swapping in a complete
//! tree.

pub mod cache;
pub mod capture;
pub mod chunker;
mod durable;
pub mod follow;
pub mod hash;
pub mod manifest;
pub mod restore;
pub mod s3;
pub mod store;
pub mod upload;

mod ops;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::config::Config;
use crate::daemon::{Daemon, StartError};
use crate::http::Stream;
use crate::sys::ExitStatus;
use cache::PackCache;
use manifest::Manifest;
use store::{ObjectStore, StoreConfig};
use upload::{ChunkIndex, Progress};

pub use ops::{create_checkpoint, delete_checkpoint, gc, indexed_chunks, restore_checkpoint, GcReport, Waiter};

/// State of a checkpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Pending,
    Complete,
    Failed,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Complete => "complete",
            State::Failed => "failed",
        }
    }
}

/// The daemon's record of one checkpoint.
pub struct Checkpoint {
    pub id: String,
    pub created_at: u64,
    pub comment: String,
    pub state: State,
    pub error: Option<String>,
    pub logical_bytes: u64,
    pub stored_bytes: u64,
    pub entries: u64,
    /// Counters while pending.
    pub progress: Option<Arc<Progress>>,
    /// Time the container stayed frozen, in milliseconds.
    pub frozen_ms: Option<u64>,
    pub duration_ms: Option<u64>,
    pub started: Option<Instant>,
}

/// The operation that runs now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Busy {
    Loading,
    Checkpoint(String),
    Restore(String),
    Delete(String),
    Gc,
}

impl Busy {
    pub fn describe(&self) -> String {
        match self {
            Busy::Loading => "checkpoint storage is still loading".into(),
            Busy::Checkpoint(id) => format!("checkpoint {id} is in progress"),
            Busy::Restore(id) => format!("a restore of {id} is in progress"),
            Busy::Delete(id) => format!("checkpoint {id} is being deleted"),
            Busy::Gc => "garbage collection is in progress".into(),
        }
    }
}

/// Outcome of the last restore, for `GET /v1/checkpoints`.
#[derive(Clone, Debug)]
pub struct RestoreStatus {
    pub id: String,
    pub state: &'static str,
    pub error: Option<String>,
    pub duration_ms: Option<u64>,
}

pub struct Storage {
    pub store_config: StoreConfig,
    pub store: Option<Arc<dyn ObjectStore>>,
    /// Local copies of pack data; `None` when disabled or not openable.
    pub cache: Option<Arc<PackCache>>,
    /// Cap of the cache in bytes, from `--chunk-cache-mib`.
    pub cache_cap: u64,
    /// `STATE/storage`.
    pub dir: PathBuf,
    pub checkpoints: Vec<Checkpoint>,
    pub index: Arc<Mutex<ChunkIndex>>,
    pub baseline: Option<Arc<Manifest>>,
    pub busy: Option<Busy>,
    pub waiters: Vec<Waiter>,
    /// Connections that stream a checkpoint's progress.
    pub followers: Vec<follow::Follower>,
    /// Whether the timer of the progress streams is pending.
    pub follow_timer_armed: bool,
    pub last_restore: Option<RestoreStatus>,
    pub last_gc: Option<GcReport>,
    /// State of the restore at start.
    pub cold_restore: ops::ColdRestore,
    /// The durability marker and the replaced tree of a cold restore,
    /// which the pool syncs and removes once the container has started.
    pub unsettled: Option<(durable::Unsynced, Option<PathBuf>)>,
    /// Manifests that a cold restore fetched, whose local copies are
    /// written once the container has started.
    pub unsaved: Vec<Manifest>,
}

impl Storage {
    pub fn new(config: &Config) -> Storage {
        let url = config.store.clone().unwrap_or_else(|| format!("dir:{}", config.state_dir.join("store").display()));
        Storage {
            store_config: StoreConfig {
                url,
                region: config.store_region.clone(),
                key_file: config.store_key_file.clone(),
            },
            store: None,
            cache: None,
            cache_cap: config.chunk_cache_max,
            dir: config.state_dir.join("storage"),
            checkpoints: Vec::new(),
            index: Arc::new(Mutex::new(ChunkIndex::new())),
            baseline: None,
            busy: Some(Busy::Loading),
            waiters: Vec::new(),
            followers: Vec::new(),
            follow_timer_armed: false,
            last_restore: None,
            last_gc: None,
            cold_restore: ops::ColdRestore::Idle,
            unsettled: None,
            unsaved: Vec::new(),
        }
    }

    pub fn find(&self, id: &str) -> Option<&Checkpoint> {
        self.checkpoints.iter().find(|c| c.id == id)
    }

    pub fn find_mut(&mut self, id: &str) -> Option<&mut Checkpoint> {
        self.checkpoints.iter_mut().find(|c| c.id == id)
    }

    /// Returns the newest complete checkpoint.
    pub fn latest(&self) -> Option<&Checkpoint> {
        self.checkpoints.iter().filter(|c| c.state == State::Complete).max_by_key(|c| (c.created_at, c.id.clone()))
    }
}

/// Opens the store, recovers from an interrupted restore or checkpoint,
/// and loads the manifests on the pool. With `--restore` it also rebuilds
/// the upper directory there, and reports false (not started yet) until
/// that has finished.
pub fn start(d: &mut Daemon) -> Result<bool, StartError> {
    ops::start(d)
}

pub fn on_event(_d: &mut Daemon, _index: usize, _event: &mio::event::Event) {}

pub fn on_timer(d: &mut Daemon, _id: u64) {
    follow::on_timer(d);
}

pub fn on_child_exit(_d: &mut Daemon, _id: u64, _pid: libc::pid_t, _status: ExitStatus) {}

/// Called after the container has (re)started.
pub fn container_started(d: &mut Daemon) {
    if let Some((marker, old_tree)) = d.storage.unsettled.take() {
        ops::settle_later(d, marker, old_tree, |_| {});
    }
    let unsaved = std::mem::take(&mut d.storage.unsaved);
    ops::save_later(d, unsaved);
}

/// Called before the container's processes are killed.
pub fn container_stopping(_d: &mut Daemon) {}

/// Writes the final response to a connection that waited for an operation.
pub fn answer(stream: Stream, response: crate::http::Response) {
    use std::io::Write;
    let bytes = response.encode(false);
    let mut written = 0;
    // The socket is non-blocking, but a small response fits its buffer, so
    // the wait below is bounded and short.
    for _ in 0..1000 {
        match (&stream).write(&bytes[written..]) {
            Ok(n) => written += n,
            Err(err) if err.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(std::time::Duration::from_millis(1))
            }
            Err(_) => return,
        }
        if written == bytes.len() {
            return;
        }
    }
}
