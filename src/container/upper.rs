//! The upper layer's `volatile` marker. The overlay is mounted with
//! `volatile`, so unmounting it (at every container stop) does not sync
//! the whole filesystem under the upper layer, which takes hundreds of
//! milliseconds on a busy disk. Overlayfs then leaves
//! `WORK/work/incompat/volatile` behind and refuses the next mount until it
//! is removed, because after a machine crash unsynced writes may be lost.
//!
//! Within one boot the page cache contains every write, so the marker is
//! removed before each mount. The daemon records the boot ID it mounted
//! under and, when it exits, syncs the upper filesystem and removes the
//! marker. A marker from another boot means the machine went down without
//! that sync: it is removed too, with a warning, since the upper layer is
//! still the best copy of the container's files.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::sys::mount::sync_filesystem;

fn marker(work: &Path) -> PathBuf {
    work.join("work/incompat/volatile")
}

fn boot_id_record(state_dir: &Path) -> PathBuf {
    state_dir.join("volatile-boot-id")
}

fn current_boot_id() -> String {
    fs::read_to_string("/proc/sys/kernel/random/boot_id").unwrap_or_default().trim().to_string()
}

/// Clears the marker before a mount; `first` is the daemon's first mount.
pub fn prepare(state_dir: &Path, work: &Path, first: bool) -> io::Result<()> {
    let marker = marker(work);
    if marker.exists() {
        if first {
            let recorded = fs::read_to_string(boot_id_record(state_dir)).unwrap_or_default();
            if recorded.trim() != current_boot_id() {
                log::warn!(
                    "the container's upper layer was not synced before the machine went down; \
                     files written just before then may be incomplete"
                );
            }
        }
        fs::remove_dir_all(&marker)?;
    }
    if first {
        fs::write(boot_id_record(state_dir), current_boot_id())?;
    }
    Ok(())
}

/// Syncs the upper layer to disk and removes the marker, once the
/// container is stopped for good.
pub fn finish(state_dir: &Path, upper: &Path, work: &Path) -> io::Result<()> {
    sync_filesystem(upper)?;
    let marker = marker(work);
    if marker.exists() {
        fs::remove_dir_all(&marker)?;
    }
    let _ = fs::remove_file(boot_id_record(state_dir));
    Ok(())
}
