//! The durability marker of a restored tree. A restore swaps its new tree
//! into place without waiting for the disk, so that the container starts
//! at once, and the pool syncs the tree afterwards. Until that sync
//! returns, `STATE/storage/restore.unsynced` names the checkpoint and the
//! boot it was written in. A daemon that finds the marker at start can
//! determine whether the page cache survived with the tree (same boot, only
//! the daemon stopped) or not (another boot, so the tree on disk may be
//! torn).

use std::fs;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

/// Version of the marker file.
const FORMAT: u32 = 1;

const BOOT_ID: &str = "/proc/sys/kernel/random/boot_id";

/// Serializes writes and removals of the marker, so that the sync of one
/// restore never removes the marker of a later one.
static MARKER_LOCK: Mutex<()> = Mutex::new(());

#[derive(miniserde::Serialize, miniserde::Deserialize, PartialEq, Clone, Debug)]
pub struct Unsynced {
    pub format: u32,
    /// The checkpoint whose tree was swapped in.
    pub id: String,
    /// The kernel's boot id when the tree was swapped in, or empty when it
    /// could not be read, which counts as another boot.
    pub boot_id: String,
}

impl Unsynced {
    pub fn new(id: &str) -> Unsynced {
        Unsynced { format: FORMAT, id: id.to_string(), boot_id: boot_id() }
    }

    /// Returns whether the marker was written in the running boot, in
    /// which case the page cache contains the whole tree it names.
    pub fn same_boot(&self) -> bool {
        !self.boot_id.is_empty() && self.boot_id == boot_id()
    }
}

/// Reads the running kernel's boot id, or returns empty when it cannot be read.
fn boot_id() -> String {
    fs::read_to_string(BOOT_ID).map(|text| text.trim().to_string()).unwrap_or_default()
}

pub fn marker_path(dir: &Path) -> PathBuf {
    dir.join("restore.unsynced")
}

/// Writes the marker through a synced temporary file and a rename, and
/// syncs the directory, so that it is on disk before the tree it names is
/// swapped in.
pub fn write_marker(dir: &Path, marker: &Unsynced) -> io::Result<()> {
    let _guard = MARKER_LOCK.lock().map_err(|_| io::Error::other("marker lock poisoned"))?;
    super::ops::write_atomic(&marker_path(dir), miniserde::json::to_string(marker).as_bytes())
}

/// Reads the marker: `Ok(None)` when there is none, an error when it
/// cannot be read or parsed.
pub fn read_marker(dir: &Path) -> Result<Option<Unsynced>, String> {
    let path = marker_path(dir);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(format!("failed to read {}: {err}", path.display())),
    };
    let marker: Unsynced =
        miniserde::json::from_str(&text).map_err(|_| format!("{} is not a durability marker", path.display()))?;
    if marker.format != FORMAT {
        return Err(format!("{} has format {}, this guestd reads {FORMAT}", path.display(), marker.format));
    }
    Ok(Some(marker))
}

/// Removes the marker if it is still `marker`, and syncs the directory
/// so that the removal is on disk too. A marker that came back after a
/// crash would rebuild the tree and lose what the container wrote since.
fn clear_marker(dir: &Path, marker: &Unsynced) -> io::Result<()> {
    let _guard = MARKER_LOCK.lock().map_err(|_| io::Error::other("marker lock poisoned"))?;
    match read_marker(dir) {
        Ok(Some(current)) if current == *marker => {}
        // A later restore wrote its own marker, which its own sync removes.
        Ok(_) => return Ok(()),
        Err(err) => return Err(io::Error::other(err)),
    }
    fs::remove_file(marker_path(dir))?;
    crate::sys::tree::sync_dir(dir)
}

/// Makes the tree in `upper` durable. Syncs its file system, and the one
/// of `dir` (which contains the baseline) when that is another, then
/// clears `marker`. Last, removes `old_tree`, the tree that the restore
/// replaced, if any. Blocks, so it runs on the pool, after the container
/// has started.
pub fn settle(dir: &Path, upper: &Path, marker: &Unsynced, old_tree: Option<&Path>) -> Result<(), String> {
    let started = Instant::now();
    // The parent is on the tree's file system, since the tree was renamed
    // there, and it exists even when a daemon stopped before the rename.
    let parent = upper.parent().unwrap_or(upper);
    crate::sys::tree::sync_filesystem(parent).map_err(|err| format!("failed to sync {}: {err}", parent.display()))?;
    let device = |path: &Path| fs::metadata(path).map(|meta| meta.dev()).ok();
    if device(dir) != device(parent) {
        crate::sys::tree::sync_filesystem(dir).map_err(|err| format!("failed to sync {}: {err}", dir.display()))?;
    }
    clear_marker(dir, marker).map_err(|err| format!("failed to remove {}: {err}", marker_path(dir).display()))?;
    log::debug!("restore of {}: tree on disk, synced in {} ms", marker.id, started.elapsed().as_millis());
    if let Some(old) = old_tree {
        match fs::remove_dir_all(old) {
            Ok(()) => {}
            Err(err) if err.kind() == io::ErrorKind::NotFound => {}
            Err(err) => log::warn!("failed to remove the replaced tree {}: {err}", old.display()),
        }
    }
    Ok(())
}
